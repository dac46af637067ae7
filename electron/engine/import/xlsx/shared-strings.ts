import { PrefixStripper, stringItemText } from './xml';

const ITEM = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;

/**
 * sharedStrings.xml, scanned as it arrives in chunks: the string table cells of type `s`
 * index into. Only the strings are kept, never the whole XML.
 */
export class SharedStringsScanner {
  readonly strings: string[] = [];
  private readonly prefix = new PrefixStripper('sst');
  private pending = '';

  push(chunk: string): void {
    const data = this.pending + this.prefix.push(chunk);
    // Complete items end with </si>; a later <si/> waits for the next chunk.
    const cut = data.lastIndexOf('</si>');
    if (cut === -1) {
      this.pending = data;
      return;
    }
    this.read(data.slice(0, cut + 5));
    this.pending = data.slice(cut + 5);
  }

  end(): string[] {
    this.read(this.pending + this.prefix.end());
    this.pending = '';
    return this.strings;
  }

  private read(xml: string): void {
    ITEM.lastIndex = 0;
    for (let m = ITEM.exec(xml); m; m = ITEM.exec(xml)) this.strings.push(m[1] === undefined ? '' : stringItemText(m[1]));
  }
}

/** sharedStrings.xml → the string table cells of type `s` index into. */
export function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const scanner = new SharedStringsScanner();
  scanner.push(xml);
  return scanner.end();
}

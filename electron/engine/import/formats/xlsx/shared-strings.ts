import { HeldText, isWordChar, PrefixStripper, stringItemText } from './xml';

const SLASH = 47;

/**
 * sharedStrings.xml, scanned as it arrives in chunks: the string table cells of type `s`
 * index into. Only the strings are kept, never the whole XML.
 */
export class SharedStringsScanner {
  readonly strings: string[] = [];
  private readonly prefix = new PrefixStripper('sst');
  /** The text after the last complete item, held until a chunk brings an `</si>`. */
  private readonly held = new HeldText();

  push(chunk: string): void {
    const text = this.prefix.push(chunk);
    if (this.held.waits(text)) return;
    const data = this.held.take() + text;
    // Complete items end with </si>; a later <si/> waits for the next chunk.
    const cut = data.lastIndexOf('</si>');
    if (cut === -1) {
      this.held.hold(data, '</si>');
      return;
    }
    this.read(data.slice(0, cut + 5));
    this.held.hold(data.slice(cut + 5), '</si>');
  }

  end(): string[] {
    this.read(this.held.take() + this.prefix.end());
    return this.strings;
  }

  /**
   * The items `<si …/>` and `<si …>…</si>`, as `/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g` finds
   * them. By hand: that pattern scanned to the end of the text from every `<si>` whose `</si>`
   * never comes.
   */
  private read(xml: string): void {
    /** No `</si>` at or after this position. */
    let noEndFrom = Infinity;
    /** The first `>` after the last start: the same for every start before it. */
    let gt = -1;
    for (let i = 0; ; ) {
      const lt = xml.indexOf('<si', i);
      if (lt === -1) return;
      const after = lt + 3;
      if (isWordChar(xml.charCodeAt(after))) {
        i = after; // `<six>`
        continue;
      }
      if (gt < after) gt = xml.indexOf('>', after);
      if (gt === -1) return; // no later item ends either
      if (gt > after && xml.charCodeAt(gt - 1) === SLASH) {
        this.strings.push('');
        i = gt + 1;
        continue;
      }
      if (gt + 1 < noEndFrom) {
        const end = xml.indexOf('</si>', gt + 1);
        if (end !== -1) {
          this.strings.push(stringItemText(xml.slice(gt + 1, end)));
          i = end + 5;
          continue;
        }
        noEndFrom = gt + 1;
      }
      i = after; // an item never ended; a later `<si/>` still counts
    }
  }
}

/** sharedStrings.xml → the string table cells of type `s` index into. */
export function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const scanner = new SharedStringsScanner();
  scanner.push(xml);
  return scanner.end();
}

import { attr, stripPrefix, tags } from './xml';

/** UTF-8 as fflate's strFromU8 read it: a byte order mark dropped, invalid bytes as U+FFFD. */
const utf8 = new TextDecoder();

/** Reads a part's bytes by its path inside the zip; null if absent. */
export interface PartSource {
  has(path: string): boolean;
  bytes(path: string): Uint8Array | null;
}

/** The XML parts of an xlsx package, by path inside the zip. */
export class XlsxPackage {
  constructor(private readonly source: PartSource) {}

  has(path: string): boolean {
    return this.source.has(path);
  }

  /** A part as text with any namespace prefix on its tags removed, or null if absent. */
  text(path: string): string | null {
    const data = this.source.bytes(path);
    return data ? stripPrefix(utf8.decode(data)) : null;
  }

  /** Relationship id → part path, for the relationships of part `from` (e.g. `xl/workbook.xml`). */
  relationships(from: string): Map<string, { target: string; type: string }> {
    const slash = from.lastIndexOf('/');
    const dir = slash === -1 ? '' : from.slice(0, slash + 1);
    const xml = this.text(`${dir}_rels/${from.slice(slash + 1)}.rels`);
    const out = new Map<string, { target: string; type: string }>();
    if (!xml) return out;
    for (const a of tags(xml, 'Relationship')) {
      const id = attr(a, 'Id');
      const target = attr(a, 'Target');
      if (id && target && attr(a, 'TargetMode') !== 'External') {
        out.set(id, { target: resolvePartPath(dir, target), type: attr(a, 'Type') ?? '' });
      }
    }
    return out;
  }
}

/** Targets are relative to the part's folder, or absolute from the package root (`/xl/...`). */
export function resolvePartPath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

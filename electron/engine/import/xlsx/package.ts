import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { WerkbankError } from '../../../../shared/api/errors';
import { attr, stripPrefix, tags } from './xml';

/** The XML parts of an xlsx package, by path inside the zip. */
export class XlsxPackage {
  private constructor(private readonly files: Unzipped) {}

  /**
   * unzipSync is fine for files of a few MB; a later issue moves big files to a worker and
   * streams the sheet.
   */
  static open(bytes: Uint8Array, fileName: string): XlsxPackage {
    let files: Unzipped;
    try {
      // Media (images) can dominate an export's size and are never read.
      files = unzipSync(bytes, { filter: (f) => /\.(xml|rels)$/i.test(f.name) });
    } catch {
      throw new WerkbankError('errors.import.notASpreadsheet', { file: fileName });
    }
    return new XlsxPackage(files);
  }

  has(path: string): boolean {
    return path in this.files;
  }

  /** A part as text with any namespace prefix on its tags removed, or null if absent. */
  text(path: string): string | null {
    const data = this.files[path];
    return data ? stripPrefix(strFromU8(data)) : null;
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

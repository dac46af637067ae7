import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ImportOptions } from '../../../../../shared/model/source';
import { Session } from '../../../db/session';
import { ident } from '../../../db/sql';
import { sqlRunner } from '../../sql-runner';
import { escapeXml } from '../../testing/make-xlsx';
import { createSpreadsheetStager, type SpreadsheetStagerSettings } from './spreadsheet';
import { RAW_ROW } from '../../../db/reserved';
import type { SqlRunner, StageContext, StagedTable } from '../../stage/types';

/**
 * Test helpers for spreadsheet staging: a DuckDB session to stage into, and builders of
 * ODS and OLE compound files (xlsx: testing/make-xlsx.ts).
 */

export class SheetHarness {
  readonly dir = mkdtempSync(join(tmpdir(), 'werkbank-sheet-'));
  readonly sql: SqlRunner;
  private n = 0;

  private constructor(readonly session: Session) {
    this.sql = sqlRunner(session);
  }

  static async create(): Promise<SheetHarness> {
    return new SheetHarness(await Session.create());
  }

  /** Writes bytes to a file of the given name in a fresh folder; returns its path. */
  file(name: string, bytes: Uint8Array): string {
    const folder = mkdtempSync(join(this.dir, 'f-'));
    const path = join(folder, name);
    writeFileSync(path, bytes);
    return path;
  }

  /** A context with a fresh temp folder; progress reports are collected. */
  context(signal = new AbortController().signal): StageContext & { tempDir: string; reports: Array<[string, number | null]> } {
    const reports: Array<[string, number | null]> = [];
    return { tempDir: mkdtempSync(join(this.dir, `t${++this.n}-`)), signal, progress: (p, f) => reports.push([p, f]), reports };
  }

  async stage(
    path: string,
    options: Pick<ImportOptions, 'sheet'> = {},
    settings: SpreadsheetStagerSettings = {},
    context: StageContext = this.context(),
  ): Promise<StagedTable> {
    const name = path.split(/[\\/]/).pop() ?? path;
    return createSpreadsheetStager(settings)({ path, fileName: name, options }, context, this.sql);
  }

  /** The raw table ordered by row: [row number, c1, …, cN]. */
  async rows(staged: StagedTable): Promise<Array<[number, ...Array<string | null>]>> {
    const rows = await this.sql.rows(`SELECT * FROM ${ident(staged.table)} ORDER BY ${ident(RAW_ROW)}`);
    return rows.map(([row, ...cells]) => [Number(row), ...(cells as Array<string | null>)]);
  }

  /** Row number → its cells (c1…cN), for looking rows up. */
  async byRow(staged: StagedTable): Promise<Map<number, Array<string | null>>> {
    return new Map((await this.rows(staged)).map(([row, ...cells]) => [row, cells]));
  }

  async tables(): Promise<string[]> {
    return (await this.sql.rows('SELECT table_name FROM duckdb_tables()')).map((r) => String(r[0]));
  }

  close(): void {
    this.session.close();
  }
}

export const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

export interface OdsTableSpec {
  name: string;
  hidden?: boolean;
  /** The table's inner XML: `<table:table-column …/>` and `<table:table-row>` elements. */
  body: string;
}

const ODS_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
].join(' ');

/** content.xml of an OpenDocument spreadsheet with the given tables. */
export function odsContent(tables: OdsTableSpec[]): string {
  const styles =
    '<office:automatic-styles>' +
    '<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>' +
    '<style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>' +
    '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.452cm"/></style:style>' +
    '</office:automatic-styles>';
  const body = tables
    .map((t) => `<table:table table:name="${escapeXml(t.name)}" table:style-name="${t.hidden ? 'ta2' : 'ta1'}">${t.body}</table:table>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODS_NS} office:version="1.3">${styles}` +
    `<office:body><office:spreadsheet><table:calculation-settings table:automatic-find-labels="false"/>${body}` +
    '<table:named-expressions/></office:spreadsheet></office:body></office:document-content>'
  );
}

/** An .ods file: `mimetype` stored first, the manifest, content.xml (and any extra parts). */
export function makeOds(content: string, extra: Record<string, string> = {}, mimetype = ODS_MIME): Uint8Array {
  const files: Zippable = {
    mimetype: [strToU8(mimetype), { level: 0 }],
    'META-INF/manifest.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
        `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/>` +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    ),
    'content.xml': strToU8(content),
  };
  for (const [path, text] of Object.entries(extra)) files[path] = strToU8(text);
  return zipSync(files, { level: 6 });
}

/**
 * A minimal OLE compound file (version 3, 512-byte sectors) whose root storage holds empty
 * streams with the given names: sector 0 is the FAT, sector 1 the directory.
 */
export function makeCfb(streamNames: string[]): Uint8Array {
  if (streamNames.length > 3) throw new Error('one directory sector holds the root and three streams');
  const bytes = new Uint8Array(512 * 3);
  const view = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
  view.setUint16(0x18, 0x3e, true); // minor version
  view.setUint16(0x1a, 3, true); // major version
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // sector shift: 512
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // FAT (sector 0 at byte 512): sector 0 is a FAT sector, sector 1 (the directory) ends its chain.
  for (let i = 0; i < 128; i++) view.setUint32(512 + i * 4, 0xffffffff, true);
  view.setUint32(512, 0xfffffffd, true);
  view.setUint32(516, 0xfffffffe, true);
  // Directory (sector 1 at byte 1024).
  const entry = (index: number, name: string, type: number, child: number, right: number) => {
    const at = 1024 + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    bytes[at + 0x42] = type;
    bytes[at + 0x43] = 1; // black
    view.setUint32(at + 0x44, 0xffffffff, true); // left sibling
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, 0xfffffffe, true); // start sector: none (empty stream)
  };
  entry(0, 'Root Entry', 5, streamNames.length ? 1 : 0xffffffff, 0xffffffff);
  streamNames.forEach((name, i) => entry(i + 1, name, 2, 0xffffffff, i + 2 <= streamNames.length ? i + 2 : 0xffffffff));
  return bytes;
}

/** A copy of a zip whose central directory declares another uncompressed size for one entry. */
export function withDeclaredSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  let eocd = out.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let p = view.getUint32(eocd + 16, true);
  const count = view.getUint16(eocd + 10, true);
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(p + 28, true);
    const name = new TextDecoder().decode(out.subarray(p + 46, p + 46 + nameLength));
    if (name === entryName) {
      view.setUint32(p + 24, size, true);
      // The local header carries the size too; keep them alike, as a crafted file would.
      const local = view.getUint32(p + 42, true);
      view.setUint32(local + 22, size, true);
      return out;
    }
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  throw new Error(`no entry ${entryName}`);
}

import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SHEET_LIMITS, runSheetJob } from '../sheet/sheet-job';
import type { RowBuffer } from '../sheet/sheet-rows';
import { SheetHarness } from '../sheet/sheet-testing';
import { makeXlsx, num, row } from '../../testing/make-xlsx';
import { growth, inChunks, MAX_GROWTH, outcome, run } from './linear-testing';
import { XlsxPackage } from './package';
import { readSharedStrings, SharedStringsScanner } from './shared-strings';
import { SheetScanner } from './sheet-scan';
import { isDateFormatCode, readDateStyles } from './styles';
import { readWorkbook } from './workbook';
import { MAX_TAG_CHARS, stringItemText } from './xml';

/*
 * Hostile input must not make a scan quadratic (issue 6): each shape below took minutes to
 * hours at a few megabytes, with the engine answering nothing meanwhile. Every check times
 * the scan of n and of 4n characters and asserts the growth is far from 16.
 */

const KiB = 1024;
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const W = `<worksheet xmlns="${MAIN_NS}">`;
const ONE_ROW = '<row r="1"><c r="A1"><v>1</v></c></row>';

/** Scans sheet XML (whole, or in chunks of `chunk` characters): rows as `col:value` lists, and the extras. */
function scanSheet(xml: string, chunk = 0) {
  const rows: Array<[number, string[]]> = [];
  const sink = (rowIndex: number, r: RowBuffer) => {
    const cells: string[] = [];
    for (let i = 0; i < r.count; i++) cells.push(`${r.cols[i]}:${r.values[i]}`);
    rows.push([rowIndex, cells]);
  };
  const scanner = new SheetScanner({ sharedStrings: ['nul'], dateStyles: [], date1904: false }, sink, 'vijandig.xlsx');
  if (chunk > 0) inChunks(xml, chunk, (c) => scanner.push(c));
  else scanner.push(xml);
  return { rows, extras: scanner.end() };
}

/** Rows of 1000 copies of `cell` (a row holds at most 16,384 cells) filling about n characters. */
const rowsOf = (n: number, cell: string) => run(n, `<row>${cell.repeat(1000)}</row>`);

// Timing ratios: a busy machine (CI runs test files side by side) can spoil one measurement;
// quadratic work gives about 16 every time, so two retries cannot hide it.
describe('the xlsx sheet scanner is linear in its input', { retry: 2 }, () => {
  it('reads a head with a run of `<col ` that never closes (8 MiB took about 80 minutes)', () => {
    const xml = (n: number) => `${W}<cols>${run(n, '<col ')}<sheetData>${ONE_ROW}</sheetData></worksheet>`;
    expect(growth(xml, (x) => scanSheet(x), 64 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(growth(xml, (x) => scanSheet(x, 16 * KiB), 64 * KiB)).toBeLessThan(MAX_GROWTH);
    const { rows, extras } = scanSheet(xml(10_000), 999);
    expect(rows).toEqual([[0, ['0:1']]]);
    expect(extras.hiddenColumns).toEqual([]);
  });

  it('reads a tail with a run of `<mergeCell ` that never closes (7 MB took 26 s)', () => {
    const xml = (n: number) => `${W}<sheetData>${ONE_ROW}</sheetData><mergeCells>${run(n, '<mergeCell ')}</worksheet>`;
    expect(growth(xml, (x) => scanSheet(x), 128 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(growth(xml, (x) => scanSheet(x, 16 * KiB), 128 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(scanSheet(xml(10_000), 999).extras.merges).toEqual([]);
  });

  it('reads cells without a value, with a value never closed, or an inline string never closed', () => {
    for (const cell of ['<c><x/></c>', '<c><v>1</c>', '<c t="inlineStr"><is><t>x</is></c>']) {
      const xml = (n: number) => `${W}<sheetData>${rowsOf(n, cell)}</sheetData></worksheet>`;
      expect(growth(xml, (x) => scanSheet(x), 64 * KiB), cell).toBeLessThan(MAX_GROWTH);
    }
  });

  it('reads a cell holding a run of `<v a>` or `<is a>` that never closes', () => {
    for (const [cell, inner] of [['<c r="A1">', '<v a>'], ['<c r="A1" t="inlineStr">', '<is a><t>']]) {
      const xml = (n: number) => `${W}<sheetData><row r="1">${cell}${run(n, inner)}</c></row></sheetData></worksheet>`;
      expect(growth(xml, (x) => scanSheet(x), 128 * KiB), inner).toBeLessThan(MAX_GROWTH);
    }
  });

  it('reads a cell longer than many chunks (prefixed tags, small chunks) without scanning it again for each', () => {
    const xml = (n: number) =>
      `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>${run(n, 'lang ')}</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(growth(xml, (x) => scanSheet(x, 4 * KiB), 512 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(scanSheet(xml(100_000), 4 * KiB).rows[0][1][0]).toBe(`0:${run(100_000, 'lang ')}`);
  });

  it('refuses a tag still open after more than MAX_TAG_CHARS as damaged, in the head, the rows and the tail', () => {
    const open = run(MAX_TAG_CHARS + 200 * KiB, ' ');
    for (const xml of [
      `${W}<cols><col ${open}`,
      `${W}<sheetData${open}`,
      `${W}<sheetData><row r="1"><c r="A1"${open}`,
      `${W}<sheetData>${ONE_ROW}<row ${open}`,
      `${W}<sheetData></sheetData><mergeCell ${open}`,
    ]) {
      expect(outcome(() => scanSheet(`${xml}/></worksheet>`, 64 * KiB)), xml.slice(-20)).toBe('errors.import.sheetDamaged');
    }
    // A long cell is no tag: it is read, however long.
    const text = run(MAX_TAG_CHARS + 10, 'x');
    const long = `${W}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;
    expect(scanSheet(long, 64 * KiB).rows).toEqual([[0, [`0:${text}`]]]);
  });
});

// Timing ratios: a busy machine (CI runs test files side by side) can spoil one measurement;
// quadratic work gives about 16 every time, so two retries cannot hide it.
describe('the xlsx part readers are linear in their input', { retry: 2 }, () => {
  it('reads a workbook with a run of `<sheet ` that never closes (1 MB took 136 s)', () => {
    const workbook = (n: number) =>
      `<workbook xmlns="${MAIN_NS}" xmlns:r="r"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/>${run(n, '<sheet ')}`;
    const rels =
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
    const read = (xml: string) => {
      const parts: Record<string, string> = { 'xl/workbook.xml': xml, 'xl/_rels/workbook.xml.rels': rels };
      const pkg = new XlsxPackage({ has: (p) => p in parts, bytes: (p) => (p in parts ? new TextEncoder().encode(parts[p]) : null) });
      return readWorkbook(pkg, 'vijandig.xlsx');
    };
    expect(growth(workbook, read, 64 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(read(workbook(1000)).sheets.map((s) => [s.name, s.path])).toEqual([['Blad1', 'xl/worksheets/sheet1.xml']]);
  });

  it('reads styles with a run of `<numFmts `, or a format code of `[` without `]`', () => {
    const numFmts = (n: number) => `<styleSheet>${run(n, '<numFmts ')}`;
    expect(growth(numFmts, readDateStyles, 64 * KiB)).toBeLessThan(MAX_GROWTH);
    const code = (n: number) => run(n, '[');
    expect(growth(code, isDateFormatCode, 16 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(isDateFormatCode('[Red][<0]0.00;[$-813]dd/mm')).toBe(true);
  });

  it('reads shared strings with a run of `<si `, `<t>` or `<rPh>` that never closes', () => {
    const sst = (n: number) => `<sst>${run(n, '<si ')}</si></sst>`;
    expect(growth(sst, readSharedStrings, 64 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(growth((n) => run(n, '<t>x'), stringItemText, 64 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(growth((n) => run(n, '<rPh>x'), stringItemText, 64 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(readSharedStrings('<sst><si><t>a</t></si><si/><si><r><t>b</t></r><rPh><t>x</t></rPh><r><t>c</t></r></si></sst>')).toEqual(['a', '', 'bc']);
  });

  it('reads a shared string longer than many chunks without scanning it again for each', () => {
    const sst = (n: number) => `<sst><si><t>${run(n, 'lang ')}</t></si><si><t>kort</t></si></sst>`;
    const read = (xml: string) => {
      const scanner = new SharedStringsScanner();
      inChunks(xml, 4 * KiB, (c) => scanner.push(c));
      return scanner.end();
    };
    expect(growth(sst, read, 512 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(read(sst(100_000))).toEqual([run(100_000, 'lang '), 'kort']);
  });
});

describe('staging a hostile xlsx ends, refused or read', () => {
  let h: SheetHarness;
  beforeAll(async () => {
    h = await SheetHarness.create();
  });
  afterAll(() => h.close());

  const stage = (bytes: Uint8Array) =>
    h.stage(h.file('vijandig.xlsx', bytes)).then(
      (staged) => staged,
      (error: { code?: string; message: string }) => error.code ?? error.message,
    );

  /** The staged sheet's name and row count, or the code it was refused with. */
  const summary = async (bytes: Uint8Array) => {
    const staged = await stage(bytes);
    return typeof staged === 'string' ? staged : [staged.sheet, staged.rowCount];
  };

  it('reads a sheet whose head holds 7 MB of `<col ` (none a column: a `<` ends each)', async () => {
    const bytes = makeXlsx({ sheets: [{ name: 'Blad1', before: `<cols>${run(7_000_000, '<col ')}`, rows: ONE_ROW }] });
    expect(await summary(bytes)).toEqual(['Blad1', 1]);
  });

  it('refuses a sheet whose head holds a `<col` tag that is still open after 2 MiB as damaged', async () => {
    const bytes = makeXlsx({ sheets: [{ name: 'Blad1', before: `<cols><col ${run(2 * 1024 * KiB, 'min="1" ')}`, rows: ONE_ROW }] });
    expect(await summary(bytes)).toBe('errors.import.sheetDamaged');
  });

  it('reads a sheet with 7 MB of `<mergeCell ` after its rows', async () => {
    const bytes = makeXlsx({ sheets: [{ name: 'Blad1', rows: ONE_ROW, after: `<mergeCells>${run(7_000_000, '<mergeCell ')}` }] });
    expect(await summary(bytes)).toEqual(['Blad1', 1]);
  });

  it('reads a workbook with 1 MiB of `<sheet ` after its sheets', async () => {
    const workbook =
      `<workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/>${run(1024 * KiB, '<sheet ')}`;
    const bytes = makeXlsx({ sheets: [{ name: 'Blad1', rows: ONE_ROW }], parts: { 'xl/workbook.xml': workbook } });
    expect(await summary(bytes)).toEqual(['Blad1', 1]);
  });

  it('expands hidden columns once, however often a sheet repeats them', async () => {
    // 150,000 `<col … hidden="1"/>` hiding all 16,384 columns, against as many hiding one:
    // expanding range by range cost ranges × columns (half a minute here). Run in-process: a
    // DuckDB table of 16,384 columns is slow to load, and only the job's result matters.
    const context = h.context();
    const job = (max: number) => {
      const cols = `<cols>${`<col min="1" max="${String(max).padStart(5, '0')}" hidden="1"/>`.repeat(150_000)}</cols>`;
      const bytes = makeXlsx({ sheets: [{ name: 'Blad1', before: cols, rows: row(1, [num('A1', 1), num('XFD1', 2)]) }] });
      return {
        path: h.file('vijandig.xlsx', bytes),
        fileName: 'vijandig.xlsx',
        csvPrefix: join(context.tempDir, `blad-${max}`),
        partBytes: 2 ** 20,
        limits: { ...DEFAULT_SHEET_LIMITS, maxColumns: 16_384 },
      };
    };
    const timed = async (j: ReturnType<typeof job>) => {
      let best = Infinity;
      let hidden = 0;
      for (let t = 0; t < 2; t++) {
        const from = performance.now();
        const result = await runSheetJob(j, { progress: () => undefined, part: () => undefined });
        best = Math.min(best, performance.now() - from);
        hidden = result.hiddenColumns.length;
      }
      return { best, hidden };
    };
    const narrow = await timed(job(1));
    const wide = await timed(job(16_384));
    expect([narrow.hidden, wide.hidden]).toEqual([1, 16_384]);
    expect(wide.best / narrow.best).toBeLessThan(MAX_GROWTH);
  });
});

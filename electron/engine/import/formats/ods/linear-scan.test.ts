import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RowBuffer } from '../sheet/sheet-rows';
import { makeOds, odsContent, SheetHarness } from '../sheet/sheet-testing';
import { growth, inChunks, MAX_GROWTH, outcome, run } from '../xlsx/linear-testing';
import { MAX_TAG_CHARS } from '../xlsx/xml';
import { OdsContentScanner } from './content-scan';

/*
 * Hostile content.xml must not make the ODS scan quadratic (issue 6): each check times the
 * scan of n and of 4n characters and asserts the growth is far from 16.
 */

const KiB = 1024;
const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';

/** content.xml with `styles` as its automatic styles and `rows` as the inner XML of one table. */
const content = (styles: string, rows: string) =>
  `<office:document-content ${NS}><office:automatic-styles>${styles}</office:automatic-styles>` +
  `<office:body><office:spreadsheet><table:table table:name="Blad1">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;

const ONE_ROW = '<table:table-row><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>';

/** Scans content.xml (whole, or in chunks of `chunk` characters): the sheets, the rows as value lists. */
function scanOds(xml: string, chunk = 0) {
  const rows: Array<[number, string[]]> = [];
  const sink = (rowIndex: number, r: RowBuffer) => rows.push([rowIndex, r.values.slice(0, r.count)]);
  const scanner = new OdsContentScanner(undefined, sink, 'vijandig.ods');
  if (chunk > 0) inChunks(xml, chunk, (c) => scanner.push(c));
  else scanner.push(xml);
  scanner.end();
  return { sheets: scanner.sheets, rows };
}

// Timing ratios: a busy machine (CI runs test files side by side) can spoil one measurement;
// quadratic work gives about 16 every time, so two retries cannot hide it.
describe('the ods content scanner is linear in its input', { retry: 2 }, () => {
  it('reads automatic styles with a run of `<style:style>` never ended (1 MB took 10 s)', () => {
    const xml = (n: number) => content(run(n, '<style:style>'), ONE_ROW);
    expect(growth(xml, (x) => scanOds(x), 128 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(growth(xml, (x) => scanOds(x, 16 * KiB), 128 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(scanOds(xml(10_000), 999)).toEqual({ sheets: [{ name: 'Blad1', hidden: false }], rows: [[0, ['1']]] });
  });

  it('reads a head longer than many chunks without searching it again for each', () => {
    const xml = (n: number) => content(run(n, '<style:style style:name="ce1" style:family="table-cell"/>'), ONE_ROW);
    expect(growth(xml, (x) => scanOds(x, 4 * KiB), 512 * KiB)).toBeLessThan(MAX_GROWTH);
  });

  it('reads cells whose paragraph never ends', () => {
    const xml = (n: number) => content('', `<table:table-row>${run(n, '<table:table-cell><text:p>x')}</table:table-row>`);
    expect(growth(xml, (x) => scanOds(x), 128 * KiB)).toBeLessThan(MAX_GROWTH);
  });

  it('reads a paragraph longer than many chunks without scanning it again for each', () => {
    const text = (n: number) => run(n, 'lang &amp; ');
    const xml = (n: number) => content('', `<table:table-row><table:table-cell><text:p>${text(n)}</text:p></table:table-cell></table:table-row>`);
    expect(growth(xml, (x) => scanOds(x, 4 * KiB), 512 * KiB)).toBeLessThan(MAX_GROWTH);
    // Cut anywhere, even inside `&amp;`, the text reads the same.
    expect(scanOds(xml(100_003), 4 * KiB).rows).toEqual([[0, [text(100_003).replace(/&amp;/g, '&')]]]);
  });

  it('reads a tag longer than many chunks without scanning it again for each', () => {
    // `>` inside a quoted value does not end the tag: every chunk holds one.
    const xml = (n: number) => content('', `<table:table-row><table:table-cell table:x="${run(n, 'a>')}"><text:p>1</text:p></table:table-cell></table:table-row>`);
    expect(growth(xml, (x) => scanOds(x, 2 * KiB), 200 * KiB)).toBeLessThan(MAX_GROWTH);
    expect(scanOds(xml(100_000), 2 * KiB).rows).toEqual([[0, ['1']]]);
  });

  it('refuses a tag still open after more than MAX_TAG_CHARS as damaged', () => {
    const open = run(MAX_TAG_CHARS + 200 * KiB, 'a>');
    for (const xml of [content('', `<table:table-row><table:table-cell table:x="${open}`), `<office:document-content><office:body><table:table table:name="${open}`]) {
      expect(outcome(() => scanOds(xml, 64 * KiB))).toBe('errors.import.sheetDamaged');
    }
  });
});

describe('staging a hostile ods ends', () => {
  let h: SheetHarness;
  beforeAll(async () => {
    h = await SheetHarness.create();
  });
  afterAll(() => h.close());

  it('reads an ods whose automatic styles hold 4 MiB of `<style:style>` never ended', async () => {
    const xml = odsContent([{ name: 'Blad1', body: ONE_ROW }]).replace(
      '</office:automatic-styles>',
      `${run(4 * 1024 * KiB, '<style:style>')}</office:automatic-styles>`,
    );
    const staged = await h.stage(h.file('vijandig.ods', makeOds(xml))).then(
      (s) => [s.sheet, s.rowCount],
      (error: { code?: string; message: string }) => error.code ?? error.message,
    );
    expect(staged).toEqual(['Blad1', 1]);
  });
});

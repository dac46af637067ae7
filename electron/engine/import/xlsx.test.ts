import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from './index';
import { inlineStr, makeXlsx, num, row, shared, type XlsxSpec } from './testing/make-xlsx';
import { excelSerialToDate } from './xlsx/excel-date';
import { readXlsxGrid } from './xlsx/read-xlsx';
import { isDateFormatCode } from './xlsx/styles';
import { decodeEntities } from './xlsx/xml';

const dir = mkdtempSync(join(tmpdir(), 'werkbank-xlsx-'));
let n = 0;
function writeXlsx(spec: XlsxSpec): string {
  const path = join(dir, `book${++n}.xlsx`);
  writeFileSync(path, makeXlsx(spec));
  return path;
}

describe('Excel dates', () => {
  it('converts 1900 serials around the fake 29 February 1900', () => {
    expect(excelSerialToDate(1, false)?.date).toBe('1900-01-01');
    expect(excelSerialToDate(59, false)?.date).toBe('1900-02-28');
    expect(excelSerialToDate(61, false)?.date).toBe('1900-03-01');
    expect(excelSerialToDate(41472, false)?.date).toBe('2013-07-17');
  });

  it('converts 1904 serials and time parts', () => {
    expect(excelSerialToDate(0, true)?.date).toBe('1904-01-01');
    // The 1904 system is 1462 days behind: 39999 + 1462 = 41461 in the 1900 system.
    expect(excelSerialToDate(39_999, true)?.date).toBe('2013-07-06');
    const dt = excelSerialToDate(46091.375, false);
    expect([dt?.date, dt?.time]).toEqual(['2026-03-10', '09:00:00']);
  });

  it('recognises date format codes but not quoted or bracketed letters', () => {
    expect(isDateFormatCode('DD/MM/YYYY')).toBe(true);
    expect(isDateFormatCode('[$-813]d mmmm yyyy;@')).toBe(true);
    expect(isDateFormatCode('h:mm')).toBe(true);
    expect(isDateFormatCode('0.0" dagen"')).toBe(false);
    expect(isDateFormatCode('[Red]0.00')).toBe(false);
    expect(isDateFormatCode('#,##0 \\d')).toBe(false);
    expect(isDateFormatCode('General')).toBe(false);
  });
});

describe('XML entities', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('Zo&#235; &amp; No&#xE9; &lt;3&gt; &quot;x&quot; &apos;')).toBe('Zoë & Noé <3> "x" \'');
  });
});

describe('readTable on generated xlsx', () => {
  it('reads dates in the 1904 system (date1904="1" and "true")', async () => {
    for (const date1904 of ['1', 'true'] as const) {
      const path = writeXlsx({
        date1904,
        numFmts: { 164: 'dd/mm/yyyy' },
        cellXfs: [0, 164],
        sheets: [{ name: 'Blad1', rows: row(1, [inlineStr('A1', 'Datum')]) + row(2, [num('A2', 39_999, 1)]) }],
      });
      const table = await readTable(path);
      expect(table.columns).toEqual([{ name: 'Datum', type: 'date' }]);
      expect(table.rows).toEqual([['2013-07-06']]);
    }
  });

  it('reads built-in date formats (id 14) in the 1900 system', async () => {
    const path = writeXlsx({
      cellXfs: [0, 14],
      sheets: [{ name: 'Blad1', rows: row(1, [inlineStr('A1', 'Datum')]) + row(2, [num('A2', 41472, 1)]) }],
    });
    expect((await readTable(path)).rows).toEqual([['2013-07-17']]);
  });

  it('uses the cached value of formulas, numeric and text', async () => {
    const path = writeXlsx({
      sheets: [
        {
          name: 'Blad1',
          rows:
            row(1, [inlineStr('A1', 'Score'), inlineStr('B1', 'Procent'), inlineStr('C1', 'Oordeel')]) +
            row(2, [
              num('A2', 30),
              '<c r="B2"><f>A2/40*100</f><v>75</v></c>',
              '<c r="C2" t="str"><f>IF(B2&gt;50,"ok","zwak")</f><v>ok</v></c>',
            ]),
        },
      ],
    });
    const table = await readTable(path);
    expect(table.rows).toEqual([[30, 75, 'ok']]);
  });

  it('joins rich-text runs of shared strings and skips phonetic hints', async () => {
    const path = writeXlsx({
      sharedStrings: [
        'Naam',
        '<r><rPr><b/></rPr><t>Zo</t></r><r><t>&#235; </t></r><r><t xml:space="preserve">Peeters</t></r>',
        '<t>Jan</t><rPh sb="0" eb="1"><t>ジャン</t></rPh>',
      ],
      sheets: [{ name: 'Blad1', rows: row(1, [shared('A1', 0)]) + row(2, [shared('A2', 1)]) + row(3, [shared('A3', 2)]) }],
    });
    expect((await readTable(path)).rows).toEqual([['Zoë Peeters'], ['Jan']]);
  });

  it('keeps ids with leading zeros as identifier text', async () => {
    const path = writeXlsx({
      sheets: [
        {
          name: 'Blad1',
          rows:
            row(1, [inlineStr('A1', 'Id'), inlineStr('B1', 'Punten')]) +
            row(2, [inlineStr('A2', '0045123'), num('B2', 12)]) +
            row(3, [num('A3', 2023054), num('B3', 14)]),
        },
      ],
    });
    const table = await readTable(path);
    expect(table.columns).toEqual([
      { name: 'Id', type: 'identifier' },
      { name: 'Punten', type: 'integer' },
    ]);
    expect(table.rows.map((r) => r[0])).toEqual(['0045123', '2023054']);
  });

  it('reads booleans, errors (as missing, with a warning) and sparse cells by reference', async () => {
    const path = writeXlsx({
      sheets: [
        {
          name: 'Blad1',
          rows:
            row(1, [inlineStr('A1', 'Naam'), inlineStr('C1', 'Geslaagd'), inlineStr('D1', 'Score')]) +
            row(2, [inlineStr('A2', 'An'), '<c r="C2" t="b"><v>1</v></c>', '<c r="D2" t="e"><v>#DIV/0!</v></c>']) +
            row(4, [inlineStr('A4', 'Bo'), '<c r="C4" t="b"><v>0</v></c>', num('D4', 7)]),
        },
      ],
    });
    const table = await readTable(path);
    expect(table.columns).toEqual([
      { name: 'Naam', type: 'text' },
      { name: 'Geslaagd', type: 'boolean' },
      { name: 'Score', type: 'integer' },
    ]);
    expect(table.rows).toEqual([
      ['An', true, null],
      ['Bo', false, 7],
    ]);
    expect(table.inspect.warnings).toContainEqual({
      code: 'import.errorCells',
      params: { column: 'Score', count: 1, rows: '2' },
    });
  });

  it('lists hidden sheets, defaults to the first visible one and picks a sheet by name', async () => {
    const path = writeXlsx({
      sheets: [
        { name: 'Verborgen', state: 'hidden', rows: row(1, [inlineStr('A1', 'x')]) + row(2, [num('A2', 1)]) },
        { name: 'Héél geheim', state: 'veryHidden', rows: row(1, [inlineStr('A1', 'y')]) + row(2, [num('A2', 2)]) },
        { name: 'Data', rows: row(1, [inlineStr('A1', 'z')]) + row(2, [num('A2', 3)]) },
      ],
    });
    const table = await readTable(path);
    expect(table.inspect.sheets).toEqual([
      { name: 'Verborgen', hidden: true },
      { name: 'Héél geheim', hidden: true },
      { name: 'Data', hidden: false },
    ]);
    expect(table.inspect.sheet).toBe('Data');
    expect((await readTable(path, { sheet: 'Héél geheim' })).rows).toEqual([[2]]);
  });

  it('collects merged ranges in the grid', () => {
    const bytes = makeXlsx({
      sheets: [
        {
          name: 'Blad1',
          rows: row(1, [inlineStr('A1', 'Titel')]) + row(2, [inlineStr('A2', 'a'), inlineStr('B2', 'b')]),
          after: '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C3:D5"/></mergeCells>',
        },
      ],
    });
    expect(readXlsxGrid(bytes, 'm.xlsx').grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 2, left: 2, bottom: 4, right: 3 },
    ]);
  });

  it('reads workbooks whose tags carry a namespace prefix', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const path = writeXlsx({
      sheets: [{ name: 'Blad1', rows: '' }],
      parts: {
        'xl/worksheets/sheet1.xml': `<x:worksheet xmlns:x="${ns}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Naam</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>An</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
      },
    });
    expect((await readTable(path)).rows).toEqual([['An']]);
  });

  it('turns a few non-fitting values in a number column into missing, with a warning', async () => {
    const rows = [row(1, [inlineStr('A1', 'Score')])];
    for (let r = 2; r <= 21; r++) rows.push(row(r, [r === 9 ? inlineStr(`A${r}`, 'ziek') : num(`A${r}`, r)]));
    const table = await readTable(writeXlsx({ sheets: [{ name: 'Blad1', rows: rows.join('') }] }));
    expect(table.columns).toEqual([{ name: 'Score', type: 'integer' }]);
    expect(table.rows[7]).toEqual([null]);
    expect(table.inspect.columns[0].missing).toBe(1);
    expect(table.inspect.warnings).toContainEqual({
      code: 'import.valuesNotFitting',
      params: { column: 'Score', count: 1, rows: '9', values: 'ziek' },
    });
  });
});

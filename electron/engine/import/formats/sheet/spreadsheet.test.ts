import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, samplePath } from '../../testing/samples';
import { inlineStr, makeXlsx, num, row, shared, type XlsxSpec } from '../../testing/make-xlsx';
import { SheetHarness } from './sheet-testing';

let h: SheetHarness;
beforeAll(async () => {
  h = await SheetHarness.create();
});
afterAll(() => h.close());

const stageXlsx = (spec: XlsxSpec, options: { sheet?: string } = {}) =>
  h.stage(h.file('book.xlsx', makeXlsx(spec)), options);

/** Days since 1899-12-30 / 1904-01-01, computed with Date (independently of the reader). */
const iso = (epochUtc: number, days: number) => new Date(epochUtc + days * 86_400_000).toISOString().slice(0, 10);

describe('stageSpreadsheet on the sample files', () => {
  it('lvs-leerlingen.xlsx: two sheets, Leerlingen with title row, header on row 3, 136 pupils and a totals line', async () => {
    const lvs = expected().lvs;
    const staged = await h.stage(samplePath('lvs-leerlingen.xlsx'));
    expect(staged.format).toBe('xlsx');
    expect(staged.sheets).toEqual([
      { name: 'Leerlingen', hidden: false },
      { name: 'Legende', hidden: false },
    ]);
    expect(staged.sheet).toBe(lvs.sheet);
    const rows = await h.byRow(staged);
    expect(rows.get(1)?.[0]).toMatch(/^Leerlingenlijst/);
    expect(rows.get(lvs.header_row)).toEqual(lvs.columns);
    expect(staged.columnCount).toBe(lvs.columns.length);
    const dataRows = [...rows].filter(([r, cells]) => r > lvs.header_row && /^\d+$/.test(cells[0] ?? ''));
    expect(dataRows).toHaveLength(lvs.data_rows_including_duplicate);
    const last = Math.max(...rows.keys());
    expect(rows.get(last)?.[0]).toMatch(/^Totaal/);
    expect(last).toBeGreaterThan(Math.max(...dataRows.map(([r]) => r)));
    // The title is merged over the header's width.
    expect(staged.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: lvs.columns.length - 1 });
    expect(staged.rowCount).toBe(rows.size);

    const byId = new Map(dataRows.map(([, cells]) => [cells[0], cells]));
    for (const record of lvs.sample_records) {
      const cells = byId.get(record.id);
      expect(cells, record.id).toBeDefined();
      expect([cells![1]?.trim(), cells![2], cells![3], cells![4]]).toEqual([
        record.naam,
        record.voornaam,
        record.klas,
        record.geboortedatum,
      ]);
    }
    // Stamboeknummer is stored as numbers, Naam as text.
    expect(staged.numericColumns).toContain(1);
    expect(staged.numericColumns).not.toContain(2);
  });

  it('lvs-leerlingen.xlsx: the Legende sheet by name', async () => {
    const staged = await h.stage(samplePath('lvs-leerlingen.xlsx'), { sheet: 'Legende' });
    expect(staged.sheet).toBe('Legende');
    expect((await h.rows(staged))[0][1]).toMatch(/Zorgfase/);
  });

  it('toets-wiskunde-juni.xlsx: 131 data rows with scores as text 34/50', async () => {
    const staged = await h.stage(samplePath('toets-wiskunde-juni.xlsx'));
    const rows = await h.rows(staged);
    const header = rows[0];
    expect(header[0]).toBe(1);
    const scoreColumn = header.indexOf('Score');
    expect(scoreColumn).toBeGreaterThan(0);
    const data = rows.slice(1);
    expect(data).toHaveLength(expected().juni.rows);
    for (const r of data) expect(r[scoreColumn]).toMatch(/^\d+\/50$/);
    // The sum of the obtained scores, from expected.json.
    const { score_sum } = expected().juni as unknown as { score_sum: number };
    expect(data.reduce((sum, r) => sum + Number(String(r[scoreColumn]).split('/')[0]), 0)).toBe(score_sum);
    expect(staged.numericColumns).not.toContain(scoreColumn);
  });

  it('vlaamse-toetsen-overzicht.xlsx: both sheets with their row counts', async () => {
    const vt = expected().vt;
    for (const sheet of vt.sheets) {
      const staged = await h.stage(samplePath('vlaamse-toetsen-overzicht.xlsx'), { sheet });
      expect(staged.sheets.map((s) => s.name)).toEqual(vt.sheets);
      expect(staged.sheet).toBe(sheet);
      const rows = await h.rows(staged);
      // Title row, header row, then one row per student × test component.
      expect(rows[0][1]).toMatch(new RegExp(sheet));
      expect(rows[1]).toContain('Niveau');
      expect(rows.slice(2)).toHaveLength(vt.rows[sheet]);
    }
  });

  it('enquete-team.xlsx: text labels, empty answers as NULL, date-times', async () => {
    const staged = await h.stage(samplePath('enquete-team.xlsx'));
    const rows = await h.rows(staged);
    expect(rows.slice(1)).toHaveLength(expected().survey.respondents);
    const labels = new Set(rows.slice(1).flatMap((r) => r.slice(4)));
    for (const label of labels) {
      expect([null, 'Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens']).toContain(label);
    }
    expect(labels.has(null)).toBe(true);
    for (const r of rows.slice(1)) expect(r[2]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });

  it('reports progress in the reading phase, ending at 1', async () => {
    const context = h.context();
    await h.stage(samplePath('lvs-leerlingen.xlsx'), {}, {}, context);
    const fractions = context.reports.map(([phase, f]) => (expect(phase).toBe('reading'), f as number));
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});

describe('stageSpreadsheet on generated xlsx quirks', () => {
  it('reads dates in the 1904 and the 1900 system, with built-in and custom date formats', async () => {
    const serial = 39_999;
    for (const date1904 of ['1', 'true', undefined] as const) {
      const staged = await stageXlsx({
        date1904,
        numFmts: { 164: 'dd/mm/yyyy' },
        cellXfs: [0, 164, 14],
        sheets: [{ name: 'Blad1', rows: row(1, [num('A1', serial, 1), num('B1', serial, 2), num('C1', serial)]) }],
      });
      const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
      const date = iso(epoch, serial);
      expect(await h.rows(staged)).toEqual([[1, date, date, String(serial)]]);
      expect(staged.numericColumns).toEqual([3]);
    }
  });

  it('keeps a date-formatted number beyond 9999-12-31 as a number', async () => {
    const staged = await stageXlsx({ cellXfs: [0, 14], sheets: [{ name: 'Blad1', rows: row(1, [num('A1', 1e10, 1)]) }] });
    expect(await h.rows(staged)).toEqual([[1, String(1e10)]]);
  });

  it('finds parts whose relationship names them in another case', async () => {
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const staged = await stageXlsx({
      sheets: [{ name: 'Blad1', rows: row(1, [inlineStr('A1', 'gevonden')]) }],
      parts: {
        'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="Worksheets/Sheet1.XML"/></Relationships>`,
      },
    });
    expect(await h.rows(staged)).toEqual([[1, 'gevonden']]);
  });

  it('reads date-times, times of day and ISO date cells', async () => {
    const staged = await stageXlsx({
      numFmts: { 164: 'hh:mm' },
      cellXfs: [0, 22, 164],
      sheets: [
        {
          name: 'Blad1',
          rows: row(1, [num('A1', 46091.375, 1), num('B1', 0.5, 2), '<c r="C1" t="d"><v>2026-05-28T08:30:00</v></c>']),
        },
      ],
    });
    // 46091 days after 1899-12-30, plus 0.375 × 24 h = 09:00.
    expect(await h.rows(staged)).toEqual([[1, `${iso(Date.UTC(1899, 11, 30), 46091)} 09:00:00`, '12:00:00', '2026-05-28 08:30:00']]);
  });

  it('lists hidden and very hidden sheets, stages the first visible one, and any sheet by name', async () => {
    const spec: XlsxSpec = {
      sheets: [
        { name: 'Verborgen', state: 'hidden', rows: row(1, [inlineStr('A1', 'x')]) },
        { name: 'Héél geheim', state: 'veryHidden', rows: row(1, [inlineStr('A1', 'y')]) },
        { name: 'Data', rows: row(1, [inlineStr('A1', 'z')]) },
      ],
    };
    const staged = await stageXlsx(spec);
    expect(staged.sheets).toEqual([
      { name: 'Verborgen', hidden: true },
      { name: 'Héél geheim', hidden: true },
      { name: 'Data', hidden: false },
    ]);
    expect(staged.sheet).toBe('Data');
    expect(await h.rows(staged)).toEqual([[1, 'z']]);
    expect(await h.rows(await stageXlsx(spec, { sheet: 'Héél geheim' }))).toEqual([[1, 'y']]);
    // Ignoring case and surrounding spaces, as typed in a profile.
    expect((await stageXlsx(spec, { sheet: ' data ' })).sheet).toBe('Data');
    await expect(stageXlsx(spec, { sheet: 'Blad9' })).rejects.toMatchObject({ code: 'errors.import.unknownSheet' });
  });

  it('reports hidden rows and columns (1-based) and keeps their cells', async () => {
    const staged = await stageXlsx({
      sheets: [
        {
          name: 'Blad1',
          before: '<cols><col min="2" max="3" width="0" hidden="1"/><col min="5" max="16384" hidden="1"/></cols>',
          rows:
            row(1, ['A1', 'B1', 'C1', 'D1', 'E1'].map((r) => inlineStr(r, r))) +
            '<row r="2" hidden="1"><c r="A2"><v>2</v></c></row>' +
            '<row r="3"><c r="A3"><v>3</v></c></row>' +
            '<row r="4" hidden="true"/>' +
            '<row r="5"><c r="A5"><v>5</v></c></row>' +
            '<row r="9" hidden="1"/>',
        },
      ],
    });
    expect(staged.hiddenRows).toEqual([2, 4]);
    // Columns beyond the data (F…XFD) are not listed.
    expect(staged.hiddenColumns).toEqual([2, 3, 5]);
    expect((await h.byRow(staged)).get(2)).toEqual(['2', null, null, null, null]);
  });

  it('collects merged ranges without filling their cells', async () => {
    const staged = await stageXlsx({
      sheets: [
        {
          name: 'Blad1',
          rows:
            row(1, [inlineStr('A1', 'Wiskunde'), inlineStr('C1', 'Taal')]) +
            row(2, ['A2', 'B2', 'C2', 'D2'].map((r, i) => inlineStr(r, i % 2 ? 'juni' : 'sept'))),
          after: '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C1:D1"/></mergeCells>',
        },
      ],
    });
    expect(staged.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 3 },
    ]);
    expect((await h.rows(staged))[0]).toEqual([1, 'Wiskunde', null, 'Taal', null]);
  });

  it('uses the cached values of formulas; a formula without one is empty', async () => {
    const staged = await stageXlsx({
      sheets: [
        {
          name: 'Blad1',
          rows: row(1, [
            num('A1', 30),
            '<c r="B1"><f>A1/40*100</f><v>75</v></c>',
            '<c r="C1" t="str"><f>IF(B1&gt;50,"ok","zwak")</f><v>ok &amp; goed</v></c>',
            '<c r="D1"><f t="shared" ref="D1:D2" si="0">A1*2</f><v>60</v></c>',
            '<c r="E1"><f>A1+1</f></c>',
            '<c r="F1" t="b"><f>A1&gt;1</f><v>1</v></c>',
          ]),
        },
      ],
    });
    expect(await h.rows(staged)).toEqual([[1, '30', '75', 'ok & goed', '60', null, 'TRUE']]);
  });

  it('reads error cells as NULL with one warning listing a few references', async () => {
    const errors = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'];
    const staged = await stageXlsx({
      sheets: [
        {
          name: 'Blad1',
          rows: errors.map((e, i) => row(i + 1, [num(`A${i + 1}`, i), `<c r="B${i + 1}" t="e"><v>${e}</v></c>`])).join(''),
        },
      ],
    });
    const rows = await h.rows(staged);
    expect(rows.map((r) => r.slice(1))).toEqual(errors.map((_, i) => [String(i)]));
    expect(staged.warnings).toEqual([
      { code: 'import.sheetErrorCells', params: { count: 7, cells: 'B1, B2, B3, B4, B5, …' } },
    ]);
  });

  it('reads shared strings with rich text and phonetic hints, inline strings, booleans and escapes', async () => {
    const staged = await stageXlsx({
      sharedStrings: [
        'Naam',
        '<r><rPr><b/></rPr><t>Zo</t></r><r><t>&#235; </t></r><r><t xml:space="preserve">Peeters</t></r>',
        '<t>Jan</t><rPh sb="0" eb="1"><t>ジャン</t></rPh>',
        '<t>regel_x000D_\n2</t>',
      ],
      sheets: [
        {
          name: 'Blad1',
          rows:
            row(1, [shared('A1', 0), shared('B1', 1), shared('C1', 2), shared('D1', 3)]) +
            row(2, [
              inlineStr('A2', 'Zeg "hallo", dag'),
              '<c r="B2" t="inlineStr"><is><r><t>rijk</t></r><r><t> tekst</t></r></is></c>',
              '<c r="C2" t="b"><v>0</v></c>',
              '<c r="D2" t="inlineStr"></c>',
            ]),
        },
      ],
    });
    expect(await h.rows(staged)).toEqual([
      [1, 'Naam', 'Zoë Peeters', 'Jan', 'regel\r\n2'],
      [2, 'Zeg "hallo", dag', 'rijk tekst', 'FALSE', null],
    ]);
  });

  it('keeps numbers stored as text, leading zeros and formula-like text as text; numbers canonical', async () => {
    const staged = await stageXlsx({
      sheets: [
        {
          name: 'Blad1',
          rows:
            row(1, [inlineStr('A1', '0045123'), inlineStr('B1', '23,5'), inlineStr('C1', '=1+1'), inlineStr('D1', ' 12 ')]) +
            row(2, [num('A2', 2023054), '<c r="B2"><v>23.50</v></c>', '<c r="C2"><v>1E-7</v></c>', '<c r="D2"><v>-0</v></c>']) +
            row(3, ['<c r="A3"><v>0.30000000000000004</v></c>', '<c r="B3"><v>123456789012345678</v></c>']),
        },
      ],
    });
    expect(await h.rows(staged)).toEqual([
      [1, '0045123', '23,5', '=1+1', ' 12 '],
      [2, '2023054', String(23.5), String(1e-7), '0'],
      [3, String(0.1 + 0.2), String(Number('123456789012345678')), null, null],
    ]);
    expect(staged.numericColumns).toEqual([1, 2, 3, 4]);
  });

  it('places sparse cells by reference and cells without one after the previous cell', async () => {
    const staged = await stageXlsx({
      sheets: [
        {
          name: 'Blad1',
          rows:
            '<row r="2"><c r="C2"><v>1</v></c><c><v>2</v></c><c r="F2"><v>3</v></c></row>' +
            '<row><c><v>4</v></c></row>' +
            '<row r="7"><c r="B7"><v>5</v></c><c r="A7"><v>6</v></c></row>',
        },
      ],
    });
    expect(await h.rows(staged)).toEqual([
      [2, null, null, '1', '2', null, '3'],
      [3, '4', null, null, null, null, null],
      [7, '6', '5', null, null, null, null],
    ]);
    expect(staged.columnCount).toBe(6);
  });

  it('reads workbooks whose parts carry a namespace prefix', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const staged = await stageXlsx({
      sheets: [{ name: 'Blad1', rows: '' }],
      parts: {
        'xl/worksheets/sheet1.xml': `<x:worksheet xmlns:x="${ns}"><x:cols><x:col min="2" max="2" hidden="1"/></x:cols><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Naam</x:t></x:is></x:c><x:c r="B1"><x:v>3</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`,
        'xl/sharedStrings.xml': `<x:sst xmlns:x="${ns}"><x:si><x:t>ongebruikt</x:t></x:si></x:sst>`,
      },
    });
    expect(await h.rows(staged)).toEqual([[1, 'Naam', '3']]);
    expect(staged.hiddenColumns).toEqual([2]);
    expect(staged.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it('stages an empty sheet as a table without cell columns', async () => {
    const staged = await stageXlsx({ sheets: [{ name: 'Leeg', rows: '' }] });
    expect([staged.rowCount, staged.columnCount]).toEqual([0, 0]);
    expect(await h.rows(staged)).toEqual([]);
  });

  it('refuses a row as wide as Excel allows (16,384 columns, up to XFD), and stages 1,024 columns', async () => {
    const wide = stageXlsx({
      sheets: [{ name: 'Breed', rows: row(1, [inlineStr('A1', 'eerste'), inlineStr('XFD1', 'laatste')]) + row(2, [num('B2', 1)]) }],
    });
    await expect(wide).rejects.toMatchObject({ code: 'errors.import.sheetTooWide', params: { columns: 16_384, limit: 1_024 } });
    const staged = await stageXlsx({
      sheets: [{ name: 'Breed', rows: row(1, [inlineStr('A1', 'eerste'), inlineStr('AMJ1', 'laatste')]) + row(2, [num('B2', 1)]) }],
    });
    expect(staged.columnCount).toBe(1_024);
    const rows = await h.sql.rows(`SELECT __row, c1, c2, c1023, c1024 FROM ${staged.table} ORDER BY __row`);
    expect(rows.map((r) => r.map((c) => (c === null ? null : String(c))))).toEqual([
      ['1', 'eerste', null, null, 'laatste'],
      ['2', null, '1', null, null],
    ]);
  });


  it('loads the CSV in small parts, widening the table when a later part has wider rows', async () => {
    const width = (r: number) => (r === 40 ? 9 : r % 7 === 0 ? 5 : 2);
    const letters = 'ABCDEFGHI';
    const rows = Array.from({ length: 60 }, (_, i) => i + 1)
      .map((r) => row(r, Array.from({ length: width(r) }, (_, c) => inlineStr(`${letters[c]}${r}`, `${r}:${c}`))))
      .join('');
    const path = h.file('delen.xlsx', makeXlsx({ sheets: [{ name: 'Blad1', rows }] }));
    const staged = await h.stage(path, {}, { partBytes: 200 });
    expect([staged.rowCount, staged.columnCount]).toEqual([60, 9]);
    const expectedRows = Array.from({ length: 60 }, (_, i) => i + 1).map((r) => [
      r,
      ...Array.from({ length: 9 }, (_, c) => (c < width(r) ? `${r}:${c}` : null)),
    ]);
    expect(await h.rows(staged)).toEqual(expectedRows);
  });

  it('keeps multi-byte characters whole where the inflated chunks cut them', async () => {
    // Mostly multi-byte text, so that chunk ends (every 256 KiB of XML) fall inside characters.
    const names = ['ë'.repeat(60), '😀'.repeat(40), '中文'.repeat(30)];
    const rows = Array.from({ length: 10_000 }, (_, i) => row(i + 1, [inlineStr(`A${i + 1}`, `${names[i % 3]}${i}`)])).join('');
    const staged = await stageXlsx({ sheets: [{ name: 'Blad1', rows }] });
    const list = `[${names.map((n) => `'${n}'`).join(', ')}]`;
    const [[wrong]] = await h.sql.rows(`SELECT count(*) FROM ${staged.table} WHERE c1 <> (${list}[((__row - 1) % 3) + 1] || (__row - 1))`);
    expect([staged.rowCount, Number(wrong)]).toEqual([10_000, 0]);
  });

  it('an xlsx saved with another extension is still read by content', async () => {
    const bytes = readFileSync(samplePath('toets-wiskunde-juni.xlsx'));
    const staged = await h.stage(h.file('export.dat', bytes));
    expect(staged.sheet).toBe('Resultaten');
  });
});

describe('line breaks inside cells', () => {
  // DuckDB's parallel CSV scanner refused the staged parts (null_padding with quoted line breaks).
  it('keeps LF, CRLF and a lone CR inside xlsx cells, in short and in ragged rows', async () => {
    for (const value of ['ja\nnee', 'ja\r\nnee', 'ja\rnee', '\n', 'a\n\nb\n']) {
      const staged = await stageXlsx({
        sheets: [
          {
            name: 'Blad1',
            rows:
              row(1, [inlineStr('A1', 'Naam'), inlineStr('B1', 'Opmerking')]) +
              row(2, [inlineStr('A2', 'An'), inlineStr('B2', value)]) +
              row(3, [inlineStr('A3', 'Bo')]),
          },
        ],
      });
      expect(await h.rows(staged), JSON.stringify(value)).toEqual([
        [1, 'Naam', 'Opmerking'],
        [2, 'An', value],
        [3, 'Bo', null],
      ]);
    }
  });

  it('keeps an Excel-escaped carriage return (_x000D_) in a shared string', async () => {
    const staged = await stageXlsx({
      sharedStrings: ['Naam', 'Opmerking', 'ja_x000D_\nnee'],
      sheets: [{ name: 'Blad1', rows: row(1, [shared('A1', 0), shared('B1', 1)]) + row(2, [inlineStr('A2', 'An'), shared('B2', 2)]) }],
    });
    expect(await h.rows(staged)).toEqual([
      [1, 'Naam', 'Opmerking'],
      [2, 'An', 'ja\r\nnee'],
    ]);
  });
});

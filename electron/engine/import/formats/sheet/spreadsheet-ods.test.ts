import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOds, odsContent, type OdsTableSpec, SheetHarness } from './sheet-testing';

let h: SheetHarness;
beforeAll(async () => {
  h = await SheetHarness.create();
});
afterAll(() => h.close());

const p = (text: string) => `<text:p>${text}</text:p>`;
const str = (text: string, attrs = '') => `<table:table-cell office:value-type="string"${attrs}>${p(text)}</table:table-cell>`;
const float = (value: number, attrs = '') =>
  `<table:table-cell office:value-type="float" office:value="${value}"${attrs}>${p(String(value).replace('.', ','))}</table:table-cell>`;
const tableRow = (cells: string, attrs = '') => `<table:table-row${attrs}>${cells}</table:table-row>`;
/** LibreOffice ends every row and every table with huge repeats of empty cells and rows. */
const emptyTail = '<table:table-cell table:number-columns-repeated="1019"/>';
const emptyRows = tableRow('<table:table-cell table:number-columns-repeated="1024"/>', ' table:number-rows-repeated="1048560"');

const leerlingen: OdsTableSpec = {
  name: 'Leerlingen',
  body:
    '<table:table-column table:number-columns-repeated="2"/><table:table-column table:visibility="collapse"/>' +
    '<table:table-column table:number-columns-repeated="1021"/>' +
    tableRow(
      '<table:table-cell table:number-columns-spanned="3" table:number-rows-spanned="1" office:value-type="string"><text:p>Leerlingenlijst</text:p></table:table-cell>' +
        '<table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell table:number-columns-repeated="1021"/>',
    ) +
    tableRow(['Stamboeknummer', 'Naam', 'Geboortedatum', 'Aanwezig', 'Score', 'Bedrag', 'Uur'].map((t) => str(t)).join('') + emptyTail) +
    tableRow(
      float(2023059) +
        str('Zoë &amp; Jan') +
        '<table:table-cell office:value-type="date" office:date-value="2013-07-17"><text:p>17/07/2013</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>WAAR</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="currency" office:currency="EUR" office:value="12.5"><text:p>€ 12,50</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="time" office:time-value="PT09H30M00S"><text:p>09:30</text:p></table:table-cell>' +
        emptyTail,
    ) +
    tableRow(
      float(2023060) +
        '<table:table-cell office:value-type="string"><office:annotation><text:p>opmerking van de leerkracht</text:p></office:annotation>' +
        '<text:p>De<text:s text:c="2"/>Smet</text:p><text:p><text:span text:style-name="T1">tweede</text:span><text:line-break/>regel</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="date" office:date-value="2026-03-10T09:00:00"><text:p>10/03/2026 09:00</text:p></table:table-cell>' +
        '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>' +
        '<table:table-cell><text:p>zonder type</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="float" office:value="1E-7"><text:p>0</text:p></table:table-cell>' +
        emptyTail,
      ' table:visibility="collapse"',
    ) +
    tableRow('<table:table-cell table:number-columns-repeated="3"/>' + str('x', ' table:number-columns-repeated="2"') + emptyTail, ' table:number-rows-repeated="2"') +
    tableRow(str('=SOM(A1:A3)') + emptyTail, ' table:visibility="filter"') +
    emptyRows,
};

const verborgen: OdsTableSpec = { name: 'Verborgen', hidden: true, body: tableRow(str('geheim')) };
const extra: OdsTableSpec = { name: 'Extra blad', body: tableRow(float(1) + float(2.5)) + emptyRows };

describe('stageSpreadsheet on ODS', () => {
  it('lists the sheets with their hidden flags and stages the first visible one', async () => {
    const staged = await h.stage(h.file('lijst.ods', makeOds(odsContent([verborgen, leerlingen, extra]))));
    expect(staged.format).toBe('ods');
    expect(staged.sheets).toEqual([
      { name: 'Verborgen', hidden: true },
      { name: 'Leerlingen', hidden: false },
      { name: 'Extra blad', hidden: false },
    ]);
    expect(staged.sheet).toBe('Leerlingen');
    expect(await h.rows(staged)).toEqual([
      [1, 'Leerlingenlijst', null, null, null, null, null, null],
      [2, 'Stamboeknummer', 'Naam', 'Geboortedatum', 'Aanwezig', 'Score', 'Bedrag', 'Uur'],
      [3, '2023059', 'Zoë & Jan', '2013-07-17', 'TRUE', '0.25', '12.5', '09:30:00'],
      [4, '2023060', 'De  Smet\ntweede\nregel', '2026-03-10 09:00:00', null, 'zonder type', String(1e-7), null],
      [5, null, null, null, 'x', 'x', null, null],
      [6, null, null, null, 'x', 'x', null, null],
      [7, '=SOM(A1:A3)', null, null, null, null, null, null],
    ]);
    expect(staged.columnCount).toBe(7);
    expect(staged.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(staged.hiddenRows).toEqual([4, 7]);
    expect(staged.hiddenColumns).toEqual([3]);
    expect(staged.numericColumns).toEqual([1, 5, 6]);
    expect(staged.warnings).toEqual([{ code: 'import.sheetErrorCells', params: { count: 1, cells: 'D4' } }]);
  });

  it('stages a sheet by name, also a hidden one, and refuses an unknown name', async () => {
    const path = h.file('lijst.ods', makeOds(odsContent([verborgen, leerlingen, extra])));
    const staged = await h.stage(path, { sheet: 'extra blad' });
    expect(staged.sheet).toBe('Extra blad');
    expect(await h.rows(staged)).toEqual([[1, '1', '2.5']]);
    expect(await h.rows(await h.stage(path, { sheet: 'Verborgen' }))).toEqual([[1, 'geheim']]);
    await expect(h.stage(path, { sheet: 'Blad3' })).rejects.toMatchObject({
      code: 'errors.import.unknownSheet',
      params: { sheet: 'Blad3', available: 'Verborgen, Leerlingen, Extra blad' },
    });
  });

  it('refuses a password-protected ODS, and names an OpenDocument text file as a text document', async () => {
    const manifest =
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
      '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">' +
      '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/></manifest:file-entry></manifest:manifest>';
    const encrypted = makeOds(odsContent([leerlingen]), { 'META-INF/manifest.xml': manifest });
    await expect(h.stage(h.file('geheim.ods', encrypted))).rejects.toMatchObject({
      code: 'errors.import.sheetPasswordProtected',
    });
    const odt = makeOds('<office:document-content/>', {}, 'application/vnd.oasis.opendocument.text');
    await expect(h.stage(h.file('brief.ods', odt))).rejects.toMatchObject({ code: 'errors.import.foreign.word' });
    const epub = makeOds('<office:document-content/>', {}, 'application/epub+zip');
    await expect(h.stage(h.file('boek.ods', epub))).rejects.toMatchObject({ code: 'errors.import.notASpreadsheet' });
  });
});

describe('line breaks inside ODS cells', () => {
  it('keeps a cell of two paragraphs as two lines, beside a shorter row', async () => {
    const body =
      tableRow(str('Naam') + str('Opmerking')) +
      tableRow(str('An') + `<table:table-cell office:value-type="string">${p('ja')}${p('nee')}</table:table-cell>`) +
      tableRow(str('Bo'));
    const staged = await h.stage(h.file('opmerkingen.ods', makeOds(odsContent([{ name: 'Blad1', body }]))));
    expect(await h.rows(staged)).toEqual([
      [1, 'Naam', 'Opmerking'],
      [2, 'An', 'ja\nnee'],
      [3, 'Bo', null],
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../../shared/api/errors';
import type { ImportOptions, InspectedColumn } from '../../../../shared/model/source';
import { Session } from '../../db/session';
import { sqlRunner } from '../sql-runner';
import type { SqlRunner, StagedTable } from '../stage/types';
import { analyseStaged } from './analyse';
import { convertStaged, previewStaged, rawRowsOf } from './convert';
import type { Analysis } from './plan';
import { stageRows, tableRows } from './testing';

let session: Session;
let sql: SqlRunner;
let tables = 0;

beforeAll(async () => {
  session = await Session.create();
  sql = sqlRunner(session);
});
afterAll(() => session.close());

type Rows = ((string | null)[] | undefined)[];

async function analyseRows(rows: Rows, options: ImportOptions = {}, staged: Partial<StagedTable> = {}) {
  const s = await stageRows(sql, rows, staged);
  const analysis = await analyseStaged(sql, s, options, 'test.csv', null);
  return { staged: s, analysis, inspect: analysis.inspect };
}

async function importRows(rows: Rows, options: ImportOptions = {}, staged: Partial<StagedTable> = {}) {
  const { staged: s, analysis } = await analyseRows(rows, options, staged);
  tables += 1;
  const table = `imported_${tables}`;
  const result = await convertStaged(sql, s, analysis, table);
  const data = await tableRows(
    sql,
    table,
    result.columns.map((c) => c.name),
  );
  return { analysis, result, data, table };
}

const column = (a: Analysis, name: string): InspectedColumn => {
  const found = a.inspect.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name} in ${a.inspect.columns.map((c) => c.name).join(', ')}`);
  return found;
};

const codes = (a: Analysis) => a.inspect.warnings.map((w) => w.code);

describe('header and rows left out', () => {
  const lvs: Rows = [
    ['Leerlingenlijst schooljaar 2025-2026', null, null, null],
    undefined,
    ['Stamboeknummer', 'Naam', 'Klas', 'Geboortedatum'],
    ['2023059', 'Bogaert ', '2A', '17/07/2013'],
    ['2023238', 'Yılmaz', '2C', '10/06/2013'],
    ['2023165', 'Dubois', '2B', '29/11/2012'],
    [null, null, null, null],
    ['2023293', 'Mertens', '2C', '28/08/2012'],
    undefined,
    ['Totaal: 4 leerlingen', null, null, null],
  ];

  it('finds the header under a title, leaves out the totals line and reports every row left out', async () => {
    const { analysis, data } = await importRows(lvs);
    const { inspect } = analysis;
    expect(inspect.headerRow).toBe(3);
    expect(inspect.headerRows).toBe(1);
    expect(inspect.rowCount).toBe(4);
    expect(inspect.columns.map((c) => [c.name, c.type])).toEqual([
      ['Stamboeknummer', 'integer'],
      ['Naam', 'text'],
      ['Klas', 'text'],
      ['Geboortedatum', 'date'],
    ]);
    expect(inspect.leftOut).toEqual([
      { row: 1, reason: 'aboveHeader', text: 'Leerlingenlijst schooljaar 2025-2026' },
      { row: 2, reason: 'empty', text: '' },
      { row: 3, reason: 'header', text: 'Stamboeknummer · Naam · Klas' },
      { row: 7, reason: 'empty', text: '' },
      { row: 9, reason: 'empty', text: '' },
      { row: 10, reason: 'summary', text: 'Totaal: 4 leerlingen' },
    ]);
    expect(inspect.warnings).toContainEqual({ code: 'import.rowsLeftOut', params: { count: 1, rows: '10' } });
    // Text is trimmed; dates become ISO dates.
    expect(data).toEqual([
      [2023059, 'Bogaert', '2A', '2013-07-17'],
      [2023238, 'Yılmaz', '2C', '2013-06-10'],
      [2023165, 'Dubois', '2B', '2012-11-29'],
      [2023293, 'Mertens', '2C', '2012-08-28'],
    ]);
  });

  it('keeps the totals line when asked', async () => {
    const { inspect } = await analyseRows(lvs, { dropSummaryRows: false });
    expect(inspect.rowCount).toBe(5);
    // The totals line does not fit the integer column: 1 of 5 is more than 5 %, so it is text.
    expect(inspect.columns[0]!.type).toBe('text');
  });

  it('takes the header row the user chooses, and refuses one beyond the end', async () => {
    const { inspect } = await analyseRows(lvs, { headerRow: 4 });
    expect(inspect.headerRow).toBe(4);
    expect(inspect.columns.map((c) => c.source)).toEqual(['2023059', 'Bogaert', '2A', '17/07/2013']);
    expect(inspect.leftOut.filter((r) => r.reason === 'aboveHeader').map((r) => r.row)).toEqual([1, 3]);
    const error = await analyseRows(lvs, { headerRow: 11 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WerkbankError);
    expect((error as WerkbankError).code).toBe('errors.import.headerRowOutOfRange');
    expect((error as WerkbankError).params).toEqual({ row: 11, lastRow: 10 });
  });

  it('names empty headers after their position and makes duplicates unique, ignoring case', async () => {
    const { inspect } = await analyseRows([
      ['Naam', '', 'naam', 'Score', 'SCORE', null],
      ['a', 'x', 'b', '1', '2', null],
      ['c', 'y', 'd', '3', '4', null],
    ]);
    expect(inspect.columns.map((c) => c.name)).toEqual(['Naam', 'Kolom 2', 'naam (2)', 'Score', 'SCORE (2)']);
    expect(inspect.warnings).toContainEqual({
      code: 'import.columnsRenamed',
      params: { columns: 'Kolom 2, naam (2), SCORE (2)' },
    });
  });

  it('refuses a table without any content', async () => {
    const error = await analyseRows([[null, ' '], ['', null]]).catch((e: unknown) => e);
    expect((error as WerkbankError).code).toBe('errors.import.empty');
  });

  it('leaves out hidden rows when asked, keeps and reports them otherwise, and marks hidden columns', async () => {
    const rows: Rows = [['Naam', 'Score', 'Hulp'], ['a', '1', 'x'], ['b', '2', 'y'], ['c', '3', 'z']];
    const kept = await analyseRows(rows, {}, { format: 'xlsx', hiddenRows: [3], hiddenColumns: [3] });
    expect(kept.inspect.rowCount).toBe(3);
    expect(kept.inspect.warnings).toContainEqual({ code: 'import.hiddenRowsKept', params: { count: 1, rows: '3' } });
    expect(kept.inspect.columns.map((c) => c.hidden)).toEqual([false, false, true]);
    const dropped = await analyseRows(rows, { dropHiddenRows: true }, { format: 'xlsx', hiddenRows: [3] });
    expect(dropped.inspect.rowCount).toBe(2);
    expect(dropped.inspect.leftOut).toContainEqual({ row: 3, reason: 'hidden', text: 'b · 2 · y' });
    expect(await previewStaged(sql, dropped.staged, dropped.analysis, 10)).toEqual([
      ['a', 1, 'x'],
      ['c', 3, 'z'],
    ]);
  });

  it('hands out the raw rows as text with their row numbers', async () => {
    const { staged } = await analyseRows(lvs);
    const raw = await rawRowsOf(sql, staged, 3);
    expect(raw).toEqual([
      { row: 1, cells: ['Leerlingenlijst schooljaar 2025-2026', '', '', ''] },
      { row: 3, cells: ['Stamboeknummer', 'Naam', 'Klas', 'Geboortedatum'] },
      { row: 4, cells: ['2023059', 'Bogaert ', '2A', '17/07/2013'] },
    ]);
  });
});

describe('two-row headers', () => {
  it('combines a sparse group row with the header below (text files)', async () => {
    const { analysis, data } = await importRows([
      ['Resultaten 2de jaar', null, null, null, null, null],
      [null, null, 'Wiskunde', null, 'Nederlands', null],
      ['Naam', 'Klas', 'sept', 'juni', 'sept', 'juni'],
      ['An', '2A', '12', '14', '15', '16'],
      ['Bo', '2B', '11', '13', '17', '18'],
    ]);
    const { inspect } = analysis;
    expect(inspect.headerRow).toBe(3);
    expect(inspect.headerRows).toBe(2);
    expect(inspect.columns.map((c) => c.name)).toEqual([
      'Naam',
      'Klas',
      'Wiskunde – sept',
      'Wiskunde – juni',
      'Nederlands – sept',
      'Nederlands – juni',
    ]);
    expect(inspect.leftOut.map((r) => [r.row, r.reason])).toEqual([
      [1, 'aboveHeader'],
      [2, 'header'],
      [3, 'header'],
    ]);
    expect(data).toEqual([
      ['An', '2A', 12, 14, 15, 16],
      ['Bo', '2B', 11, 13, 17, 18],
    ]);
  });

  it('uses merged cells of a spreadsheet group row, and sees a merged title over the whole table as a title', async () => {
    const rows: Rows = [
      ['Leerling', 'Wiskunde', null, 'Nederlands', null],
      [null, 'sept', 'juni', 'sept', 'juni'],
      ['An', '12', '14', '15', '16'],
      ['Bo', '11', '13', '17', '18'],
    ];
    const merges = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 2 },
      { top: 0, left: 3, bottom: 0, right: 4 },
    ];
    // The group row is as wide as most of the table: detection takes it for the header first.
    const { inspect } = await analyseRows(rows, {}, { format: 'xlsx', merges });
    expect([inspect.headerRow, inspect.headerRows]).toEqual([2, 2]);
    expect(inspect.columns.map((c) => c.name)).toEqual([
      'Leerling',
      'Wiskunde – sept',
      'Wiskunde – juni',
      'Nederlands – sept',
      'Nederlands – juni',
    ]);

    const titled = await analyseRows(
      [['Vlaamse toetsen 2026', null, null], ['Klas', 'Naam', 'Score'], ['2A', 'An', '200'], ['2B', 'Bo', '210']],
      {},
      { format: 'xlsx', merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] },
    );
    expect([titled.inspect.headerRow, titled.inspect.headerRows]).toEqual([2, 1]);
    expect(titled.inspect.columns.map((c) => c.name)).toEqual(['Klas', 'Naam', 'Score']);
  });

  it('follows the options: one header row although a group row is there, or two where none is detected', async () => {
    const rows: Rows = [
      [null, 'Wiskunde', null, 'Nederlands'],
      ['Naam', 'sept', 'juni', 'sept'],
      ['An', '12', '14', '15'],
    ];
    const one = await analyseRows(rows, { headerRows: 1 });
    expect(one.inspect.columns.map((c) => c.name)).toEqual(['Naam', 'sept', 'juni', 'sept (2)']);
    const two = await analyseRows([['Groep A', 'Groep A', 'Groep B'], ['x', 'y', 'z'], ['1', '2', '3']], { headerRow: 2, headerRows: 2 });
    expect(two.inspect.columns.map((c) => c.name)).toEqual(['Groep A – x', 'Groep A – y', 'Groep B – z']);
  });
});

describe('type inference over all rows', () => {
  it('reads decimal commas with thousands dots or spaces, and takes the decimal separator from the file', async () => {
    const comma = await importRows([['Bedrag'], ['1.234,5'], ['1 234,5'], ['12.345'], ['-0,25'], ['7']]);
    expect(comma.analysis.inspect.decimalSeparator).toBe(',');
    expect(column(comma.analysis, 'Bedrag').type).toBe('decimal');
    expect(comma.data.map((r) => r[0])).toEqual([1234.5, 1234.5, 12345, -0.25, 7]);

    // A semicolon file with decimal points: the evidence wins over the delimiter's habit.
    const point = await importRows([['Bedrag', 'Aantal'], ['1,234.5', '1,000'], ['12.25', '12'], ['0.5', '3']]);
    expect(point.analysis.inspect.decimalSeparator).toBe('.');
    expect(point.data).toEqual([
      [1234.5, 1000],
      [12.25, 12],
      [0.5, 3],
    ]);
    expect(point.result.columns.map((c) => c.type)).toEqual(['decimal', 'integer']);
  });

  it('reads spreadsheet numbers as stored, whatever the decimal separator of text cells', async () => {
    const { data, analysis } = await importRows(
      [['Getal', 'Tekst'], ['1.234', '2,5'], ['1e-7', '3,5'], ['-12', '4,5']],
      {},
      { format: 'xlsx', numericColumns: [1] },
    );
    expect(analysis.inspect.columns.map((c) => c.type)).toEqual(['decimal', 'decimal']);
    expect(data).toEqual([
      [1.234, 2.5],
      [1e-7, 3.5],
      [-12, 4.5],
    ]);
  });

  it('keeps leading zeros as identifiers and formula-like text as it is', async () => {
    const { data, analysis } = await importRows([
      ['Id', 'Opmerking'],
      [' 0045123', '=HYPERLINK("x")'],
      ['0045124', '+32 470'],
      ['1045125', '@home'],
    ]);
    expect(analysis.inspect.columns.map((c) => [c.name, c.type])).toEqual([
      ['Id', 'identifier'],
      ['Opmerking', 'text'],
    ]);
    expect(data).toEqual([
      ['0045123', '=HYPERLINK("x")'],
      ['0045124', '+32 470'],
      ['1045125', '@home'],
    ]);
  });

  it('reads dates in every supported form, date-times at midnight as dates, and other date-times as text', async () => {
    const { analysis, data } = await importRows([
      ['Datum', 'Start', 'Stempel'],
      ['2026-05-28', '2026-03-10 00:00:00', '2026-03-10 09:06:00'],
      ['28/05/2026', '11/03/2026 00:00', '2026-03-10 00:00:00'],
      ['1/6/2026', '2026-03-12 00:00:00', '10/03/2026 10:49'],
      ['02-06-2026', null, null],
    ]);
    const { inspect } = analysis;
    expect(inspect.columns.map((c) => c.type)).toEqual(['date', 'date', 'text']);
    expect(data.map((r) => r.slice(0, 2))).toEqual([
      ['2026-05-28', '2026-03-10'],
      ['2026-05-28', '2026-03-11'],
      ['2026-06-01', '2026-03-12'],
      ['2026-06-02', null],
    ]);
    expect(inspect.warnings).toContainEqual({ code: 'import.dateTimesAsText', params: { column: 'Stempel' } });
    // Chosen as date, the date part is kept.
    const chosen = await importRows(
      [['Stempel'], ['2026-03-10 09:06:00'], ['10/03/2026 10:49']],
      { columns: [{ source: 'Stempel', type: 'date' }] },
    );
    expect(chosen.data).toEqual([['2026-03-10'], ['2026-03-10']]);
  });

  it('reads true/false and waar/onwaar as yes/no; ja/nee only when the user chooses it', async () => {
    const rows: Rows = [['Actief', 'Remediëring'], ['WAAR', 'ja'], ['onwaar', 'nee'], ['TRUE', 'Ja']];
    const inferred = await importRows(rows);
    expect(inferred.result.columns.map((c) => c.type)).toEqual(['boolean', 'text']);
    expect(inferred.data.map((r) => r[0])).toEqual([true, false, true]);
    const chosen = await importRows(rows, { columns: [{ source: 'Remediëring', type: 'boolean' }] });
    expect(chosen.data.map((r) => r[1])).toEqual([true, false, true]);
    expect(column(chosen.analysis, 'Remediëring').inferredType).toBe('text');
  });

  it('tolerates up to 5 % values that do not fit, reporting them with their file row numbers', async () => {
    const rows: Rows = [['Toets', null], ['Leerling', 'Score'], ...Array.from({ length: 40 }, (_, i) => [`L${i + 1}`, String(i + 1)])];
    rows[12] = ['L11', '?']; // file row 13
    rows[30] = ['L29', '12,5 punten']; // file row 31
    const { analysis, data } = await importRows(rows);
    const score = column(analysis, 'Score');
    expect(score.type).toBe('integer');
    expect(score.notFitting).toEqual({
      count: 2,
      examples: [
        { row: 13, value: '?' },
        { row: 31, value: '12,5 punten' },
      ],
    });
    expect(data.filter((r) => r[1] === null)).toHaveLength(2);
    expect(analysis.inspect.warnings).toContainEqual({
      code: 'import.valuesNotFitting',
      params: { column: 'Score', count: 2, rows: '13, 31', values: '?, 12,5 punten' },
    });
    // Three odd values in 40 is more than 5 %: the column stays text.
    rows[20] = ['L19', 'x'];
    expect(column((await analyseRows(rows)).analysis, 'Score').type).toBe('text');
  });

  it('reports at most ten values that do not fit a chosen type, with their count', async () => {
    const rows: Rows = [['Naam'], ...Array.from({ length: 30 }, (_, i) => [`leerling ${i + 1}`])];
    const { inspect } = await analyseRows(rows, { columns: [{ source: 'Naam', type: 'integer' }] });
    const naam = inspect.columns[0]!;
    expect(naam.type).toBe('integer');
    expect(naam.inferredType).toBe('text');
    expect(naam.notFitting.count).toBe(30);
    expect(naam.notFitting.examples).toHaveLength(10);
    expect(naam.notFitting.examples[0]).toEqual({ row: 2, value: 'leerling 1' });
  });
});

describe('missing values', () => {
  const rows: Rows = [
    ['Score', 'Opmerking', 'Cijfer'],
    ['12', 'afw', '7'],
    ['AFW ', 'goed', 'x'],
    ['-', 'Weet  niet', '8'],
    ['N/A', '-', 'afw'],
    ['15', 'nvt', '9'],
  ];

  it('reads the default tokens as missing (case and spaces ignored) and warns for numeric columns', async () => {
    const { analysis } = await analyseRows(rows);
    expect(analysis.inspect.columns.map((c) => [c.name, c.type, c.missing])).toEqual([
      ['Score', 'integer', 3],
      ['Opmerking', 'text', 4],
      ['Cijfer', 'text', 1],
    ]);
    expect(analysis.inspect.warnings).toContainEqual({
      code: 'import.missingTokens',
      params: { column: 'Score', count: 3, tokens: expect.stringMatching(/AFW/) },
    });
    expect(codes(analysis).filter((c) => c === 'import.missingTokens')).toHaveLength(1);
  });

  it('takes the tokens of a column setting over those of the options over the defaults', async () => {
    const { analysis, data } = await importRows(rows, {
      missingTokens: ['x', 'afw'],
      columns: [{ source: 'Opmerking', missingTokens: ['goed'] }],
    });
    expect(analysis.inspect.columns.map((c) => [c.name, c.type, c.missing])).toEqual([
      ['Score', 'text', 1],
      ['Opmerking', 'text', 1],
      ['Cijfer', 'integer', 2],
    ]);
    expect(data.map((r) => r[1])).toEqual(['afw', null, 'Weet  niet', '-', 'nvt']);
    expect(data.map((r) => r[2])).toEqual([7, null, 8, null, 9]);
  });
});

describe('settings', () => {
  const rows: Rows = [
    ['Naam', 'Klas', 'Score', 'Intern'],
    ['An', '2A', '12', 'a'],
    ['Bo', '2B', '14', 'b'],
  ];

  it('renames, leaves out and retypes columns; exact settings win over rules, rules over inference', async () => {
    const { analysis, result, data } = await importRows(rows, {
      columns: [
        { source: 'Naam', name: 'Leerling' },
        { source: 'Intern', include: false },
        { source: 'Score', type: 'decimal' },
        { source: 'Bestaat niet', name: 'x' },
      ],
      columnRules: [
        { pattern: '^score$', type: 'text' },
        { pattern: '^kl', type: 'ordinal' },
        { pattern: '^in', include: true },
        { pattern: '([', include: false },
      ],
    });
    expect(result.columns).toEqual([
      { name: 'Leerling', type: 'text' },
      { name: 'Klas', type: 'ordinal', levels: ['2A', '2B'] },
      { name: 'Score', type: 'decimal' },
    ]);
    expect(data).toEqual([
      ['An', '2A', 12],
      ['Bo', '2B', 14],
    ]);
    const intern = column(analysis, 'Intern');
    expect([intern.included, intern.source]).toEqual([false, 'Intern']);
    expect(await previewStaged(sql, (await analyseRows(rows)).staged, analysis, 5).catch((e: Error) => e.message)).toMatch(
      /analysis was made for/,
    );
    expect(analysis.inspect.warnings).toContainEqual({ code: 'import.columnNotFound', params: { column: 'Bestaat niet' } });
    expect(analysis.inspect.warnings).toContainEqual({ code: 'import.badColumnRule', params: { pattern: '([' } });
  });

  it('keeps imported names clear of the hidden row-order column and unique after renames', async () => {
    const { result } = await importRows(rows, {
      columns: [
        { source: 'Naam', name: '__wb_row' },
        { source: 'Klas', name: 'score' },
      ],
    });
    expect(result.columns.map((c) => c.name)).toEqual(['___wb_row', 'score', 'Score (2)', 'Intern']);
  });
});

describe('value mappings', () => {
  const likert = [
    { label: 'Helemaal oneens', value: 1 },
    { label: 'Oneens', value: 2 },
    { label: 'Neutraal', value: 3 },
    { label: 'Eens', value: 4 },
    { label: 'Helemaal eens', value: 5 },
  ];

  it('maps text labels to numbers (case and spaces ignored) and reports unknown labels', async () => {
    const { analysis, data, result } = await importRows(
      [
        ['ID', 'IK1. Ik geef erkenning', 'OV1. Ruimte', 'Opmerking'],
        ['1', 'Eens', 'helemaal  oneens', 'Eens'],
        ['2', ' Helemaal eens', null, 'Oneens'],
        ['3', 'Misschien', 'Neutraal', 'x'],
      ],
      { columnRules: [{ pattern: '^(IK|WIJ|OV|PC)\\d', mapping: { kind: 'labels', labels: likert } }] },
    );
    expect(result.columns.map((c) => [c.name, c.type])).toEqual([
      ['ID', 'integer'],
      ['IK1. Ik geef erkenning', 'integer'],
      ['OV1. Ruimte', 'integer'],
      ['Opmerking', 'text'],
    ]);
    expect(data.map((r) => r.slice(1, 3))).toEqual([
      [4, 1],
      [5, null],
      [null, 3],
    ]);
    const ik1 = column(analysis, 'IK1. Ik geef erkenning');
    expect(ik1.inferredType).toBe('text');
    expect(ik1.mapping?.kind).toBe('labels');
    expect(ik1.notFitting).toEqual({ count: 1, examples: [{ row: 4, value: 'Misschien' }] });
    expect(column(analysis, 'OV1. Ruimte').missing).toBe(1);
  });

  it('gives decimal columns for labels with decimal values', async () => {
    const { result, data } = await importRows([['Oordeel'], ['goed'], ['zwak']], {
      columns: [{ source: 'Oordeel', mapping: { kind: 'labels', labels: [{ label: 'goed', value: 7.5 }, { label: 'zwak', value: 4 }] } }],
    });
    expect(result.columns[0]!.type).toBe('decimal');
    expect(data).toEqual([[7.5], [4]]);
  });

  it('splits a behaald/totaal score into the score and its maximum', async () => {
    const rows: Rows = [['Leerling', 'Score'], ['An', '34/50'], ['Bo', '34,5 / 50'], ['Cas', 'afw'], ['Dirk', '41.5/50'], ['Eva', 'ziek']];
    const plain = await analyseRows(rows.slice(0, 3));
    expect(column(plain.analysis, 'Score').type).toBe('text');
    expect(plain.inspect.warnings).toContainEqual({ code: 'import.looksLikeFraction', params: { column: 'Score' } });

    const { analysis, result, data } = await importRows(rows, { columns: [{ source: 'Score', mapping: { kind: 'fraction' } }] });
    expect(result.columns).toEqual([
      { name: 'Leerling', type: 'text' },
      { name: 'Score', type: 'decimal' },
      { name: 'Score (max)', type: 'decimal' },
    ]);
    expect(data).toEqual([
      ['An', 34, 50],
      ['Bo', 34.5, 50],
      ['Cas', null, null],
      ['Dirk', 41.5, 50],
      ['Eva', null, null],
    ]);
    const score = column(analysis, 'Score');
    expect([score.inferredType, score.missing, score.notFitting.count]).toEqual(['text', 1, 1]);
    expect(column(analysis, 'Score (max)').source).toBe('Score (max)');
    expect(codes(analysis)).not.toContain('import.looksLikeFraction');

    // The maximum column can be renamed or left out by its own source.
    const renamed = await importRows(rows, {
      columns: [
        { source: 'Score', name: 'Juni', mapping: { kind: 'fraction' } },
        { source: 'Score (max)', name: 'Juni max' },
      ],
    });
    expect(renamed.result.columns.map((c) => c.name)).toEqual(['Leerling', 'Juni', 'Juni max']);
    expect(codes(renamed.analysis)).not.toContain('import.columnNotFound');
  });

  it('reads level codes as an ordered scale and reports other values', async () => {
    const { analysis, result, data } = await importRows(
      [['Niveau'], ['D'], ['b'], ['A'], ['F'], ['E']],
      { columns: [{ source: 'Niveau', mapping: { kind: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] } }] },
    );
    expect(result.columns).toEqual([{ name: 'Niveau', type: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] }]);
    expect(data.map((r) => r[0])).toEqual(['D', 'B', 'A', null, 'E']);
    expect(column(analysis, 'Niveau').notFitting).toEqual({ count: 1, examples: [{ row: 5, value: 'F' }] });
  });
});

describe('convert', () => {
  it('creates the table with the workbench types and the row-order column, in file order', async () => {
    const { table } = await importRows([
      ['Naam', 'Aantal', 'Score', 'Datum', 'Actief', 'Id'],
      ['An', '3', '12,5', '28/05/2026', 'waar', '007'],
      ['Bo', '4', '13', '29/05/2026', 'onwaar', '008'],
    ]);
    const described = await sql.rows(`DESCRIBE "${table}"`);
    expect(described.map((r) => [r[0], r[1]])).toEqual([
      ['Naam', 'VARCHAR'],
      ['Aantal', 'BIGINT'],
      ['Score', 'DOUBLE'],
      ['Datum', 'DATE'],
      ['Actief', 'BOOLEAN'],
      ['Id', 'VARCHAR'],
      ['__wb_row', 'BIGINT'],
    ]);
    expect((await sql.rows(`SELECT "__wb_row" FROM "${table}"`)).map((r) => Number(r[0]))).toEqual([0, 1]);
  });

  it('numbers the rows in file order even when the staged table holds them in another order', async () => {
    // Several row groups, stored last row first: the parallel sort and the numbering must agree.
    const n = 300_000;
    const staged = { ...(await stageRows(sql, [['Naam']])), rowCount: n + 1 };
    await sql.run(`INSERT INTO "${staged.table}" SELECT ${n + 1} - range, 'p' || (${n + 1} - range) FROM range(${n})`);
    const analysis = await analyseStaged(sql, staged, {}, 'x.csv', null);
    await convertStaged(sql, staged, analysis, 'reordered');
    const [check] = await sql.rows(
      `SELECT count(*), count_if("Naam" = 'p' || ("__wb_row" + 2)), min("__wb_row"), max("__wb_row") FROM reordered`,
    );
    expect(check!.map(Number)).toEqual([n, n, 0, n - 1]);
  });

  it('numbers rows without a sort only when the data rows are one unbroken run of raw rows', async () => {
    // Each case: the rows, the offset the plan should carry (null: sorted and numbered by a
    // window), and the imported names in file order. __wb_row must be 0, 1, 2 … either way.
    const cases: { rows: Rows; offset: number | null; names: string[] }[] = [
      { rows: [['Naam'], ['a'], ['b'], ['c']], offset: 1, names: ['a', 'b', 'c'] },
      // A title above the header: the run starts lower.
      { rows: [['Rapport 2026', null], [null, null], ['Naam', 'Score'], ['a', '1'], ['b', '2']], offset: 3, names: ['a', 'b'] },
      // An empty row in the middle, a row the stager left out, a total row at the end.
      { rows: [['Naam', 'Score'], ['a', '1'], [null, null], ['b', '2']], offset: null, names: ['a', 'b'] },
      { rows: [['Naam', 'Score'], ['a', '1'], undefined, ['b', '2']], offset: null, names: ['a', 'b'] },
      { rows: [['Naam', 'Score'], ['a', '10'], ['b', '20'], ['c', '30'], ['Totaal', '60']], offset: null, names: ['a', 'b', 'c'] },
    ];
    for (const { rows, offset, names } of cases) {
      const { analysis, data, table } = await importRows(rows);
      expect(analysis.plan.rowOffset, JSON.stringify(rows)).toBe(offset);
      expect(data.map((r) => r[0])).toEqual(names);
      const order = await sql.rows(`SELECT "__wb_row" FROM "${table}" ORDER BY "__wb_row"`);
      expect(order.map((r) => Number(r[0]))).toEqual(names.map((_, i) => i));
    }
  });

  it('sorts and numbers rows by file row when a gap rules out the unsorted numbering', async () => {
    // Stored last row first, with an empty row among them: the sort path must put them in order.
    const n = 300_000;
    const staged = { ...(await stageRows(sql, [['Naam']])), rowCount: n + 2 };
    await sql.run(`INSERT INTO "${staged.table}" SELECT ${n + 2} - range, 'p' || (${n + 2} - range) FROM range(${n})`);
    await sql.run(`INSERT INTO "${staged.table}" VALUES (${n + 3}, NULL), (${n + 4}, 'last')`);
    const analysis = await analyseStaged(sql, staged, { dropSummaryRows: false }, 'x.csv', null);
    expect(analysis.plan.rowOffset).toBeNull();
    await convertStaged(sql, staged, analysis, 'reordered_gap');
    const [check] = await sql.rows(
      `SELECT count(*), count_if("Naam" = 'p' || ("__wb_row" + 3)), min("__wb_row"), max("__wb_row"), max_by("Naam", "__wb_row") FROM reordered_gap`,
    );
    expect(check!.map((v) => (typeof v === 'bigint' ? Number(v) : v))).toEqual([n + 1, n, 0, n, 'last']);
  });

  it('converts a decimal column of whole and decimal numbers and leaves the cells that do not fit empty', async () => {
    // int and dp convert alike (one cast, no shape tree); with text among them the tree stays.
    const clean = await importRows([['Naam', 'Score'], ['a', '12'], ['b', '12.5'], ['c', ''], ['d', '-3.25']], { decimalSeparator: '.' });
    expect(clean.data.map((r) => r[1])).toEqual([12, 12.5, null, -3.25]);
    const rows: Rows = [['Score'], ...Array.from({ length: 100 }, (_, i) => [i % 2 ? `${i}.5` : String(i)]), ['12,5'], ['1e5'], ['x']];
    const mixed = await importRows(rows, { decimalSeparator: '.' });
    expect(mixed.data.slice(0, 4)).toEqual([[0], [1.5], [2], [3.5]]);
    // `12,5` (a decimal comma in a decimal-point file), `1e5` (which a plain cast would read)
    // and `x` do not fit.
    expect(mixed.data.slice(100)).toEqual([[null], [null], [null]]);
    expect(column(mixed.analysis, 'Score').notFitting.count).toBe(3);
  });

  it('reports progress and is cancelled by the signal, leaving no table', async () => {
    const { staged, analysis } = await analyseRows([['a'], ['1'], ['2']]);
    const phases: string[] = [];
    const done = await convertStaged(sql, staged, analysis, 'with_progress', {
      progress: (phase) => phases.push(phase),
      signal: new AbortController().signal,
    });
    expect(done.rowCount).toBe(2);
    expect(phases).toContain('converting');

    const controller = new AbortController();
    controller.abort();
    const error = await convertStaged(sql, staged, analysis, 'cancelled_table', { progress: () => undefined, signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect((error as WerkbankError).code).toBe('errors.import.cancelled');
    expect(await sql.rows(`SELECT count(*) FROM duckdb_tables() WHERE table_name = 'cancelled_table'`)).toEqual([[0n]]);
  });
});

describe('typed files (Parquet)', () => {
  it('keeps the typed columns, with renames, inclusion and other types applied', async () => {
    await sql.run(
      `CREATE TABLE raw_typed AS SELECT * FROM (VALUES (1, 'An', 12.5, DATE '2026-05-28', 3), (2, 'Bo', 14.0, NULL, 4)) t("__row", c1, c2, c3, c4)`,
    );
    const staged: StagedTable = {
      table: 'raw_typed',
      columnCount: 4,
      rowCount: 2,
      format: 'parquet',
      encoding: null,
      delimiter: null,
      sheets: [],
      sheet: null,
      merges: [],
      hiddenRows: [],
      hiddenColumns: [],
      numericColumns: [],
      typedColumns: [
        { name: 'naam', type: 'text' },
        { name: 'score', type: 'decimal' },
        { name: 'datum', type: 'date' },
        { name: 'n', type: 'integer' },
      ],
      warnings: [],
    };
    const analysis = await analyseStaged(
      sql,
      staged,
      { columns: [{ source: 'naam', name: 'Leerling' }, { source: 'n', type: 'text' }, { source: 'score', include: false }] },
      'x.parquet',
      null,
    );
    expect(analysis.inspect.columns.map((c) => [c.name, c.type, c.inferredType, c.included, c.missing])).toEqual([
      ['Leerling', 'text', 'text', true, 0],
      ['score', 'decimal', 'decimal', false, 0],
      ['datum', 'date', 'date', true, 1],
      ['n', 'text', 'integer', true, 0],
    ]);
    expect(analysis.inspect.rowCount).toBe(2);
    const result = await convertStaged(sql, staged, analysis, 'typed_out');
    expect(await tableRows(sql, 'typed_out', result.columns.map((c) => c.name))).toEqual([
      ['An', '2026-05-28', '3'],
      ['Bo', null, '4'],
    ]);
  });
});

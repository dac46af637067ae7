import { describe, expect, it } from 'vitest';
import { buildTable } from './build-table';
import { DateCell, type GridCell } from './grid';
import { detectHeaderRow } from './header';
import { emptyKindCounts, inferType, type KindCounts } from './infer-type';
import { countTrailingNotes } from './trailing-rows';
import { classify } from './values';

const grid = (rows: GridCell[][]) => ({ rows, merges: [], errorCells: [], warnings: [] });

function kinds(values: string[], decimal: ',' | '.' = ','): KindCounts {
  const counts = emptyKindCounts();
  for (const v of values) counts[classify(v, decimal)]++;
  return counts;
}

describe('type inference', () => {
  it.each([
    [['1', '2', ' 30 '], 'integer'],
    [['0045123', '2023054'], 'identifier'],
    [['12345678901234567890'], 'identifier'],
    [['23,5', '11', '-4,25'], 'decimal'],
    [['28/05/2026', '1/9/2025', '2026-06-30'], 'date'],
    [['31/02/2026'], 'text'],
    [['WAAR', 'onwaar', 'TRUE', 'false'], 'boolean'],
    [['ja', 'nee'], 'text'],
    [['afw', '-', 'N/A', ''], 'text'],
    [['2A', '2B', '12'], 'text'],
  ] as const)('%j → %s', (values, type) => {
    expect(inferType(kinds([...values]))).toBe(type);
  });

  it('uses the file decimal separator', () => {
    expect(inferType(kinds(['23.5', '11'], '.'))).toBe('decimal');
    expect(inferType(kinds(['23.5', '11'], ','))).toBe('text');
  });

  it('tolerates up to 5% non-fitting values in a number column, not more', () => {
    const values = Array.from({ length: 19 }, (_, i) => String(i));
    expect(inferType(kinds([...values, 'ziek']))).toBe('integer');
    expect(inferType(kinds([...values.slice(0, 9), 'ziek']))).toBe('text');
  });

  it('reads missing-value tokens as missing, whatever their case', () => {
    for (const t of ['afw', 'AFW', ' afwezig ', '-', 'nvt', 'n.v.t.', 'NA', 'n/a', '']) {
      expect(classify(t, ',')).toBe('missing');
    }
    expect(classify('afwijking', ',')).toBe('text');
  });

  it('date cells with a time part do not make a date column', () => {
    const counts = emptyKindCounts();
    counts[classify(new DateCell('2026-03-10', '09:00:00'), '.')]++;
    expect(inferType(counts)).toBe('text');
  });
});

describe('header row detection', () => {
  it('skips a title and a subtitle above the table', () => {
    const rows: GridCell[][] = [
      ['Leerlingenlijst'],
      ['Schooljaar 2025-2026'],
      [],
      ['Id', 'Naam', 'Klas', 'Score'],
      [1, 'An', '2A', 12],
    ];
    expect(detectHeaderRow(rows, ',')).toBe(3);
  });

  it('does not take a row of numbers for the header', () => {
    const rows: GridCell[][] = [
      ['2024', '2025', '2026'],
      ['Klas', 'Jaar', 'Aantal'],
      ['2A', '2025', '21'],
    ];
    expect(detectHeaderRow(rows, ',')).toBe(1);
  });

  it('needs data under the header', () => {
    const rows: GridCell[][] = [['Naam', 'Klas'], ['An', '2A']];
    expect(detectHeaderRow(rows, ',')).toBe(0);
  });
});

describe('totals and notes under the data', () => {
  const data = (rows: GridCell[][], gapBefore?: number) =>
    rows.map((cells, i) => ({ fileRow: i + 2 + (gapBefore !== undefined && i >= gapBefore ? 1 : 0), cells }));

  it('leaves out a lone totals line set apart by an empty row', () => {
    const rows = data([[1, 'An', 12], [2, 'Bo', 13], ['Totaal: 2 leerlingen']], 2);
    expect(countTrailingNotes(rows, 3)).toBe(1);
  });

  it('leaves out labelled totals and notes without a gap', () => {
    const rows = data([[1, 'An', 12], [2, 'Bo', 13], ['Gemiddelde', null, 12.5], ['Bron: LVS']]);
    expect(countTrailingNotes(rows, 3)).toBe(2);
  });

  it('does not take a name that starts like a label for a note', () => {
    const rows = data([['An', 12, 'x'], ['Sommers', 13, 'y']]);
    expect(countTrailingNotes(rows, 3)).toBe(0);
  });

  it('keeps a sparse last data row that is not set apart and not labelled', () => {
    const rows = data([[1, 'An', 12], [2, 'Bo', 13], [3]]);
    expect(countTrailingNotes(rows, 3)).toBe(0);
  });

  it('reports left-out rows by their row number', () => {
    const table = buildTable(
      grid([['Id', 'Naam', 'Score'], [1, 'An', 12], [2, 'Bo', 13], [], ['Totaal', null, 25]]),
      undefined,
      '.',
    );
    expect(table.rows).toEqual([
      [1, 'An', 12],
      [2, 'Bo', 13],
    ]);
    expect(table.warnings).toContainEqual({ code: 'import.rowsLeftOut', params: { count: 1, rows: '5' } });
  });
});

describe('buildTable', () => {
  it('gives the first three typed examples and counts missing per column', () => {
    const scores = ['afw', '12,5', '', '7', '-', '8', '9'];
    const table = buildTable(grid([['Naam', 'Score'], ...scores.map((s, i) => [`p${i}`, s])]), undefined, ',');
    expect(table.columns[1]).toEqual({ name: 'Score', type: 'decimal', missing: 3, examples: [12.5, 7, 8] });
    expect(table.warnings).toContainEqual({
      code: 'import.missingTokens',
      params: { column: 'Score', count: 2, tokens: 'afw, -' },
    });
  });

  it('does not warn about missing tokens in a text column', () => {
    const table = buildTable(grid([['Naam'], ['An'], ['-']]), undefined, ',');
    expect(table.columns[0]).toMatchObject({ type: 'text', missing: 1 });
    expect(table.warnings.map((w) => w.code)).not.toContain('import.missingTokens');
  });

  it('makes column names unique ignoring case', () => {
    const table = buildTable(grid([['Naam', 'naam', ' NAAM '], ['a', 'b', 'c']]), undefined, ',');
    expect(table.columns.map((c) => c.name)).toEqual(['Naam', 'naam (2)', 'NAAM (3)']);
  });
});

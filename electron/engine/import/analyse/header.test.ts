import { describe, expect, it } from 'vitest';
import type { GridCell } from '../stage/grid';
import { detectHeaderRow, looksLikeValue } from './header';
import { countTrailingNotes } from './trailing-rows';
import { combineHeader, groupLabels, isGroupRow } from './layout';

describe('header row detection', () => {
  it('skips a title and a subtitle above the table', () => {
    const rows: GridCell[][] = [['Leerlingenlijst'], ['Schooljaar 2025-2026'], [], ['Id', 'Naam', 'Klas', 'Score'], ['1', 'An', '2A', '12']];
    expect(detectHeaderRow(rows)).toBe(3);
  });

  it('does not take a row of numbers or dates for the header', () => {
    expect(detectHeaderRow([['2024', '2025', '2026'], ['Klas', 'Jaar', 'Aantal'], ['2A', '2025', '21']])).toBe(1);
    expect(looksLikeValue('1.234,5')).toBe(true);
    expect(looksLikeValue('28/05/2026 10:00')).toBe(true);
    expect(looksLikeValue('Score (/40)')).toBe(false);
    expect(looksLikeValue('2025-2026')).toBe(false);
  });

  it('needs data under the header, which may lie beyond the rows looked at', () => {
    expect(detectHeaderRow([['Naam', 'Klas'], ['An', '2A']])).toBe(0);
    // Only the title and the header are known here; the data below is further down.
    expect(detectHeaderRow([['Titel'], ['Naam', 'Klas']], 40)).toBe(1);
  });
});

describe('group rows', () => {
  const rows: GridCell[][] = [
    [null, null, 'Wiskunde', null, 'Nederlands', null],
    ['Naam', 'Klas', 'sept', 'juni', 'sept', 'juni'],
  ];
  const all = [0, 1, 2, 3, 4, 5];

  it('recognises a sparse group row over a full header, and carries each group to the right', () => {
    expect(isGroupRow(rows, 1, [], all)).toBe(true);
    expect(groupLabels(rows, 0, [], all)).toEqual(['', '', 'Wiskunde', 'Wiskunde', 'Nederlands', 'Nederlands']);
    expect(combineHeader('Wiskunde', 'sept')).toBe('Wiskunde – sept');
    expect(combineHeader('', 'Naam')).toBe('Naam');
    expect(combineHeader('Leerling', '')).toBe('Leerling');
  });

  it('does not take a title or a single label for a group row', () => {
    expect(isGroupRow([['Resultaten', null, null], ['Naam', 'Klas', 'Score']], 1, [], [0, 1, 2])).toBe(false);
    const merged = [{ top: 0, left: 0, bottom: 0, right: 2 }];
    expect(isGroupRow([['Resultaten', null, null], ['Naam', 'Klas', 'Score']], 1, merged, [0, 1, 2])).toBe(false);
    expect(isGroupRow([['Resultaten', null, null], ['Naam', 'Klas', 'Score']], 1, [{ top: 0, left: 1, bottom: 0, right: 2 }], [0, 1, 2])).toBe(true);
  });
});

describe('totals and notes under the data', () => {
  const data = (rows: GridCell[][], gapBefore?: number) =>
    rows.map((cells, i) => ({ fileRow: i + 2 + (gapBefore !== undefined && i >= gapBefore ? 1 : 0), cells }));

  it('leaves out a lone totals line set apart by an empty row', () => {
    expect(countTrailingNotes(data([['1', 'An', '12'], ['2', 'Bo', '13'], ['Totaal: 2 leerlingen']], 2), 3)).toBe(1);
  });

  it('leaves out labelled totals and notes without a gap', () => {
    const rows = data([['1', 'An', '12'], ['2', 'Bo', '13'], ['Gemiddelde', null, '12,5'], ['Bron: LVS']]);
    expect(countTrailingNotes(rows, 3)).toBe(2);
  });

  it('does not take a name that starts like a label for a note', () => {
    expect(countTrailingNotes(data([['An', '12', 'x'], ['Sommers', '13', 'y']]), 3)).toBe(0);
  });

  it('keeps sparse data rows set apart by an empty row when they are more than a note', () => {
    // Two pupils absent for every test, after a blank line: data, not a footnote.
    const rows = data([['1', 'An', '2A', '12', '14', '15'], ['2', 'Bo', '2A', '13', '12', '11'], ['Dirk', '2B'], ['Els', '2B']], 2);
    expect(countTrailingNotes(rows, 6)).toBe(0);
    expect(countTrailingNotes(data([['1', 'An', '2A', '12', '14', '15'], ['Gegevens van juni']], 1), 6)).toBe(1);
  });

  it('keeps a sparse last data row that is not set apart and not labelled', () => {
    expect(countTrailingNotes(data([['1', 'An', '12'], ['2', 'Bo', '13'], ['3']]), 3)).toBe(0);
  });
});

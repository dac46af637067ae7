import { type GridCell, isEmptyCell, nonEmptyCount } from '../stage/grid';

export interface DataRow {
  /** 1-based row number in the file or sheet. */
  fileRow: number;
  cells: GridCell[];
}

/** Labels of totals and footnotes under a table. */
const NOTE_LABEL =
  /^(?:(?:totaal|totalen|total|gemiddelde?|som|aantal|average|mean|sum|count|bron|source|opmerking(?:en)?|noot|note|nb|n\.b)\b|\*)/i;

function firstText(cells: GridCell[]): string {
  for (const cell of cells) if (!isEmptyCell(cell)) return typeof cell === 'string' ? cell.trim() : '';
  return '';
}

const isLabelled = (row: DataRow) => NOTE_LABEL.test(firstText(row.cells));

/**
 * How many rows at the end of the data are totals or notes rather than data. Candidates are
 * rows that are mostly empty (at most a third of the columns filled) or start with a label
 * like `Totaal` or `Bron:`. The trailing block of candidates is left out when every row in it
 * is labelled, or when an empty row sets it apart and its unlabelled rows are lone notes (one
 * filled cell): a set-apart row with a name and a class is a pupil absent for every test.
 */
export function countTrailingNotes(rows: DataRow[], width: number): number {
  const sparseMax = Math.max(1, Math.floor(width / 3));
  const isCandidate = (row: DataRow) => {
    const n = nonEmptyCount(row.cells);
    return (n <= sparseMax && n < width) || isLabelled(row);
  };
  let start = rows.length;
  while (start > 0 && isCandidate(rows[start - 1])) start--;
  // Never everything: a table of sparse rows is still a table.
  if (start === rows.length || start === 0) return 0;
  const block = rows.slice(start);
  const setApart = block[0].fileRow - rows[start - 1].fileRow > 1;
  const notes = block.every((row) => isLabelled(row) || nonEmptyCount(row.cells) <= 1);
  return (setApart && notes) || block.every(isLabelled) ? block.length : 0;
}

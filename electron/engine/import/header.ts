import { DateCell, type GridCell, isEmptyCell, isEmptyRow, nonEmptyCount } from './grid';
import { classify, type DecimalSeparator } from './values';

/** Rows searched for the header: title blocks above a table are a few rows at most. */
export const HEADER_WINDOW = 30;
/** A header names most columns: at least this share of the widest row in the window. */
const HEADER_MIN_WIDTH = 0.6;

function allText(row: GridCell[], decimal: DecimalSeparator): boolean {
  for (const cell of row) {
    if (isEmptyCell(cell)) continue;
    if (typeof cell !== 'string') return false;
    const kind = classify(cell, decimal);
    if (kind !== 'text' && kind !== 'missing') return false;
  }
  return true;
}

/**
 * The 0-based index of the header row: the first row in the window whose cells are all
 * text, that is about as wide as the table, and that has data below it. Title rows above
 * (a single merged cell) are too narrow. Falls back to the first wide enough row.
 */
export function detectHeaderRow(rows: GridCell[][], decimal: DecimalSeparator): number {
  const end = Math.min(rows.length, HEADER_WINDOW);
  let widest = 0;
  for (let r = 0; r < end; r++) widest = Math.max(widest, nonEmptyCount(rows[r]));
  const minWidth = Math.max(1, widest * HEADER_MIN_WIDTH);
  let lastNonEmpty = rows.length - 1;
  while (lastNonEmpty >= 0 && isEmptyRow(rows[lastNonEmpty])) lastNonEmpty--;

  let fallback = -1;
  for (let r = 0; r < end; r++) {
    const row = rows[r];
    if (!row || nonEmptyCount(row) < minWidth) continue;
    if (fallback === -1) fallback = r;
    if (r < lastNonEmpty && allText(row, decimal)) return r;
  }
  if (fallback !== -1) return fallback;
  return Math.max(0, rows.findIndex((row) => !isEmptyRow(row)));
}

/** A header cell as a column name: text with whitespace runs collapsed and trimmed. */
export function headerText(cell: GridCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof DateCell) return cell.toString();
  return String(cell).replace(/\s+/g, ' ').trim();
}

/**
 * Column names from the header cells: trimmed (inner line breaks become spaces), empty ones
 * named `Kolom N` after their position, duplicates suffixed ` (2)`, ` (3)`. Unique ignoring
 * case, because SQL column names are.
 */
export function columnNames(header: GridCell[], positions: number[]): string[] {
  const used = new Set<string>();
  return positions.map((col) => {
    const base = headerText(header[col]) || `Kolom ${col + 1}`;
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base} (${k})`;
    used.add(name.toLowerCase());
    return name;
  });
}

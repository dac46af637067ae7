import { cleanName } from '../../../../shared/model/names';
import { DateCell, type GridCell, isEmptyCell, isEmptyRow, nonEmptyCount } from '../stage/grid';

/** Rows searched for the header: title blocks above a table are a few rows at most. */
export const HEADER_WINDOW = 30;
/** A header names most columns: at least this share of the widest row in the window. */
const HEADER_MIN_WIDTH = 0.6;

const NUMBER = /^[+-]?(\d+|\d{1,3}([., \u00a0\u202f]\d{3})+)?([.,]\d+)?$/;
const DATE = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;
const BOOLEAN = /^(true|false|waar|onwaar)$/i;

/**
 * Whether a cell reads as a value rather than a label: a number (decimal comma or point,
 * with or without thousands separators), a date or date-time, a boolean. Header cells are
 * labels; a row with values in it is data.
 */
export function looksLikeValue(cell: GridCell): boolean {
  if (cell === null || cell === undefined) return false;
  if (typeof cell !== 'string') return true;
  const text = cell.trim();
  if (text === '') return false;
  return (NUMBER.test(text) && /\d/.test(text)) || DATE.test(text) || BOOLEAN.test(text);
}

/** Whether every non-empty cell of a row is a label. */
export function allLabels(row: GridCell[] | undefined): boolean {
  if (!row) return true;
  for (const cell of row) if (!isEmptyCell(cell) && looksLikeValue(cell)) return false;
  return true;
}

/**
 * The 0-based index of the header row: the first row in the window whose cells are all
 * labels, that is about as wide as the table, and that has data below it. Title rows above
 * (a single merged cell) are too narrow. Falls back to the first wide enough row.
 * `rows[i]` is file row i + 1; `lastNonEmpty` is the index of the last non-empty row of the
 * whole file or sheet, which may lie beyond the rows given.
 */
export function detectHeaderRow(rows: GridCell[][], lastNonEmpty = lastNonEmptyIndex(rows)): number {
  const end = Math.min(rows.length, HEADER_WINDOW);
  let widest = 0;
  for (let r = 0; r < end; r++) widest = Math.max(widest, nonEmptyCount(rows[r]));
  const minWidth = Math.max(1, widest * HEADER_MIN_WIDTH);

  let fallback = -1;
  for (let r = 0; r < end; r++) {
    const row = rows[r];
    if (!row || nonEmptyCount(row) < minWidth) continue;
    if (fallback === -1) fallback = r;
    if (r < lastNonEmpty && allLabels(row)) return r;
  }
  if (fallback !== -1) return fallback;
  return Math.max(0, rows.findIndex((row) => !isEmptyRow(row)));
}

function lastNonEmptyIndex(rows: GridCell[][]): number {
  let last = rows.length - 1;
  while (last >= 0 && isEmptyRow(rows[last])) last--;
  return last;
}

/**
 * A header cell as a column name: control characters read as spaces, invisible ones
 * (U+202E, zero-width …) removed, whitespace runs collapsed and trimmed (cleanName). The
 * caller makes the names unique afterwards (`uniqueName`), as cleaning may make two alike.
 */
export function headerText(cell: GridCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof DateCell) return cell.toString();
  return cleanName(String(cell));
}

/**
 * Names made unique without regard to case (SQL column names are, DuckDB for ASCII letters,
 * `toLowerCase` for more): a repeated name gets ` (2)`, ` (3)`. `taken` holds names already
 * used (lower case) and is updated.
 */
export function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base} (${k})`;
  taken.add(name.toLowerCase());
  return name;
}

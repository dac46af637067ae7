import type { Message } from '../../../../shared/model/message';

/**
 * A date (or date-time) cell as Excel stores it: its style says "date". Kept apart from plain
 * numbers so type inference can tell a birth date from a score.
 */
export class DateCell {
  constructor(
    /** `yyyy-mm-dd`, or null for a time of day without a date (Excel serial below 1). */
    readonly date: string | null,
    /** `hh:mm:ss` when the value has a time part, else null. */
    readonly time: string | null,
  ) {}

  toString(): string {
    return [this.date, this.time].filter((part) => part !== null).join(' ');
  }
}

/** One cell of the raw grid, before header detection and typing. CSV cells are always strings. */
export type GridCell = string | number | boolean | DateCell | null | undefined;

/** A merged range, 0-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A cell Excel stored as an error value (`#N/A`, `#DIV/0!`): read as missing, reported. */
export interface ErrorCell {
  row: number;
  col: number;
  value: string;
}

/**
 * A file or sheet as a grid of cells: `rows[r][c]` is file row r + 1, column c + 1.
 * Rows and cells may be holes (undefined) where the file has nothing.
 */
export interface CellGrid {
  rows: GridCell[][];
  merges: MergeRange[];
  errorCells: ErrorCell[];
  /** Problems found while reading (e.g. an unclosed quote). */
  warnings: Message[];
}

export function isEmptyCell(cell: GridCell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isEmptyRow(row: GridCell[] | undefined): boolean {
  if (!row) return true;
  for (const cell of row) if (!isEmptyCell(cell)) return false;
  return true;
}

export function nonEmptyCount(row: GridCell[] | undefined): number {
  let n = 0;
  if (row) for (const cell of row) if (!isEmptyCell(cell)) n++;
  return n;
}

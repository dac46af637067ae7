import type { MergeRange } from '../../stage/grid';

/**
 * Rows as the spreadsheet readers (xlsx, ods) hand them on: only the non-empty cells, each
 * with its 0-based column, its canonical text (see import/stage/types.ts) and what kind of value
 * the file stored. One buffer is reused for every row.
 */

export const KIND_TEXT = 0;
export const KIND_NUMBER = 1;
export const KIND_DATE = 2;
export const KIND_BOOLEAN = 3;
export type CellKind = typeof KIND_TEXT | typeof KIND_NUMBER | typeof KIND_DATE | typeof KIND_BOOLEAN;

/** Excel's last column (XFD); ODS (LibreOffice) has the same limit. */
export const MAX_COLUMNS = 16_384;

export class RowBuffer {
  readonly cols = new Int32Array(MAX_COLUMNS);
  readonly kinds = new Uint8Array(MAX_COLUMNS);
  readonly values: string[] = [];
  count = 0;

  add(col: number, value: string, kind: CellKind): void {
    // More cells than columns only in a malformed row (the same reference twice): keep the first.
    if (this.count >= MAX_COLUMNS) return;
    this.cols[this.count] = col;
    this.values[this.count] = value;
    this.kinds[this.count] = kind;
    this.count++;
  }
}

/** Receives one row: 0-based row index and its non-empty cells. */
export type RowSink = (rowIndex: number, row: RowBuffer) => void;

/** What a sheet holds besides its cells. Rows and columns are 0-based here. */
export interface SheetExtras {
  merges: MergeRange[];
  /** Hidden rows and columns as inclusive 0-based ranges. */
  hiddenRows: Array<[number, number]>;
  hiddenColumns: Array<[number, number]>;
  /** Error cells (`#N/A`, `#DIV/0!`): how many, and the first few references (`D7`). */
  errorCount: number;
  errorRefs: string[];
}

export const MAX_ERROR_REFS = 5;

/**
 * A number as JavaScript prints it (`23.5`, `1e-7`), the canonical text of numeric cells;
 * null if it is no number. Plain integers of up to 15 digits are already canonical and
 * skip the round trip through a double (the common case in big sheets).
 */
export function canonicalNumber(raw: string): string | null {
  const n = raw.length;
  const start = raw.charCodeAt(0) === 45 ? 1 : 0;
  const digits = n - start;
  if (digits >= 1 && digits <= 15) {
    let plain = digits === 1 || raw.charCodeAt(start) !== 48; // no leading zero
    for (let i = start; plain && i < n; i++) {
      const c = raw.charCodeAt(i);
      plain = c >= 48 && c <= 57;
    }
    if (plain && !(start === 1 && raw === '-0')) return raw;
  }
  if (raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) ? String(value) : null;
}

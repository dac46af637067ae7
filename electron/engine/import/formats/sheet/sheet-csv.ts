import { closeSync, openSync, writeSync } from 'node:fs';
import type { WerkbankError } from '../../../../../shared/api/errors';
import { KIND_NUMBER, MAX_COLUMNS, type RowBuffer } from './sheet-rows';
import { MAX_CELL_BYTES } from '../../stage/types';

const BUFFER_SIZE = 1 << 20;
const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;

/** A finished part of the CSV: its file, rows, and the widest row in it. */
export interface CsvPart {
  path: string;
  rows: number;
  columns: number;
}

/**
 * Writes staged rows as the temporary CSV DuckDB loads: UTF-8 without BOM, `,` separated,
 * `\n` line ends, first field the 1-based row number, then c1…cN. Every value is quoted
 * (`"` doubled), an empty cell is an empty unquoted field, so DuckDB (allow_quoted_nulls
 * off) reads empty cells as NULL and empty text as ''. Rows end after their last non-empty
 * cell; the loader pads the rest with NULL.
 *
 * The CSV is written in parts of about `partBytes` (`<prefix>-1.csv`, `-2` …), each handed to
 * `onPart` when complete, so DuckDB loads one part while the next is being scanned.
 *
 * Bytes go straight into a reused buffer, ASCII char by char: building each line as a
 * string first made this writer slower than the XML scanner (measured: 600 ms of garbage
 * collection on the 50k × 25 sheet).
 */
export class SheetCsvWriter {
  private fd: number;
  private part = 1;
  private partRows = 0;
  private partColumns = 0;
  private partBytes = 0;
  private buf = Buffer.allocUnsafe(BUFFER_SIZE);
  private pos = 0;
  rowCount = 0;
  columnCount = 0;
  /** 0-based index of the last row written, -1 before any. */
  lastRow = -1;
  private readonly numeric = new Uint8Array(MAX_COLUMNS);
  /** A row's cells in column order, for the rare row whose cells are not. */
  private readonly sorted: number[] = [];

  constructor(
    private readonly prefix: string,
    private readonly limits: { maxCells: number; maxColumns: number; partBytes: number },
    /** The errors for a sheet with more than maxCells rows × columns, or more than maxColumns columns. */
    private readonly refuse: (why: 'cells' | 'columns' | 'cell', rows: number, columns: number) => WerkbankError,
    private readonly onPart: (part: CsvPart) => void,
  ) {
    this.fd = openSync(this.partPath(), 'w');
  }

  private partPath(): string {
    return `${this.prefix}-${this.part}.csv`;
  }

  row(rowIndex: number, row: RowBuffer): void {
    const { cols, values, kinds, count } = row;
    let inOrder = true;
    for (let i = 1; i < count; i++) if (cols[i] <= cols[i - 1]) inOrder = false;
    const order = inOrder ? null : this.order(row);

    this.reserve(24);
    this.buf[this.pos++] = QUOTE;
    this.pos += this.buf.write(String(rowIndex + 1), this.pos, 'latin1');
    this.buf[this.pos++] = QUOTE;
    let previous = 0; // 1-based column of the last field written
    for (let k = 0; k < count; k++) {
      const i = order ? order[k] : k;
      const column = cols[i] + 1;
      if (column <= previous) continue; // the same reference twice: the first wins
      const value = values[i];
      // A cell longer than any Excel writes: refused with its reference, not carried through DuckDB.
      if (value.length > MAX_CELL_BYTES) throw this.refuse('cell', rowIndex + 1, column);
      // Worst case: every char three UTF-8 bytes, or a doubled quote.
      this.reserve(column - previous + 3 * value.length + 2);
      const buf = this.buf;
      let pos = this.pos;
      for (let c = previous; c < column; c++) buf[pos++] = COMMA;
      buf[pos++] = QUOTE;
      for (let j = 0; j < value.length; j++) {
        const ch = value.charCodeAt(j);
        if (ch < 128) {
          if (ch === QUOTE) buf[pos++] = QUOTE;
          buf[pos++] = ch;
        } else {
          const rest = value.slice(j);
          pos += buf.write(rest.indexOf('"') === -1 ? rest : rest.replace(/"/g, '""'), pos, 'utf8');
          break;
        }
      }
      buf[pos++] = QUOTE;
      this.pos = pos;
      if (kinds[i] === KIND_NUMBER) this.numeric[column - 1] = 1;
      previous = column;
    }
    this.buf[this.pos++] = NEWLINE;
    if (previous > this.columnCount) this.columnCount = previous;
    if (previous > this.partColumns) this.partColumns = previous;
    this.partRows++;
    this.rowCount++;
    if (rowIndex > this.lastRow) this.lastRow = rowIndex;
    if (previous > this.limits.maxColumns) throw this.refuse('columns', this.rowCount, previous);
    if (this.rowCount * this.columnCount > this.limits.maxCells) throw this.refuse('cells', this.rowCount, this.columnCount);
    if (this.partBytes + this.pos >= this.limits.partBytes) this.endPart(true);
  }

  /** 1-based columns holding at least one cell the file stored as a number. */
  numericColumns(): number[] {
    const out: number[] = [];
    for (let c = 0; c < this.columnCount; c++) if (this.numeric[c]) out.push(c + 1);
    return out;
  }

  /** Ends the last part; a part without rows is handed on too (the caller deletes it). */
  close(): void {
    this.endPart(false);
  }

  /** Closes the file without handing it on (on an error; the caller deletes the parts). */
  abandon(): void {
    if (this.fd !== -1) closeSync(this.fd);
    this.fd = -1;
  }

  private endPart(next: boolean): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
      this.fd = -1;
    }
    this.onPart({ path: this.partPath(), rows: this.partRows, columns: this.partColumns });
    if (!next) return;
    this.part++;
    this.partRows = this.partColumns = this.partBytes = 0;
    this.fd = openSync(this.partPath(), 'w');
  }

  private order(row: RowBuffer): number[] {
    this.sorted.length = 0;
    for (let i = 0; i < row.count; i++) this.sorted.push(i);
    // Stable: of two cells with the same reference the first stays first.
    return this.sorted.sort((a, b) => row.cols[a] - row.cols[b] || a - b);
  }

  /** Room for `bytes` more (plus the line end) in the buffer. */
  private reserve(bytes: number): void {
    if (this.pos + bytes + 1 <= this.buf.length) return;
    this.flush();
    if (bytes + 1 > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(bytes + 1, 2 * this.buf.length));
      this.buf = bigger;
    }
  }

  private flush(): void {
    for (let done = 0; done < this.pos; ) done += writeSync(this.fd, this.buf, done, this.pos - done);
    this.partBytes += this.pos;
    this.pos = 0;
  }
}

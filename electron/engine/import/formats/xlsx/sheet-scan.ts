import { WerkbankError } from '../../../../../shared/api/errors';
import type { MergeRange } from '../../stage/grid';
import {
  canonicalNumber,
  KIND_BOOLEAN,
  KIND_DATE,
  KIND_NUMBER,
  KIND_TEXT,
  MAX_COLUMNS,
  MAX_ERROR_REFS,
  RowBuffer,
  type RowSink,
  type SheetExtras,
} from '../sheet/sheet-rows';
import { columnLetters, parseRangeRef } from './cell-ref';
import { excelSerialToDate } from './excel-date';
import {
  attr,
  decodeEntities,
  decodeExcelEscapes,
  elementText,
  HeldText,
  isSpaceAt,
  MAX_TAG_CHARS,
  nextAngle,
  PrefixStripper,
  stringItemText,
} from './xml';

export interface SheetContext {
  sharedStrings: string[];
  /** Per cell style index: does it format a date? */
  dateStyles: boolean[];
  date1904: boolean;
}

// Cell types (the `t` attribute).
const T_NUMBER = 0;
const T_SHARED = 1;
const T_INLINE = 2;
const T_STR = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;

const isNameEnd = (c: number) => c <= 32 || c === GT || c === SLASH || Number.isNaN(c);

/** `<mergeCell ref="A1:B2"/>`; `[^<>]`, not `[^>]`: without a `>` that would scan to the end from every `<mergeCell`. */
const MERGE_CELL = /<mergeCell\s[^<>]*?ref\s*=\s*["']([^"']*)["']/g;

// What held text waits for (SheetScanner.wait).
const TAG = ['>'];
const TAG_OR_LT = ['>', '<'];
const CELL = ['</c>'];

/** Head = before `<sheetData>`, data = its rows, tail = after it (merged cells). */
type State = 'head' | 'data' | 'tail';

/**
 * A worksheet's XML, scanned as it arrives in chunks: each complete row goes to the sink as
 * soon as its `</row>` is seen, so neither the whole XML nor the whole grid is ever held.
 *
 * Cells are placed by their reference (`C5`), so sparse sheets keep their columns; cells or
 * rows without a reference follow the previous one. Formulas are not evaluated: the value
 * Excel cached at the last save is read. A hand-rolled scanner (indexOf from tag to tag, the
 * cell attributes read char by char) instead of an XML parser: a regex per attribute per
 * cell was the slowest part of reading a 50k-row sheet.
 */
export class SheetScanner {
  private state: State = 'head';
  private readonly prefix = new PrefixStripper('worksheet');
  /** The start of an element cut by the previous chunk's end, while a chunk is scanned. */
  private pending = '';
  /**
   * What `pending` needs before it is worth scanning again: `>` (a tag), `</c>` (a cell), none
   * (anything). A tag read as `<name [^<>]*>` is settled by a `<` as well (it is broken then).
   */
  private wait: readonly string[] = [];
  /** `pending` between chunks: only a chunk that brings what it waits for has it scanned again. */
  private readonly held = new HeldText();
  private heldIsTag = false;
  private readonly row = new RowBuffer();
  private rowIndex = -1;
  private rowHasRef = false;
  private col = -1;
  // The current cell's attributes.
  private refCol = -1;
  private refRow = -1;
  private type = T_NUMBER;
  private style = 0;

  readonly extras: SheetExtras = { merges: [], hiddenRows: [], hiddenColumns: [], errorCount: 0, errorRefs: [] };

  constructor(
    private readonly ctx: SheetContext,
    private readonly sink: RowSink,
    private readonly fileName: string,
    /** How many error cell references to keep (the in-memory reader keeps them all). */
    private readonly errorRefLimit = MAX_ERROR_REFS,
  ) {}

  push(chunk: string): void {
    const text = this.prefix.push(chunk);
    if (this.held.waits(text)) {
      if (this.heldIsTag && this.held.length > MAX_TAG_CHARS) throw this.damaged();
      return;
    }
    this.pending = this.held.take();
    this.feed(text, false);
    this.heldIsTag = this.wait.includes('>');
    if (this.heldIsTag && this.pending.length > MAX_TAG_CHARS) throw this.damaged();
    this.held.hold(this.pending, ...this.wait);
    this.pending = '';
  }

  end(): SheetExtras {
    this.pending = this.held.take();
    this.feed(this.prefix.end(), true);
    this.pending = '';
    if (this.state === 'data') this.flushRow();
    return this.extras;
  }

  private damaged(): WerkbankError {
    return new WerkbankError('errors.import.sheetDamaged', { file: this.fileName });
  }

  private feed(text: string, final: boolean): void {
    this.wait = [];
    if (this.state === 'head') {
      const data = this.pending + text;
      this.pending = '';
      const rest = this.feedHead(data, final);
      if (rest === null) return;
      text = rest;
    }
    if (this.state === 'data') this.feedData(text, final);
    else this.feedTail(text, final);
  }

  /**
   * Before <sheetData>: hidden columns (`<col min max hidden="1">`), read tag by tag as they
   * arrive, so the head is never held whole. Returns the text after `<sheetData …>`, or null
   * while still before it.
   */
  private feedHead(data: string, final: boolean): string | null {
    for (let i = 0; ; ) {
      const lt = data.indexOf('<', i);
      if (lt === -1) return null;
      if (!final && data.length - lt < 10) {
        this.pending = data.slice(lt); // `<sheetData` or `<col ` cut by the chunk's end
        return null;
      }
      if (data.startsWith('<sheetData', lt)) {
        const gt = data.indexOf('>', lt + 10);
        if (gt === -1) {
          if (!final) this.holdTag(data, lt);
          return null;
        }
        // <sheetData/>: an empty sheet.
        this.state = data.charCodeAt(gt - 1) === SLASH ? 'tail' : 'data';
        return data.slice(gt + 1);
      }
      if (data.startsWith('<col', lt) && isSpaceAt(data, lt + 4)) {
        // A `<` before the `>`: a broken tag (a `<` cannot appear inside one), not a column.
        const end = nextAngle(data, lt + 5);
        if (end === -1) {
          if (!final) this.holdTag(data, lt, TAG_OR_LT);
          return null;
        }
        if (data.charCodeAt(end) === GT) {
          this.readCol(data.slice(lt + 5, end));
          i = end + 1;
        } else i = end;
        continue;
      }
      i = lt + 1;
    }
  }

  private holdTag(data: string, lt: number, wait: readonly string[] = TAG): void {
    this.pending = data.slice(lt);
    this.wait = wait;
  }

  /**
   * The element cut at the previous chunk's end is completed with the start of this chunk up
   * to its first `</row>`; the rest of the chunk is scanned as it is. Scanning `pending + chunk`
   * (a concatenated string) instead cost a quarter more time.
   */
  private feedData(text: string, final: boolean): void {
    if (this.pending !== '') {
      const pending = this.pending;
      this.pending = '';
      const rowEnd = final ? -1 : text.indexOf('</row>');
      if (rowEnd === -1) {
        this.scanData(pending + text, final);
        return;
      }
      this.scanData(pending + text.slice(0, rowEnd + 6), false);
      text = text.slice(rowEnd + 6);
      if (this.state === 'tail') {
        this.feedTail(text, final);
        return;
      }
      if (this.pending !== '') {
        text = this.pending + text;
        this.pending = '';
      }
    }
    this.scanData(text, final);
  }

  private scanData(data: string, final: boolean): void {
    const end = data.indexOf('</sheetData>');
    this.wait = [];
    const consumed = this.scanRows(data, end === -1 ? data.length : end);
    if (end === -1) {
      this.pending = data.slice(consumed);
      if (final) this.scanRows(this.pending, this.pending.length);
      return;
    }
    this.flushRow();
    this.state = 'tail';
    this.feedTail(data.slice(end + 12), final);
  }

  /**
   * After </sheetData>: only <mergeCell ref="A1:B2"/> matters. Everything up to a last tag that
   * is still open is read; that tag is kept for the next chunk.
   */
  private feedTail(text: string, final: boolean): void {
    const data = this.pending + text;
    this.pending = '';
    this.wait = [];
    let cut = data.length;
    if (!final) {
      const lastLt = data.lastIndexOf('<');
      if (lastLt !== -1 && data.indexOf('>', lastLt) === -1) cut = lastLt;
    }
    for (const m of (cut === data.length ? data : data.slice(0, cut)).matchAll(MERGE_CELL)) {
      const range = parseRangeRef(m[1]);
      if (range) this.extras.merges.push(range);
    }
    if (cut < data.length) this.holdTag(data, cut, TAG_OR_LT);
  }

  /** `<col min max hidden="1">`: hidden columns. */
  private readCol(attrs: string): void {
    const hidden = attr(attrs, 'hidden');
    if (hidden !== '1' && hidden !== 'true') return;
    const min = Number(attr(attrs, 'min'));
    const max = Number(attr(attrs, 'max'));
    if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) {
      this.extras.hiddenColumns.push([min - 1, Math.min(max, MAX_COLUMNS) - 1]);
    }
  }

  /**
   * Scans complete rows and cells in data[0, to); returns where the first incomplete one
   * starts, and sets `wait` to what it needs. Every search stops at the current element's
   * end: one that ran on to a far `</v>` for every cell would be quadratic in the chunk.
   */
  private scanRows(data: string, to: number): number {
    let i = 0;
    while (i < to) {
      const lt = data.indexOf('<', i);
      if (lt === -1 || lt >= to) return to;
      // The shortest element is `</row>`; reading past the end would also deoptimise this loop.
      if (lt + 6 > to) return lt;
      const next = data.charCodeAt(lt + 1);
      if (next === 99 /* c */ && isNameEnd(data.charCodeAt(lt + 2))) {
        const gt = data.indexOf('>', lt + 2);
        if (gt === -1 || gt >= to) {
          this.wait = TAG;
          return lt;
        }
        const selfClosing = data.charCodeAt(gt - 1) === SLASH;
        if (selfClosing) {
          this.readCellAttrs(data, lt + 2, gt - 1);
          this.placeCell();
          i = gt + 1;
          continue;
        }
        const close = data.indexOf('</c>', gt + 1);
        if (close === -1 || close >= to) {
          this.wait = CELL;
          return lt;
        }
        this.readCellAttrs(data, lt + 2, gt);
        // The common `<c …><v>123</v></c>`: nothing but the value between the tags.
        if (
          close >= gt + 8 &&
          data.charCodeAt(gt + 1) === LT &&
          data.charCodeAt(gt + 2) === 118 /* v */ &&
          data.charCodeAt(gt + 3) === GT &&
          data.indexOf('<', gt + 4) === close - 4 &&
          data.startsWith('</v>', close - 4)
        ) {
          const col = this.placeCell();
          if (this.type !== T_INLINE) this.readValue(col, data.slice(gt + 4, close - 4));
        } else this.readCell(data, gt + 1, close);
        i = close + 4;
        continue;
      }
      const gt = data.indexOf('>', lt + 1);
      if (gt === -1 || gt >= to) {
        this.wait = TAG;
        return lt;
      }
      if (next === 114 /* r */ && data.startsWith('row', lt + 1) && isNameEnd(data.charCodeAt(lt + 4))) {
        const selfClosing = data.charCodeAt(gt - 1) === SLASH;
        this.startRow(data.slice(lt + 4, selfClosing ? gt - 1 : gt));
        if (selfClosing) this.flushRow();
      } else if (next === SLASH && data.startsWith('row', lt + 2) && isNameEnd(data.charCodeAt(lt + 5))) {
        this.flushRow();
      }
      i = gt + 1;
    }
    return to;
  }

  private startRow(attrs: string): void {
    this.flushRow();
    const r = Number(attr(attrs, 'r'));
    this.rowHasRef = Number.isInteger(r) && r >= 1;
    this.rowIndex = this.rowHasRef ? r - 1 : this.rowIndex + 1;
    this.col = -1;
    if (attrs.indexOf('hidden') !== -1) {
      const hidden = attr(attrs, 'hidden');
      if (hidden === '1' || hidden === 'true') this.extras.hiddenRows.push([this.rowIndex, this.rowIndex]);
    }
  }

  private flushRow(): void {
    if (this.row.count > 0) this.sink(this.rowIndex, this.row);
    this.row.count = 0;
  }

  /** Reads `r`, `t` and `s` from the attribute text data[from, to) without slicing it. */
  private readCellAttrs(data: string, from: number, to: number): void {
    this.refCol = this.refRow = -1;
    this.type = T_NUMBER;
    this.style = 0;
    let i = from;
    while (i < to) {
      let c = data.charCodeAt(i);
      while (i < to && c <= 32) c = data.charCodeAt(++i);
      if (i >= to) break;
      const nameStart = i;
      while (i < to && c !== EQ && c > 32) c = data.charCodeAt(++i);
      const nameLength = i - nameStart;
      while (i < to && c !== QUOT && c !== APOS) c = data.charCodeAt(++i);
      if (i >= to) break;
      const valueStart = i + 1;
      const valueEnd = data.indexOf(c === QUOT ? '"' : "'", valueStart);
      if (valueEnd === -1 || valueEnd > to) break;
      if (nameLength === 1) {
        const name = data.charCodeAt(nameStart);
        if (name === 114 /* r */) this.readRef(data, valueStart, valueEnd);
        else if (name === 115 /* s */) {
          let s = 0;
          for (let k = valueStart; k < valueEnd; k++) s = s * 10 + data.charCodeAt(k) - 48;
          this.style = s >= 0 ? s : 0;
        } else if (name === 116 /* t */) this.type = cellType(data, valueStart, valueEnd);
      }
      i = valueEnd + 1;
    }
  }

  /** `AB12` → refCol 27, refRow 11. */
  private readRef(data: string, from: number, to: number): void {
    let col = 0;
    let k = from;
    for (; k < to; k++) {
      const c = data.charCodeAt(k) | 32; // lower case
      if (c < 97 || c > 122) break;
      col = col * 26 + (c - 96);
    }
    let row = 0;
    const digitsFrom = k;
    for (; k < to; k++) {
      const c = data.charCodeAt(k);
      if (c < 48 || c > 57) break;
      row = row * 10 + c - 48;
    }
    if (col === 0 || k !== to || k === digitsFrom || row < 1) return;
    this.refCol = col - 1;
    this.refRow = row - 1;
  }

  /** The current cell's column (from its reference, or the one after the previous cell). */
  private placeCell(): number {
    if (this.refRow >= 0 && this.refRow !== this.rowIndex && (!this.rowHasRef || this.rowIndex < 0) && this.row.count === 0) {
      // A row without `r`: its cells' references say which row it is.
      this.rowIndex = this.refRow;
      this.rowHasRef = true;
    }
    if (this.rowIndex < 0) this.rowIndex = 0;
    this.col = this.refCol >= 0 ? this.refCol : this.col + 1;
    if (this.col >= MAX_COLUMNS) throw new WerkbankError('errors.import.sheetDamaged', { file: this.fileName });
    return this.col;
  }

  private readCell(data: string, from: number, to: number): void {
    const col = this.placeCell();
    // The cell alone: a search of `data` for a `<v>` the cell lacks would run on to the chunk's end.
    const cell = data.slice(from, to);
    if (this.type === T_INLINE) {
      const text = inlineText(cell);
      if (text !== null) this.row.add(col, text, KIND_TEXT);
      return;
    }
    let raw: string | null;
    if (cell.startsWith('<v>')) {
      const end = cell.indexOf('</v>', 3);
      if (end === -1) return;
      raw = cell.slice(3, end);
    } else {
      const open = cell.indexOf('<v>');
      if (open !== -1) {
        const end = cell.indexOf('</v>', open + 3);
        if (end === -1) return;
        raw = cell.slice(open + 3, end);
      } else {
        raw = elementText(cell, 'v');
        if (raw === null) return; // no cached value: empty
      }
    }
    this.readValue(col, raw);
  }

  /** A cell's `<v>` text by the cell's type. */
  private readValue(col: number, raw: string): void {
    switch (this.type) {
      case T_SHARED: {
        const text = this.ctx.sharedStrings[Number(raw)];
        if (text !== undefined) this.row.add(col, text, KIND_TEXT);
        return;
      }
      case T_STR: // formula with a text result: the cached value
        this.row.add(col, decodeExcelEscapes(decodeEntities(raw)), KIND_TEXT);
        return;
      case T_ERROR: // #N/A, #DIV/0!: missing, reported
        this.extras.errorCount++;
        if (this.extras.errorRefs.length < this.errorRefLimit) this.extras.errorRefs.push(`${columnLetters(col)}${this.rowIndex + 1}`);
        return;
      case T_BOOL: {
        const b = raw.trim();
        this.row.add(col, b === '1' || b === 'true' ? 'TRUE' : 'FALSE', KIND_BOOLEAN);
        return;
      }
      case T_DATE: {
        // ISO 8601; without an offset it is a wall-clock value, so read it as UTC.
        const text = decodeEntities(raw).trim();
        const ms = Date.parse(text.includes('T') && !/(Z|[+-]\d\d:?\d\d)$/i.test(text) ? text + 'Z' : text);
        const date = Number.isNaN(ms) ? null : excelSerialToDate(ms / 86_400_000 + 25_569, false);
        if (date) this.row.add(col, date.toString(), KIND_DATE);
        else if (text !== '') this.row.add(col, text, KIND_TEXT);
        return;
      }
      default: {
        const number = canonicalNumber(raw);
        if (number === null) return;
        if (this.ctx.dateStyles[this.style]) {
          const date = excelSerialToDate(Number(number), this.ctx.date1904);
          if (date) {
            this.row.add(col, date.toString(), KIND_DATE);
            return;
          }
        }
        this.row.add(col, number, KIND_NUMBER);
      }
    }
  }
}

function cellType(data: string, from: number, to: number): number {
  const length = to - from;
  const c = data.charCodeAt(from);
  if (length === 1) {
    if (c === 115 /* s */) return T_SHARED;
    if (c === 98 /* b */) return T_BOOL;
    if (c === 101 /* e */) return T_ERROR;
    if (c === 100 /* d */) return T_DATE;
    return T_NUMBER;
  }
  if (length === 3 && data.startsWith('str', from)) return T_STR;
  if (length === 9 && data.startsWith('inlineStr', from)) return T_INLINE;
  return T_NUMBER;
}

/** An inline string's text (`cell`: the cell's inner XML): `<is><t>…</t></is>` directly, rich text through stringItemText. */
function inlineText(cell: string): string | null {
  if (cell.startsWith('<is><t') && isNameEnd(cell.charCodeAt(6))) {
    const gt = cell.indexOf('>', 6);
    if (gt !== -1) {
      if (cell.charCodeAt(gt - 1) === SLASH) return cell.startsWith('</is>', gt + 1) && gt + 6 === cell.length ? '' : slowInline(cell);
      const close = cell.indexOf('</t>', gt + 1);
      if (close !== -1 && close + 9 === cell.length && cell.startsWith('</is>', close + 4)) {
        return decodeExcelEscapes(decodeEntities(cell.slice(gt + 1, close)));
      }
    }
  }
  return slowInline(cell);
}

function slowInline(cell: string): string | null {
  const inner = elementText(cell, 'is');
  return inner === null ? null : stringItemText(inner);
}

/** Merged ranges as the grid knows them (re-exported for the in-memory reader). */
export type { MergeRange };

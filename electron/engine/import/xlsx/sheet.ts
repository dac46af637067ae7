import type { CellGrid, ErrorCell, GridCell, MergeRange } from '../grid';
import { parseCellRef, parseRangeRef } from './cell-ref';
import { excelSerialToDate } from './excel-date';
import { attr, decodeEntities, decodeExcelEscapes, stringItemText, tags } from './xml';

export interface SheetContext {
  sharedStrings: string[];
  /** Per cell style index: does it format a date? */
  dateStyles: boolean[];
  date1904: boolean;
}

const VALUE = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;
const INLINE = /<is(?:\s[^>]*)?>([\s\S]*?)<\/is>/;
const SLASH = 47;
const GT = 62;

/** The attributes a cell needs; one object reused for every cell. */
interface CellAttrs {
  r: string | null;
  t: string | null;
  s: string | null;
}

/**
 * Reads `r`, `t` and `s` from a cell's attribute text with a small tokenizer: a regex per
 * attribute per cell was the slowest part of reading a 50k-row sheet.
 */
function readCellAttrs(text: string, out: CellAttrs): CellAttrs {
  out.r = out.t = out.s = null;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && text.charCodeAt(i) <= 32) i++;
    const nameStart = i;
    while (i < n && text.charCodeAt(i) !== 61 /* = */ && text.charCodeAt(i) > 32) i++;
    const name = text.slice(nameStart, i);
    while (i < n && text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 39) i++;
    const quote = text[i];
    const valueEnd = text.indexOf(quote, i + 1);
    if (quote === undefined || valueEnd === -1) break;
    const value = text.slice(i + 1, valueEnd);
    if (name === 'r') out.r = value;
    else if (name === 't') out.t = value;
    else if (name === 's') out.s = value;
    i = valueEnd + 1;
  }
  return out;
}

/** Whether the tag starting at `lt` is `<name …>` (not `<names>`, not `</name>`). */
function isTag(data: string, lt: number, name: string): boolean {
  if (!data.startsWith(name, lt + 1)) return false;
  const after = data.charCodeAt(lt + 1 + name.length);
  return after <= 32 || after === GT || after === SLASH;
}

function valueText(body: string): string | null {
  const open = body.indexOf('<v>');
  if (open !== -1) {
    const close = body.indexOf('</v>', open + 3);
    return close === -1 ? null : body.slice(open + 3, close);
  }
  const m = VALUE.exec(body);
  return m ? m[1] : null;
}

function cellValue(type: string | null, style: number, body: string, ctx: SheetContext): GridCell {
  if (type === 'inlineStr') {
    const is = INLINE.exec(body);
    return is ? stringItemText(is[1]) : null;
  }
  const raw = valueText(body);
  if (raw === null) return null;
  switch (type) {
    case 's':
      return ctx.sharedStrings[Number(raw)] ?? null;
    case 'str': // formula with a text result: the cached value
      return decodeExcelEscapes(decodeEntities(raw));
    case 'e': // #N/A, #DIV/0!: the text is kept for the warning
      return decodeEntities(raw);
    case 'b':
      return raw.trim() === '1' || raw.trim() === 'true';
    case 'd': {
      // ISO 8601; without an offset it is a wall-clock value, so read it as UTC.
      const ms = Date.parse(raw.includes('T') && !/(Z|[+-]\d\d:?\d\d)$/i.test(raw) ? raw + 'Z' : raw);
      return Number.isNaN(ms) ? decodeEntities(raw) : excelSerialToDate(ms / 86_400_000 + 25_569, false);
    }
    default: {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) return null;
      return ctx.dateStyles[style] ? excelSerialToDate(n, ctx.date1904) : n;
    }
  }
}

/**
 * Sheet XML → grid. Cells are placed by their reference (`C5`), so sparse sheets keep their
 * columns; cells or rows without a reference follow the previous one. Formulas are not
 * evaluated: the value Excel cached at the last save is read.
 */
export function readSheet(xml: string, ctx: SheetContext): CellGrid {
  const rows: GridCell[][] = [];
  const errorCells: ErrorCell[] = [];
  const start = xml.indexOf('<sheetData');
  const end = xml.lastIndexOf('</sheetData>');
  const data = start === -1 ? '' : xml.slice(start, end === -1 ? xml.length : end);

  let rowIndex = -1;
  let colIndex = -1;
  let current: GridCell[] = [];
  const cell: CellAttrs = { r: null, t: null, s: null };
  // A hand-rolled scan: jump from tag to tag, and over a cell's content to its `</c>`.
  for (let lt = data.indexOf('<'); lt !== -1; ) {
    const gt = data.indexOf('>', lt);
    if (gt === -1) break;
    if (isTag(data, lt, 'row')) {
      const r = Number(attr(data.slice(lt + 4, gt), 'r'));
      rowIndex = Number.isInteger(r) && r >= 1 ? r - 1 : rowIndex + 1;
      colIndex = -1;
      current = rows[rowIndex] ??= [];
      lt = data.indexOf('<', gt);
      continue;
    }
    if (!isTag(data, lt, 'c')) {
      lt = data.indexOf('<', gt);
      continue;
    }
    const selfClosing = data.charCodeAt(gt - 1) === SLASH;
    readCellAttrs(data.slice(lt + 2, selfClosing ? gt - 1 : gt), cell);
    let body: string | null = null;
    if (selfClosing) lt = data.indexOf('<', gt);
    else {
      const close = data.indexOf('</c>', gt);
      body = data.slice(gt + 1, close === -1 ? data.length : close);
      lt = close === -1 ? -1 : data.indexOf('<', close + 4);
    }

    const pos = cell.r ? parseCellRef(cell.r) : null;
    if (pos) {
      if (pos.row !== rowIndex) {
        rowIndex = pos.row;
        current = rows[rowIndex] ??= [];
      }
      colIndex = pos.col;
    } else {
      if (rowIndex < 0) current = rows[(rowIndex = 0)] ??= [];
      colIndex++;
    }
    if (body === null) continue;
    const value = cellValue(cell.t, cell.s === null ? 0 : Number(cell.s), body, ctx);
    if (cell.t === 'e') {
      errorCells.push({ row: rowIndex, col: colIndex, value: String(value ?? '') });
      current[colIndex] = null;
    } else {
      current[colIndex] = value;
    }
  }

  const merges: MergeRange[] = [];
  const mergeStart = xml.indexOf('<mergeCells', end === -1 ? 0 : end);
  if (mergeStart !== -1) {
    for (const a of tags(xml.slice(mergeStart), 'mergeCell')) {
      const range = parseRangeRef(attr(a, 'ref') ?? '');
      if (range) merges.push(range);
    }
  }
  return { rows, merges, errorCells, warnings: [] };
}

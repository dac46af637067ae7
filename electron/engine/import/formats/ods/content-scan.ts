import { WerkbankError } from '../../../../../shared/api/errors';
import type { SheetInfo } from '../../../../../shared/model/source';
import {
  canonicalNumber,
  type CellKind,
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
import { columnLetters } from '../xlsx/cell-ref';
import { attr, decodeEntities, HeldText, isWordChar, MAX_TAG_CHARS } from '../xlsx/xml';

/*
 * OpenDocument spreadsheets (.ods, LibreOffice): a small reader of `content.xml`.
 * No maintained, safe ODS reader exists on the npm registry: SheetJS (`xlsx` 0.18.5, known
 * CVEs) and its old forks (js-xlsx, xlsx-style) are the only general ones; the rest are
 * writers (simple-odf) or abandoned. ODS keeps every cell's value in attributes
 * (`office:value-type`, `office:value`, `office:date-value` …), so no styles are needed, and
 * it runs on the same streaming zip path in the worker as xlsx.
 *
 * The namespace prefixes are taken to be the conventional `office:`, `table:`, `text:`,
 * `style:` and `calcext:`, as LibreOffice, Excel and Google Sheets write them.
 */

const SLASH = 47;
const GT = 62;
const QUOT = 34;
const APOS = 39;
const EQ = 61;
const isNameEnd = (c: number) => c <= 32 || c === GT || c === SLASH || Number.isNaN(c);

/**
 * Text cut by a chunk's end is taken at once, but for a character reference the cut may have
 * split (`&am`|`p;`): the longest this reads is `&#x10FFFF;`, so the last few characters suffice.
 */
const REFERENCE_TAIL = 32;

/** Where a chunk's trailing text should be cut: before a `&` not yet closed by `;`, else its end. */
function textCut(data: string): number {
  const tail = data.slice(-REFERENCE_TAIL);
  const amp = tail.lastIndexOf('&');
  return amp === -1 || tail.indexOf(';', amp) !== -1 ? data.length : data.length - tail.length + amp;
}

const DATE_VALUE = /^(-?\d{4,})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?)?/;
const TIME_VALUE = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,]\d*)?S)?$/;
const pad = (s: string | undefined) => (s ?? '0').padStart(2, '0');

/** `office:date-value` → `yyyy-mm-dd` or `yyyy-mm-dd hh:mm:ss` (midnight: the date alone). */
export function odsDate(value: string): string | null {
  const m = DATE_VALUE.exec(value);
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return date;
  const time = `${m[4]}:${m[5]}:${pad(m[6])}`;
  return time === '00:00:00' ? date : `${date} ${time}`;
}

/** `office:time-value` (`PT09H30M00S`) → `hh:mm:ss`. */
export function odsTime(value: string): string | null {
  const m = TIME_VALUE.exec(value);
  return m ? `${pad(m[1])}:${pad(m[2])}:${pad(m[3])}` : null;
}

type Mode = 'head' | 'outside' | 'table';

/**
 * content.xml scanned as it arrives in chunks: lists every table (sheet) with its hidden
 * flag, and hands the rows of the chosen one to the sink as each `</table:table-row>` is seen.
 * Repeated rows and cells (`table:number-rows-repeated`, `…-columns-repeated`) are expanded
 * only when they hold a value, so the trailing "1,048,000 empty rows" LibreOffice writes cost
 * nothing. Merged cells come from `table:number-columns-spanned` / `…-rows-spanned`; the
 * covered cells under them are empty. Rows and columns with `table:visibility` collapse or
 * filter are hidden.
 */
export class OdsContentScanner {
  readonly sheets: SheetInfo[] = [];
  /** The table staged, once found. */
  chosen: string | null = null;
  readonly extras: SheetExtras = { merges: [], hiddenRows: [], hiddenColumns: [], errorCount: 0, errorRefs: [] };

  private mode: Mode = 'head';
  /** Before `<office:body`: held until a chunk brings it, for the table styles. */
  private readonly head = new HeldText();
  /** A tag or a few characters cut by the previous chunk's end, while a chunk is scanned. */
  private pending = '';
  /** `pending` between chunks. */
  private readonly held = new HeldText();
  /**
   * When `pending` is a cut tag: how far it was scanned (from its `<`), and the quote open
   * there. A chunk that does not end the tag is scanned alone and added to it.
   */
  private resumeAt = 0;
  private resumeQuote = 0;
  private readonly hiddenTableStyles = new Set<string>();
  private readonly row = new RowBuffer();
  private rowIndex = 0;
  private rowOpen = false;
  private rowRepeat = 1;
  private col = 0;
  private columnCursor = 0;
  // The current cell.
  private inCell = false;
  private annotation = 0;
  private paragraphs = 0;
  private text = '';
  private covered = false;
  private colRepeat = 1;
  private colSpan = 1;
  private rowSpan = 1;
  private valueType = '';
  private value: string | null = null;
  private stringValue: string | null = null;
  private isError = false;

  constructor(
    private readonly requested: string | undefined,
    private readonly sink: RowSink,
    private readonly fileName: string,
  ) {}

  push(chunk: string): void {
    this.feed(chunk, false);
  }

  end(): SheetExtras {
    this.feed('', true);
    this.flushRow();
    return this.extras;
  }

  private feed(chunk: string, final: boolean): void {
    if (this.mode === 'head') {
      // Searching the whole head again at every chunk would be quadratic.
      if (!final && this.head.waits(chunk)) return;
      const data = this.head.take() + chunk;
      const body = data.indexOf('<office:body');
      if (body === -1) {
        this.head.hold(data, '<office:body');
        return;
      }
      this.readStyles(data.slice(0, body));
      this.mode = 'outside';
      this.run(data.slice(body), final);
    } else {
      if (this.resumeAt > 0 && !final && this.scanTag(chunk, 0, this.resumeQuote) === -1) {
        this.resumeAt += chunk.length;
        this.held.add(chunk);
        if (this.held.length > MAX_TAG_CHARS) throw this.damaged();
        return;
      }
      this.pending = this.held.take();
      // The tag cut at the previous chunk's end is completed with this chunk's start up to its
      // first row end; the rest is scanned as it is (scanning a concatenated string char by
      // char was more than twice as slow).
      const rowEnd = this.pending === '' || final ? -1 : chunk.indexOf('</table:table-row>');
      if (rowEnd !== -1) {
        const head = this.pending + chunk.slice(0, rowEnd + 18);
        this.pending = '';
        this.run(head, false);
        chunk = chunk.slice(rowEnd + 18);
      }
      const data = this.pending + chunk;
      this.pending = '';
      this.run(data, final);
    }
    this.held.hold(this.pending);
    this.pending = '';
  }

  private run(data: string, final: boolean): void {
    let i = 0;
    while (i < data.length) {
      i = this.mode === 'outside' ? this.scanOutside(data, i) : this.scanTable(data, i);
      if (i < 0) {
        // An incomplete tag (or a few characters) at the end: wait for the next chunk.
        this.pending = final ? '' : data.slice(-i - 1);
        // Text is taken as it comes, so only a tag is held long: one this long is damage.
        if (this.pending.length > MAX_TAG_CHARS) throw this.damaged();
        return;
      }
    }
  }

  private damaged(): WerkbankError {
    return new WerkbankError('errors.import.sheetDamaged', { file: this.fileName });
  }

  /**
   * The end (`>`) of the tag starting at `lt`, skipping `>` inside quoted attribute values; -1
   * if incomplete. The tag `pending` held (at 0 now) is scanned on from where it was left.
   */
  private tagEnd(data: string, lt: number): number {
    const resumed = lt === 0 && this.resumeAt > 0;
    const end = this.scanTag(data, resumed ? this.resumeAt : lt + 1, resumed ? this.resumeQuote : 0);
    this.resumeAt = end === -1 ? data.length - lt : 0;
    return end;
  }

  /** The first `>` outside quotes from `from` on (`quote`: the quote open there); -1 if none, the quote then open kept. */
  private scanTag(data: string, from: number, quote: number): number {
    for (let i = from; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === QUOT || c === APOS) quote = c;
      else if (c === GT) return i;
    }
    this.resumeQuote = quote;
    return -1;
  }

  /**
   * office:automatic-styles: the table styles that hide a sheet (`table:display="false"`).
   * The elements `<style:style …/>` and `<style:style …>…</style:style>` are found as
   * `/<style:style\b([^>]*?)(?:\/>|>([\s\S]*?)<\/style:style>)/g` finds them; by hand, since
   * that pattern scanned to the end of the head from every element never ended.
   */
  private readStyles(head: string): void {
    /** No `</style:style>` at or after this position. */
    let noEndFrom = Infinity;
    /** The first `>` after the last start: the same for every start before it. */
    let gt = -1;
    for (let i = 0; ; ) {
      const lt = head.indexOf('<style:style', i);
      if (lt === -1) return;
      const after = lt + 12;
      if (isWordChar(head.charCodeAt(after))) {
        i = after;
        continue;
      }
      if (gt < after) gt = head.indexOf('>', after);
      if (gt === -1) return; // no later element ends either
      if (gt > after && head.charCodeAt(gt - 1) === SLASH) {
        i = gt + 1; // empty: no table properties
        continue;
      }
      if (gt + 1 < noEndFrom) {
        const end = head.indexOf('</style:style>', gt + 1);
        if (end !== -1) {
          this.readStyle(head.slice(after, gt), head.slice(gt + 1, end));
          i = end + 14;
          continue;
        }
        noEndFrom = gt + 1;
      }
      i = after;
    }
  }

  private readStyle(attrs: string, body: string): void {
    if (attr(attrs, 'style:family') !== 'table' || !body) return;
    const name = attr(attrs, 'style:name');
    if (name !== null && /table:display\s*=\s*["']false["']/.test(body)) this.hiddenTableStyles.add(name);
  }

  /** Between tables: finds the next `<table:table …>`; returns the next position, or -(keepFrom + 1). */
  private scanOutside(data: string, from: number): number {
    for (let i = from; ; ) {
      const lt = data.indexOf('<table:table', i);
      // Only the last characters may be a `<table:table` cut by the chunk's end.
      if (lt === -1) return -(Math.max(i, data.length - 11) + 1);
      if (lt + 12 >= data.length) return -(lt + 1);
      if (!isNameEnd(data.charCodeAt(lt + 12))) {
        i = lt + 12; // <table:table-row …> of a table not staged
        continue;
      }
      const gt = this.tagEnd(data, lt);
      if (gt === -1) return -(lt + 1);
      const attrs = data.slice(lt + 12, gt);
      const name = attr(attrs, 'table:name') ?? `Blad${this.sheets.length + 1}`;
      const style = attr(attrs, 'table:style-name');
      const hidden = style !== null && this.hiddenTableStyles.has(style);
      this.sheets.push({ name, hidden });
      const selfClosing = data.charCodeAt(gt - 1) === SLASH;
      if (this.chosen === null && this.wanted(name, hidden)) {
        this.chosen = name;
        if (!selfClosing) {
          this.mode = 'table';
          this.rowIndex = this.col = this.columnCursor = 0;
          return gt + 1;
        }
      }
      i = gt + 1;
    }
  }

  private wanted(name: string, hidden: boolean): boolean {
    if (this.requested === undefined) return !hidden;
    const norm = (s: string) => s.trim().toLowerCase();
    return name === this.requested || norm(name) === norm(this.requested);
  }

  /** Inside the chosen table: tag by tag. Returns the next position, or -(keepFrom + 1). */
  private scanTable(data: string, from: number): number {
    let i = from;
    while (i < data.length) {
      const lt = data.indexOf('<', i);
      if (lt === -1) {
        // Text that may go on in the next chunk: taken now, for held it would be scanned
        // again with every chunk.
        const cut = textCut(data);
        if (cut > i && this.inText()) this.text += decodeEntities(data.slice(i, cut));
        return -(Math.max(i, cut) + 1);
      }
      if (lt > i && this.inText()) this.text += decodeEntities(data.slice(i, lt));
      const gt = this.tagEnd(data, lt);
      if (gt === -1) return -(lt + 1);
      i = gt + 1;
      const closing = data.charCodeAt(lt + 1) === SLASH;
      const nameStart = closing ? lt + 2 : lt + 1;
      let nameEnd = nameStart;
      while (nameEnd < gt && !isNameEnd(data.charCodeAt(nameEnd))) nameEnd++;
      const name = data.slice(nameStart, nameEnd);
      const selfClosing = !closing && data.charCodeAt(gt - 1) === SLASH;
      if (closing) {
        if (name === 'table:table-cell' || name === 'table:covered-table-cell') this.finishCell();
        else if (name === 'table:table-row') this.endRow();
        else if (name === 'office:annotation') this.annotation = Math.max(0, this.annotation - 1);
        else if (name === 'table:table') {
          this.endRow();
          this.mode = 'outside'; // go on listing the other sheets
          return i;
        }
        continue;
      }
      const attrsEnd = selfClosing ? gt - 1 : gt;
      switch (name) {
        case 'table:table-cell':
        case 'table:covered-table-cell': {
          this.startCell(data.slice(nameEnd, attrsEnd), name === 'table:covered-table-cell');
          if (selfClosing) {
            this.finishCell();
            break;
          }
          // The common `…><text:p>plain text</text:p></table:table-cell>` in one step.
          // Only up to the next `<`: a search for `</text:p>` would run on to a far one for every cell.
          if (data.startsWith('<text:p>', i)) {
            const end = data.indexOf('<', i + 8);
            if (end !== -1 && data.startsWith('</text:p></table:table-cell>', end)) {
              this.paragraphs = 1;
              this.text = decodeEntities(data.slice(i + 8, end));
              this.finishCell();
              i = end + 28;
            }
          }
          break;
        }
        case 'table:table-row': {
          this.endRow();
          const a = data.slice(nameEnd, attrsEnd);
          this.rowOpen = true;
          this.rowRepeat = positive(attr(a, 'table:number-rows-repeated'));
          if (isHidden(attr(a, 'table:visibility'))) {
            this.extras.hiddenRows.push([this.rowIndex, this.rowIndex + this.rowRepeat - 1]);
          }
          this.col = 0;
          if (selfClosing) this.endRow();
          break;
        }
        case 'table:table-column': {
          const a = data.slice(nameEnd, attrsEnd);
          const repeat = positive(attr(a, 'table:number-columns-repeated'));
          if (isHidden(attr(a, 'table:visibility')) && this.columnCursor < MAX_COLUMNS) {
            this.extras.hiddenColumns.push([this.columnCursor, Math.min(this.columnCursor + repeat, MAX_COLUMNS) - 1]);
          }
          this.columnCursor += repeat;
          break;
        }
        case 'text:p':
        case 'text:h':
          if (this.inCell && this.annotation === 0) {
            if (this.paragraphs > 0) this.text += '\n';
            this.paragraphs++;
          }
          break;
        case 'text:s':
          if (this.inText()) this.text += ' '.repeat(Math.min(positive(attr(data.slice(nameEnd, attrsEnd), 'text:c')), 1000));
          break;
        case 'text:tab':
          if (this.inText()) this.text += '\t';
          break;
        case 'text:line-break':
          if (this.inText()) this.text += '\n';
          break;
        case 'office:annotation':
          if (!selfClosing) this.annotation++;
          break;
      }
    }
    return i;
  }

  private inText(): boolean {
    return this.inCell && this.annotation === 0 && this.paragraphs > 0;
  }

  /** One pass over a cell's attributes (a regex per attribute was several times slower). */
  private startCell(attrs: string, covered: boolean): void {
    this.inCell = true;
    this.covered = covered;
    this.paragraphs = 0;
    this.annotation = 0;
    this.text = '';
    this.colRepeat = this.colSpan = this.rowSpan = 1;
    this.valueType = '';
    this.value = this.stringValue = null;
    this.isError = false;
    const n = attrs.length;
    let i = 0;
    while (i < n) {
      while (i < n && attrs.charCodeAt(i) <= 32) i++;
      const nameStart = i;
      while (i < n && attrs.charCodeAt(i) !== EQ && attrs.charCodeAt(i) > 32) i++;
      const name = attrs.slice(nameStart, i);
      while (i < n && attrs.charCodeAt(i) !== QUOT && attrs.charCodeAt(i) !== APOS) i++;
      if (i >= n) break;
      const end = attrs.indexOf(attrs[i], i + 1);
      if (end === -1) break;
      const raw = attrs.slice(i + 1, end);
      i = end + 1;
      switch (name) {
        case 'office:value-type':
          this.valueType = raw;
          break;
        case 'office:value':
        case 'office:date-value':
        case 'office:time-value':
        case 'office:boolean-value':
          this.value = raw;
          break;
        case 'office:string-value':
          this.stringValue = decodeEntities(raw);
          break;
        case 'calcext:value-type':
          this.isError = raw === 'error';
          break;
        case 'table:number-columns-repeated':
          this.colRepeat = positive(raw);
          break;
        case 'table:number-columns-spanned':
          this.colSpan = positive(raw);
          break;
        case 'table:number-rows-spanned':
          this.rowSpan = positive(raw);
          break;
      }
    }
  }

  private finishCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    const col = this.col;
    const repeat = this.colRepeat;
    this.col += repeat;
    if (this.covered) return;
    if (this.colSpan > 1 || this.rowSpan > 1) {
      this.extras.merges.push({
        top: this.rowIndex,
        left: col,
        bottom: this.rowIndex + this.rowSpan - 1,
        right: col + this.colSpan - 1,
      });
    }
    if (this.isError) {
      this.extras.errorCount += repeat;
      if (this.extras.errorRefs.length < MAX_ERROR_REFS) this.extras.errorRefs.push(`${columnLetters(col)}${this.rowIndex + 1}`);
      return;
    }
    const text = this.paragraphs > 0 ? this.text : null;
    let value: string | null;
    let kind: CellKind = KIND_TEXT;
    switch (this.valueType) {
      case 'float':
      case 'percentage':
      case 'currency':
        value = this.value === null ? null : canonicalNumber(this.value);
        kind = KIND_NUMBER;
        break;
      case 'date':
        value = this.value === null ? null : odsDate(this.value);
        kind = KIND_DATE;
        break;
      case 'time':
        value = this.value === null ? null : odsTime(this.value);
        kind = KIND_DATE;
        break;
      case 'boolean':
        value = this.value === null ? null : this.value === 'true' || this.value === '1' ? 'TRUE' : 'FALSE';
        kind = KIND_BOOLEAN;
        break;
      case 'string':
        value = this.stringValue ?? text;
        if (value === '') value = null;
        break;
      default:
        value = text === '' ? null : text;
    }
    if (value === null && text !== null && text !== '') {
      value = text; // a value attribute that does not parse: keep what the sheet shows
      kind = KIND_TEXT;
    }
    if (value === null) return;
    if (col + repeat > MAX_COLUMNS) throw new WerkbankError('errors.import.sheetDamaged', { file: this.fileName });
    for (let k = 0; k < repeat; k++) this.row.add(col + k, value, kind);
  }

  private endRow(): void {
    if (this.inCell) this.finishCell();
    if (!this.rowOpen) return;
    this.rowOpen = false;
    if (this.row.count > 0) {
      for (let k = 0; k < this.rowRepeat; k++) this.sink(this.rowIndex + k, this.row);
    }
    this.row.count = 0;
    this.rowIndex += this.rowRepeat;
    this.rowRepeat = 1;
    this.col = 0;
  }

  private flushRow(): void {
    this.endRow();
  }
}

function positive(value: string | null): number {
  const n = value === null ? 1 : Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function isHidden(visibility: string | null): boolean {
  return visibility === 'collapse' || visibility === 'filter';
}

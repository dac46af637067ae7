import type { Delimiter } from '../../../../../shared/model/source';

export interface ParsedCsv {
  records: string[][];
  /** 1-based record number where a quoted field was still open at the end of the text. */
  unclosedQuoteAt: number | null;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * RFC 4180 reader: quoted fields may hold delimiters, doubled quotes and line breaks;
 * records end at CRLF, LF or a lone CR. Lenient where exports are sloppy: a quote inside an
 * unquoted field is kept as text, text after a closing quote is appended.
 * `maxRecords` stops early (delimiter sniffing reads only the start).
 */
export function parseCsv(text: string, delimiter: Delimiter, maxRecords = Infinity): ParsedCsv {
  const records: string[][] = [];
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let record: string[] = [];
  let i = 0;
  let unclosedQuoteAt: number | null = null;

  const endRecord = () => {
    records.push(record);
    record = [];
  };

  while (i < n && records.length < maxRecords) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      let value = '';
      let start = i + 1;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q === -1) {
          value += text.slice(start);
          i = n;
          unclosedQuoteAt = records.length + 1;
          break;
        }
        value += text.slice(start, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          start = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the next delimiter is kept, not dropped.
      const rest = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delim || c === CR || c === LF) break;
        i++;
      }
      field = rest < i ? value + text.slice(rest, i) : value;
    } else {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === delim || c === CR || c === LF) break;
        i++;
      }
      field = text.slice(start, i);
    }
    record.push(field);

    if (i >= n) {
      endRecord();
      break;
    }
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      // A delimiter at the very end still opens one more (empty) field.
      if (i >= n) {
        record.push('');
        endRecord();
      }
    } else {
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      endRecord();
    }
  }
  return { records, unclosedQuoteAt };
}

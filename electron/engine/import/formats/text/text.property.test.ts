import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../../../shared/api/errors';
import type { Delimiter, TextEncoding } from '../../../../../shared/model/source';
import { stageDelimitedText } from './text';
import { openStaging, type Staging } from './text-testing';

/*
 * Property: any table of text cells written as delimited text — any delimiter, minimal or
 * full quoting, CRLF, LF or CR, with or without a final line break, in UTF-8 (with or without
 * BOM), Windows-1252 or UTF-16 LE/BE with BOM — stages back to exactly the same cells.
 * Cells may hold the file's own delimiter, quotes, line breaks, spaces, accents and numbers
 * written as text; not the other candidate delimiters (unquoted they make the delimiter
 * genuinely ambiguous). Windows-1252 is named in the options: short random 1252 text can be
 * valid UTF-8 by accident (`ë€“` is), which no detector can tell apart.
 */

let st: Staging;
beforeAll(async () => {
  st = await openStaging('stage-text-property');
});
afterAll(() => st.close());

const ENCODINGS: TextEncoding[] = ['utf-8', 'utf-8-bom', 'windows-1252', 'utf-16le', 'utf-16be'];
const CHARS = [...'abcXYZ019 .-,;\t|"\r\nëéÇ€“”'];
const DELIMITERS: Delimiter[] = [';', ',', '\t', '|'];

function encode(text: string, encoding: TextEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.from('\uFEFF' + text, 'utf8');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
    default:
      return iconv.encode(text, 'win1252');
  }
}

const dialectArb = fc.record({
  delimiter: fc.constantFrom(...DELIMITERS),
  encoding: fc.constantFrom(...ENCODINGS),
  eol: fc.constantFrom('\r\n', '\n', '\r'),
  quoteAll: fc.boolean(),
  finalEol: fc.boolean(),
  columns: fc.integer({ min: 2, max: 6 }),
  rows: fc.integer({ min: 1, max: 30 }),
});

const caseArb = dialectArb.chain((dialect) => {
  const others = new Set(DELIMITERS.filter((d) => d !== dialect.delimiter));
  const unit = fc.constantFrom(...CHARS.filter((c) => !others.has(c as Delimiter)));
  const number = fc
    .oneof(fc.integer({ min: -99999, max: 99999 }).map(String), fc.double({ noNaN: true, noDefaultInfinity: true }).map(String))
    // A decimal comma only beside `;` (as Excel writes it in Flanders): elsewhere it is a delimiter candidate.
    .map((s) => (dialect.delimiter === ';' ? s.replace('.', ',') : s));
  const cell = fc.oneof(fc.string({ unit, maxLength: 10 }), number, fc.constant(''));
  const row = fc.array(cell, { minLength: dialect.columns, maxLength: dialect.columns });
  return fc.record({ dialect: fc.constant(dialect), table: fc.array(row, { minLength: dialect.rows, maxLength: dialect.rows }) });
});

function write(table: string[][], d: { delimiter: string; eol: string; quoteAll: boolean; finalEol: boolean }): string {
  const field = (v: string) =>
    d.quoteAll || /["\r\n]/.test(v) || v.includes(d.delimiter) ? `"${v.replace(/"/g, '""')}"` : v;
  return table.map((r) => r.map(field).join(d.delimiter)).join(d.eol) + (d.finalEol ? d.eol : '');
}

let fileNo = 0;

describe('delimited text round trip', () => {
  it('stages any table in any supported dialect back to the same cells', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ dialect, table }) => {
        const path = st.write(`roundtrip-${fileNo++}.csv`, encode(write(table, dialect), dialect.encoding));
        const options = dialect.encoding === 'windows-1252' ? { encoding: dialect.encoding } : {};
        const allEmpty = table.every((r) => r.every((c) => c === ''));
        const result = await st.stage(stageDelimitedText, path, options).then(
          (staged) => staged,
          (err: unknown) => err,
        );
        if (allEmpty) {
          expect(result).toBeInstanceOf(WerkbankError);
          expect((result as WerkbankError).code).toBe('errors.import.empty');
          return;
        }
        if (result instanceof Error) throw result;
        const { staged, rows } = result as Awaited<ReturnType<Staging['stage']>>;
        expect(staged.delimiter).toBe(dialect.delimiter);
        if (dialect.encoding.startsWith('utf-16')) expect(staged.encoding).toBe(dialect.encoding);
        expect(staged.warnings).toEqual([]);
        expect(staged.columnCount).toBe(dialect.columns);
        expect(rows.map(([row]) => row)).toEqual(table.map((_, i) => i + 1));
        expect(rows.map(([, ...cells]) => cells.map((c) => c ?? ''))).toEqual(table);
      }),
      { numRuns: 40 },
    );
  });
});

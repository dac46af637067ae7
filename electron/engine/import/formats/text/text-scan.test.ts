import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordScanner, type ScanResult, wholeUtf8Length } from './text-scan';
import { openStaging, type Staging } from './text-testing';

let st: Staging;
beforeAll(async () => {
  st = await openStaging('text-scan');
});
afterAll(() => st.close());

function scan(text: string | Uint8Array, delimiter = ';', chunks: number[] = []): ScanResult {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const scanner = new RecordScanner(delimiter);
  let at = 0;
  for (const size of chunks) {
    scanner.push(bytes.subarray(at, Math.min(bytes.length, at + size)));
    at = Math.min(bytes.length, at + size);
  }
  scanner.push(bytes.subarray(at));
  return scanner.finish();
}

describe('RecordScanner', () => {
  it('counts records, the widest one and blank records', () => {
    const r = scan('a;b;c\r\n\r\n1;2\n\n\n1;2;3;4\r\n');
    expect(r.records).toBe(6);
    expect(r.maxFields).toBe(4);
    expect(r.blankRecords).toEqual([2, 4, 5]);
    expect(r.quotedLineBreak).toBe(false);
    expect(r.unclosedQuoteAt).toBeNull();
  });

  it('follows quotes: delimiters, doubled quotes and line breaks inside; a quote inside a field is text', () => {
    const r = scan('"a;b";"x ""y""\r\nz"\nab"c;d\n"q"rest;e');
    expect(r.records).toBe(3);
    expect(r.maxFields).toBe(2);
    expect(r.quotedLineBreak).toBe(true);
    expect(r.blankRecords).toEqual([]);
  });

  it('counts a line with only delimiters or spaces as a record with content', () => {
    expect(scan(';;\n \n').blankRecords).toEqual([]);
  });

  it('opens a quote as DuckDB does: at the start of a field or after one space, and again after a closing quote', () => {
    expect(scan(' "a;b";c\n').maxFields).toBe(2);
    expect(scan('  "a;b";c\n').maxFields).toBe(3);
    expect(scan('x"a;b";c\n').maxFields).toBe(3);
    const reopened = scan('"a"x"b;c\nd";e\n');
    expect([reopened.records, reopened.maxFields, reopened.quotedLineBreak]).toEqual([1, 2, true]);
  });

  it('counts the records and fields DuckDB reads (random sloppy CSV, one kind of line break per file)', async () => {
    let n = 0;
    const sample = fc.constantFrom('\n', '\r\n', '\r').chain((eol) =>
      fc.array(fc.constantFrom('a', 'b', ';', '"', ' ', eol), { minLength: 1, maxLength: 30 }).map((units) => units.join('')),
    );
    await fc.assert(
      fc.asyncProperty(sample, async (text) => {
        const r = scan(text);
        fc.pre(r.records > r.blankRecords.length);
        const path = join(st.dir, `fuzz-${n++}.csv`);
        writeFileSync(path, text);
        // Two columns more than the scan found: DuckDB must leave them empty (it would cut off
        // any field beyond the columns it is given).
        const width = r.maxFields + 2;
        const columns = Array.from({ length: width }, (_, i) => `'c${i + 1}': 'VARCHAR'`).join(', ');
        const [[rows, beyond]] = (await st.sql.rows(
          `SELECT count(*), count(c${width - 1}) + count(c${width}) ` +
            `FROM read_csv('${path}', header = false, auto_detect = false, all_varchar = true, delim = ';', quote = '"', ` +
            `escape = '"', null_padding = true, strict_mode = false, parallel = false, columns = {${columns}})`,
        )) as [[bigint, bigint]];
        // DuckDB skips blank records (read with more than one column).
        expect(Number(rows)).toBe(r.records - r.blankRecords.length);
        expect(Number(beyond)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('reports the record of a quote that is never closed', () => {
    expect(scan('a;b\n1;"open\n2;3\n').unclosedQuoteAt).toBe(2);
  });

  it('measures the longest record and counts NUL bytes', () => {
    const r = scan(Buffer.from('ab;c\r\nabcdefgh\r\nx\0y\n'));
    expect(r.maxRecordBytes).toBe(8);
    expect(r.nulBytes).toBe(1);
  });

  it('gives the same result however the bytes are split into chunks (CR|LF across a boundary too)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab;"\r\n\t|ë€'), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 20 }), (t, chunks) => {
        expect(scan(t, ';', chunks)).toEqual(scan(t, ';'));
      }),
    );
    expect(scan('a\r\nb', ';', [2])).toEqual(scan('a\r\nb'));
    expect(scan('a\r\nb', ';', [2]).records).toBe(2);
    expect(scan('a\r\nb', ';', [2, 0, 0])).toEqual(scan('a\r\nb'));
  });

  it('keeps the field count and byte span of the first records when asked, however the bytes are chunked', () => {
    const shapes = (text: string, keep: number, chunks: number[] = []) => {
      const bytes = Buffer.from(text, 'utf8');
      const scanner = new RecordScanner(';', false, keep);
      let at = 0;
      for (const size of chunks) {
        scanner.push(bytes.subarray(at, at + size));
        at += size;
      }
      scanner.push(bytes.subarray(at));
      scanner.finish();
      return scanner.firstRecords.map((r) => [r.fields, bytes.toString('utf8', r.start, r.end)]);
    };
    const text = '1; "x;y";3\r\n\r\n"a\nb";ë\r4;5;6;7';
    const want = [
      [3, '1; "x;y";3'],
      [1, ''],
      [2, '"a\nb";ë'],
      [4, '4;5;6;7'],
    ];
    expect(shapes(text, 10)).toEqual(want);
    expect(shapes(text, 10, [11, 1, 3, 4])).toEqual(want);
    expect(shapes(text, 2)).toEqual(want.slice(0, 2));
    expect(shapes(text, 0)).toEqual([]);
  });
});

describe('wholeUtf8Length', () => {
  it('drops a character cut off at the end, keeps whole ones', () => {
    const euro = Buffer.from('a€', 'utf8'); // 61 e2 82 ac
    expect(wholeUtf8Length(euro)).toBe(4);
    expect(wholeUtf8Length(euro.subarray(0, 3))).toBe(1);
    expect(wholeUtf8Length(euro.subarray(0, 2))).toBe(1);
    expect(wholeUtf8Length(Buffer.from('abc'))).toBe(3);
    expect(wholeUtf8Length(Buffer.from('😀', 'utf8').subarray(0, 3))).toBe(0);
  });
});

import fc from 'fast-check';
import { isUtf8 } from 'node:buffer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlainCheck, plainFileCheck } from './text-plain';
import { RecordScanner } from './text-scan';
import { stageDelimitedText } from './text';
import { openStaging, type Staging } from './text-testing';

let st: Staging;
beforeAll(async () => {
  st = await openStaging('text-plain');
});
afterAll(() => st.close());

function check(bytes: Uint8Array | string, chunks: number[] = [], singleByte = false): boolean {
  const all = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const plain = new PlainCheck(singleByte);
  let at = 0;
  for (const size of chunks) {
    plain.push(all.subarray(at, Math.min(all.length, at + size)));
    at = Math.min(all.length, at + size);
  }
  plain.push(all.subarray(at));
  return plain.finish();
}

/** Plain by the scanner's own findings: what DuckDB's read alone cannot report is absent. */
function plainByScanner(bytes: Uint8Array): boolean {
  const scanner = new RecordScanner(';');
  scanner.push(bytes);
  const r = scanner.finish();
  return (
    r.records > 0 && !bytes.includes(0x22) && r.nulBytes === 0 && isUtf8(bytes) && r.lineEnds.cr === 0 && r.blankRecords.length === 0
  );
}

describe('PlainCheck', () => {
  it('takes LF, CRLF and both mixed, with or without a final line break', () => {
    for (const text of ['a;b\n1;2\n', 'a;b\r\n1;2\r\n', 'a;b\r\n1;2\n3;4', ' \n;;\nZoë;€']) expect(check(text)).toBe(true);
  });

  it('names what is not plain: a quote, NUL, bad UTF-8 or 0x80–0x9F, a lone CR, a blank record', () => {
    const reason = (bytes: Uint8Array | string, singleByte = false) => {
      const plain = new PlainCheck(singleByte);
      plain.push(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
      plain.finish();
      return plain.reason;
    };
    expect(reason('a;"b"\n')).toBe('quote');
    expect(reason('a;b\0\n')).toBe('nul');
    expect(reason(Buffer.from([0x61, 0xeb, 0x0a]))).toBe('encoding');
    expect(reason(Buffer.from([0x61, 0xeb, 0x0a]), true)).toBeNull();
    expect(reason(Buffer.from([0x35, 0x80, 0x0a]), true)).toBe('encoding');
    expect(reason(Buffer.from('Zo\u00eb', 'utf8').subarray(0, 3))).toBe('encoding'); // cut off at the end
    expect(reason('a\rb\r\n')).toBe('lone-cr');
    expect(reason('a\r')).toBe('lone-cr');
    expect(reason('\na;b\n')).toBe('blank-record');
    expect(reason('\r\na;b\n')).toBe('blank-record');
    expect(reason('a;b\n\n1;2\n')).toBe('blank-record');
    expect(reason('a;b\r\n\r\n1;2\r\n')).toBe('blank-record');
    expect(reason('a;b\n\r\n1;2\r\n')).toBe('blank-record');
    expect(reason('a;b\n\n')).toBe('blank-record');
    expect(reason('')).toBe('blank-record');
  });

  it('gives the same answer however the bytes are chunked (a blank record, CRLF or a character across a boundary too)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab; \r\në€'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 20 }), (t, chunks) => {
        expect(check(t, chunks)).toBe(check(t));
      }),
      { numRuns: 500 },
    );
    expect(check('a\r\nb', [2])).toBe(true);
    expect(check('a\r\n\r\nb', [3])).toBe(false);
    expect(check('a\n\nb', [2])).toBe(false);
    expect(check('a\rb', [2])).toBe(false);
  });

  it('agrees with the record scanner: plain is no quote, NUL, bad byte, lone CR or blank record', () => {
    const bytes = fc.array(fc.constantFrom(0x61, 0x3b, 0x20, 0x0a, 0x0d, 0x22, 0x00, 0xc3, 0xab, 0xeb), { maxLength: 30 });
    fc.assert(
      fc.property(bytes, (b) => {
        const all = Uint8Array.from(b);
        expect(check(all)).toBe(plainByScanner(all));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a file in steps and stops at the first reason', async () => {
    const lines = Array.from({ length: 400_000 }, (_, i) => `${i};Leerling ${i}`);
    const plain = st.write('plain.csv', lines.join('\r\n') + '\r\n');
    const signal = new AbortController().signal;
    expect(await plainFileCheck(plain, 0, false, signal)).toBeNull();
    const late = st.write('late-blank.csv', lines.join('\r\n') + '\r\n\r\nTotaal;1\r\n');
    expect(await plainFileCheck(late, 0, false, signal)).toBe('blank-record');
    const bom = st.write('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a;b\n1;2\n')]));
    expect(await plainFileCheck(bom, 3, false, signal)).toBeNull();
  });
});

describe('staging a plain file', () => {
  /**
   * Files over the 64 KB head, so that the lean read (DuckDB alone, checked natively) is taken
   * or left for the scanner's way part-way: blank records, a wider or trailing-delimiter record,
   * a quote, a lone CR after the head. Either way the rows are what a plain split gives.
   */
  it('gives the records a split gives, numbered by record, however the file turns out after its head', async () => {
    const late = fc.constantFrom('none', 'blank', 'wider', 'trailing', 'wider-after-empty', 'quote', 'lone-cr', 'blank-at-end');
    const eol = fc.constantFrom('\n', '\r\n', 'mixed');
    let n = 0;
    await fc.assert(
      fc.asyncProperty(late, eol, fc.integer({ min: 2, max: 4 }), fc.boolean(), async (quirk, ending, columns, finalEol) => {
        const records: string[] = [];
        for (let i = 0; records.join('\n').length < 80_000; i++) {
          const cells = Array.from({ length: columns }, (_, c) => (c === 1 && i % 7 === 0 ? '' : `${c === 0 ? i : 'x'}${c}`));
          records.push(cells.join(';'));
        }
        const extra: Record<string, string[]> = {
          none: [],
          blank: ['', '1;2'],
          wider: ['1;2;3;4;5;6'],
          trailing: [`${'y;'.repeat(columns)}`],
          'wider-after-empty': [`${'z;'.repeat(columns)};w`],
          quote: ['a"b;c'],
          'lone-cr': ['a\rb;c'],
          'blank-at-end': ['last', '', ''],
        };
        const all = [...records, ...extra[quirk]!];
        const eolAt = (i: number) => (ending === 'mixed' ? (i % 3 ? '\r\n' : '\n') : ending);
        const text = all.map((r, i) => r + (i < all.length - 1 || finalEol ? eolAt(i) : '')).join('');
        const path = st.write(`plain-${n++}.csv`, text);
        const { staged, rows } = await st.stage(stageDelimitedText, path);
        // The model: records split at line ends, the lone CR one too; blank ones skipped (more than one column).
        const model = text
          .split(/\r\n|\n|\r/)
          .map((r, i) => ({ row: i + 1, cells: r.split(/;/) }))
          .filter((r, i, list) => !(i === list.length - 1 && r.cells.join('') === '' && r.cells.length === 1));
        const width = Math.max(...model.map((r) => r.cells.length));
        const kept = model.filter((r) => !(r.cells.length === 1 && r.cells[0] === ''));
        expect(staged.columnCount).toBe(width);
        expect(rows.length).toBe(kept.length);
        expect(rows.map(([row]) => row)).toEqual(kept.map((r) => r.row));
        const cells = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')].map((c) => (c === '' ? null : c));
        expect(rows.map(([, ...c]) => c)).toEqual(kept.map((r) => cells(r.cells)));
      }),
      { numRuns: 12 },
    );
  });
});

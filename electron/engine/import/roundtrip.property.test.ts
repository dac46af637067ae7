import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Delimiter } from '../../../shared/model/source';
import { readTable } from './index';

/*
 * Property: a table written as CSV (any delimiter, quoting where needed, CRLF or LF, with or
 * without BOM) reads back as the same table. Text values start with a letter so inference
 * keeps them text; they may hold the file's own delimiter, quotes and line breaks, but not
 * the other candidate delimiters (with those unquoted, the delimiter is genuinely ambiguous).
 */

const dir = mkdtempSync(join(tmpdir(), 'werkbank-roundtrip-'));
let fileNo = 0;

const BASE = [...'abcXYZ09 ëé€"\r\n'];

function quote(value: string, delimiter: Delimiter): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

const tableArb = fc
  .record({
    delimiter: fc.constantFrom<Delimiter>(';', ',', '\t', '|'),
    textColumns: fc.integer({ min: 1, max: 4 }),
    rowCount: fc.integer({ min: 1, max: 25 }),
    eol: fc.constantFrom('\r\n', '\n'),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .chain((shape) => {
    const text = fc.string({ unit: fc.constantFrom(...BASE, shape.delimiter), maxLength: 12 }).map((s) => 'v' + s);
    const row = fc.tuple(fc.array(text, { minLength: shape.textColumns, maxLength: shape.textColumns }), fc.integer({ min: -1e6, max: 1e6 }));
    const suffixes = fc.array(fc.stringMatching(/^[a-z]{0,5}$/), { minLength: shape.textColumns, maxLength: shape.textColumns });
    return fc.record({
      shape: fc.constant(shape),
      header: suffixes.map((s) => [...s.map((x, i) => `Tekst${i + 1}${x}`), 'Getal']),
      rows: fc.array(row, { minLength: shape.rowCount, maxLength: shape.rowCount }),
    });
  });

describe('CSV round trip (property)', () => {
  it('reads back what was written', async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, async ({ shape, header, rows }) => {
        const lines = [header, ...rows.map(([texts, n]) => [...texts, String(n)])].map((cells) =>
          cells.map((c) => quote(c, shape.delimiter)).join(shape.delimiter),
        );
        const content = (shape.bom ? '\uFEFF' : '') + lines.join(shape.eol) + (shape.finalNewline ? shape.eol : '');
        const path = join(dir, `t${++fileNo}.csv`);
        writeFileSync(path, content, 'utf8');

        const table = await readTable(path);
        expect(table.inspect.delimiter).toBe(shape.delimiter);
        expect(table.inspect.headerRow).toBe(1);
        expect(table.columns).toEqual(header.map((name, i) => ({ name, type: i < shape.textColumns ? 'text' : 'integer' })));
        expect(table.rows).toEqual(rows.map(([texts, n]) => [...texts.map((t) => t.trim()), n]));
      }),
      { numRuns: 200 },
    );
  });
});

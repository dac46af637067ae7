import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../testing/make-xlsx';
import type { RowBuffer } from '../sheet/sheet-rows';
import { columnLetters } from './cell-ref';
import { SheetScanner } from './sheet-scan';
import { SharedStringsScanner } from './shared-strings';

type Cell = { kind: 'text'; text: string } | { kind: 'number'; value: number } | { kind: 'shared'; index: number };

/** Text as Excel may hold it (its `_xHHHH_` escapes are tested elsewhere). */
const text = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !/_x[0-9a-fA-F]{4}_/i.test(s));
const cell: fc.Arbitrary<Cell | null> = fc.oneof(
  fc.constant(null),
  text.map((t) => ({ kind: 'text' as const, text: t })),
  fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })).map((value) => ({ kind: 'number' as const, value })),
  fc.nat({ max: 2 }).map((index) => ({ kind: 'shared' as const, index })),
);
const sheet = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });
const SHARED = ['een & twee', '<drie>', 'vier "vijf"'];

function sheetXml(rows: Array<Array<Cell | null>>): string {
  const body = rows
    .map((cells, r) => {
      const xml = cells
        .map((c, col) => {
          const ref = `${columnLetters(col)}${r + 1}`;
          if (c === null) return col % 2 ? `<c r="${ref}" s="0"/>` : '';
          if (c.kind === 'text') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(c.text)}</t></is></c>`;
          if (c.kind === 'shared') return `<c r="${ref}" t="s"><v>${c.index}</v></c>`;
          return `<c r="${ref}"><v>${c.value}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}"${r % 3 === 2 ? ' hidden="1"' : ''}>${xml}</row>`;
    })
    .join('');
  return `<?xml version="1.0"?><worksheet xmlns="x"><cols><col min="2" max="2" hidden="1"/></cols><sheetData>${body}</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;
}

/** Runs the scanner over the XML cut at the given points. */
function scan(xml: string, cuts: number[]) {
  const rows: Array<[number, Array<[number, string, number]>]> = [];
  const scanner = new SheetScanner({ sharedStrings: SHARED, dateStyles: [], date1904: false }, (rowIndex, row: RowBuffer) => {
    const cells: Array<[number, string, number]> = [];
    for (let i = 0; i < row.count; i++) cells.push([row.cols[i], row.values[i], row.kinds[i]]);
    rows.push([rowIndex, cells]);
  }, 'x.xlsx');
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.push(xml.slice(at, cut));
    at = cut;
  }
  scanner.push(xml.slice(at));
  return { rows, extras: scanner.end() };
}

describe('SheetScanner', () => {
  it('reads back every generated cell, however the XML is cut into chunks', () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.nat(), { maxLength: 12 }), (rows, rawCuts) => {
        const xml = sheetXml(rows);
        const result = scan(xml, rawCuts.map((c) => c % (xml.length + 1)));
        const expected = rows
          .map((cells, r): [number, Array<[number, string, number]>] => [
            r,
            cells.flatMap((c, col): Array<[number, string, number]> => {
              if (c === null) return [];
              if (c.kind === 'text') return [[col, c.text, 0]];
              if (c.kind === 'shared') return [[col, SHARED[c.index], 0]];
              return [[col, String(c.value), 1]];
            }),
          ])
          .filter(([, cells]) => cells.length > 0);
        expect(result.rows).toEqual(expected);
        expect(result.extras.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
        expect(result.extras.hiddenColumns).toEqual([[1, 1]]);
        expect(result.extras.hiddenRows).toEqual(rows.flatMap((_, r) => (r % 3 === 2 ? [[r, r]] : [])));
      }),
      { numRuns: 300 },
    );
  });
});

describe('SharedStringsScanner', () => {
  it('reads the same strings however the XML is cut', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 10 }), fc.array(fc.nat(), { maxLength: 8 }), (strings, rawCuts) => {
        const xml = `<sst xmlns="x">${strings.map((s, i) => (s === '' && i % 2 ? '<si/>' : `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)).join('')}</sst>`;
        const scanner = new SharedStringsScanner();
        let at = 0;
        for (const cut of rawCuts.map((c) => c % (xml.length + 1)).sort((a, b) => a - b)) {
          scanner.push(xml.slice(at, cut));
          at = cut;
        }
        scanner.push(xml.slice(at));
        expect(scanner.end()).toEqual(strings);
      }),
      { numRuns: 300 },
    );
  });
});

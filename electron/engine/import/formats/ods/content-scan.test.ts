import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../testing/make-xlsx';
import type { RowBuffer } from '../sheet/sheet-rows';
import { odsContent } from '../sheet/sheet-testing';
import { OdsContentScanner, odsDate, odsTime } from './content-scan';

type Cell = { kind: 'text'; text: string } | { kind: 'number'; value: number } | { kind: 'date'; iso: string };

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && !/[\n\t]| {2}/.test(s));
const cell: fc.Arbitrary<Cell | null> = fc.oneof(
  fc.constant(null),
  text.map((t) => ({ kind: 'text' as const, text: t })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => ({ kind: 'number' as const, value })),
  fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true })
    .map((d) => ({ kind: 'date' as const, iso: d.toISOString().slice(0, 10) })),
);
const table = fc.array(fc.tuple(fc.array(cell, { maxLength: 5 }), fc.integer({ min: 1, max: 3 })), { maxLength: 6 });

function cellXml(c: Cell | null): string {
  if (c === null) return '<table:table-cell/>';
  if (c.kind === 'text') return `<table:table-cell office:value-type="string"><text:p>${escapeXml(c.text)}</text:p></table:table-cell>`;
  if (c.kind === 'date') return `<table:table-cell office:value-type="date" office:date-value="${c.iso}"><text:p>x</text:p></table:table-cell>`;
  return `<table:table-cell office:value-type="float" office:value="${c.value}"><text:p>${c.value}</text:p></table:table-cell>`;
}

describe('OdsContentScanner', () => {
  it('reads back every generated cell and repeated row, however content.xml is cut into chunks', () => {
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 12 }), (rows, rawCuts) => {
        const body = rows
          .map(([cells, repeat]) => `<table:table-row table:number-rows-repeated="${repeat}">${cells.map(cellXml).join('')}<table:table-cell table:number-columns-repeated="1000"/></table:table-row>`)
          .join('');
        const xml = odsContent([{ name: 'Voor', body: '' }, { name: 'Data & co', body }, { name: 'Na', body: '' }].map((t, i) => ({ ...t, hidden: i === 0 })));
        const got: Array<[number, Array<[number, string, number]>]> = [];
        const scanner = new OdsContentScanner(undefined, (rowIndex, row: RowBuffer) => {
          const cells: Array<[number, string, number]> = [];
          for (let i = 0; i < row.count; i++) cells.push([row.cols[i], row.values[i], row.kinds[i]]);
          got.push([rowIndex, cells]);
        }, 'x.ods');
        let at = 0;
        for (const cut of rawCuts.map((c) => c % (xml.length + 1)).sort((a, b) => a - b)) {
          scanner.push(xml.slice(at, cut));
          at = cut;
        }
        scanner.push(xml.slice(at));
        scanner.end();

        const expected: Array<[number, Array<[number, string, number]>]> = [];
        let rowIndex = 0;
        for (const [cells, repeat] of rows) {
          const values = cells.flatMap((c, col): Array<[number, string, number]> => {
            if (c === null) return [];
            if (c.kind === 'text') return [[col, c.text, 0]];
            if (c.kind === 'date') return [[col, c.iso, 2]];
            return [[col, String(c.value), 1]];
          });
          if (values.length > 0) for (let k = 0; k < repeat; k++) expected.push([rowIndex + k, values]);
          rowIndex += repeat;
        }
        expect(got).toEqual(expected);
        expect(scanner.sheets).toEqual([
          { name: 'Voor', hidden: true },
          { name: 'Data & co', hidden: false },
          { name: 'Na', hidden: false },
        ]);
        expect(scanner.chosen).toBe('Data & co');
      }),
      { numRuns: 300 },
    );
  });

  it('converts OpenDocument dates and times to the canonical text', () => {
    expect(odsDate('2013-07-17')).toBe('2013-07-17');
    expect(odsDate('2026-03-10T09:05:07.25')).toBe('2026-03-10 09:05:07');
    expect(odsDate('2026-03-10T00:00:00')).toBe('2026-03-10');
    expect(odsDate('geen datum')).toBeNull();
    expect(odsTime('PT09H30M00S')).toBe('09:30:00');
    expect(odsTime('PT1H2M3,5S')).toBe('01:02:03');
    expect(odsTime('P1D')).toBeNull();
  });
});

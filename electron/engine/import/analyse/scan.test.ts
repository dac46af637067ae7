import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MISSING_TOKENS, type ValueMapping } from '../../../../shared/model/import';
import { ident, str } from '../../db/sql';
import { Session } from '../../db/session';
import { sqlRunner } from '../sql-runner';
import type { SqlRunner } from '../stage/types';
import type { SourceColumn } from './columns';
import { fullScan, type Scan, scanColumns } from './scan';
import { guessShape, SAMPLE_ROWS } from './scan-ways';
import { stageRows } from './testing';

let session: Session;
let sql: SqlRunner;

beforeAll(async () => {
  session = await Session.create();
  sql = sqlRunner(session);
});
afterAll(() => session.close());

const ws = [' ', '\t', '\u00a0', '\u202f', '\u2007'];
/** Cells that are hard to tell apart, by the shape the tree gives them and around its edges. */
const TRICKY = [
  ...['0', '7', '-3', '2020001', '+5', '007', '-0', '1_000', '123456789012345', '1234567890123456', '9223372036854775807', '9223372036854775808', '0x10'],
  ...['12,5', '12.5', '-0,5', '+1.25', '1,234', '1.234', '-1,234', '.5', '5.', '1.234,5', '1 234,5', '1,234.5', '1 234', '1.234.567', '1,234,567'],
  ...['1e-7', '1E5', '1\u00a0234', '1\u202f234,5', '1.0', '1e3'],
  ...['28/05/2026', '1/01/2026', '31/02/2026', '1/01/202', '1/01/202 ', '1/01/202\t', '\t1/01/2026', '01/1/2026', '1/1/02026', '1/ 1/2026', '+1/01/2026', '2026-05-28', '2026-02-30', '28-05-2026'],
  ...['28.05.2026', '28/05/2026 10:30', '2026-05-28 00:00', '2026-05-28T10:00:00', '28/05/2026 00:00:00', '28-05-2026 0:00'],
  ...['34/50', '34,5 / 50', 'true', 'WAAR', 'onwaar', 'False', 'ja', 'Nee', 'nee', 'JA'],
  ...['afw', 'AFW', 'Afwezig', '-', 'nvt', 'N.V.T.', 'NA', 'n/a', 'Weet niet', 'weet  niet', 'weet\tniet', '99', 'x y'],
  ...['Leerling 1', 'Leerling 3', '2A', '1A', '3e', '4E', 'abc', 'Émile', 'Zoë', 'x:y', '12:30', '1A/2', '\u0001a', 'a\u0001', 'ß', 'İ', '2A:3', '1-2-3'],
  ...['', ' ', '  ', '\t', '\u00a0', '\u202f', '\u2007'],
];

/** Values of one kind, as many as asked, mostly distinct. */
const kinds: Record<string, (i: number) => string> = {
  int: (i) => String(2020000 + i * 7),
  decimalPoint: (i) => `${i % 97}.${(i * 13) % 100}`,
  decimalComma: (i) => `${i % 89},${(i * 7) % 10}`,
  dateSlash: (i) => `${1 + (i % 28)}/${String(1 + (i % 12)).padStart(2, '0')}/${2000 + (i % 30)}`,
  dateIso: (i) => `${2000 + (i % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  text: (i) => `Leerling ${i}`,
  digitText: (i) => `${1 + (i % 6)}${'ABCD'[i % 4]}${i}`,
  bool: (i) => (i % 3 === 0 ? 'waar' : 'onwaar'),
};

interface ColumnSpec {
  kind: string;
  /** Values from a small pool (grouped) or all different (cell by cell). */
  few: boolean;
  /** Tricky cells and where they go; `own`: the column's own value there, with whitespace around it. */
  dirt: { at: number; cell: number; around: number; own?: boolean }[];
  tokens: number;
  mapping: boolean;
}

const TOKEN_LISTS = [DEFAULT_MISSING_TOKENS, ['99', '-', 'x y', 'n/a'], [], ['1/01/2026', '12,5', 'Leerling 3']];
const MAPPING: ValueMapping = { kind: 'labels', labels: [{ label: 'waar', value: 1 }, { label: 'onwaar', value: 0 }, { label: '2A', value: 2 }] };

const columnSpec: fc.Arbitrary<ColumnSpec> = fc.record({
  kind: fc.constantFrom(...Object.keys(kinds)),
  few: fc.boolean(),
  dirt: fc.array(fc.record({ at: fc.nat(2999), cell: fc.nat(TRICKY.length - 1), around: fc.nat(12), own: fc.boolean() }), { maxLength: 3 }),
  tokens: fc.nat(TOKEN_LISTS.length - 1),
  mapping: fc.constantFrom(false, false, false, true),
});

function cellsOf(spec: ColumnSpec, rows: number): (string | null)[] {
  const make = kinds[spec.kind]!;
  const cells: (string | null)[] = Array.from({ length: rows }, (_, i) => make(spec.few ? i % 17 : i));
  for (const d of spec.dirt) {
    const w = ws[d.around % ws.length]!;
    if (d.own) {
      // The column's own value with whitespace before or after it.
      const cell = cells[d.at % rows]!;
      cells[d.at % rows] = d.around < 6 ? `${w}${cell}` : `${cell}${w}`;
      continue;
    }
    // Some tricky cells get whitespace around them; some are NULL instead.
    const cell = TRICKY[d.cell]!;
    cells[d.at % rows] = d.around === 11 ? null : d.around < 5 ? cell : d.around < 8 ? `${w}${cell}` : `${cell}${w}`;
  }
  return cells;
}

function sourceColumn(index: number, spec: ColumnSpec): SourceColumn {
  const tokens = TOKEN_LISTS[spec.tokens]!;
  return {
    index,
    source: `k${index}`,
    headerText: `k${index}`,
    hidden: false,
    dialect: ',',
    setting: { missingTokens: tokens, explicitTokens: true, ...(spec.mapping ? { mapping: MAPPING } : {}) },
    tokens,
    native: null,
  };
}

/** The scan as JSON, key order included (the order decides ties between shapes). */
const asJson = (scan: Scan) => JSON.stringify(scan);

async function bothScans(columns: ColumnSpec[], rows: number, where = '"__row" > 1', emptyRows: number[] = []) {
  const cells = columns.map((c) => cellsOf(c, rows));
  const data = Array.from({ length: rows + 1 }, (_, r) =>
    r === 0 ? columns.map((_, k) => `k${k + 1}`) : emptyRows.includes(r) ? columns.map(() => null) : cells.map((col) => col[r - 1]!),
  );
  const staged = await stageRows(sql, data);
  const sources = columns.map((c, k) => sourceColumn(k + 1, c));
  const table = ident(staged.table);
  const fast = await scanColumns(sql, table, where, sources);
  const reference = await fullScan(sql, table, where, sources, sources.map(() => null));
  await sql.run(`DROP TABLE ${table}`);
  return { fast, reference };
}

describe('the pass over all rows', () => {
  it('finds exactly what the full pass finds, whichever way each column is read (random columns, tricky cells anywhere)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(columnSpec, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(2999), { maxLength: 3 }), async (columns, empty) => {
        const { fast, reference } = await bothScans(columns, 3000, '"__row" > 1', empty.map((r) => r + 2));
        expect(asJson(fast)).toBe(asJson(reference));
      }),
      { numRuns: 60 },
    );
  });

  it('finds every tricky cell alone in a column of each kind, read cell by cell or by its values', async () => {
    // Columns of SQL-made values, each with one odd cell after the first rows: a tricky cell,
    // or the column's own value with whitespace before or after it.
    const kindSql: Record<string, (i: string) => string> = {
      int: (i) => `CAST(2020000 + ${i} * 7 AS VARCHAR)`,
      decimalPoint: (i) => `CAST(${i} % 97 AS VARCHAR) || '.' || CAST((${i} * 13) % 100 AS VARCHAR)`,
      decimalComma: (i) => `CAST(${i} % 89 AS VARCHAR) || ',' || CAST((${i} * 7) % 10 AS VARCHAR)`,
      dateSlash: (i) => `CAST(1 + ${i} % 28 AS VARCHAR) || '/' || lpad(CAST(1 + ${i} % 12 AS VARCHAR), 2, '0') || '/' || CAST(2000 + ${i} % 30 AS VARCHAR)`,
      dateIso: (i) => `CAST(2000 + ${i} % 30 AS VARCHAR) || '-' || lpad(CAST(1 + ${i} % 12 AS VARCHAR), 2, '0') || '-' || lpad(CAST(1 + ${i} % 28 AS VARCHAR), 2, '0')`,
      text: (i) => `'Leerling ' || CAST(${i} AS VARCHAR)`,
      digitText: (i) => `CAST(1 + ${i} % 6 AS VARCHAR) || ['A', 'B', 'C', 'D'][1 + ${i} % 4] || CAST(${i} AS VARCHAR)`,
      bool: (i) => `CASE WHEN ${i} % 3 = 0 THEN 'waar' ELSE 'onwaar' END`,
    };
    // Each tricky cell in the kind of column whose shapes it is closest to (where a wrong code
    // could pass for right), cell by cell and by values in turn; whitespace around a column's
    // own value in every kind.
    const closest = (cell: string) => {
      const shape = guessShape(cell, new Set());
      const kinds: Partial<Record<string, string>> = { int: 'int', dc: 'decimalComma', ac: 'decimalComma', dp: 'decimalPoint', ap: 'decimalPoint', dS: 'dateSlash', dI: 'dateIso', bool: 'bool' };
      return kinds[shape ?? ''] ?? (/^[+-]?\d/.test(cell.trim()) ? 'digitText' : 'text');
    };
    const odd: { kind: string; few: boolean; make: (own: string) => string }[] = [
      ...TRICKY.map((cell, k) => ({ kind: closest(cell), few: k % 2 === 1, make: () => str(cell) })),
      ...ws.flatMap((w, k) =>
        Object.keys(kindSql).flatMap((kind, j) => [
          { kind, few: (k + j) % 2 === 0, make: (own: string) => `${str(w)} || ${own}` },
          { kind, few: (k + j) % 2 === 1, make: (own: string) => `${own} || ${str(w)}` },
        ]),
      ),
    ];
    const rows = SAMPLE_ROWS + 50;
    for (let from = 0; from < odd.length; from += 100) {
      const columns: string[] = [];
      const sources: SourceColumn[] = [];
      for (const { kind, few, make } of odd.slice(from, from + 100)) {
        const own = kindSql[kind]!(few ? 'range % 17' : 'range');
        columns.push(`CASE WHEN range = 0 THEN 'h' WHEN range = ${rows - 20} THEN ${make(own)} ELSE ${own} END AS c${columns.length + 1}`);
        sources.push(sourceColumn(columns.length, { kind, few, dirt: [], tokens: columns.length % TOKEN_LISTS.length, mapping: false }));
      }
      const table = ident(`odd_${from}`);
      await sql.run(`CREATE TABLE ${table} AS SELECT range + 1 AS "__row", ${columns.join(', ')} FROM range(${rows})`);
      const fast = await scanColumns(sql, table, '"__row" > 1', sources);
      const reference = await fullScan(sql, table, '"__row" > 1', sources, sources.map(() => null));
      expect(asJson(fast)).toBe(asJson(reference));
      await sql.run(`DROP TABLE ${table}`);
    }
  });

  it('finds a cell the first rows did not prepare for, in a column read cell by cell and in one read by its values', async () => {
    // Clean for the first SAMPLE_ROWS rows, then a date with a space after it whose year, trimmed, has 3 digits.
    for (const few of [false, true]) {
      const spec: ColumnSpec = { kind: 'dateSlash', few, dirt: [], tokens: 0, mapping: false };
      const late = TRICKY.indexOf('1/01/202');
      // `around: 10`: a space after it (strptime skips a space, not a no-break space).
      const { fast, reference } = await bothScans([{ ...spec, dirt: [{ at: SAMPLE_ROWS + 500, cell: late, around: 10 }] }], 3000);
      expect(asJson(fast)).toBe(asJson(reference));
      expect(fast.columns[0]!.shapes.text).toBe(1);
      expect(fast.columns[0]!.untrimmed).toBe(1);
    }
  });

  it('counts tokens that look like numbers or dates as tokens, before any shape', async () => {
    // Each column's only odd cell is a token of its own shape (token lists 1 and 3).
    const cases: [string, string, number][] = [
      ['int', '99', 1],
      ['decimalComma', '12,5', 3],
      ['dateSlash', '1/01/2026', 3],
      ['text', 'Leerling 3', 3],
      ['text', 'x y', 1],
    ];
    for (const few of [false, true]) {
      for (const [kind, cell, tokens] of cases) {
        const dirt = [{ at: 1500, cell: TRICKY.indexOf(cell), around: 0 }];
        const { fast, reference } = await bothScans([{ kind, few, dirt, tokens, mapping: false }], 2500);
        expect(asJson(fast)).toBe(asJson(reference));
        expect(fast.columns[0]!.tokens[cell]).toBeGreaterThan(0);
      }
    }
  });

  it('reads rows left out of the middle and empty rows alike', async () => {
    const spec: ColumnSpec = { kind: 'int', few: false, dirt: [{ at: 10, cell: TRICKY.indexOf('  '), around: 0 }], tokens: 0, mapping: false };
    const { fast, reference } = await bothScans([spec, { ...spec, kind: 'text', few: true }], 1500, '"__row" > 1 AND "__row" NOT IN (5, 700, 1400)', [3, 11, 900]);
    expect(asJson(fast)).toBe(asJson(reference));
    expect(fast.emptyRows).toBe(3);
  });
});

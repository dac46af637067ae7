import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { Session } from '../db/session';
import { rowsTable } from '../project/demo';
import { Project } from '../project/project';

/**
 * Recipes written by versions 1 and 2 give, once upgraded, the rows those versions gave: checked
 * against a reference of the version-2 rules (one `normalizeKeys` switch, one filter condition),
 * written here from those rules.
 */

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

const PUPILS: ColumnInfo[] = [
  { name: 'Nr', type: 'text' },
  { name: 'Klas', type: 'text' },
];
const TESTS: ColumnInfo[] = [
  { name: 'Stamboeknr', type: 'integer' },
  { name: 'Code', type: 'text' },
  { name: 'Score', type: 'decimal' },
];

type V2Join = { normalizeKeys: boolean; how: 'inner' | 'left'; on: 'number' | 'code' };
type V2Filter = { column: string; op: 'eq' | 'neq' | 'contains' | 'gt' | 'gte' | 'lt' | 'lte' | 'isEmpty' | 'notEmpty'; value: Cell };

/** Version 2's key: normalised (trimmed, lower case, digits without leading zeros) or as written; empty text is no key. */
function v2Key(cell: Cell, normalize: boolean): string | null {
  if (cell === null) return null;
  if (typeof cell !== 'string') return String(cell);
  if (!normalize) return cell === '' ? null : cell;
  const t = cell.replace(/^[ \t\u00a0\r\n]+|[ \t\u00a0\r\n]+$/g, '').toLowerCase();
  if (t === '') return null;
  return /^[0-9]+$/.test(t) ? t.replace(/^0+/, '') || '0' : t;
}

/** Version 2's rows: each pupil with its partners in the test's order (left: also without), then the filter. */
function v2Rows(pupils: Cell[][], tests: Cell[][], join: V2Join, filter: V2Filter): Cell[][] {
  const rightKey = join.on === 'number' ? 0 : 1;
  const out: Cell[][] = [];
  for (const p of pupils) {
    const k = v2Key(p[0]!, join.normalizeKeys);
    const partners = k === null ? [] : tests.filter((t) => v2Key(t[rightKey]!, join.normalizeKeys) === k);
    const kept = (t: Cell[]) => t.filter((_, c) => c !== rightKey);
    for (const t of partners) out.push([...p, ...kept(t)]);
    if (partners.length === 0 && join.how === 'left') out.push([...p, null, null]);
  }
  const column = ['Nr', 'Klas', join.on === 'number' ? 'Code' : 'Stamboeknr', 'Score'].indexOf(filter.column);
  const empty = (v: Cell) => v === null || (typeof v === 'string' && v.trim() === '');
  return out.filter((r) => {
    const v = r[column]!;
    const { op, value } = filter;
    if (op === 'isEmpty' || (op === 'eq' && value === null)) return empty(v);
    if (op === 'notEmpty' || (op === 'neq' && value === null)) return !empty(v);
    if (op === 'neq') return v !== value;
    if (v === null) return false;
    if (op === 'contains') return String(v).toLowerCase().includes(String(value).toLowerCase());
    const [a, b] = [v as number, value as number];
    return { eq: a === b, gt: a > b, gte: a >= b, lt: a < b, lte: a <= b }[op];
  });
}

const id = fc.constantFrom<Cell>('045', '45', ' 45', '46', 'X', 'x ', '', null);
const filters = fc.oneof(
  fc.record({ column: fc.constant('Klas'), op: fc.constantFrom('eq' as const, 'neq' as const), value: fc.constantFrom<Cell>('1A', null) }),
  fc.record({ column: fc.constant('Klas'), op: fc.constantFrom('contains' as const), value: fc.constant('a') }),
  fc.record({ column: fc.constant('Score'), op: fc.constantFrom('gt' as const, 'gte' as const, 'lt' as const, 'lte' as const, 'eq' as const), value: fc.constantFrom(5, 7.5) }),
  fc.record({ column: fc.constant('Score'), op: fc.constantFrom('isEmpty' as const, 'notEmpty' as const), value: fc.constant(null) }),
);

describe('recipes of versions 1 and 2', () => {
  it('upgrade to recipes that give the rows they gave', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(id, fc.constantFrom<Cell>('1A', '1b', null)), { maxLength: 12 }),
        fc.array(fc.tuple(fc.option(fc.constantFrom(45, 46, 47), { nil: null }), id, fc.option(fc.constantFrom(5, 7.5, 10), { nil: null })), { maxLength: 12 }),
        fc.record({ normalizeKeys: fc.boolean(), how: fc.constantFrom<'inner' | 'left'>('inner', 'left'), on: fc.constantFrom<'number' | 'code'>('number', 'code') }),
        filters,
        async (pupilGen, testGen, join, filter) => {
          const pupils: Cell[][] = pupilGen.map((r) => [...r]);
          const tests: Cell[][] = testGen.map((r) => [...r]);
          const ws = new Project(session);
          try {
            await ws.addRows(rowsTable('csv', PUPILS, pupils), { fileName: 'lln.csv', fileHash: 'a', options: {} });
            await ws.addRows(rowsTable('csv', TESTS, tests), { fileName: 'toets.csv', fileHash: 'b', options: {} });
            const rightKeys = [join.on === 'number' ? 'Stamboeknr' : 'Code'];
            const v1 = {
              version: 1,
              base: 's1',
              steps: [
                { kind: 'join', right: 's2', how: join.how, leftKeys: ['Nr'], rightKeys, normalizeKeys: join.normalizeKeys },
                { kind: 'filter', ...filter },
              ],
            };
            const v2 = { ...v1, version: 2, steps: v1.steps.map((step, i) => ({ id: `step${i + 1}`, ...step })) };
            const expected = v2Rows(pupils, tests, join, filter);
            for (const old of [v1, v2]) {
              const page = await ws.page(migrate(old), 0, 1000, []);
              expect({ version: old.version, join, filter, rows: page.rows }).toEqual({ version: old.version, join, filter, rows: expected });
            }
          } finally {
            await ws.dispose();
          }
        },
      ),
      { numRuns: 40, seed: 2026 },
    );
  });
});

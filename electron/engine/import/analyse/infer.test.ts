import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MISSING_TOKENS } from '../../../../shared/model/import';
import type { ColumnType } from '../../../../shared/model/table';
import { Session } from '../../db/session';
import { str } from '../../db/sql';
import { sqlRunner } from '../sql-runner';
import type { SqlRunner } from '../stage/types';
import { inferType, type KindCounts } from './infer';
import { kindOf, type NumberDialect, type Shape, shapeSql, trimmedSql, valueSql } from './sql-values';

let session: Session;
let sql: SqlRunner;

beforeAll(async () => {
  session = await Session.create();
  sql = sqlRunner(session);
});
afterAll(() => session.close());

const values = (cells: string[]) => `(VALUES ${cells.map((c, i) => `(${i}, ${str(c)})`).join(', ')}) t(i, v)`;
const shaped = (cells: string[]) => `SELECT i, x, ${shapeSql('x', DEFAULT_MISSING_TOKENS)} AS s FROM (SELECT i, ${trimmedSql('v')} AS x FROM ${values(cells)})`;

async function shapes(cells: string[]): Promise<Shape[]> {
  const rows = await sql.rows(`SELECT s FROM (${shaped(cells)}) ORDER BY i`);
  return rows.map((r) => r[0] as Shape);
}

async function kinds(cells: string[], dialect: NumberDialect = ','): Promise<KindCounts> {
  const counts: KindCounts = {};
  for (const shape of await shapes(cells)) {
    const kind = kindOf(shape, dialect);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

async function convert(cells: string[], type: ColumnType, dialect: NumberDialect): Promise<unknown[]> {
  const rows = await sql.rows(`SELECT ${valueSql('x', DEFAULT_MISSING_TOKENS, type, dialect)} FROM (${shaped(cells)}) ORDER BY i`);
  return rows.map((r) => (typeof r[0] === 'bigint' ? Number(r[0]) : r[0] !== null && typeof r[0] === 'object' ? String(r[0]) : r[0]));
}

describe('cell shapes', () => {
  it.each([
    ['12', 'int'],
    [' +30 ', 'int'],
    ['\t7\r\n', 'int'],
    ['\u00a012\u00a0', 'int'],
    ['0', 'int'],
    ['0045123', 'id'],
    ['12345678901234567890', 'id'],
    ['23,5', 'dc'],
    ['-0,25', 'dc'],
    ['1,234', 'ac'],
    ['1.234', 'ap'],
    ['12.5', 'dp'],
    ['1.234,56', 'gc'],
    ['1 234,5', 'gc'],
    ['1,234.5', 'gp'],
    ['1.234.567', 'gic'],
    ['1,234,567', 'gip'],
    ['1 234', 'gis'],
    ['1e-7', 'exp'],
    ['2.5E+3', 'exp'],
    ['28/05/2026', 'dS'],
    ['1/9/2025', 'dS'],
    ['02-06-2026', 'dH'],
    ['28.05.2026', 'dD'],
    ['2026-06-30', 'dI'],
    ['2026-6-3', 'dI'],
    ['31/02/2026', 'text'],
    ['2026-02-30', 'text'],
    ['2026-03-10 00:00:00', 'dt0'],
    ['2026-03-10T00:00', 'dt0'],
    ['10/03/2026 09:06', 'dtt'],
    ['2026-03-10 09:06:00', 'dtt'],
    ['34/50', 'frac'],
    ['34,5 / 50', 'frac'],
    ['WAAR', 'bool'],
    ['false', 'bool'],
    ['Ja', 'yesno'],
    ['afw', 'token'],
    [' AFWEZIG ', 'token'],
    ['weet   niet', 'token'],
    ['-', 'token'],
    ['N/A', 'token'],
    ['', 'empty'],
    ['  ', 'empty'],
    ['afwijking', 'text'],
    ['2A', 'text'],
    ['12,5 punten', 'text'],
    ['=SUM(A1)', 'text'],
    ['-3 punten', 'text'],
  ] as const)('%j is %s', async (cell, shape) => {
    expect(await shapes([cell])).toEqual([shape]);
  });

  it('reads ambiguous numbers by the decimal separator of the column', async () => {
    expect(await kinds(['1.234', '1,234'], ',')).toEqual({ int: 1, dec: 1 });
    expect(await kinds(['1.234', '1,234'], '.')).toEqual({ dec: 1, int: 1 });
    expect(await kinds(['1.234', '1e-7', '12'], 'canonical')).toEqual({ dec: 2, int: 1 });
    expect(await kinds(['23.5', '1,234.5'], ',')).toEqual({ text: 2 });
  });

  it('converts exactly the shapes a type accepts', async () => {
    const cells = ['12', '1.234', '1 234,5', '-0,25', '2A', '12,0', '0045', 'afw'];
    expect(await convert(cells, 'decimal', ',')).toEqual([12, 1234, 1234.5, -0.25, null, 12, 45, null]);
    expect(await convert(cells, 'integer', ',')).toEqual([12, 1234, null, null, null, null, null, null]);
    expect(await convert(['1.234', '1,234', '1,234,567.5', '1e-7'], 'decimal', '.')).toEqual([1.234, 1234, 1234567.5, null]);
    expect(await convert(['1.234', '1e-7', '-3'], 'decimal', 'canonical')).toEqual([1.234, 1e-7, -3]);
    expect(await convert(['28/05/2026', '2026-5-3', '1.2.2026', '10/03/2026 09:06', '31/02/2026'], 'date', ',')).toEqual([
      '2026-05-28',
      '2026-05-03',
      '2026-02-01',
      '2026-03-10',
      null,
    ]);
    expect(await convert(['waar', 'ONWAAR', 'ja', 'Nee', 'misschien'], 'boolean', ',')).toEqual([true, false, true, false, null]);
    expect(await convert(['  x ', 'afw', ''], 'text', ',')).toEqual(['x', null, null]);
  });
});

describe('the common shape tested first', () => {
  const hoistable: Shape[] = ['int', 'dc', 'dp', 'ac', 'ap', 'dS', 'dI', 'text'];

  async function compare(cells: string[], tokens: string[]): Promise<void> {
    const tree = shapeSql('x', tokens);
    const hoisted = hoistable.map((shape, k) => `${shapeSql('x', tokens, shape)} AS h${k}`);
    const rows = await sql.rows(`SELECT v, ${tree}, ${hoisted.join(', ')} FROM (SELECT v, ${trimmedSql('v')} AS x FROM ${values(cells)})`);
    for (const row of rows) {
      // Every variant gives the shape the tree gives.
      expect(row.slice(2), `cell ${JSON.stringify(row[0])}`).toEqual(hoistable.map(() => row[1]));
    }
  }

  it('gives the same shape as the tree for every kind of cell', async () => {
    await compare(
      ['12', '-5', '+5', '0', '0045', '12345678901234567', '23,5', '-,5', '.5', ',5', '1,234', '1.234', '-1.234', '12.5', '1.234,5',
        '1 234', '1e-7', '28/05/2026', '1/1/26', '2026-05-28', '2026-02-30', '28-05-2026', '28.05.2026', '2026-03-10 00:00',
        '2026-03-10T09:00', '34/50', 'waar', 'Nee', 'afw', '-', 'N/A', '1A', '2e graad', 'Leerling', 'x:y', '12:30', 'ß', '?', '99'],
      [...DEFAULT_MISSING_TOKENS, '99', '1.234'],
    );
  });

  it('gives the same shape as the tree for random cells', async () => {
    const cell = fc.stringMatching(/^[-+0-9.,/: eEaT]{1,12}$/);
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 40 }), async (cells) => compare(cells, DEFAULT_MISSING_TOKENS)),
      { numRuns: 30 },
    );
  });

  it('converts a column with one shape as the tree does', async () => {
    const known = (shapes: Shape[]) => ({ present: new Set(shapes), common: shapes.find((x) => x !== 'empty' && x !== 'token') ?? null });
    const via = async (cells: string[], type: ColumnType, dialect: NumberDialect, shapes: Shape[]) => {
      const rows = await sql.rows(
        `SELECT ${valueSql('x', DEFAULT_MISSING_TOKENS, type, dialect)}, ${valueSql('x', DEFAULT_MISSING_TOKENS, type, dialect, known(shapes))} ` +
          `FROM (${shaped(cells)}) ORDER BY i`,
      );
      for (const r of rows) expect(String(r[1])).toBe(String(r[0]));
    };
    await via(['12', '', '7'], 'integer', ',', ['int', 'empty']);
    await via(['12,5', 'afw', '7'], 'decimal', ',', ['dc', 'int', 'token']);
    await via(['1/5/2026', '', '28/05/2026'], 'date', ',', ['dS', 'empty']);
    await via(['1.234', '2.5'], 'decimal', 'canonical', ['ap', 'dp']);
  });
});

describe('type inference', () => {
  it.each([
    [['1', '2', ' 30 '], 'integer'],
    [['0045123', '2023054'], 'identifier'],
    [['12345678901234567890'], 'identifier'],
    [['23,5', '11', '-4,25'], 'decimal'],
    [['28/05/2026', '1/9/2025', '2026-06-30'], 'date'],
    [['2026-03-10 00:00:00', '2026-03-11'], 'date'],
    [['31/02/2026'], 'text'],
    [['WAAR', 'onwaar', 'TRUE', 'false'], 'boolean'],
    [['ja', 'nee'], 'text'],
    [['afw', '-', 'N/A', ''], 'text'],
    [['2A', '2B', '12'], 'text'],
    [['34/50', '12/50'], 'text'],
  ] as const)('%j → %s', async (cells, type) => {
    expect(inferType(await kinds([...cells])).type).toBe(type);
  });

  it('tolerates up to 5 % values that do not fit in a number or date column, not more', async () => {
    const numbers = Array.from({ length: 19 }, (_, i) => String(i));
    expect(inferType(await kinds([...numbers, 'ziek'])).type).toBe('integer');
    expect(inferType(await kinds([...numbers.slice(0, 9), 'ziek'])).type).toBe('text');
    const dates = Array.from({ length: 20 }, (_, i) => `${i + 1}/05/2026`);
    expect(inferType(await kinds([...dates, '?'])).type).toBe('date');
  });

  it('flags date-times with a time of day, and scores written as behaald/totaal', async () => {
    expect(inferType(await kinds(['2026-03-10 09:00:00', '2026-03-10 00:00:00']))).toEqual({
      type: 'text',
      dateTimes: true,
      fractions: false,
    });
    expect(inferType(await kinds(['34/50', '12/50', 'afw']))).toEqual({ type: 'text', dateTimes: false, fractions: true });
  });
});

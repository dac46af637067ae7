import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { ROW_ORDER_COLUMN } from './reserved';
import { Session } from './session';
import { ident, str } from './sql';

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

describe('sql quoting', () => {
  it('doubles quotes in identifiers and literals', () => {
    expect(ident('a"b')).toBe('"a""b"');
    expect(str("D'Hondt")).toBe("'D''Hondt'");
  });

  it('round-trips hostile column names and values through DuckDB', async () => {
    const names = ['Naam "roep"', "D'Hondt; DROP TABLE x; --", 'Remediëring wiskunde', ' spatie ', 'a.b'];
    const columns: ColumnInfo[] = names.map((name) => ({ name, type: 'text' }));
    const row: Cell[] = ["it's", '"quoted"', 'Zoë', '\\n', '--'];
    await session.createTable('hostile', columns, [row]);
    const result = await session.query(`SELECT ${names.map(ident).join(', ')} FROM ${ident('hostile')}`);
    expect(result.columns).toEqual(names);
    expect(result.rows).toEqual([row]);
    const where = await session.query(`SELECT count(*) FROM hostile WHERE ${ident(names[0]!)} = ${str("it's")}`);
    expect(where.rows[0]![0]).toBe(1);
  });
});

describe('Session.createTable', () => {
  it('stores each column type and converts values back to cells', async () => {
    const columns: ColumnInfo[] = [
      { name: 'id', type: 'identifier' },
      { name: 'n', type: 'integer' },
      { name: 'x', type: 'decimal' },
      { name: 'd', type: 'date' },
      { name: 'b', type: 'boolean' },
      { name: 't', type: 'text' },
    ];
    const rows: Cell[][] = [
      ['0045123', 42, 23.5, '2013-07-17', true, 'Bogaert'],
      [null, null, null, null, null, null],
      ['7', -3, 0.1, '1904-02-29', false, ''],
    ];
    const stored = await session.createTable('typed', columns, rows);
    expect(stored).toEqual(columns);
    const types = await session.query(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'typed' ORDER BY ordinal_position`,
    );
    expect(types.rows).toEqual([
      ['id', 'VARCHAR'],
      ['n', 'BIGINT'],
      ['x', 'DOUBLE'],
      ['d', 'DATE'],
      ['b', 'BOOLEAN'],
      ['t', 'VARCHAR'],
      [ROW_ORDER_COLUMN, 'BIGINT'],
    ]);
    const back = await session.query(`SELECT * FROM typed ORDER BY ${ident(ROW_ORDER_COLUMN)}`);
    expect(back.rows.map((r) => r.slice(0, 6))).toEqual(rows);
    expect(back.rows.map((r) => r[6])).toEqual([0, 1, 2]);
  });

  it('keeps a column whose cells do not fit its type as text instead of losing values', async () => {
    const columns: ColumnInfo[] = [
      { name: 'score', type: 'decimal' },
      { name: 'when', type: 'date' },
    ];
    const rows: Cell[][] = [
      [12.5, '2024-02-30'],
      ['afw', '2024-03-01'],
    ];
    const stored = await session.createTable('mixed', columns, rows);
    expect(stored).toEqual([
      { name: 'score', type: 'text' },
      { name: 'when', type: 'text' },
    ]);
    const back = await session.query(`SELECT score, "when" FROM mixed ORDER BY ${ident(ROW_ORDER_COLUMN)}`);
    expect(back.rows).toEqual([
      ['12.5', '2024-02-30'],
      ['afw', '2024-03-01'],
    ]);
  });

  it('loads more rows than one data chunk holds, in order', async () => {
    const n = 5000;
    const rows: Cell[][] = Array.from({ length: n }, (_, i) => [i * 3, i % 7 === 0 ? null : `r${i}`]);
    await session.createTable('big', [
      { name: 'v', type: 'integer' },
      { name: 's', type: 'text' },
    ], rows);
    const expectedSum = rows.reduce((a, r) => a + (r[0] as number), 0);
    const expectedNonNull = rows.filter((r) => r[1] !== null).length;
    const check = await session.query(`SELECT count(*), sum(v), count(s), bool_and(v = 3 * ${ident(ROW_ORDER_COLUMN)}) FROM big`);
    expect(check.rows[0]).toEqual([n, expectedSum, expectedNonNull, true]);
  });

  it('creates an empty table', async () => {
    await session.createTable('empty', [{ name: 'a', type: 'text' }], []);
    expect((await session.query('SELECT count(*) FROM empty')).rows).toEqual([[0]]);
  });
});

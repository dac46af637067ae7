import { ident, str } from '../../db/sql';
import { RAW_ROW, rawColumn } from '../../db/reserved';
import type { SqlRunner, StagedTable } from '../stage/types';

let counter = 0;

/**
 * A staged raw table made directly in SQL, for analysis tests that need no file: `rows[i]` is
 * file row `i + 1` (or `rowNumbers[i]`); undefined rows are left out, as stagers may do
 * with empty rows.
 */
export async function stageRows(
  sql: SqlRunner,
  rows: ((string | null)[] | undefined)[],
  staged: Partial<Omit<StagedTable, 'table' | 'columnCount' | 'rowCount'>> = {},
): Promise<StagedTable> {
  counter += 1;
  const table = `raw_test_${counter}`;
  const width = Math.max(1, ...rows.map((r) => r?.length ?? 0));
  const columns = Array.from({ length: width }, (_, i) => `${ident(rawColumn(i + 1))} VARCHAR`);
  await sql.run(`CREATE TABLE ${ident(table)} (${ident(RAW_ROW)} BIGINT, ${columns.join(', ')})`);
  const present = rows.map((r, i) => ({ r, row: i + 1 })).filter((x): x is { r: (string | null)[]; row: number } => x.r !== undefined);
  for (let start = 0; start < present.length; start += 500) {
    const values = present.slice(start, start + 500).map(({ r, row }) => {
      const cells = Array.from({ length: width }, (_, i) => (r[i] === null || r[i] === undefined ? 'NULL' : str(r[i]!)));
      return `(${[String(row), ...cells].join(', ')})`;
    });
    await sql.run(`INSERT INTO ${ident(table)} VALUES ${values.join(', ')}`);
  }
  return {
    table,
    columnCount: width,
    rowCount: present.length,
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ';',
    sheets: [],
    sheet: null,
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
    numericColumns: [],
    typedColumns: null,
    warnings: [],
    ...staged,
  };
}

/** Rows of a table, converted to JS values (numbers, strings, booleans, ISO dates), ordered by the row-order column. */
export async function tableRows(sql: SqlRunner, table: string, columns: string[]): Promise<unknown[][]> {
  const select = columns.map((c) => ident(c)).join(', ');
  const rows = await sql.rows(`SELECT ${select} FROM ${ident(table)} ORDER BY "__wb_row"`);
  return rows.map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v !== null && typeof v === 'object' ? String(v) : v)));
}

import { rm } from 'node:fs/promises';
import { WerkbankError } from '../../../../../shared/api/errors';
import { message, type Message } from '../../../../../shared/model/message';
import type { ColumnInfo, ColumnType } from '../../../../../shared/model/table';
import { ident, str } from '../../../db/sql';
import { duckdbDetail, duckdbReadablePath, stagingTableName, throwIfCancelled } from '../../stage/duckdb-read';
import { RAW_ROW, rawColumn } from '../../../db/reserved';
import type { Stager, StagedTable } from '../../stage/types';

interface Mapped {
  type: ColumnType;
  /** SQL that turns the file's column into the workbench's storage type. */
  expr: (column: string) => string;
  /** A type the workbench has no column type for (lists, structs, blobs): read as text, with a warning. */
  foreign?: boolean;
}

const asIs = (column: string) => column;
const castTo = (duckType: string) => (column: string) => `CAST(${column} AS ${duckType})`;
const TEXT: Mapped = { type: 'text', expr: castTo('VARCHAR') };

/**
 * A Parquet column's DuckDB type → the workbench column type and how it is stored (db/sql.ts
 * `duckType`). Timestamps are decided per file (`midnight`): dates written as timestamps
 * at 00:00 (pandas does that) are dates; real date-times stay text `yyyy-mm-dd hh:mm:ss`.
 */
function mapType(duckType: string, midnight: boolean): Mapped {
  if (duckType === 'BOOLEAN') return { type: 'boolean', expr: asIs };
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|UTINYINT|USMALLINT|UINTEGER)$/.test(duckType)) {
    return { type: 'integer', expr: castTo('BIGINT') };
  }
  const decimal = /^DECIMAL\((\d+),\s*(\d+)\)$/.exec(duckType);
  if (decimal && Number(decimal[2]) === 0 && Number(decimal[1]) <= 18) return { type: 'integer', expr: castTo('BIGINT') };
  if (decimal || /^(FLOAT|DOUBLE|UBIGINT|HUGEINT|UHUGEINT)$/.test(duckType)) return { type: 'decimal', expr: castTo('DOUBLE') };
  if (duckType === 'DATE') return { type: 'date', expr: asIs };
  if (/^TIMESTAMP(_S|_MS|_NS)?$/.test(duckType)) {
    return midnight
      ? { type: 'date', expr: castTo('DATE') }
      : { type: 'text', expr: (c) => `strftime(${c}, '%Y-%m-%d %H:%M:%S')` };
  }
  if (duckType === 'VARCHAR' || duckType === 'UUID' || duckType.startsWith('ENUM(') || duckType.startsWith('TIME')) return TEXT;
  if (duckType === 'INTERVAL') return TEXT;
  return { ...TEXT, foreign: true };
}

const isTimestamp = (duckType: string) => /^TIMESTAMP(_S|_MS|_NS)?$/.test(duckType);

/**
 * Stage 1 for Parquet: DuckDB reads the file into a typed raw table. Parquet files carry
 * their column names and types, so there is no header row: every row is data, `__row` is the
 * 1-based row in the file, and `typedColumns[i]` (the file's name, the workbench type) describes
 * column c(i+1), stored as db/sql.ts `duckType` stores that type (see StagedTable).
 */
export const stageParquet: Stager = async (request, context, sql) => {
  const { fileName: file } = request;
  throwIfCancelled(context);
  const readable = await duckdbReadablePath(request.path, context);
  const table = stagingTableName();
  const source = `read_parquet(${str(readable.path)})`;
  try {
    let described: unknown[][];
    try {
      described = await sql.rows(`DESCRIBE SELECT * FROM ${source}`);
    } catch (err) {
      throw new WerkbankError('errors.import.parquetInvalid', { file, detail: duckdbDetail(err) });
    }
    const columns = described.map(([name, type]) => ({ name: String(name), duckType: String(type) }));
    if (columns.length === 0) throw new WerkbankError('errors.import.empty', { file });
    const aliases = columns.map((_, i) => ident(`p${i + 1}`));

    // Timestamp columns: are all their values at midnight (then they are dates)?
    const stamps = columns.flatMap((c, i) => (isTimestamp(c.duckType) ? [i] : []));
    const midnight = new Set<number>();
    if (stamps.length > 0) {
      const checks = stamps.map((i) => `coalesce(bool_and(${aliases[i]} = date_trunc('day', ${aliases[i]})), true)`);
      const [flags] = await sql.rows(`SELECT ${checks.join(', ')} FROM ${source} AS s(${aliases.join(', ')})`);
      stamps.forEach((i, k) => flags?.[k] === true && midnight.add(i));
    }
    throwIfCancelled(context);

    const mapped = columns.map((c, i) => mapType(c.duckType, midnight.has(i)));
    const select = mapped.map((m, i) => `${m.expr(`s.${aliases[i]}`)} AS ${ident(rawColumn(i + 1))}`);
    // file_row_number is the reader's own row count (parallel-safe); a file with a column of
    // that name cannot use it, and is numbered WITH ORDINALITY instead.
    const clash = columns.some((c) => c.name.toLowerCase() === 'file_row_number');
    const numbered = clash
      ? `${source} WITH ORDINALITY AS s(${aliases.join(', ')}, n)`
      : `read_parquet(${str(readable.path)}, file_row_number = true) AS s(${aliases.join(', ')}, n)`;
    const rowNumber = clash ? 's.n' : 's.n + 1';
    try {
      await sql.run(
        `CREATE TABLE ${ident(table)} AS SELECT ${rowNumber} AS ${ident(RAW_ROW)}, ${select.join(', ')} FROM ${numbered}`,
        { onProgress: (fraction) => context.progress('reading', fraction), signal: context.signal },
      );
    } catch (err) {
      throwIfCancelled(context);
      throw new WerkbankError('errors.import.parquetInvalid', { file, detail: duckdbDetail(err) });
    }
    const [[count]] = (await sql.rows(`SELECT count(*) FROM ${ident(table)}`)) as [[number | bigint]];
    const typedColumns: ColumnInfo[] = columns.map((c, i) => ({ name: c.name, type: mapped[i]!.type }));
    const foreign = columns.filter((_, i) => mapped[i]!.foreign).map((c) => c.name);
    const warnings: Message[] = foreign.length ? [message('import.parquetColumnsAsText', { columns: foreign.join(', ') })] : [];
    context.progress('reading', 1);
    return {
      table,
      columnCount: columns.length,
      rowCount: Number(count),
      format: 'parquet',
      encoding: null,
      delimiter: null,
      sheets: [],
      sheet: null,
      merges: [],
      hiddenRows: [],
      hiddenColumns: [],
      numericColumns: [],
      typedColumns,
      warnings,
    } satisfies StagedTable;
  } catch (err) {
    await sql.run(`DROP TABLE IF EXISTS ${ident(table)}`).catch(() => undefined);
    if (context.signal.aborted) throw new WerkbankError('errors.import.cancelled');
    throw err;
  } finally {
    if (readable.temporary) await rm(readable.temporary, { force: true });
  }
};

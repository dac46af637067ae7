import {
  BIGINT,
  BOOLEAN,
  DATE,
  DOUBLE,
  DuckDBConnection,
  DuckDBDataChunk,
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBInstance,
  DuckDBListValue,
  DuckDBTypeId,
  type DuckDBType,
  type DuckDBValue,
  VARCHAR,
} from '@duckdb/node-api';
import { type Cell, type ColumnInfo, type ColumnType, displayCell } from '../../../shared/model/table';
import { ROW_ORDER_COLUMN } from './reserved';
import { duckType, ident, ISO_DATE, type SqlQuery } from './sql';

function split(statement: string | SqlQuery): [string, Record<string, DuckDBValue> | undefined] {
  if (typeof statement === 'string') return [statement, undefined];
  return [statement.sql, Object.keys(statement.params).length > 0 ? { ...statement.params } : undefined];
}

/**
 * Reads a one-row diagnostics answer by position: `n(i)` a count as a number, `list(i)` a DuckDB
 * list as display text (samples of unmatched keys or names).
 */
export function rowReader(row: readonly DuckDBValue[]): { n(i: number): number; list(i: number): string[] } {
  return {
    n: (i) => Number(toCell(row[i]!)),
    list: (i) => ((row[i] as { items?: readonly unknown[] } | null)?.items ?? []).map((item) => String(displayCell(toCell(item as never)))),
  };
}

export interface QueryResult {
  columns: string[];
  rows: Cell[][];
}

/** Rows per appended data chunk (DuckDB's vector size). */
const CHUNK_ROWS = 2048;

/**
 * One in-memory DuckDB database per engine. Statements run one at a time: the engine's
 * handlers may arrive concurrently, and a swap of tables must never interleave with a query.
 */
export class Session {
  private queue: Promise<unknown> = Promise.resolve();
  private tableCounter = 0;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  /**
   * `tempDir`: where DuckDB may spill rows under memory pressure, a folder inside the run's
   * private temp root (infra/temp-root.ts). DuckDB's default is `.tmp` in the working folder, which
   * would leave pupil rows wherever the app was started; without `tempDir` it never spills.
   */
  static async create(options: { tempDir?: string } = {}): Promise<Session> {
    // Extensions that download (excel, httpfs) must never be fetched: the workbench is offline.
    const instance = await DuckDBInstance.create(':memory:', {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      temp_directory: options.tempDir ?? '',
    });
    return new Session(instance, await instance.connect());
  }

  /**
   * Whether DuckDB may spill rows to its temp folder under memory pressure. Off while an encrypted
   * project is open: the spill files would hold its rows in plain (DuckDB's own temp-file
   * encryption cannot write offline, docs/decisions/0011-journal.md); a query that would need to
   * spill then fails with DuckDB's out-of-memory error instead.
   */
  async allowSpill(allowed: boolean): Promise<void> {
    await this.run(allowed ? 'RESET max_temp_directory_size' : "SET max_temp_directory_size = '0KiB'");
  }

  /** A fresh table-name prefix, so a project being opened never touches the current one's tables. */
  newPrefix(): string {
    this.tableCounter += 1;
    return `p${this.tableCounter}_`;
  }

  /** Runs a statement; a `SqlQuery` passes its named parameters (DuckDB refuses extra ones). */
  run(statement: string | SqlQuery): Promise<void> {
    const [sql, params] = split(statement);
    return this.exclusive(async (c) => {
      await c.run(sql, params);
    });
  }

  /**
   * Runs a long statement (an import) with DuckDB's query progress (0…1, null while unknown)
   * reported about every 100 ms, and interrupted when `signal` aborts: it then rejects.
   */
  runWithProgress(
    sql: string,
    options: { onProgress?: (fraction: number | null) => void; signal?: AbortSignal },
  ): Promise<void> {
    return this.exclusive(async (c) => {
      const { onProgress, signal } = options;
      signal?.throwIfAborted();
      // DuckDB measures progress only while the progress bar is on; it is never printed (the
      // CLI's stdout is JSON) and switched off again for every other statement.
      await c.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
      const pending = await c.start(sql);
      const interrupt = () => c.interrupt();
      signal?.addEventListener('abort', interrupt, { once: true });
      const timer = onProgress
        ? setInterval(() => {
            const percentage = c.progress.percentage;
            onProgress(percentage >= 0 ? Math.min(1, percentage / 100) : null);
          }, 100)
        : undefined;
      try {
        if (signal?.aborted) c.interrupt();
        await pending.getResult();
      } finally {
        clearInterval(timer);
        signal?.removeEventListener('abort', interrupt);
        await c.run('RESET enable_progress_bar');
      }
    });
  }

  query(statement: string | SqlQuery): Promise<QueryResult> {
    const [sql, params] = split(statement);
    return this.exclusive(async (c) => {
      const reader = await c.runAndReadAll(sql, params);
      return { columns: reader.columnNames(), rows: reader.getRows().map((row) => row.map(toCell)) };
    });
  }

  /**
   * A query's columns read straight from DuckDB's vectors, with no JS value per number: a VARCHAR
   * column as text (null where NULL), any other (numbers: INTEGER, DOUBLE, BIGINT) as a
   * Float64Array with NaN where NULL. For analyses over 100,000 rows of mostly numbers.
   */
  queryArrays(statement: string | SqlQuery): Promise<(Float64Array | (string | null)[])[]> {
    const [sql, params] = split(statement);
    return this.exclusive(async (c) => {
      const result = await c.run(sql, params);
      const rows = result.rowCount;
      const columns = Array.from({ length: result.columnCount }, (_, j) =>
        result.columnTypeId(j) === DuckDBTypeId.VARCHAR ? new Array<string | null>(rows).fill(null) : new Float64Array(rows),
      );
      let offset = 0;
      for (let i = 0; i < result.chunkCount; i++) {
        const chunk = result.getChunk(i);
        const n = chunk.rowCount;
        columns.forEach((out, j) => {
          const vector = chunk.getColumnVector(j);
          if (out instanceof Float64Array) {
            for (let r = 0; r < n; r++) {
              const value = vector.getItem(r);
              out[offset + r] = value === null ? NaN : Number(value);
            }
          } else {
            for (let r = 0; r < n; r++) out[offset + r] = vector.getItem(r) as string | null;
          }
        });
        offset += n;
      }
      return columns;
    });
  }

  /**
   * Streams a query's rows to `onRows` a chunk at a time (DuckDB's vector size, 2,048 rows), so a
   * million-row export never holds the table in memory. The session stays busy until it ends.
   */
  stream(statement: string | SqlQuery, onRows: (rows: Cell[][]) => Promise<void> | void): Promise<number> {
    const [sql, params] = split(statement);
    return this.exclusive(async (c) => {
      const result = await c.stream(sql, params);
      let total = 0;
      for (;;) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        const rows = chunk.getRows().map((row) => row.map(toCell));
        total += rows.length;
        await onRows(rows);
      }
      return total;
    });
  }

  /** Runs a query and returns its raw DuckDB values (lists stay lists). */
  queryRaw(statement: string | SqlQuery): Promise<DuckDBValue[][]> {
    const [sql, params] = split(statement);
    return this.exclusive(async (c) => (await c.runAndReadAll(sql, params)).getRows());
  }

  /**
   * Creates `table` from typed rows, plus the hidden row-order column. A column whose cells
   * do not fit its declared type is stored as text rather than losing values; the columns
   * as stored are returned.
   */
  createTable(table: string, columns: ColumnInfo[], rows: Cell[][]): Promise<ColumnInfo[]> {
    return this.exclusive(async (c) => {
      const prepared = columns.map((col, i) => prepareColumn(col, rows, i));
      const stored = prepared.map((p) => p.info);
      const defs = [...stored.map((col) => `${ident(col.name)} ${duckType(col.type)}`), `${ident(ROW_ORDER_COLUMN)} BIGINT`];
      await c.run(`CREATE TABLE ${ident(table)} (${defs.join(', ')})`);
      if (rows.length === 0) return stored;
      const types: DuckDBType[] = [...prepared.map((p) => chunkType(p.info.type)), BIGINT];
      const appender = await c.createAppender(table);
      try {
        for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
          const end = Math.min(rows.length, start + CHUNK_ROWS);
          const chunk = DuckDBDataChunk.create(types, end - start);
          prepared.forEach((p, i) => chunk.setColumnValues(i, p.values.slice(start, end)));
          const order: bigint[] = [];
          for (let r = start; r < end; r++) order.push(BigInt(r));
          chunk.setColumnValues(prepared.length, order);
          appender.appendDataChunk(chunk);
        }
        appender.flushSync();
      } finally {
        appender.closeSync();
      }
      return stored;
    });
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }

  private exclusive<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    const next = this.queue.then(() => fn(this.connection));
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** A DuckDB value as it crosses the boundary (see `Cell`). */
export function toCell(value: DuckDBValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof DuckDBDateValue) return value.isFinite ? value.toString() : null;
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value instanceof DuckDBListValue) return value.items.map((v) => String(toCell(v))).join(', ');
  return String(value);
}

function chunkType(type: ColumnType): DuckDBType {
  switch (type) {
    case 'integer':
      return BIGINT;
    case 'decimal':
      return DOUBLE;
    case 'date':
      return DATE;
    case 'boolean':
      return BOOLEAN;
    default:
      return VARCHAR;
  }
}

interface PreparedColumn {
  info: ColumnInfo;
  values: DuckDBValue[];
}

function prepareColumn(col: ColumnInfo, rows: Cell[][], index: number): PreparedColumn {
  const values: DuckDBValue[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const cell = rows[r]![index] ?? null;
    const value = cell === null ? null : toDuck(cell, col.type);
    if (value === undefined) return asText(col, rows, index);
    values[r] = value;
  }
  return { info: col, values };
}

function asText(col: ColumnInfo, rows: Cell[][], index: number): PreparedColumn {
  const values = rows.map((row) => {
    const cell = row[index] ?? null;
    return cell === null ? null : String(cell);
  });
  return { info: { name: col.name, type: 'text' }, values };
}

/** The DuckDB value for a cell of a column type; undefined when the cell does not fit. */
function toDuck(cell: Exclude<Cell, null>, type: ColumnType): DuckDBValue | undefined {
  switch (type) {
    case 'integer':
      if (typeof cell === 'number' && Number.isSafeInteger(cell)) return BigInt(cell);
      if (typeof cell === 'string' && /^-?\d{1,15}$/.test(cell)) return BigInt(cell);
      return undefined;
    case 'decimal':
      return typeof cell === 'number' && Number.isFinite(cell) ? cell : undefined;
    case 'date':
      return typeof cell === 'string' ? isoToDate(cell) : undefined;
    case 'boolean':
      return typeof cell === 'boolean' ? cell : undefined;
    case 'text':
    case 'identifier':
      return String(cell);
  }
}

const DAY_MS = 86_400_000;

function isoToDate(iso: string): DuckDBDateValue | undefined {
  if (!ISO_DATE.test(iso)) return undefined;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  // Rejects impossible dates such as 2023-02-30, which Date silently rolls over.
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return new DuckDBDateValue(Math.round(t.getTime() / DAY_MS));
}

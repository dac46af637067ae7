/**
 * Test helpers for the text and Parquet stagers (used by text*.test.ts, parquet.test.ts,
 * index.test.ts only): a real DuckDB session, a temporary folder, a recording context.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ImportOptions } from '../../../../../shared/model/source';
import { Session } from '../../../db/session';
import { sqlRunner } from '../../sql-runner';
import { RAW_ROW } from '../../../db/reserved';
import type { SqlRunner, StageContext, StagedTable, Stager } from '../../stage/types';

export interface Progress {
  phase: string;
  fraction: number | null;
}

export interface Staging {
  session: Session;
  sql: SqlRunner;
  /** A folder for input files the test writes. */
  dir: string;
  write(name: string, content: string | Uint8Array): string;
  /** A context with its own temporary folder; `progress` records every report. */
  context(signal?: AbortSignal): StageContext & { reports: Progress[] };
  stage(stager: Stager, path: string, options?: StageOptions, signal?: AbortSignal): Promise<Staged>;
  /** Tables in the session (staging must leave none behind on failure). */
  tables(): Promise<string[]>;
  close(): void;
}

type StageOptions = Pick<ImportOptions, 'sheet' | 'encoding' | 'delimiter'>;

export interface Staged {
  staged: StagedTable;
  /** Rows of the raw table ordered by __row: [__row, c1, …] with __row a number. */
  rows: Array<[number, ...(string | null)[]]>;
  reports: Progress[];
  tempDir: string;
}

export async function openStaging(prefix: string): Promise<Staging> {
  const session = await Session.create();
  const sql = sqlRunner(session);
  const dir = mkdtempSync(join(tmpdir(), `werkbank-${prefix}-`));
  const context = (signal = new AbortController().signal) => {
    const reports: Progress[] = [];
    return {
      reports,
      signal,
      tempDir: mkdtempSync(join(tmpdir(), `werkbank-${prefix}-tmp-`)),
      progress: (phase: string, fraction: number | null) => reports.push({ phase, fraction }),
    };
  };
  return {
    session,
    sql,
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    context,
    async stage(stager, path, options = {}, signal) {
      const ctx = context(signal);
      const staged = await stager({ path, fileName: basename(path), options }, ctx, sql);
      const raw = await sql.rows(`SELECT * FROM "${staged.table}" ORDER BY "${RAW_ROW}"`);
      const rows = raw.map(([row, ...cells]) => [Number(row), ...cells] as [number, ...(string | null)[]]);
      return { staged, rows, reports: ctx.reports, tempDir: ctx.tempDir };
    },
    async tables() {
      return (await sql.rows('SELECT table_name FROM duckdb_tables() ORDER BY 1')).map(([name]) => String(name));
    },
    close: () => session.close(),
  };
}

/** Files left in a folder. */
export const filesIn = (folder: string) => readdirSync(folder);

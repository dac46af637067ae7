import { randomBytes } from 'node:crypto';
import { copyFile, link } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { WerkbankError } from '../../../../shared/api/errors';
import type { StageContext } from './types';

/** A fresh name for a raw table: staging never touches an existing table. */
export function stagingTableName(): string {
  return `stage_${randomBytes(6).toString('hex')}`;
}

/** Characters DuckDB's file readers treat as a glob pattern (`a*.csv` would read `ab.csv` too). */
const GLOB = /[*?[\]{}]/;

/**
 * A path DuckDB reads as exactly this file. A name with glob characters (`toets [2023].csv`)
 * is linked (or, across volumes, copied) into the temporary folder under a plain name; the
 * caller deletes the returned `temporary` path afterwards.
 */
export async function duckdbReadablePath(
  path: string,
  context: StageContext,
): Promise<{ path: string; temporary: string | null }> {
  if (!GLOB.test(path)) return { path, temporary: null };
  const plain = join(context.tempDir, `${stagingTableName()}${extname(path).replace(GLOB, '')}`);
  try {
    await link(path, plain);
  } catch {
    await copyFile(path, plain);
  }
  return { path: plain, temporary: plain };
}

/** Cancelled by the user: stop now. */
export function throwIfCancelled(context: StageContext): void {
  if (context.signal.aborted) throw new WerkbankError('errors.import.cancelled');
}

/** DuckDB's message without its long "Possible fixes"/option dump, for `{{detail}}`. */
export function duckdbDetail(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const first = text.split('\n').find((line) => line.trim() !== '') ?? text;
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}

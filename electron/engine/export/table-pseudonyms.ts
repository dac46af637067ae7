import { WerkbankError } from '../../../shared/api/errors';
import { formatMessage, type Locale } from '../../../shared/i18n/index';
import type { ColumnInfo } from '../../../shared/model/table';
import type { Session } from '../db/session';
import { ident } from '../db/sql';
import type { Materialized } from '../recipe/cache';
import { pseudonyms } from '../story/pseudonyms';

/**
 * A table with a row per pupil leaving the app under codes instead of names: the columns the user
 * chose as identifying (names, numbers) are left out and a first column holds each pupil's stable
 * code — the project's HMAC code (story/pseudonyms.ts) of those columns' values together, so the
 * same pupil gets the same code in every export and after a refresh. The codes are made in the
 * engine (the key never leaves it) into a small table the export joins.
 */
export interface PupilCodes {
  /** Per output column: the SQL that writes it. */
  select: string[];
  columns: ColumnInfo[];
  /** Drops the codes table. */
  drop(): Promise<void>;
}

let tables = 0;

export async function pupilCodes(session: Session, result: Materialized, chosen: readonly string[], key: string, locale: Locale): Promise<PupilCodes> {
  const names = new Set(result.columns.map((c) => c.name));
  const unknown = chosen.find((c) => !names.has(c));
  if (unknown !== undefined) throw new WerkbankError('errors.export.unknownColumn', { column: unknown });
  // In the table's own column order, so that the choice's order does not change a code.
  const ids = result.columns.filter((c) => chosen.includes(c.name)).map((c) => c.name);
  if (ids.length === 0) throw new WerkbankError('errors.export.noIdentifyingColumns');
  const text = (column: string) => `CAST(${ident(column)} AS VARCHAR)`;
  const distinct = await session.query(`SELECT DISTINCT ${ids.map((c, i) => `${text(c)} AS v${i}`).join(', ')} FROM ${ident(result.table)}`);
  const identities = distinct.rows.map((row) => row.map((v) => (v === null ? '' : String(v))).join(' '));
  const codes = pseudonyms(key, 'pupil', identities);
  tables += 1;
  const table = `__wb_codes_${tables}`;
  const columns: ColumnInfo[] = [...ids.map((_, i) => ({ name: `v${i}`, type: 'text' as const })), { name: 'code', type: 'text' }];
  await session.createTable(
    table,
    columns,
    distinct.rows.map((row, r) => [...row.map((v) => (v === null ? null : String(v))), codes[r]!]),
  );
  const match = ids.map((c, i) => `${ident(table)}.v${i} IS NOT DISTINCT FROM ${text(c)}`).join(' AND ');
  let codeName = formatMessage({ code: 'ui.export.pupilCodeColumn', params: {} }, locale);
  while (names.has(codeName)) codeName = `${codeName} `;
  const kept = result.columns.filter((c) => !ids.includes(c.name));
  return {
    select: [`(SELECT ${ident(table)}.code FROM ${ident(table)} WHERE ${match}) AS ${ident(codeName)}`, ...kept.map((c) => ident(c.name))],
    columns: [{ name: codeName, type: 'identifier' }, ...kept],
    drop: () => session.run(`DROP TABLE IF EXISTS ${ident(table)}`),
  };
}

import type { ColumnType } from '../../../shared/model/table';

/**
 * Quoting and escaping for DuckDB SQL, in one place. Column names come from users' files
 * (quotes, spaces, accents), so every identifier and literal goes through here.
 */

/**
 * A double-quoted identifier; embedded quotes are doubled. DuckDB cannot hold NUL in a name,
 * and dropping it would make `a\0b` the column `ab`: names are cleaned or refused where they
 * enter (shared/model/names.ts), so a NUL here is a bug, not data.
 */
export function ident(name: string): string {
  if (name.includes('\0')) throw new Error('identifier contains NUL');
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A value bound to a named parameter (`$name`) of a statement instead of written into its text:
 * what a user typed (a filter value, a constant in an expression) travels this way.
 */
export type SqlParam = string | number | boolean | null;
export type SqlParams = Readonly<Record<string, SqlParam>>;

/** A statement and the values of its named parameters (exactly those its text uses). */
export interface SqlQuery {
  sql: string;
  params: SqlParams;
}

/** A single-quoted string literal; embedded quotes are doubled. */
export function str(value: string): string {
  return `'${stripNul(value).replace(/'/g, "''")}'`;
}

/** A finite number literal. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return Object.is(value, -0) ? '0' : String(value);
}

/** A DATE literal from an ISO `yyyy-mm-dd` string. */
export function date(iso: string): string {
  if (!ISO_DATE.test(iso)) throw new Error(`not an ISO date: ${iso}`);
  return `DATE ${str(iso)}`;
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The DuckDB column type that stores a workbench column type. */
export function duckType(type: ColumnType): string {
  switch (type) {
    case 'integer':
      return 'BIGINT';
    case 'decimal':
      return 'DOUBLE';
    case 'date':
      return 'DATE';
    case 'boolean':
      return 'BOOLEAN';
    case 'text':
    case 'identifier':
    case 'ordinal':
      return 'VARCHAR';
  }
}

/** DuckDB refuses NUL in strings; in a value it never matters in school data. */
function stripNul(s: string): string {
  return s.includes('\0') ? s.replace(/\0/g, '') : s;
}

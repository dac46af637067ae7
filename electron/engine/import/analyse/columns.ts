/**
 * The columns analysis drafts from a file: what it knows of each, the SQL of their values, their
 * names, examples, warnings and the plan conversion runs (shared by text, sheets and Parquet).
 */

import type { ValueMapping } from '../../../../shared/model/import';
import { type Message, message } from '../../../../shared/model/message';
import type { InspectedColumn } from '../../../../shared/model/source';
import type { Cell, ColumnType } from '../../../../shared/model/table';
import { RESERVED_PREFIX } from '../../db/reserved';
import { toCell } from '../../db/session';
import { duckType } from '../../db/sql';
import { uniqueName } from './header';
import type { SqlRunner } from '../stage/types';
import type { ConversionPlan, PlannedColumn } from './plan';
import { type DataSource, dataSql, rawCell, ROW, trimmedCell } from './projection';
import { type ResolvedSetting, Settings } from './settings';
import { acceptedShapes, fractionPartSql, labelsSql, levelsSql, missingSql, type KnownShapes, type NumberDialect, type Shape, valueSql } from './sql-values';

/** Columns per aggregate query: very wide sheets are read in slices. */
export const COLUMN_CHUNK = 100;
export const MAX_LEFT_OUT = 200;
export const EXAMPLES = 3;
export const NOT_FITTING_EXAMPLES = 10;
/** Data rows read for the examples; columns with fewer examples there are searched further. */
export const EXAMPLE_ROWS = 50;
/** Rows named in a warning. */
export const LISTED_ROWS = 5;

export const MAX_SUFFIX = ' (max)';

/** `[4, 9, 12, 30, 31, 40]` → `"4, 9, 12, 30, 31, …"`: enough to find them in the file. */
export function listRows(rows: number[], max = LISTED_ROWS): string {
  return rows.slice(0, max).join(', ') + (rows.length > max ? ', …' : '');
}

/** A column of the file as analysis sees it. */
export interface SourceColumn {
  /** 1-based raw column. */
  index: number;
  source: string;
  headerText: string;
  hidden: boolean;
  dialect: NumberDialect;
  setting: ResolvedSetting;
  /** Missing-value tokens of the column (none for typed Parquet columns unless set). */
  tokens: string[];
  /** Parquet: the file's own type of the column (the raw column has that type, not text). */
  native: ColumnType | null;
}

/** One column of the inspect result with the SQL behind it. */
export interface ColumnDraft {
  column: Omit<InspectedColumn, 'missing' | 'examples' | 'notFitting'>;
  source: SourceColumn;
  /** SQL over the data projection: the typed value, NULL when missing or not fitting. */
  value: string;
  /** SQL over the data projection: the cell is missing. */
  missing: string;
  /** SQL over the data projection: the cell is there but does not fit. */
  notFitting: string;
  /** The first column a file column gives (a `34/50` score gives two). */
  first: boolean;
}

export interface Findings {
  dateTimes: boolean;
  fractions: boolean;
  tokens: Record<string, number>;
}

/** What the pass over all data rows found for one column. */
export interface ColumnScan {
  shapes: Partial<Record<Shape, number>>;
  tokens: Record<string, number>;
  /** Mapping columns: non-missing cells the mapping does not know. */
  unmapped: number | null;
  /** Cells with whitespace around them. */
  untrimmed: number;
}

/** Unique final names over the whole table, after the user's renames and the `(max)` columns. */
export function nameColumns(drafts: ColumnDraft[]): void {
  const names = new Set<string>();
  for (const d of drafts) {
    const base = d.column.name.toLowerCase().startsWith(RESERVED_PREFIX) ? `_${d.column.name}` : d.column.name;
    d.column.name = uniqueName(base, names);
  }
}

/**
 * The inspect columns: counts as given, examples from the first data rows, and for columns
 * that need them one more pass for further examples and the first values that do not fit.
 */
export async function finishColumns(
  sql: SqlRunner,
  data: DataSource,
  drafts: ColumnDraft[],
  counts: { missing: number; notFitting: number }[],
  rowCount: number,
): Promise<InspectedColumn[]> {
  const examples: Cell[][] = drafts.map(() => []);
  if (drafts.length > 0) {
    const select = drafts.map((d) => d.value).join(', ');
    const rows = await sql.rows(`SELECT ${select} FROM (${dataSql(data, { limit: EXAMPLE_ROWS })}) ORDER BY ${ROW}`);
    for (const row of rows) {
      row.forEach((v, k) => {
        const cell = toCell(v as never);
        if (cell !== null && examples[k]!.length < EXAMPLES) examples[k]!.push(cell);
      });
    }
  }
  const notFitting: { row: number; value: string }[][] = drafts.map(() => []);
  const search = drafts
    .map((d, k) => {
      // Values there are to show: rows that are neither missing nor misfits.
      const values = rowCount - counts[k]!.missing - counts[k]!.notFitting;
      return { d, k, moreExamples: examples[k]!.length < Math.min(EXAMPLES, values), misfits: counts[k]!.notFitting > 0 };
    })
    .filter((x) => x.moreExamples || x.misfits);
  for (const chunk of chunks(search, COLUMN_CHUNK)) {
    const aggregates = chunk.flatMap(({ d, moreExamples, misfits }) => [
      moreExamples ? `to_json(min_by(${d.value}, ${ROW}, ${EXAMPLES}) FILTER (WHERE (${d.value}) IS NOT NULL))` : 'NULL',
      misfits
        ? `to_json(min_by({'row': ${ROW}, 'value': ${rawCell(d.source.index)}}, ${ROW}, ${NOT_FITTING_EXAMPLES}) FILTER (WHERE ${d.notFitting}))`
        : 'NULL',
    ]);
    const row = (await sql.rows(`SELECT ${aggregates.join(', ')} FROM (${dataSql(data)})`))[0]!;
    chunk.forEach(({ k }, j) => {
      if (row[2 * j] !== null) examples[k] = parseJson<Cell[]>(row[2 * j], []);
      notFitting[k] = parseJson<{ row: number; value: string }[]>(row[2 * j + 1], []).map((e) => ({ row: Number(e.row), value: String(e.value) }));
    });
  }
  return drafts.map((d, k) => ({
    ...d.column,
    missing: counts[k]!.missing,
    examples: examples[k]!,
    notFitting: { count: counts[k]!.notFitting, examples: notFitting[k]! },
  }));
}

export function planOf(rawTable: string, source: DataSource, drafts: ColumnDraft[], rowOffset: number | null): ConversionPlan {
  return {
    rawTable,
    source,
    rowOffset,
    columns: drafts
      .filter((d) => d.column.included)
      .map(
        (d): PlannedColumn => ({
          name: d.column.name,
          type: d.column.type,
          ...(d.column.levels ? { levels: d.column.levels } : {}),
          value: d.value,
        }),
      ),
  };
}

/** Per column: date-times kept as text, `34/50` scores, missing-value tokens in numbers, values that do not fit. */
export function columnWarnings(drafts: ColumnDraft[], columns: InspectedColumn[], findings: Map<SourceColumn, Findings>): Message[] {
  const out: Message[] = [];
  for (const [k, col] of columns.entries()) {
    const draft = drafts[k]!;
    const found = findings.get(draft.source);
    if (draft.first && found) {
      if (found.dateTimes && col.type === 'text') out.push(message('import.dateTimesAsText', { column: col.name }));
      if (found.fractions && !col.mapping) out.push(message('import.looksLikeFraction', { column: col.name }));
      const count = Object.values(found.tokens).reduce((a, b) => a + b, 0);
      const numericColumn = col.type === 'integer' || col.type === 'decimal';
      if (numericColumn && count > 0) {
        out.push(message('import.missingTokens', { column: col.name, count, tokens: Object.keys(found.tokens).join(', ') }));
      }
    }
    if (col.included && col.notFitting.count > 0) {
      out.push(
        message('import.valuesNotFitting', {
          column: col.name,
          count: col.notFitting.count,
          rows: listRows(col.notFitting.examples.map((e) => e.row)),
          values: [...new Set(col.notFitting.examples.map((e) => e.value.trim()))].slice(0, EXAMPLES).join(', '),
        }),
      );
    }
  }
  return out;
}

/** Settings (from the dialog or a profile) for columns this file does not have. */
export function settingWarnings(settings: Settings): Message[] {
  return settings.unusedSources().map((column) => message('import.columnNotFound', { column }));
}

/**
 * The columns of the imported table one file column gives (two for a `34/50` score), with
 * its type, mapping and the SQL of its values.
 */
export async function draftColumns(
  sql: SqlRunner,
  data: DataSource,
  src: SourceColumn,
  inferred: ColumnType,
  settings: Settings,
  known: KnownShapes | null = null,
): Promise<ColumnDraft[]> {
  const t = trimmedCell(src.index);
  const { setting } = src;
  const base = {
    source: src.source,
    name: setting.name ?? src.source,
    inferredType: inferred,
    included: setting.include ?? true,
    hidden: src.hidden,
  };
  const missing = src.native !== null && src.tokens.length === 0 ? `(${rawCell(src.index)} IS NULL)` : missingSql(t, src.tokens);
  const draft = (type: ColumnType, value: string, notFitting: string, extra: Partial<InspectedColumn> = {}, first = true): ColumnDraft => ({
    column: { ...base, type, ...extra },
    source: src,
    value,
    missing,
    notFitting,
    first,
  });
  /** A mapped column: missing cells are NULL, cells the mapping does not know do not fit. */
  const mapped = (type: ColumnType, value: string, extra: Partial<InspectedColumn>, first = true) =>
    draft(type, `CASE WHEN ${missing} THEN NULL ELSE ${value} END`, `NOT ${missing} AND (${value}) IS NULL`, extra, first);
  const mapping: ValueMapping | undefined = setting.mapping;
  if (mapping?.kind === 'labels') {
    const whole = mapping.labels.every((l) => Number.isInteger(l.value));
    const type = whole && setting.type !== 'decimal' ? 'integer' : 'decimal';
    return [mapped(type, labelsSql(t, mapping.labels, type), { mapping })];
  }
  if (mapping?.kind === 'ordinal') {
    const levels = mapping.levels.map((l) => l.trim());
    return [mapped('ordinal', levelsSql(t, levels), { mapping, levels })];
  }
  if (mapping?.kind === 'fraction') {
    const score = mapped('decimal', fractionPartSql(t, 1), { mapping });
    const maxSource = `${src.source}${MAX_SUFFIX}`;
    const maxSetting = settings.exactOnly(maxSource);
    const max = mapped('decimal', fractionPartSql(t, 2), {}, false);
    max.column = {
      source: maxSource,
      name: maxSetting.name ?? `${base.name}${MAX_SUFFIX}`,
      type: 'decimal',
      inferredType: 'decimal',
      included: maxSetting.include ?? base.included,
      hidden: src.hidden,
    };
    return [score, max];
  }
  const type = setting.type ?? inferred;
  if (src.native !== null && !isText(src.native)) {
    const value = typedValueSql(src.index, src.native, type);
    return [draft(type, value, `${rawCell(src.index)} IS NOT NULL AND (${value}) IS NULL`)];
  }
  const value = valueSql(t, src.tokens, type, src.dialect, known);
  const notFitting = acceptedShapes(type, src.dialect) === 'all' ? 'false' : `NOT ${missing} AND (${value}) IS NULL`;
  if (type === 'ordinal') return [draft('ordinal', value, notFitting, { levels: await distinctLevels(sql, data, t, missing) })];
  return [draft(type, value, notFitting)];
}

export const isText = (type: ColumnType) => type === 'text' || type === 'identifier' || type === 'ordinal';

/** A typed (Parquet) column that is not text, as another type: cast, whole numbers only for integers. */
export function typedValueSql(index: number, native: ColumnType, type: ColumnType): string {
  const c = rawCell(index);
  if (native === type || (duckType(native) === duckType(type) && !isText(type))) return c;
  if (type === 'integer' && native === 'decimal') return `CASE WHEN ${c} = round(${c}) AND abs(${c}) < 9e15 THEN CAST(${c} AS BIGINT) END`;
  if (isText(type)) return `CAST(${c} AS VARCHAR)`;
  return `TRY_CAST(${c} AS ${duckType(type)})`;
}

/** An ordinal column without a mapping: its distinct values in natural order are the levels. */
export async function distinctLevels(sql: SqlRunner, data: DataSource, t: string, missing: string): Promise<string[]> {
  const rows = await sql.rows(`SELECT DISTINCT ${t} FROM (${dataSql(data)}) WHERE NOT ${missing} LIMIT 1000`);
  const collator = new Intl.Collator('nl-BE', { numeric: true, sensitivity: 'base' });
  return rows.map((r) => String(r[0])).sort(collator.compare);
}

export function parseJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  return JSON.parse(String(value)) as T;
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

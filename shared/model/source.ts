import { z } from 'zod';
import { Message } from './message';
import { CleanName } from './names';
import { ColumnRule, ColumnSetting, ValueMapping } from './import';
import { Cell, ColumnInfo, ColumnType } from './table';

export const FileFormat = z.enum(['csv', 'xlsx', 'ods', 'parquet']);
export type FileFormat = z.infer<typeof FileFormat>;

export const TextEncoding = z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1']);
export type TextEncoding = z.infer<typeof TextEncoding>;

export const Delimiter = z.enum([';', ',', '\t', '|']);
export type Delimiter = z.infer<typeof Delimiter>;

/** What the user (or a profile) may override at import; everything absent is detected. */
export const ImportOptions = z.object({
  sheet: z.string().optional(),
  /** 1-based row number of the header in the file or sheet (the lower row of a two-row header). */
  headerRow: z.number().int().positive().optional(),
  /** 2: a group header row above the header row; its (merged) cells prefix the names below. */
  headerRows: z.union([z.literal(1), z.literal(2)]).optional(),
  encoding: TextEncoding.optional(),
  delimiter: Delimiter.optional(),
  decimalSeparator: z.enum([',', '.']).optional(),
  /** Missing-value tokens for every column (default DEFAULT_MISSING_TOKENS). */
  missingTokens: z.array(z.string()).optional(),
  /** Leave out totals, averages and notes rows under the data (default true). */
  dropSummaryRows: z.boolean().optional(),
  /** Leave out rows hidden in the sheet (default false: they are kept and reported). */
  dropHiddenRows: z.boolean().optional(),
  columns: z.array(ColumnSetting).optional(),
  columnRules: z.array(ColumnRule).optional(),
  /** The profile to apply: an id, null for none; absent means "the best matching one". */
  profileId: z.string().nullable().optional(),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

export const SheetInfo = z.object({
  name: z.string(),
  hidden: z.boolean(),
});
export type SheetInfo = z.infer<typeof SheetInfo>;

export const InspectedColumn = z.object({
  /** The header as found in the file (identifies the column in `ColumnSetting.source`). */
  source: z.string(),
  /** The name in the imported table. */
  name: z.string(),
  type: ColumnType,
  /** The type the data suggests, before any setting. */
  inferredType: ColumnType,
  levels: z.array(z.string()).optional(),
  mapping: ValueMapping.optional(),
  included: z.boolean(),
  hidden: z.boolean(),
  /** Cells that are empty or a missing-value token such as `afw`. */
  missing: z.number().int().nonnegative(),
  /** The first few non-missing values, as imported. */
  examples: z.array(Cell),
  /** Values that do not fit the type (read as missing), with their 1-based file row numbers. */
  notFitting: z.object({
    count: z.number().int().nonnegative(),
    examples: z.array(z.object({ row: z.number().int(), value: z.string() })),
  }),
});
export type InspectedColumn = z.infer<typeof InspectedColumn>;

/** A row of the file that is not imported, and why. Row numbers are 1-based, as the file shows them. */
export const LeftOutRow = z.object({
  row: z.number().int().positive(),
  reason: z.enum(['aboveHeader', 'header', 'empty', 'summary', 'hidden']),
  /** The row's first non-empty cells, for the user to recognise it. */
  text: z.string(),
});
export type LeftOutRow = z.infer<typeof LeftOutRow>;

/** What inspecting a file finds. This is also the JSON printed by `npm run cli -- inspect`. */
export const InspectResult = z.object({
  file: z.string(),
  format: FileFormat,
  encoding: TextEncoding.nullable(),
  delimiter: Delimiter.nullable(),
  decimalSeparator: z.enum([',', '.']).nullable(),
  sheets: z.array(SheetInfo),
  sheet: z.string().nullable(),
  headerRow: z.number().int().positive(),
  headerRows: z.union([z.literal(1), z.literal(2)]),
  columns: z.array(InspectedColumn),
  rowCount: z.number().int().nonnegative(),
  /** Rows not imported (title rows, header, empty, totals/notes, hidden when dropped), at most 200. */
  leftOut: z.array(LeftOutRow),
  /** The profile applied, if any. */
  profile: z.object({ id: z.string(), name: z.string() }).nullable(),
  warnings: z.array(Message),
});
export type InspectResult = z.infer<typeof InspectResult>;

/**
 * A source's id as the engine hands it out: `s1`, `s2` … (lower case, no leading zero). A
 * project file is held to exactly this shape: DuckDB compares table names without regard to
 * case, so `S1` beside `s1` must never get in.
 */
export const SOURCE_ID = /^s[1-9][0-9]{0,8}$/;
export const SourceId = z.string().regex(SOURCE_ID);

/** One imported table of the project. */
export const SourceInfo = z.object({
  id: SourceId,
  name: CleanName,
  fileName: CleanName,
  /** sha256 of the imported file's bytes, hex. */
  fileHash: z.string(),
  format: FileFormat,
  options: ImportOptions,
  sheet: z.string().nullable(),
  headerRow: z.number().int().positive(),
  columns: z.array(ColumnInfo),
  rowCount: z.number().int().nonnegative(),
  warnings: z.array(Message),
  importedAt: z.string(),
});
export type SourceInfo = z.infer<typeof SourceInfo>;

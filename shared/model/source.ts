import { z } from 'zod';
import { Message } from './message';
import { Cell, ColumnInfo, ColumnType } from './table';

export const FileFormat = z.enum(['csv', 'xlsx']);
export type FileFormat = z.infer<typeof FileFormat>;

export const TextEncoding = z.enum(['utf-8', 'utf-8-bom', 'windows-1252']);
export type TextEncoding = z.infer<typeof TextEncoding>;

export const Delimiter = z.enum([';', ',', '\t', '|']);
export type Delimiter = z.infer<typeof Delimiter>;

/** What the user may override at import; everything else is detected. */
export const ImportOptions = z.object({
  sheet: z.string().optional(),
  /** 1-based row number of the header in the file or sheet. */
  headerRow: z.number().int().positive().optional(),
  encoding: TextEncoding.optional(),
  delimiter: Delimiter.optional(),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

export const SheetInfo = z.object({
  name: z.string(),
  hidden: z.boolean(),
});
export type SheetInfo = z.infer<typeof SheetInfo>;

export const InspectedColumn = z.object({
  name: z.string(),
  type: ColumnType,
  /** Cells that are empty or a missing-value token such as `afw`. */
  missing: z.number().int().nonnegative(),
  /** The first few non-missing values, as imported. */
  examples: z.array(Cell),
});
export type InspectedColumn = z.infer<typeof InspectedColumn>;

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
  columns: z.array(InspectedColumn),
  rowCount: z.number().int().nonnegative(),
  warnings: z.array(Message),
});
export type InspectResult = z.infer<typeof InspectResult>;

/** One imported table of the project. */
export const SourceInfo = z.object({
  id: z.string(),
  name: z.string(),
  fileName: z.string(),
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

import { z } from 'zod';
import { Recipe } from '../../model/recipe';
import { Bytes, call, FileRef } from './common';
import { JobId } from './import';

/**
 * The result table's file formats: CSV as Flemish Excel opens it (UTF-8 with BOM, `;`, decimal
 * comma), CSV for other tools (`,`, decimal point), an Excel workbook with real cell types; and
 * for other programs (the headless run) Parquet and JSON (an array of row objects).
 */
export const ExportFormat = z.enum(['csv-flemish', 'csv-international', 'xlsx', 'parquet', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Results out of the workbench. */
export const exportCalls = {
  /**
   * Writes a recipe's result (the current one when null) to the chosen file, or (fileId null) to
   * a new file the shell hands out as a download. `cutCells`: text cut to Excel's cell limit.
   * A grouped result has its groups under `suppressBelow` written empty and marked (absent: the
   * project's k; null: the user chose to let small groups out); `suppressed` counts them, and the
   * marker column is named in `locale`.
   */
  'export.table': call(
    'engine',
    z.object({
      recipe: Recipe.nullable(),
      format: ExportFormat,
      fileId: z.string().nullable(),
      jobId: JobId,
      suppressBelow: z.number().int().min(2).max(100).nullable().optional(),
      /** A table with a row per pupil: these identifying columns are left out and a pupil code column comes first. */
      pseudonymise: z.array(z.string().max(1000)).max(100).optional(),
      locale: z.enum(['nl-BE', 'en']).default('nl-BE'),
    }),
    z.object({
      file: FileRef,
      rows: z.number().int().nonnegative(),
      cutCells: z.number().int().nonnegative(),
      suppressed: z.number().int().nonnegative().default(0),
    }),
  ),
  /** Saves an exported chart (PNG bytes or SVG text) where the user chooses. */
  'export.saveImage': call(
    'shell',
    z.object({ suggestedName: z.string(), format: z.enum(['png', 'svg']), data: z.union([Bytes, z.string()]) }),
    z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  ),
} as const;

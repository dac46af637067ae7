import { z } from 'zod';
import { PrivacyChoice } from './privacy';

/**
 * What an export records in the project (DESIGN.md: a view stores no numbers except as the
 * snapshot an export records): when, which story and views, the hashes of the sources behind
 * them, and what the privacy choice let out.
 */
export const ExportSnapshot = z.object({
  at: z.string(),
  /**
   * A story (pptx, pdf), a view's chart (png, svg), or a result table (csv, xlsx, parquet, json);
   * `present`: a presentation that showed more than the safe choice (the presenter's choice, recorded).
   */
  format: z.enum(['pptx', 'pdf', 'png', 'svg', 'csv', 'xlsx', 'parquet', 'json', 'present']),
  storyId: z.string().nullable(),
  viewIds: z.array(z.string()),
  sources: z.array(z.object({ id: z.string(), name: z.string(), fileHash: z.string() })),
  privacy: PrivacyChoice,
  /** The exported file's name (never a path). */
  fileName: z.string(),
  /** Slides (or, for a table, the table) that showed pupils one by one, and groups left out under k. */
  pupilLevelSlides: z.number().int().nonnegative(),
  suppressedGroups: z.number().int().nonnegative(),
});
export type ExportSnapshot = z.infer<typeof ExportSnapshot>;

/** The most snapshots a project keeps (the oldest go first). */
export const MAX_SNAPSHOTS = 500;

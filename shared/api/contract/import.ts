import { z } from 'zod';
import { Message } from '../../model/message';
import { ProjectState } from '../../model/project';
import { ImportProfile, ProfileDraft } from '../../model/profile';
import { ImportOptions, InspectResult } from '../../model/source';
import { Cell, ColumnType } from '../../model/table';
import { Bytes, call, Empty, FileRef } from './common';

/**
 * Long work (staging a file, importing, refreshing) takes an optional client-chosen `jobId`;
 * while the call runs, `job.progress` and `job.cancel` with that id answer at once.
 */
export const JobId = z.string().min(8).max(64).optional();

/** What the import dialog shows before anything is imported. */
export const ImportPreview = z.object({
  inspect: InspectResult,
  /** The first rows as they will be imported (included columns of `inspect.columns`, in order). */
  rows: z.array(z.array(Cell)),
  /** The first rows of the file or sheet as they are, with their 1-based row numbers, to choose the header row. */
  rawRows: z.array(z.object({ row: z.number().int().positive(), cells: z.array(z.string()) })),
  /**
   * A source of the project that this file seems to be a version of: the same content (file
   * hash) or the same file name. The dialog offers to refresh it instead of adding a copy.
   */
  existing: z.object({ sourceId: z.string(), name: z.string(), sameContent: z.boolean() }).nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** What re-importing a source from a new file would change. */
/** What is derived from a source: it goes with the source when removed with its dependents. */
export const SourceDependents = z.object({
  /** The current recipe reads it. */
  recipe: z.boolean(),
  views: z.array(z.object({ id: z.string(), title: z.string() })),
  /** Story slides that show one of those views, per story. */
  slides: z.array(z.object({ storyId: z.string(), title: z.string(), count: z.number().int().positive() })),
});
export type SourceDependents = z.infer<typeof SourceDependents>;

export const SourceDiff = z.object({
  rowsBefore: z.number().int(),
  rowsAfter: z.number().int(),
  /** Rows of the new file that the old table does not have (compared on the common columns as text). */
  rowsAdded: z.number().int(),
  /** Rows of the old table that the new file does not have. */
  rowsRemoved: z.number().int(),
  columnsAdded: z.array(z.string()),
  columnsMissing: z.array(z.string()),
  typeChanges: z.array(z.object({ column: z.string(), from: ColumnType, to: ColumnType })),
  /**
   * What would no longer fit with the new file: in the current recipe (`view` null) or a saved
   * view, at a step (1-based `step`) or in its chart (`step` null), and why.
   */
  noLongerFits: z.array(z.object({ view: z.string().nullable(), step: z.number().int().positive().nullable(), error: Message })).default([]),
  /**
   * Columns of the new file whose header differs from the source's only in case, accents or
   * spacing (`klas` for `Klas`): read under the source's name, so the recipe and views go on
   * fitting. Absent when there are none.
   */
  renamed: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
});
export type SourceDiff = z.infer<typeof SourceDiff>;

export const JobProgress = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled', 'unknown']),
  /** A catalogue key `jobs.phase.*`: decoding, reading, analysing, converting … */
  phase: z.string(),
  /** 0…1, or null when the size of the work is not known. */
  fraction: z.number().min(0).max(1).nullable(),
});
export type JobProgress = z.infer<typeof JobProgress>;

/** Files into the project: uploads, inspection, preview, import and refresh of sources, jobs, import profiles. */
export const importCalls = {
  /** Hands file bytes to the engine (browser upload, drag-and-drop). */
  'file.upload': call('engine', z.object({ name: z.string().min(1).max(255), data: Bytes }), FileRef),
  'file.inspect': call('engine', z.object({ fileId: z.string(), options: ImportOptions.default({}) }), InspectResult),

  /** Stages the file and shows what an import with these options would give; imports nothing. */
  'import.preview': call(
    'engine',
    z.object({ fileId: z.string(), options: ImportOptions.default({}), jobId: JobId }),
    ImportPreview,
  ),
  'source.import': call(
    'engine',
    z.object({ fileId: z.string(), options: ImportOptions.default({}), name: z.string().optional(), jobId: JobId }),
    ProjectState,
  ),
  /** What replacing a source with a new version of its file would change (options default to the source's). */
  'source.refreshPreview': call(
    'engine',
    z.object({ sourceId: z.string(), fileId: z.string(), options: ImportOptions.optional(), jobId: JobId }),
    z.object({ preview: ImportPreview, diff: SourceDiff }),
  ),
  'source.refresh': call(
    'engine',
    z.object({
      sourceId: z.string(),
      fileId: z.string(),
      options: ImportOptions.optional(),
      jobId: JobId,
      /**
       * Refresh even where the recipe or a view would no longer fit (the preview's
       * `noLongerFits`): those steps then report why and the recipe stops there. Without it
       * such a refresh is refused and nothing changes.
       */
      acceptMisfits: z.boolean().optional(),
    }),
    ProjectState,
  ),
  'job.progress': call('engine', z.object({ jobId: z.string() }), JobProgress),
  'job.cancel': call('engine', z.object({ jobId: z.string() }), z.object({ cancelled: z.boolean() })),

  /** Built-in profiles and the project's own. */
  'profile.list': call('engine', Empty, z.object({ profiles: z.array(ImportProfile) })),
  'profile.save': call('engine', z.object({ profile: ProfileDraft }), ProjectState),
  'profile.delete': call('engine', z.object({ profileId: z.string() }), ProjectState),
  /** Writes the profile as a file (to the chosen file, or fileId null: a new file to download). */
  'profile.export': call('engine', z.object({ profileId: z.string(), fileId: z.string().nullable() }), FileRef),
  'profile.import': call('engine', z.object({ fileId: z.string() }), ProjectState),
  /**
   * Removes a source. Used by the recipe or a view, it is refused unless `withDependents`: then
   * everything derived from it goes too — the views that read it, the story slides that show those
   * views (and the hypotheses' links to them), and the current recipe if it reads it.
   */
  'source.remove': call('engine', z.object({ sourceId: z.string(), withDependents: z.boolean().default(false) }), ProjectState),
  /** What removing a source would take with it (`source.remove` with `withDependents`). */
  'source.dependents': call('engine', z.object({ sourceId: z.string() }), SourceDependents),
} as const;

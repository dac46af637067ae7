import { z } from 'zod';
import { ProjectState } from '../model/project';
import { JoinDiagnostics, JoinStep, Recipe } from '../model/recipe';
import { ImportProfile, ProfileDraft } from '../model/profile';
import { ImportOptions, InspectResult } from '../model/source';
import { Cell, ColumnType, MAX_PAGE_ROWS, SortKey, TablePage } from '../model/table';
import { ChartSpec, GroupSummary, ViewDraft } from '../model/view';

/**
 * Every call that crosses a process boundary, declared once: its name, its request and
 * its response. The Electron IPC handlers, the browser host and the renderer's client are
 * all driven by this table, and requests are validated on arrival.
 *
 * `side: 'engine'` calls are served by the engine (electron/engine/api.ts) in every shell.
 * `side: 'shell'` calls need the desktop: native dialogs. In the browser the client
 * implements them with a file input and downloads instead.
 */

const Empty = z.object({}).strict();

/** An opaque handle to a file the user chose (dialog, upload or drop). Paths never cross. */
export const FileRef = z.object({ fileId: z.string().min(1), name: z.string() });
export type FileRef = z.infer<typeof FileRef>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  shell: z.enum(['electron', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

const Bytes = z.instanceof(Uint8Array);

/**
 * Long work (staging a file, importing, refreshing) takes an optional client-chosen `jobId`;
 * while the call runs, `job.progress` and `job.cancel` with that id answer at once.
 */
const JobId = z.string().min(8).max(64).optional();

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

function call<S extends 'engine' | 'shell', Req extends z.ZodType, Res extends z.ZodType>(side: S, request: Req, response: Res) {
  return { side, request, response };
}

export const contract = {
  'app.info': call('engine', Empty, AppInfo),

  'project.new': call('engine', Empty, ProjectState),
  'project.demo': call('engine', Empty, ProjectState),
  'project.get': call('engine', Empty, ProjectState),
  'project.open': call('engine', z.object({ fileId: z.string() }), ProjectState),
  /** Saves atomically to the chosen file, or (fileId null) to a new file the shell hands out as a download. */
  'project.save': call(
    'engine',
    z.object({ fileId: z.string().nullable() }),
    z.object({ state: ProjectState, file: FileRef }),
  ),

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
    z.object({ sourceId: z.string(), fileId: z.string(), options: ImportOptions.optional(), jobId: JobId }),
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
  'source.remove': call('engine', z.object({ sourceId: z.string() }), ProjectState),

  /** Replaces the current recipe (undo and redo move between recipes the renderer keeps). */
  'recipe.set': call('engine', z.object({ recipe: Recipe.nullable() }), ProjectState),
  /** Match diagnostics of joining `step.right` onto the result of `recipe`, without applying it. */
  'join.preview': call('engine', z.object({ recipe: Recipe, step: JoinStep }), JoinDiagnostics),

  /** One page of a recipe's result (the current recipe when null). */
  'table.page': call(
    'engine',
    z.object({
      recipe: Recipe.nullable(),
      offset: z.number().int().nonnegative(),
      limit: z.number().int().positive().max(MAX_PAGE_ROWS),
      sort: z.array(SortKey).default([]),
    }),
    TablePage,
  ),
  /** Distinct values of one column, most frequent first, for filter pickers. */
  'table.distinct': call(
    'engine',
    z.object({ recipe: Recipe.nullable(), column: z.string(), limit: z.number().int().positive().max(1000) }),
    z.object({ values: z.array(z.object({ value: Cell, n: z.number().int() })), truncated: z.boolean() }),
  ),
  'chart.summary': call('engine', z.object({ recipe: Recipe.nullable(), chart: ChartSpec }), GroupSummary),

  'view.save': call('engine', z.object({ view: ViewDraft }), ProjectState),
  'view.delete': call('engine', z.object({ viewId: z.string() }), ProjectState),

  /** Desktop only: native dialogs. */
  'dialog.openFiles': call(
    'shell',
    z.object({ purpose: z.enum(['import', 'project', 'profile']), multiple: z.boolean().default(false) }),
    z.object({ files: z.array(FileRef) }),
  ),
  /** Where to save a project or an exported profile; null when the user cancels. */
  'dialog.saveFile': call(
    'shell',
    z.object({ suggestedName: z.string(), kind: z.enum(['project', 'profile']) }),
    z.object({ file: FileRef.nullable() }),
  ),
  /** Saves an exported chart (PNG bytes or SVG text) where the user chooses. */
  'export.saveImage': call(
    'shell',
    z.object({ suggestedName: z.string(), format: z.enum(['png', 'svg']), data: z.union([Bytes, z.string()]) }),
    z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  ),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type EngineChannel = { [K in Channel]: Contract[K]['side'] extends 'engine' ? K : never }[Channel];
export type ShellChannel = Exclude<Channel, EngineChannel>;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export const channels = Object.keys(contract) as Channel[];
export const engineChannels = channels.filter((c) => contract[c].side === 'engine') as EngineChannel[];
export const shellChannels = channels.filter((c) => contract[c].side === 'shell') as ShellChannel[];

/** The API as the renderer sees it: one async function per call. */
export type WerkbankApi = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/** Handlers a shell provides: they receive requests already validated. */
export type Handlers<C extends Channel> = { [K in C]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>> };

/** Commands the desktop menu sends to the renderer (the browser shell triggers them from the toolbar). */
export const MenuCommand = z.enum([
  'project.new',
  'project.open',
  'project.save',
  'project.saveAs',
  'project.demo',
  'source.import',
  'edit.undo',
  'edit.redo',
  'view.language.nl',
  'view.language.en',
  'help.about',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** Messages from the shell to the renderer, declared once like the calls. */
export const events = {
  'menu.command': MenuCommand,
  /** A `.werkbank` file was passed on the command line or opened from the file manager. */
  'project.openFile': FileRef,
} as const;
export type ShellEvent = keyof typeof events;
export type EventPayload<E extends ShellEvent> = z.output<(typeof events)[E]>;

import { z } from 'zod';
import { CleanName } from './names';
import { ImportProfile } from './profile';
import { Recipe, RecipeOfAnyVersion, StepReport } from './recipe';
import { SourceInfo } from './source';
import { ColumnInfo } from './table';
import { View } from './view';
import { RokCatalog } from './story/rok';
import { ExportSnapshot } from './story/snapshot';
import { DEFAULT_K, ProjectPrivacy } from './privacy/settings';
import { Story } from './story/story';

/** Version of the `.werkbank` file format. A file with a higher version is refused. */
export const PROJECT_FORMAT_VERSION = 2;
/* 2: stories, export snapshots and the project's ROK titles; an older workbench must refuse such a file rather than drop them. */
export const PROJECT_EXTENSION = 'werkbank';

export const RecipeResult = z.object({
  columns: z.array(ColumnInfo),
  rowCount: z.number().int().nonnegative(),
  steps: z.array(StepReport),
  /** The id of the step the recipe stopped at because it no longer fits (its report says why); the result is the table before it. */
  stoppedAt: z.string().optional(),
});
export type RecipeResult = z.infer<typeof RecipeResult>;

/** Everything the renderer needs to draw the project; rows are fetched by page. */
export const ProjectState = z.object({
  formatVersion: z.number().int(),
  name: z.string(),
  /** File name of the `.werkbank` it was opened from or last saved to, if any. */
  fileName: z.string().nullable(),
  dirty: z.boolean(),
  sources: z.array(SourceInfo),
  recipe: Recipe.nullable(),
  result: RecipeResult.nullable(),
  views: z.array(View),
  /** The project's own import profiles (built-in ones come from `profile.list`). */
  profiles: z.array(ImportProfile),
  stories: z.array(Story),
  /** What was exported, newest last. */
  exports: z.array(ExportSnapshot),
  /** The reference framework's codes and titles: the project's own, or the shipped ones. */
  rok: RokCatalog,
  /** True when `rok` is the project's own (edited) catalog. */
  rokEdited: z.boolean(),
  /** The project's file is sealed under a passphrase (infra/sealed.ts); every save seals it again. */
  encrypted: z.boolean(),
  /** When the journal last held the unsaved work (ISO); null or absent when there is none. */
  autosavedAt: z.string().nullable().optional(),
  /** Another running window of the workbench has the same project file open. */
  openElsewhere: z.boolean().optional(),
});
export type ProjectState = z.infer<typeof ProjectState>;

/**
 * The JSON manifest inside a `.werkbank` file. Table data travels beside it as Parquet. Ids
 * and names are held to what the engine writes (SOURCE_ID, VIEW_ID, names.ts), and nothing
 * may occur twice where DuckDB or the user would take two for one: source and view ids,
 * column names within a source (DuckDB compares them without regard to case).
 */
export const ProjectManifest = z
  .object({
    formatVersion: z.number().int().positive(),
    app: z.string(),
    name: CleanName,
    savedAt: z.string(),
    sources: z.array(SourceInfo),
    /** Recipes of older versions are upgraded as the file is read (recipe/migrate.ts). */
    recipe: RecipeOfAnyVersion.nullable(),
    views: z.array(View.extend({ recipe: RecipeOfAnyVersion })),
    profiles: z.array(ImportProfile).default([]),
    stories: z.array(Story).default([]),
    exports: z.array(ExportSnapshot).default([]),
    rok: RokCatalog.nullable().default(null),
    /** k and the pseudonym key (privacy/settings.ts); older files have none. */
    privacy: ProjectPrivacy.default({ k: DEFAULT_K, key: null }),
  })
  .superRefine((m, ctx) => {
    const once = (values: string[], path: (string | number)[]) => {
      const seen = new Set<string>();
      for (const value of values) {
        const key = value.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `"${value}" occurs more than once`, path });
        seen.add(key);
      }
    };
    once(m.sources.map((s) => s.id), ['sources']);
    once(m.views.map((v) => v.id), ['views']);
    once(m.profiles.map((p) => p.id), ['profiles']);
    once(m.stories.map((s) => s.id), ['stories']);
    const viewIds = new Set(m.views.map((v) => v.id));
    m.stories.forEach((story, i) => {
      story.slides.forEach((slide, j) => {
        if (!viewIds.has(slide.viewId)) ctx.addIssue({ code: 'custom', message: `unknown view "${slide.viewId}"`, path: ['stories', i, 'slides', j] });
      });
      once(story.slides.map((s) => s.id), ['stories', i, 'slides']);
      once(story.hypotheses.map((h) => h.id), ['stories', i, 'hypotheses']);
      once(story.actions.map((a) => a.id), ['stories', i, 'actions']);
    });
    m.sources.forEach((s, i) => once(s.columns.map((c) => c.name), ['sources', i, 'columns']));
  });
export type ProjectManifest = z.infer<typeof ProjectManifest>;

import { z } from 'zod';
import { ImportProfile } from './profile';
import { Recipe, StepReport } from './recipe';
import { SourceInfo } from './source';
import { ColumnInfo } from './table';
import { View } from './view';

/** Version of the `.werkbank` file format. A file with a higher version is refused. */
export const PROJECT_FORMAT_VERSION = 1;
export const PROJECT_EXTENSION = 'werkbank';

export const RecipeResult = z.object({
  columns: z.array(ColumnInfo),
  rowCount: z.number().int().nonnegative(),
  steps: z.array(StepReport),
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
});
export type ProjectState = z.infer<typeof ProjectState>;

/** The JSON manifest inside a `.werkbank` file. Table data travels beside it as Parquet. */
export const ProjectManifest = z.object({
  formatVersion: z.number().int().positive(),
  app: z.string(),
  name: z.string(),
  savedAt: z.string(),
  sources: z.array(SourceInfo),
  recipe: Recipe.nullable(),
  views: z.array(View),
  profiles: z.array(ImportProfile).default([]),
});
export type ProjectManifest = z.infer<typeof ProjectManifest>;

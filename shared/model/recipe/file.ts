import { z } from 'zod';
import { CleanName } from '../names';
import { ImportOptions, SourceId } from '../source';
import { RecipeOfAnyVersion } from './migrate';
import { recipeSources } from './recipe';

/** What a recipe file says it is (`format`), so that no other JSON is taken for one. */
export const RECIPE_FILE_FORMAT = 'datateam-werkbank-recipe';

/**
 * A source the recipe reads: the name a headless run asks a file for (`--source NAME=FILE`), and
 * how to import that kind of file (the import dialog's options, a profile id among them).
 */
export const RecipeFileSource = z.object({
  id: SourceId,
  name: CleanName.min(1),
  /** What kind of export this source expects, for the person running the recipe. */
  description: z.string().max(2000).optional(),
  options: ImportOptions.default({}),
});
export type RecipeFileSource = z.infer<typeof RecipeFileSource>;

/**
 * A recipe on its own, to run again on new exports of the same kinds (`npm run cli -- run`).
 * Its sources are numbered `s1`, `s2` … in the order listed: a run imports them in that order, so
 * the ids the recipe refers to are the ids they get.
 */
export const RecipeFile = z
  .object({
    format: z.literal(RECIPE_FILE_FORMAT),
    description: z.string().max(10_000).optional(),
    sources: z.array(RecipeFileSource).min(1).max(100),
    recipe: RecipeOfAnyVersion,
  })
  .superRefine((file, ctx) => {
    file.sources.forEach((s, i) => {
      if (s.id !== `s${i + 1}`) ctx.addIssue({ code: 'custom', message: `source ${i + 1} must have id "s${i + 1}"`, path: ['sources', i, 'id'] });
    });
    const names = new Set<string>();
    file.sources.forEach((s, i) => {
      const key = s.name.toLowerCase();
      if (names.has(key)) ctx.addIssue({ code: 'custom', message: `source name "${s.name}" occurs more than once`, path: ['sources', i, 'name'] });
      names.add(key);
    });
    const ids = new Set(file.sources.map((s) => s.id));
    for (const id of recipeSources(file.recipe)) {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `the recipe reads source "${id}", which the file does not list`, path: ['recipe'] });
    }
  });
export type RecipeFile = z.infer<typeof RecipeFile>;

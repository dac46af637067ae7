import { z } from 'zod';
import { Recipe } from './recipe';
import { RecipeV1 } from './v1';

/** A recipe of any version this build reads, upgraded to the current one on arrival. */
export const RecipeOfAnyVersion = z
  .discriminatedUnion('version', [RecipeV1, z.object({ version: z.literal(2) }).passthrough()])
  .transform((recipe, ctx) => {
    const current = Recipe.safeParse(recipe.version === 1 ? fromV1(recipe) : recipe);
    if (current.success) return current.data;
    for (const issue of current.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });

/**
 * Upgrades a recipe of an older version to the current one; a current recipe is returned
 * checked. Throws a ZodError for what is no recipe of any known version.
 */
export function migrate(recipe: unknown): Recipe {
  return RecipeOfAnyVersion.parse(recipe);
}

/** Version 1 → 2: steps get ids `step1`, `step2` … in order. */
function fromV1(recipe: RecipeV1): unknown {
  return { version: 2, base: recipe.base, steps: recipe.steps.map((step, i) => ({ id: `step${i + 1}`, ...step })) };
}

import { z } from 'zod';
import { Recipe, RECIPE_VERSION } from './recipe';
import { EXACT_KEY, LENIENT_KEY } from './steps/join';
import { RecipeV1 } from './v1';
import { RecipeV2, type StepV2 } from './v2';

/** A recipe of any version this build reads, upgraded to the current one on arrival. */
export const RecipeOfAnyVersion = z
  .discriminatedUnion('version', [RecipeV1, RecipeV2, z.object({ version: z.literal(RECIPE_VERSION) }).passthrough()])
  .transform((recipe, ctx) => {
    const v2 = recipe.version === 1 ? fromV1(recipe) : recipe.version === 2 ? recipe : null;
    // Version 2 refused a join with unequal key counts when it compiled; a file holding one stays refused.
    const unequal = (v2?.steps ?? []).flatMap((step, i) => (step.kind === 'join' && step.leftKeys.length !== step.rightKeys.length ? [i] : []));
    for (const i of unequal) ctx.addIssue({ code: 'custom', message: 'a join with unequal key counts', path: ['steps', i] });
    if (unequal.length > 0) return z.NEVER;
    const current = Recipe.safeParse(v2 ? fromV2(v2) : recipe);
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
function fromV1(recipe: RecipeV1): RecipeV2 {
  return RecipeV2.parse({ version: 2, base: recipe.base, steps: recipe.steps.map((step, i) => ({ id: `step${i + 1}`, ...step })) });
}

/**
 * Version 2 → 3, each step doing exactly what it did: a join's key pairs get the comparison
 * `normalizeKeys` stood for (on: trim, ignore case, strip leading zeros, numbers as text, accents
 * kept; off: as written); a filter's one condition becomes the only condition of the step.
 */
function fromV2(recipe: RecipeV2): unknown {
  return { version: 3, base: recipe.base, steps: recipe.steps.map(stepFromV2) };
}

function stepFromV2(step: StepV2): unknown {
  const base = { id: step.id, ...(step.disabled === undefined ? {} : { disabled: step.disabled }) };
  switch (step.kind) {
    case 'join': {
      const options = step.normalizeKeys ? LENIENT_KEY : EXACT_KEY;
      const keys = step.leftKeys.map((left, k) => ({ left, right: step.rightKeys[k]!, ...options }));
      return { ...base, kind: 'join', right: step.right, how: step.how, keys };
    }
    case 'filter':
      return { ...base, kind: 'filter', match: 'all', conditions: [conditionFromV2(step)] };
    case 'deduplicate':
      return step;
  }
}

/** Version 2 read `eq` / `neq` without a value as "is empty" / "is not empty". */
function conditionFromV2(step: Extract<StepV2, { kind: 'filter' }>): unknown {
  const { column, op, value } = step;
  if (op === 'isEmpty' || (op === 'eq' && value === null)) return { column, op: 'isEmpty' };
  if (op === 'notEmpty' || (op === 'neq' && value === null)) return { column, op: 'notEmpty' };
  return { column, op, value };
}

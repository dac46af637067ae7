import { z } from 'zod';
import { ProjectState } from '../../model/project';
import { JoinDiagnostics, JoinStepDraft, Recipe } from '../../model/recipe';
import { Cell, MAX_PAGE_ROWS, SortKey, TablePage } from '../../model/table';
import { call } from './common';

/** The recipe and its result: setting it, previewing a join, paging the result table. */
export const recipeCalls = {
  /** Replaces the current recipe (undo and redo move between recipes the renderer keeps). */
  'recipe.set': call('engine', z.object({ recipe: Recipe.nullable() }), ProjectState),
  /** Match diagnostics of joining `step.right` onto the result of `recipe`, without applying it. */
  'join.preview': call('engine', z.object({ recipe: Recipe, step: JoinStepDraft }), JoinDiagnostics),

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
} as const;

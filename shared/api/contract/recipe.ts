import { z } from 'zod';
import { TableStats } from '../../model/column-stats';
import { ProjectState } from '../../model/project';
import { JoinDiagnostics, JoinStepDraft, MatchBand, MatchCandidates, MatchGuess, MatchStepDraft, Recipe, StepId } from '../../model/recipe';
import { Cell, MAX_PAGE_ROWS, SortKey, TablePage } from '../../model/table';
import { call } from './common';

/** The recipe and its result: setting it, previewing a join, paging the result table. */
export const recipeCalls = {
  /**
   * Replaces the current recipe (undo and redo move between recipes the renderer keeps). A step
   * added or changed must fit the table it gets; one kept unchanged that no longer fits (its
   * source was refreshed) stops the recipe there and its report says why. With `tolerant` (a
   * recipe as it was saved: undo, redo, a view, a headless run) no step is refused for that.
   */
  'recipe.set': call('engine', z.object({ recipe: Recipe.nullable(), tolerant: z.boolean().optional() }), ProjectState),
  /** Match diagnostics of joining `step.right` onto the result of `recipe`, without applying it. */
  'join.preview': call('engine', z.object({ recipe: Recipe, step: JoinStepDraft }), JoinDiagnostics),
  /**
   * The review list of a name match: candidate pairs of the given bands with their evidence, and
   * the match's diagnostics. `step` with the id of a match step of `recipe` takes its place (to see
   * decisions before applying them); without an id it is appended to `recipe`.
   */
  'match.candidates': call(
    'engine',
    z.object({
      recipe: Recipe,
      step: MatchStepDraft.extend({ id: StepId.optional() }),
      bands: z.array(MatchBand).min(1).default(['review']),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().positive().max(500).default(100),
    }),
    MatchCandidates,
  ),
  /** The name fields and supporting fields a name match of `right` onto `recipe`'s result would use, guessed. */
  'match.guess': call('engine', z.object({ recipe: Recipe, right: z.string() }), MatchGuess),

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
  /** Per column of a recipe's result: its empty cells and its distribution (histogram or most frequent values). */
  'table.columnStats': call('engine', z.object({ recipe: Recipe.nullable() }), TableStats),
} as const;

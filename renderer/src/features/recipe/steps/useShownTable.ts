import { useMemo } from 'react';
import type { Recipe } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { useProject, useWorkbench } from '../../../state/hooks';
import { shownIndex, shownRecipe } from '../../../state/recipeOps';

/** The table the grid shows: the result, or the table after one step (−1: the base table). */
export interface ShownTable {
  recipe: Recipe;
  columns: ColumnInfo[];
  rowCount: number;
  /** Null for the result; −1 for the base table; else the index of the step. */
  index: number | null;
}

/**
 * What the grid shows: the recipe cut after the step chosen in the steps panel, with that step's
 * columns and row count (from the engine's report), or the whole recipe's result.
 */
export function useShownTable(): ShownTable | null {
  const project = useProject();
  const shown = useWorkbench((s) => s.shownStep);
  return useMemo(() => {
    const recipe = project?.recipe;
    const result = project?.result;
    if (!recipe || !result) return null;
    const whole: ShownTable = { recipe, columns: result.columns, rowCount: result.rowCount, index: null };
    const index = shownIndex(recipe, shown);
    if (index === null) return whole;
    if (index < 0) {
      const base = project.sources.find((s) => s.id === recipe.base);
      return base ? { recipe: shownRecipe(recipe, shown), columns: base.columns, rowCount: base.rowCount, index } : whole;
    }
    const report = result.steps.find((r) => r.id === recipe.steps[index]!.id);
    return report ? { recipe: shownRecipe(recipe, shown), columns: report.columns, rowCount: report.rowsAfter, index } : whole;
  }, [project, shown]);
}

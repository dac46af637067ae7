import type { ProjectState } from '../../../../../shared/model/project';
import type { ColumnInfo } from '../../../../../shared/model/table';

/**
 * What a step at `index` starts from: the columns and rows of the table the step before it left
 * (the base source's for the first step). `index` equal to the number of steps is a new step at
 * the end: it starts from the result. Null while the engine has not reported on that step yet.
 */
export function tableBefore(project: ProjectState, index: number): { columns: ColumnInfo[]; rows: number } | null {
  const recipe = project.recipe;
  const result = project.result;
  if (!recipe || !result) return null;
  if (index >= recipe.steps.length) return { columns: result.columns, rows: result.rowCount };
  if (index <= 0) {
    const base = project.sources.find((s) => s.id === recipe.base);
    return base ? { columns: base.columns, rows: base.rowCount } : null;
  }
  const previous = result.steps.find((r) => r.id === recipe.steps[index - 1]!.id);
  return previous ? { columns: previous.columns, rows: previous.rowsAfter } : null;
}

import { type ReferenceAnalysis } from '../../../../shared/model/analysis/reference';
import { type Message, message } from '../../../../shared/model/message';
import type { ColumnInfo } from '../../../../shared/model/table';

/**
 * The comparison form as the user edits it: columns by name ('' where none is chosen), our
 * school as one of the group column's values ('' = the value named like our school), the
 * privacy threshold as typed (NaN while it is not a number).
 */
export interface ReferenceDraft {
  component: string;
  group: string;
  ours: string;
  mean: string;
  n: string;
  unit: ReferenceAnalysis['unit'];
  minGroup: number;
}

export function draftOf(analysis: ReferenceAnalysis): ReferenceDraft {
  return {
    component: analysis.component ?? '',
    group: analysis.group,
    ours: analysis.ours ?? '',
    mean: analysis.mean,
    n: analysis.n ?? '',
    unit: analysis.unit,
    minGroup: analysis.minGroup,
  };
}

/** A form with nothing chosen: the user picks every column. */
export function emptyDraft(): ReferenceDraft {
  return { component: '', group: '', ours: '', mean: '', n: '', unit: 'scalePoints', minGroup: 5 };
}

/** The analysis the form describes, or what is missing (in the user's language, shown in place). */
export function analysisOf(draft: ReferenceDraft): { analysis: ReferenceAnalysis } | { problem: Message } {
  if (draft.group === '') return { problem: message('ui.reference.problems.group') };
  if (draft.mean === '') return { problem: message('ui.reference.problems.mean') };
  if (!(Number.isInteger(draft.minGroup) && draft.minGroup >= 1 && draft.minGroup <= 100)) return { problem: message('ui.reference.problems.minGroup') };
  return {
    analysis: {
      kind: 'reference',
      component: draft.component === '' ? null : draft.component,
      group: draft.group,
      ours: draft.ours === '' ? null : draft.ours,
      mean: draft.mean,
      n: draft.n === '' ? null : draft.n,
      unit: draft.unit,
      minGroup: draft.minGroup,
    },
  };
}

/** True when every column the form names is still in the table (a new import may have replaced it). */
export function fitsColumns(draft: ReferenceDraft, columns: readonly ColumnInfo[]): boolean {
  const names = new Set(columns.map((c) => c.name));
  return [draft.component, draft.group, draft.mean, draft.n].every((name) => name === '' || names.has(name));
}

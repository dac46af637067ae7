import { z } from 'zod';

/**
 * A step's id: stable while the recipe is edited (reports, step editors and undo refer to it,
 * never to a position). The workbench hands out `step1`, `step2` …; a recipe written by hand may
 * use any short lower-case word (`koppel-sept`).
 */
export const STEP_ID = /^[a-z][a-z0-9_-]{0,39}$/;
export const StepId = z.string().regex(STEP_ID);

/** The next free `step<n>` id among `ids`. */
export function nextStepId(ids: Iterable<string>): string {
  let max = 0;
  for (const id of ids) {
    const m = /^step([1-9][0-9]{0,8})$/.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `step${max + 1}`;
}

/** A step as an editor builds it, before the recipe gives it an id. */
export type StepDraft<S extends { id: string } = import('./recipe').RecipeStep> = S extends { id: string } ? Omit<S, 'id'> & { id?: string } : never;

/**
 * An immutable undo history: the states before (`past`), the one shown (`present`) and the
 * ones undone (`future`). Undo and redo move through it; a new state drops the future.
 */
export interface UndoStack<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

/** Keeps memory bounded in a long session. */
export const UNDO_LIMIT = 200;

export function startStack<T>(present: T): UndoStack<T> {
  return { past: [], present, future: [] };
}

export function pushState<T>(stack: UndoStack<T>, next: T, limit = UNDO_LIMIT): UndoStack<T> {
  const past = [...stack.past, stack.present];
  return { past: past.slice(Math.max(0, past.length - limit)), present: next, future: [] };
}

export function canUndo<T>(stack: UndoStack<T>): boolean {
  return stack.past.length > 0;
}

export function canRedo<T>(stack: UndoStack<T>): boolean {
  return stack.future.length > 0;
}

/** Returns the stack after one undo, or the same stack when there is nothing to undo. */
export function undo<T>(stack: UndoStack<T>): UndoStack<T> {
  if (!canUndo(stack)) return stack;
  const previous = stack.past[stack.past.length - 1] as T;
  return { past: stack.past.slice(0, -1), present: previous, future: [stack.present, ...stack.future] };
}

export function redo<T>(stack: UndoStack<T>): UndoStack<T> {
  if (!canRedo(stack)) return stack;
  const [next, ...rest] = stack.future as [T, ...T[]];
  return { past: [...stack.past, stack.present], present: next, future: rest };
}

/** Drops neighbours that `same` holds equal, keeping the first of each run. */
function collapse<T>(states: readonly T[], same: (a: T, b: T) => boolean): T[] {
  return states.filter((s, i) => i === 0 || !same(states[i - 1] as T, s));
}

/**
 * Keeps the past and future states `keep` accepts (the present always stays), then merges
 * neighbours that `same` holds equal, also with the present: undo never lands on what is shown.
 */
export function filterStack<T>(stack: UndoStack<T>, keep: (state: T) => boolean, same: (a: T, b: T) => boolean): UndoStack<T> {
  // The present goes through `collapse` with its neighbours, then comes off again.
  const past = collapse([...stack.past.filter(keep), stack.present], same).slice(0, -1);
  const future = collapse([stack.present, ...stack.future.filter(keep)], same).slice(1);
  return { past, present: stack.present, future };
}

/** The stack without the state undo would go to: it cannot be shown any more. */
export function dropPrevious<T>(stack: UndoStack<T>): UndoStack<T> {
  return canUndo(stack) ? { ...stack, past: stack.past.slice(0, -1) } : stack;
}

/** The stack without the state redo would go to. */
export function dropNext<T>(stack: UndoStack<T>): UndoStack<T> {
  return canRedo(stack) ? { ...stack, future: stack.future.slice(1) } : stack;
}

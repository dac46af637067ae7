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

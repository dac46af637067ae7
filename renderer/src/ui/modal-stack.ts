import { useSyncExternalStore } from 'react';

/**
 * The open modal dialogs, innermost last. A modal `<dialog>` makes the rest of the page inert and
 * covers it, so what the user must read now (the error banner) goes into the innermost one.
 */
const stack: string[] = [];
const listeners = new Set<() => void>();
let top: string | null = null;

function changed(): void {
  top = stack.at(-1) ?? null;
  for (const listener of listeners) listener();
}

export function openModal(id: string): void {
  stack.push(id);
  changed();
}

export function closeModal(id: string): void {
  const at = stack.lastIndexOf(id);
  if (at === -1) return;
  stack.splice(at, 1);
  changed();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The innermost open modal's id, or null when none is open (outside React). */
export function topModal(): string | null {
  return top;
}

/** The innermost open modal's id, or null when none is open. */
export function useTopModal(): string | null {
  return useSyncExternalStore(subscribe, () => top);
}

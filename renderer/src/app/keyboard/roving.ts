import { type FocusEvent, type KeyboardEvent, type RefObject, useEffect } from 'react';

const KEYS = new Set(['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End']);

/**
 * One Tab stop for a long list of like controls (a filter's value checkboxes): Tab reaches the
 * item last used (the first at the start) and leaves the list; the arrow keys, Home and End move
 * within it; Space still ticks. Without it, a column of 87 pupil numbers takes 87 Tabs to pass.
 * Spread the returned handlers on the list element that `ref` points to.
 */
export function useRovingFocus(ref: RefObject<HTMLElement | null>, selector: string) {
  // After every render: exactly one item can be reached by Tab (the one focused last, if still there).
  useEffect(() => {
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>(selector) ?? []);
    const current = items.find((el) => el.dataset.roving === 'active') ?? items[0];
    for (const el of items) el.tabIndex = el === current ? 0 : -1;
  });

  const items = () => Array.from(ref.current?.querySelectorAll<HTMLElement>(selector) ?? []);
  return {
    onFocus(e: FocusEvent<HTMLElement>) {
      const all = items();
      if (!all.includes(e.target)) return;
      for (const el of all) {
        el.tabIndex = el === e.target ? 0 : -1;
        if (el === e.target) el.dataset.roving = 'active';
        else delete el.dataset.roving;
      }
    },
    onKeyDown(e: KeyboardEvent<HTMLElement>) {
      if (!KEYS.has(e.key) || e.ctrlKey || e.metaKey || e.altKey) return;
      const all = items();
      const at = all.indexOf(e.target as HTMLElement);
      if (at < 0) return;
      const forward = e.key === 'ArrowDown' || e.key === 'ArrowRight';
      const next = e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : forward ? Math.min(at + 1, all.length - 1) : Math.max(at - 1, 0);
      e.preventDefault();
      all[next]?.focus();
    },
  };
}

import type { KeyboardEvent } from 'react';

/** What the browser's Tab can reach (rows and header rows of AG Grid have tabindex 0: the reason for all this). */
const TABBABLE = 'a[href], button, input, select, textarea, [tabindex]';

function reachable(el: HTMLElement): boolean {
  return el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && !el.closest('[inert]');
}

/**
 * The control Tab reaches from inside `container` as if it were one field: the first one after
 * it in document order, or with Shift+Tab the last one before it. Null when there is none.
 */
export function controlBeside(container: HTMLElement, backwards: boolean): HTMLElement | null {
  const outside = Array.from(document.querySelectorAll<HTMLElement>(TABBABLE)).filter((el) => !container.contains(el) && reachable(el));
  const side = backwards ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING;
  const beside = outside.filter((el) => (container.compareDocumentPosition(el) & side) !== 0);
  return (backwards ? beside[beside.length - 1] : beside[0]) ?? null;
}

/**
 * Tab and Shift+Tab inside the grid leave it for the control after or before it, as from one
 * form field to the next; the arrow keys move between cells and headers. AG Grid would walk every
 * cell, and with `tabToNextCell` returning false the browser walks every row (each has tabindex 0).
 * For the grid's wrapper, in the capture phase, so the grid never sees the key.
 */
export function leaveGridOnTab(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Tab' || e.ctrlKey || e.altKey || e.metaKey) return;
  const target = controlBeside(e.currentTarget, e.shiftKey);
  if (!target) return;
  e.preventDefault();
  e.stopPropagation();
  target.focus();
}

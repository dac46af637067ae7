import type { GridApi } from 'ag-grid-community';

/** The result grid on screen (there is one at a time), for the shortcut and the skip link that enter it. */
let shown: GridApi | null = null;

export function registerGrid(api: GridApi): () => void {
  shown = api;
  return () => {
    if (shown === api) shown = null;
  };
}

/**
 * Puts the keyboard focus in the grid: on its first cell, scrolled into view, or on the first
 * column's header when the table has no rows. False when there is no grid to enter.
 */
export function focusGrid(): boolean {
  const api = shown;
  if (!api || api.isDestroyed()) return false;
  const first = api.getAllDisplayedColumns()[0];
  if (!first) return false;
  api.ensureColumnVisible(first, 'start');
  api.ensureIndexVisible(0, 'top');
  api.setFocusedCell(0, first);
  // No first row on screen (an empty table): its first header instead.
  if (!document.activeElement?.closest('.ag-cell')) api.setFocusedHeader(first);
  return true;
}

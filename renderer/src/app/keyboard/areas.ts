import { focusGrid } from '../../features/grid/gridFocus';
import { firstTabbable } from './focus';

/** The main areas a skip link, Alt+G or F6 goes to, in the order they stand on screen. */
export type AreaId = 'toolbar' | 'sources' | 'steps' | 'grid' | 'analysis' | 'storyList' | 'story';

/** F6 goes round these; the skip links offer all but the toolbar (it comes right after them). */
export const WORKBENCH_AREAS: AreaId[] = ['toolbar', 'sources', 'steps', 'grid', 'analysis'];
export const STORY_AREAS: AreaId[] = ['toolbar', 'storyList', 'story'];

/** The element that holds each area (the grid's is its wrapper; the grid itself is entered by focusGrid). */
const CONTAINER: Record<AreaId, string> = {
  toolbar: '.toolbar',
  sources: '[data-testid="sources-panel"]',
  steps: '[data-testid="recipe-steps"]',
  grid: '[data-testid="result-grid"]',
  analysis: '[data-testid="analysis-tabs"]',
  storyList: '[data-testid="story-list"]',
  story: '[data-testid="story-editor"]',
};

/** Where in an area the focus lands: the step shown, the tab shown, else the area's first control. */
const PREFERRED: Partial<Record<AreaId, string>> = {
  steps: '.step-show[aria-current]',
  analysis: '[role="tab"][aria-selected="true"]',
};

/** The control an area (not the grid: focusGrid) is entered at, if it is on screen. */
export function areaTarget(area: Exclude<AreaId, 'grid'>): HTMLElement | null {
  const container = document.querySelector(CONTAINER[area]);
  if (!container) return null;
  const preferred = PREFERRED[area];
  return (preferred ? container.querySelector<HTMLElement>(preferred) : null) ?? firstTabbable(container);
}

/** Focuses an area; false when it is not on screen (no recipe yet, another screen). */
export function focusArea(area: AreaId): boolean {
  if (area === 'grid') return focusGrid();
  const target = areaTarget(area);
  if (!target) return false;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
  return true;
}

/**
 * Where the focus stands among the areas: the index of the area holding it, or (between areas, on
 * a control of none) the position just before the next area in document order (−0.5 after the last).
 */
function position(areas: AreaId[]): number {
  const active = document.activeElement;
  if (!active || active === document.body) return -1;
  const containers = areas.map((a) => document.querySelector(CONTAINER[a]));
  const inside = containers.findIndex((c) => c?.contains(active));
  if (inside >= 0) return inside;
  const next = containers.findIndex((c) => c && (active.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  return (next < 0 ? areas.length : next) - 0.5;
}

/** F6 and Shift+F6: the next (or previous) area on screen after the one holding the focus. */
export function cycleArea(areas: AreaId[], step: 1 | -1): boolean {
  const from = position(areas);
  const start = Number.isInteger(from) ? from : step > 0 ? Math.ceil(from) - 1 : Math.floor(from) + 1;
  for (let i = 1; i <= areas.length; i++) {
    const index = (((start + step * i) % areas.length) + areas.length) % areas.length;
    if (focusArea(areas[index]!)) return true;
  }
  return false;
}

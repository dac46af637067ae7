import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

/**
 * The main window's size and place, remembered between runs in the user's data folder
 * (`window.json`). A remembered place is used only when it still lies on a screen (a projector
 * or a second monitor may be gone); the size never goes under the window's minimum.
 */

export interface WindowState {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

const MIN = { width: 960, height: 600 };
/** How much of the window must be on a screen's work area for its place to be kept. */
const VISIBLE = 100;

function isState(value: unknown): value is WindowState {
  const v = value as Partial<WindowState> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    [v.x, v.y, v.width, v.height].every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < 100_000) &&
    typeof v.maximized === 'boolean'
  );
}

/**
 * The bounds to open with: the remembered ones when they overlap a screen's work area by at least
 * 100 × 100 pixels, their size at least the minimum and at most the screen; else null (the default).
 */
export function placeWindow(saved: unknown, workAreas: readonly Rectangle[]): WindowState | null {
  if (!isState(saved)) return null;
  const area = workAreas.find(
    (a) =>
      Math.min(saved.x + saved.width, a.x + a.width) - Math.max(saved.x, a.x) >= VISIBLE &&
      Math.min(saved.y + saved.height, a.y + a.height) - Math.max(saved.y, a.y) >= VISIBLE,
  );
  if (!area) return null;
  const width = Math.round(Math.min(Math.max(saved.width, MIN.width), area.width));
  const height = Math.round(Math.min(Math.max(saved.height, MIN.height), area.height));
  return { x: Math.round(saved.x), y: Math.round(saved.y), width, height, maximized: saved.maximized };
}

export async function readWindowState(file: string): Promise<unknown> {
  try {
    const text = await readFile(file, 'utf8');
    // A few numbers: anything long is not ours.
    return text.length > 1000 ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/** The window's normal (not maximised) bounds and whether it is maximised, written whole or not at all. */
export async function saveWindowState(file: string, window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>): Promise<void> {
  const state: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() };
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify(state), { mode: 0o600 });
  await rename(partial, file);
}

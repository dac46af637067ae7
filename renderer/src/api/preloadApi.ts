import type { PreloadApi } from '../../../shared/api/preload';

export type { PreloadApi };

/** The Electron preload marks its bridge with `shell: 'electron'`; the browser has no bridge. */
export function isPreloadApi(value: unknown): value is PreloadApi {
  return typeof value === 'object' && value !== null && (value as { shell?: unknown }).shell === 'electron';
}

/** What the browser page learns from its address at start-up. */
export interface BootParams {
  /** The host's per-run token, or null when there is none (Electron, or a stale tab). */
  token: string | null;
  /** Open the demo project right away. */
  demo: boolean;
  /** The address without the token and the demo flag, for `history.replaceState`. */
  cleanUrl: string;
  /** Whether the address bar needs rewriting. */
  changed: boolean;
}

export interface TokenStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const TOKEN_KEY = 'werkbank.token';

/**
 * Reads `?token=…&demo=1` from the page address. The token is kept in session storage so a
 * reload keeps working once it has been removed from the address bar (where it would end
 * up in the history and in screenshots).
 */
export function readBootParams(href: string, store: TokenStore): BootParams {
  const url = new URL(href);
  const fromUrl = url.searchParams.get('token');
  const demo = url.searchParams.get('demo') === '1';
  if (fromUrl) store.setItem(TOKEN_KEY, fromUrl);
  const token = fromUrl || store.getItem(TOKEN_KEY);
  const changed = url.searchParams.has('token') || url.searchParams.has('demo');
  url.searchParams.delete('token');
  url.searchParams.delete('demo');
  return { token: token || null, demo, cleanUrl: url.pathname + url.search + url.hash, changed };
}

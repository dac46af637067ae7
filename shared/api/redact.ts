/**
 * Absolute paths out of messages: an engine error's detail (DuckDB's "… in file
 * '/tmp/werkbank-…/bad.parquet'", Node's "ENOENT: …, open 'C:\Users\jan.peeters\…'") would show
 * the temp folder and, on Windows, the user's name. A path becomes its last segment (the file
 * name the user knows). One linear pass per pattern; no backtracking beyond a single segment.
 */

/** A quoted absolute path (may hold spaces): POSIX, drive letter, UNC or file: URL. */
const QUOTED = /(['"`])((?:file:\/\/\/?|\/|[A-Za-z]:[\\/]|\\\\)[^'"`\r\n]*)\1/g;
/**
 * An unquoted absolute path at the start or after whitespace or `(`, up to whitespace. The
 * path's characters exclude those that may precede one, so candidate runs never overlap.
 */
const BARE = /(^|[\s(])((?:file:\/\/\/?|[A-Za-z]:[\\/]|\\\\|\/)[^\s'"`,;()]*[\\/][^\s'"`,;()]*)/g;

function lastSegment(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  const name = cut === -1 ? trimmed : trimmed.slice(cut + 1);
  return name === '' || /^[A-Za-z]:$/.test(name) ? '…' : name;
}

export function redactPaths(text: string): string {
  if (text.indexOf('/') === -1 && text.indexOf('\\') === -1) return text;
  return text
    .replace(QUOTED, (_, quote: string, path: string) => `${quote}${lastSegment(path)}${quote}`)
    .replace(BARE, (_, before: string, path: string) => `${before}${lastSegment(path)}`);
}

/** The parameters of a message with every string's paths reduced to file names. */
export function redactParams(params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) out[key] = typeof value === 'string' ? redactPaths(value) : value;
  return out;
}

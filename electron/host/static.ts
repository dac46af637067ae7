import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

/** What the built renderer consists of; any other kind of file is not served. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(fileName: string): string | undefined {
  return CONTENT_TYPES[extname(fileName).toLowerCase()];
}

/**
 * Maps a URL path to a file inside `root`, or null when the path is not one we serve:
 * malformed escapes, dotfiles, `..`, backslashes or NUL bytes anywhere, unknown file types.
 * The path has already been normalised by the URL parser; this is the second line.
 */
export function staticPathFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded === '/') decoded = '/index.html';
  if (!decoded.startsWith('/') || /[\\\0]/.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.some((s) => s === '' || s.startsWith('.'))) return null;
  if (!contentTypeOf(decoded)) return null;
  const file = join(root, ...segments);
  return isInside(root, file) ? file : null;
}

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel);
}

/**
 * Serves one file of the renderer. Symbolic links that lead out of the renderer folder
 * and directories count as missing. Returns false when nothing was served.
 */
export async function serveStatic(res: ServerResponse, root: string, urlPath: string, head: boolean): Promise<boolean> {
  const file = staticPathFor(root, urlPath);
  if (!file) return false;
  let real: string;
  let size: number;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInside(realRoot, realFile)) return false;
    const info = await stat(realFile);
    if (!info.isFile()) return false;
    real = realFile;
    size = info.size;
  } catch {
    return false;
  }
  res.writeHead(200, { 'Content-Type': contentTypeOf(file)!, 'Content-Length': size });
  if (head) {
    res.end();
    return true;
  }
  await pipeFile(res, real);
  return true;
}

/** Streams a file to the response; a read failure mid-way can only cut the connection. */
export function pipeFile(res: ServerResponse, path: string): Promise<void> {
  return new Promise((resolve) => {
    const stream = createReadStream(path);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    res.on('close', () => {
      stream.destroy();
      resolve();
    });
    stream.pipe(res);
  });
}

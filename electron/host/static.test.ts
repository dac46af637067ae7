import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, staticPathFor } from './static';

const root = join('/srv', 'werkbank', 'renderer');

describe('staticPathFor', () => {
  it('maps / to index.html and asset paths into the renderer folder', () => {
    expect(staticPathFor(root, '/')).toBe(join(root, 'index.html'));
    expect(staticPathFor(root, '/assets/index-Ab12.js')).toBe(join(root, 'assets', 'index-Ab12.js'));
    expect(staticPathFor(root, '/assets/font%20one.woff2')).toBe(join(root, 'assets', 'font one.woff2'));
  });

  it('refuses traversal however it is spelled, without relying on the URL parser', () => {
    for (const path of [
      '/../package.json',
      '/assets/../../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/assets/..%2F..%2Fsecret.json',
      '/..%5cpackage.json',
      '/assets\\..\\..\\package.json',
    ]) {
      expect(staticPathFor(root, path), path).toBeNull();
    }
  });

  it('refuses dotfiles, dot folders, empty segments, NUL bytes and bad escapes', () => {
    for (const path of ['/.env.json', '/.git/config.json', '/assets/.hidden.js', '/assets//app.js', '/assets/', '/a%00.js', '/%E0%A4%A.js']) {
      expect(staticPathFor(root, path), path).toBeNull();
    }
  });

  it('serves known file types only', () => {
    expect(staticPathFor(root, '/assets/app.exe')).toBeNull();
    expect(staticPathFor(root, '/assets/README')).toBeNull();
    expect(contentTypeOf('a.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('a.png')).toBe('image/png');
    expect(contentTypeOf('a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a.json')).toMatch(/^application\/json/);
    expect(contentTypeOf('a.js.map')).toMatch(/^application\/json/);
  });
});

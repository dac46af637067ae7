import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run package:dir` for real, with a stand-in Electron: the build (into a folder of its own,
 * so that a dist/ someone is using is left alone), then scripts/package.mjs with
 * WERKBANK_ELECTRON_DIST. Then what app.asar holds is checked against what the app needs.
 * The Debian package is built too, with a stand-in fpm that keeps the desktop entry and the
 * MIME type file electron-builder hands it: the file association as Linux sees it.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The stand-in Electron runs on Linux only; the macOS and Windows CI jobs package the real one. */
const notHere = process.platform === 'linux' ? null : `the stand-in Electron is a Linux build (${process.platform} here): the CI job of this system packages the real installer instead`;
if (notHere !== null) console.log(`scripts/package.test.ts skipped: ${notHere}`);

let work = '';
let resources = '';
let sourceMapResources = '';
let captured = '';
let asarFiles: string[] = [];

/** What electron-builder copies from an unpacked Electron for Linux: the binary is renamed, resources/ gets the app. */
function standInElectron(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stand-in Electron: not runnable" >&2\nexit 1\n');
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>\n');
  writeFileSync(join(dir, 'version'), '45.4.1');
}

/** An fpm that keeps the files installed under /usr/share and writes an empty package. */
function standInFpm(path: string, captureDir: string): void {
  writeFileSync(
    path,
    [
      '#!/bin/sh',
      'while [ $# -gt 0 ]; do',
      '  case "$1" in',
      '    --package) shift; : > "$1" ;;',
      `    *=/usr/share/*) cp "\${1%%=*}" "${captureDir}/$(basename "\${1#*=}")" ;;`,
      '  esac',
      '  shift',
      'done',
      '',
    ].join('\n'),
  );
  chmodSync(path, 0o755);
}

function packageApp(project: string, output: string, env: NodeJS.ProcessEnv, extra: string[]): void {
  execFileSync(process.execPath, [join(root, 'scripts', 'package.mjs'), ...extra, '--projectDir', project, `-c.directories.output=${output}`], {
    env: { ...process.env, ...env },
    stdio: 'pipe',
  });
}

/** The node_modules packages in a list of asar paths (`@scope/name` or `name`). */
function packagesIn(files: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    const match = /^\/node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*)(\/|$)/.exec(file);
    if (match) names.add(match[1]);
  }
  return names;
}

/** A package and everything it depends on that is installed (optional platform packages included). */
function closure(names: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    const manifest = join(root, 'node_modules', name, 'package.json');
    if (seen.has(name) || !existsSync(manifest)) continue;
    seen.add(name);
    const meta = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: object; optionalDependencies?: object };
    queue.push(...Object.keys(meta.dependencies ?? {}), ...Object.keys(meta.optionalDependencies ?? {}));
  }
  return seen;
}

describe.skipIf(notHere !== null)('npm run package:dir with a stand-in Electron', () => {
  beforeAll(() => {
    // Inside the repository, so that node_modules can be hard-linked (same file system).
    work = mkdtempSync(join(root, '.package-test-'));
    const project = join(work, 'project');
    mkdirSync(project);
    for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml']) copyFileSync(join(root, file), join(project, file));
    // A hard-linked copy, not a symlink: through a symlink `npm ls` (electron-builder's dependency
    // collector) sees every package as a link outside the project and drops the nested ones.
    execFileSync('cp', ['-al', join(root, 'node_modules'), join(project, 'node_modules')]);
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--out-dir', join(project, 'dist')], { stdio: 'pipe' });

    const electron = join(work, 'electron');
    standInElectron(electron);
    const fpm = join(work, 'fpm');
    captured = join(work, 'captured');
    mkdirSync(captured);
    standInFpm(fpm, captured);
    // The Debian package needs a homepage (CI gives the repository's).
    const env = { WERKBANK_ELECTRON_DIST: electron, CUSTOM_FPM_PATH: fpm };
    packageApp(project, join(work, 'out'), env, ['--linux', 'dir', 'deb', '-c.extraMetadata.homepage=https://example.invalid/werkbank']);
    packageApp(project, join(work, 'out-maps'), env, ['--dir', '--linux', '--source-maps']);
    resources = join(work, 'out', 'linux-unpacked', 'resources');
    sourceMapResources = join(work, 'out-maps', 'linux-unpacked', 'resources');
    asarFiles = listPackage(join(resources, 'app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
  }, 240_000);

  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it('holds the main, preload and worker bundles and the renderer with every asset its page loads', () => {
    for (const file of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/electron/sheet-worker.mjs', '/dist/electron/decode-worker.cjs', '/dist/renderer/index.html']) {
      expect(asarFiles, file).toContain(file);
    }
    const page = asarText('dist/renderer/index.html');
    const assets = [...page.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => `/dist/renderer/${match[1]}`);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asarFiles, asset).toContain(asset);
    const manifest = JSON.parse(asarText('package.json')) as Record<string, unknown>;
    expect(manifest.main).toBe('dist/electron/main.cjs');
    expect(manifest).not.toHaveProperty('devDependencies');
  });

  it('holds no tests, sources, source maps or the Node-only bundles', () => {
    const offending = asarFiles.filter(
      (file) =>
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(file) ||
        /\.map$/.test(file) ||
        /\.tsx?$/.test(file) ||
        /^\/(e2e|electron|renderer|shared|scripts|docs|examples|test-results|release|src)(\/|$)/.test(file) ||
        /^\/dist\/electron\/(host|cli)\.mjs$/.test(file),
    );
    expect(offending).toEqual([]);
  });

  it('holds the packages the main bundle loads at run time with their dependencies, and no others', () => {
    const bundle = asarText('dist/electron/main.cjs');
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const required = [...bundle.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]).filter((name) => !builtins.has(name) && name !== 'electron');
    // Not required but resolved (electron/engine/export/story/fonts.ts): the chart and handout font.
    expect(bundle).toContain('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
    const needed = closure([...new Set(required), 'dejavu-fonts-ttf']);
    expect(required).toEqual(expect.arrayContaining(['@duckdb/node-api', '@resvg/resvg-js']));
    const packed = packagesIn(asarFiles);
    expect([...packed].sort()).toEqual([...needed].sort());
    const devOnly = Object.keys(packageJson.devDependencies).filter((name) => !(name in packageJson.dependencies));
    expect([...packed].filter((name) => devOnly.includes(name))).toEqual([]);
  });

  it('unpacks DuckDB’s and resvg’s native files, the font resvg reads and the workers from app.asar', () => {
    const duckdb = `@duckdb/node-bindings-${process.platform}-${process.arch}`;
    const nativeFiles = asarFiles.filter((file) => /\.(node|so|dylib|dll)$/.test(file));
    expect(nativeFiles).toEqual(expect.arrayContaining([`/node_modules/${duckdb}/duckdb.node`, `/node_modules/${duckdb}/libduckdb.so`]));
    expect(nativeFiles.some((file) => file.startsWith('/node_modules/@resvg/') && file.endsWith('.node'))).toBe(true);
    const unpacked = [...nativeFiles, '/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', '/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', '/dist/electron/sheet-worker.mjs', '/dist/electron/decode-worker.cjs'];
    for (const file of unpacked) {
      expect(statFile(join(resources, 'app.asar'), file.slice(1)), file).toHaveProperty('unpacked', true);
      expect(existsSync(join(resources, 'app.asar.unpacked', file)), file).toBe(true);
    }
    // Nothing else is unpacked: the rest stays in the archive.
    expect(listTree(join(resources, 'app.asar.unpacked')).sort()).toEqual(
      unpacked.concat(asarFiles.filter((file) => /^\/node_modules\/(@duckdb\/node-bindings-|@resvg\/resvg-js-)[^/]+\/(package\.json|LICENSE)$/.test(file))).sort(),
    );
  });

  it('registers the .werkbank file association with its MIME type (the Debian package’s desktop entry)', () => {
    const desktop = readFileSync(join(captured, 'datateam-werkbank.desktop'), 'utf8');
    expect(desktop).toMatch(/^MimeType=application\/x-werkbank;$/m);
    expect(desktop).toMatch(/^Exec=.* %U$/m);
    const mime = readFileSync(join(captured, 'datateam-werkbank.xml'), 'utf8');
    expect(mime).toContain('<mime-type type="application/x-werkbank">');
    expect(mime).toContain('<glob pattern="*.werkbank"/>');
  });

  it('keeps the engine’s source maps only when asked (--source-maps)', () => {
    const withMaps = listPackage(join(sourceMapResources, 'app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/'));
    expect(withMaps).toEqual(expect.arrayContaining(['/dist/electron/main.cjs.map', '/dist/electron/preload.cjs.map']));
    expect(withMaps.filter((file) => /\/(host|cli)\.mjs/.test(file))).toEqual([]);
    expect(asarFiles.filter((file) => file.endsWith('.map'))).toEqual([]);
  });
});

/** A file of the packaged app.asar as text. */
function asarText(path: string): string {
  return extractFile(join(resources, 'app.asar'), path).toString('utf8');
}

/** The files under a folder, as asar-style paths (`/a/b`). */
function listTree(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listTree(join(dir, entry.name), `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
  );
}

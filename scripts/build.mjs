// Builds everything `npm start`, the browser host, the CLI and electron-builder need:
// the renderer with Vite, then one esbuild bundle per process. `--no-renderer` skips Vite;
// `--out-dir <folder>` builds into that folder instead of dist/ (scripts/package.test.ts).
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => resolve(root, path);
const outDirArg = process.argv.indexOf('--out-dir');
const outDir = outDirArg === -1 ? at('dist') : resolve(process.argv[outDirArg + 1] ?? '');
/** Where a path under dist/ goes. */
const out = (path) => join(outDir, relative('dist', path));

/** The main process runs as CommonJS; these stand in for ES module metadata there. */
const CJS_IMPORT_META = {
  banner: { js: "var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl', 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
};

const bundles = [
  {
    what: 'Electron main',
    entry: 'electron/main/main.ts',
    outfile: 'dist/electron/main.cjs',
    // DuckDB and resvg (chart images) are native modules: they stay in node_modules (unpacked from app.asar).
    options: { platform: 'node', format: 'cjs', target: 'node22', external: ['electron', '@duckdb/*', '@resvg/*'], ...CJS_IMPORT_META },
  },
  {
    what: 'Electron preload',
    entry: 'electron/preload/preload.ts',
    outfile: 'dist/electron/preload.cjs',
    // A sandboxed preload may require nothing but `electron`: everything else is bundled,
    // and the browser platform makes any Node import fail here rather than at run time.
    options: { platform: 'browser', format: 'cjs', target: 'es2022', external: ['electron'], minify: true },
  },
  {
    what: 'browser host',
    entry: 'electron/host/main.ts',
    outfile: 'dist/electron/host.mjs',
    options: { platform: 'node', format: 'esm', target: 'node20', packages: 'external' },
  },
  {
    what: 'CLI',
    entry: 'electron/cli.ts',
    outfile: 'dist/electron/cli.mjs',
    options: { platform: 'node', format: 'esm', target: 'node20', packages: 'external' },
  },
  {
    // Spreadsheet staging's worker thread, started by import/formats/sheet/spreadsheet.ts from beside the
    // bundle that runs it (main.cjs, host.mjs, cli.mjs). Self-contained: needs only Node built-ins.
    what: 'sheet worker',
    entry: 'electron/engine/import/formats/sheet/sheet-worker.ts',
    outfile: 'dist/electron/sheet-worker.mjs',
    options: { platform: 'node', format: 'esm', target: 'node20' },
  },
  {
    // Delimited-text staging's worker thread, started by import/formats/text/text-worker.ts from beside the
    // bundle. CommonJS because it bundles iconv-lite (CommonJS requiring Node built-ins).
    what: 'decode worker',
    entry: 'electron/engine/import/formats/text/decode-worker.ts',
    outfile: 'dist/electron/decode-worker.cjs',
    options: { platform: 'node', format: 'cjs', target: 'node20' },
  },
];

async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: at('vite.config.ts'), logLevel: 'warn', build: { outDir: out('dist/renderer') } });
  console.log(`${relative(root, out('dist/renderer/index.html'))}  (renderer, vite)`);
}

async function buildBundle({ what, entry, outfile, options }) {
  if (!existsSync(at(entry))) throw new Error(`${entry} is missing`);
  await esbuild({
    entryPoints: [at(entry)],
    outfile: out(outfile),
    bundle: true,
    sourcemap: true,
    logLevel: 'warning',
    ...options,
  });
  console.log(`${relative(root, out(outfile))}  (${what}, esbuild)`);
}

async function main() {
  process.chdir(root); // vite.config.ts names its folders relative to the repository
  if (!process.argv.includes('--no-renderer')) await buildRenderer();
  for (const bundle of bundles) await buildBundle(bundle);
}

main().catch((error) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

// Lint, including the layer rules of DESIGN.md (the way VS Code keeps common/ free of node/ and browser/).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** gitignore-style pattern (as no-restricted-imports uses) to a regular expression, for dynamic imports. */
function globToRegExp(glob) {
  const parts = glob.split('**/').map((part) =>
    part
      .split('**')
      .map((p) => p.split('*').map((q) => q.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
      .join('.*'),
  );
  return new RegExp(`^(.*/)?${parts.join('(.*/)?')}(/.*)?$`);
}

/** `import('…')` escapes no-restricted-imports; this rule applies the same lists to it. */
const layerPlugin = {
  rules: {
    'no-dynamic-import': {
      meta: { type: 'problem', schema: false },
      create(context) {
        const [{ restrictions }] = context.options;
        const compiled = restrictions.map(({ paths, patterns, message }) => ({ paths, regexps: patterns.map(globToRegExp), message }));
        return {
          ImportExpression(node) {
            const name = node.source.type === 'Literal' ? node.source.value : null;
            if (typeof name !== 'string') return;
            const broken = compiled.find(({ paths, regexps }) => paths.includes(name) || regexps.some((r) => r.test(name)));
            if (broken) context.report({ node, message: broken.message });
          },
        };
      },
    },
  },
};

/** What a layer may not import: module patterns (gitignore style), exact names, and why (DESIGN.md). */
function restriction(patterns, paths, why) {
  return { patterns, paths, why };
}

/**
 * The restrictions of a layer, each with its message saying which rule of DESIGN.md is broken.
 * A later config replaces an earlier one's rule options for the same file, so a room inside a
 * layer (engine/import/ inside engine/) lists its layer's restriction too.
 */
function layer(files, ...restrictions) {
  return {
    files,
    plugins: { layers: layerPlugin },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: restrictions.flatMap(({ paths, why }) => paths.map((name) => ({ name, message: why }))),
          patterns: restrictions.flatMap(({ patterns, why }) => patterns.map((group) => ({ group: [group], message: why }))),
        },
      ],
      'layers/no-dynamic-import': [
        'error',
        { restrictions: restrictions.map(({ patterns, paths, why }) => ({ patterns, paths, message: why })) },
      ],
    },
  };
}

/** The engine runs under plain Node (tests, CLI, browser host): no electron package, no shell. */
const ENGINE = restriction(
  ['**/renderer/**', '**/main/**', '**/preload/**', '**/host/**'],
  ['electron'],
  'electron/engine/ runs under plain Node: it never imports the electron package or a shell (DESIGN.md).',
);

/** The engine's rooms (DESIGN.md, layers); db/ may import none of the others. */
const ENGINE_ROOMS = ['import', 'project', 'recipe', 'analysis', 'story', 'export', 'infra', 'testing'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**', '.package-test-*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    ignores: ['renderer/**'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // The renderer runs sandboxed: Node's globals do not exist there (DESIGN.md).
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global'],
    },
  },
  layer(
    ['shared/**/*.ts'],
    restriction(
      ['**/electron/**', '**/renderer/**', 'electron/*', 'react', 'react-dom', 'ag-grid-*', 'plotly.js*'],
      ['electron', ...nodeBuiltins],
      'shared/ is pure TypeScript: no electron/, no renderer/, no Node or DOM API (DESIGN.md, layers).',
    ),
  ),
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer'],
    },
  },
  layer(
    ['renderer/**/*.{ts,tsx}'],
    restriction(
      ['**/electron/**', 'electron/*', '@duckdb/*', 'iconv-lite', 'fflate'],
      ['electron', ...nodeBuiltins],
      'renderer/ imports shared/ and its own files only; it reaches the engine through the typed API (DESIGN.md).',
    ),
  ),
  layer(['electron/engine/**/*.ts'], ENGINE),
  // Inside the engine: reading files knows nothing of the project or of recipes.
  layer(
    ['electron/engine/import/**/*.ts'],
    ENGINE,
    restriction(
      ['**/project/**', '**/recipe/**'],
      [],
      'electron/engine/import/ never imports project/ or recipe/: files become tables without knowing where they go (DESIGN.md, layers).',
    ),
  ),
  // db/ is the bottom of the engine: the DuckDB session, SQL quoting and reserved names.
  layer(
    ['electron/engine/db/**/*.ts'],
    ENGINE,
    restriction(
      [...ENGINE_ROOMS.flatMap((room) => [`../${room}`, `../${room}/**`, `**/engine/${room}`, `**/engine/${room}/**`]), '**/engine/api'],
      ['../api'],
      'electron/engine/db/ depends on nothing else of the engine (DESIGN.md, layers).',
    ),
  ),
  // infra/ is plumbing (files, jobs, temp folder, zip reading): it knows no domain room of the engine.
  // Its tests may drive it through the rooms that use it (the temp root under a real session).
  {
    ...layer(
      ['electron/engine/infra/**/*.ts'],
      ENGINE,
      restriction(
        [...ENGINE_ROOMS.filter((room) => room !== 'infra').flatMap((room) => [`../${room}`, `../${room}/**`, `**/engine/${room}`, `**/engine/${room}/**`]), '**/engine/db/**', '../db/**', '**/engine/api'],
        ['../api'],
        'electron/engine/infra/ depends on no other room of the engine: plumbing without a domain (docs/architecture.md).',
      ),
    ),
    ignores: ['**/*.test.ts'],
  },
  layer(
    ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    restriction(['**/renderer/**'], [], 'The shells reach the renderer only through the contract in shared/api (DESIGN.md).'),
  ),
  layer(
    ['electron/host/**/*.ts', 'electron/cli.ts'],
    restriction(
      ['**/renderer/**', '**/main/**', '**/preload/**'],
      ['electron'],
      'The browser host and the CLI run under plain Node: no electron package, no renderer (DESIGN.md).',
    ),
  ),
);

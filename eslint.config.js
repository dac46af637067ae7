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
        const [{ paths, patterns, message }] = context.options;
        const regexps = patterns.map(globToRegExp);
        return {
          ImportExpression(node) {
            const name = node.source.type === 'Literal' ? node.source.value : null;
            if (typeof name !== 'string') return;
            if (paths.includes(name) || regexps.some((r) => r.test(name))) context.report({ node, message });
          },
        };
      },
    },
  },
};

/** One restriction per layer; the messages say which rule of DESIGN.md is broken. */
function layer(files, patterns, paths, why) {
  return {
    files,
    plugins: { layers: layerPlugin },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: paths.map((name) => ({ name, message: why })),
          patterns: patterns.map((group) => ({ group: [group], message: why })),
        },
      ],
      'layers/no-dynamic-import': ['error', { paths, patterns, message: why }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
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
    ['**/electron/**', '**/renderer/**', 'electron/*', 'react', 'react-dom', 'ag-grid-*', 'plotly.js*'],
    ['electron', ...nodeBuiltins],
    'shared/ is pure TypeScript: no electron/, no renderer/, no Node or DOM API (DESIGN.md, layers).',
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
    ['**/electron/**', 'electron/*', '@duckdb/*', 'iconv-lite', 'fflate'],
    ['electron', ...nodeBuiltins],
    'renderer/ imports shared/ and its own files only; it reaches the engine through the typed API (DESIGN.md).',
  ),
  layer(
    ['electron/engine/**/*.ts'],
    ['**/renderer/**', '**/main/**', '**/preload/**', '**/host/**'],
    ['electron'],
    'electron/engine/ runs under plain Node: it never imports the electron package or a shell (DESIGN.md).',
  ),
  layer(
    ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    ['**/renderer/**'],
    [],
    'The shells reach the renderer only through the contract in shared/api (DESIGN.md).',
  ),
  layer(
    ['electron/host/**/*.ts', 'electron/cli.ts'],
    ['**/renderer/**', '**/main/**', '**/preload/**'],
    ['electron'],
    'The browser host and the CLI run under plain Node: no electron package, no renderer (DESIGN.md).',
  ),
);

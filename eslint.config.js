// Lint, including the layer rules of DESIGN.md (the way VS Code keeps common/ free of node/ and browser/).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** One restriction per layer; the messages say which rule of DESIGN.md is broken. */
function layer(files, patterns, paths, why) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: paths.map((name) => ({ name, message: why })),
          patterns: patterns.map((group) => ({ group: [group], message: why })),
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
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
    ['**/electron/**', 'electron/*'],
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
    ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'electron/host/**/*.ts', 'electron/cli.ts'],
    ['**/renderer/**'],
    [],
    'The shells reach the renderer only through the contract in shared/api (DESIGN.md).',
  ),
);

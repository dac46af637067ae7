import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Proves the lint step enforces the layer rules of DESIGN.md: each forbidden import below
 * fails with the layer message, and the allowed ones pass.
 */
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => ['no-restricted-imports', 'no-restricted-globals', 'layers/no-dynamic-import'].includes(m.ruleId ?? ''))
    .map((m) => m.message);
}

describe('layer rules in lint', () => {
  it.each([
    ['shared/model/x.ts', "import { readFile } from 'node:fs';\nexport const f = readFile;\n"],
    ['shared/model/x.ts', "import fs from 'fs';\nexport const f = fs;\n"],
    ['shared/model/x.ts', "import { createEngine } from '../../electron/engine/api';\nexport const f = createEngine;\n"],
    ['shared/model/x.ts', "import { App } from '../../renderer/src/App';\nexport const f = App;\n"],
    ['shared/model/x.ts', 'export const w = window.location;\n'],
    ['renderer/src/x.ts', "import { readFile } from 'node:fs';\nexport const f = readFile;\n"],
    ['renderer/src/x.ts', "import { Workspace } from '../../electron/engine/workspace';\nexport const f = Workspace;\n"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const f = ipcRenderer;\n"],
    ['electron/engine/x.ts', "import { app } from 'electron';\nexport const f = app;\n"],
    ['electron/engine/x.ts', "import { startHost } from '../host/server';\nexport const f = startHost;\n"],
    ['electron/host/x.ts', "import { App } from '../../renderer/src/App';\nexport const f = App;\n"],
    ['electron/host/x.ts', "import { app } from 'electron';\nexport const f = app;\n"],
    ['electron/cli.ts', "import { app } from 'electron';\nexport const f = app;\n"],
    ['electron/engine/x.ts', "export const f = () => import('electron');\n"],
    ['renderer/src/x.ts', "export const f = () => import('node:fs');\n"],
    ['renderer/src/x.ts', "export const f = () => import('../../electron/engine/api');\n"],
    ['renderer/src/x.ts', "import { DuckDBInstance } from '@duckdb/node-api';\nexport const f = DuckDBInstance;\n"],
    ['renderer/src/x.ts', 'export const f = process.env.HOME;\n'],
    ['shared/model/x.ts', "export const f = () => import('fs/promises');\n"],
  ])('%s: forbidden import fails the lint', async (file, code) => {
    const errors = await layerErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
  });

  it.each([
    ['shared/model/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/api/contract';\nexport const c = contract;\n"],
    ['electron/engine/x.ts', "import { readFile } from 'node:fs/promises';\nexport const f = readFile;\n"],
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const f = app;\n"],
    ['electron/engine/x.ts', "export const f = () => import('node:worker_threads');\n"],
    ['renderer/src/x.ts', "export const f = () => import('./chart/loadPlotly');\n"],
  ])('%s: allowed import passes', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});

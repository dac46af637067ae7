import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Proves the lint step enforces the layer rules of DESIGN.md (and the engine's room rules:
 * import/ never reaches project/ or recipe/, db/ depends on nothing else of the engine): each
 * forbidden import below fails with the layer message, and the allowed ones pass.
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
    ['renderer/src/x.ts', "import { Project } from '../../electron/engine/project/project';\nexport const f = Project;\n"],
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
    // Engine rooms: import/ never reaches project/ or recipe/; db/ depends on nothing else of the engine.
    ['electron/engine/import/stage/x.ts', "import { Project } from '../../project/project';\nexport const f = Project;\n"],
    ['electron/engine/import/formats/text/x.ts', "import { compileRecipe } from '../../../recipe/compile';\nexport const f = compileRecipe;\n"],
    ['electron/engine/import/x.ts', "import { saveProject } from '../project/store';\nexport const f = saveProject;\n"],
    ['electron/engine/import/x.ts', "export const f = () => import('../recipe/paging');\n"],
    ['electron/engine/import/analyse/x.ts', "import { app } from 'electron';\nexport const f = app;\n"],
    ['electron/engine/db/x.ts', "import { Jobs } from '../infra/jobs';\nexport const f = Jobs;\n"],
    ['electron/engine/db/x.ts', "import { sqlRunner } from '../import/sql-runner';\nexport const f = sqlRunner;\n"],
    ['electron/engine/db/x.ts', "import { Project } from '../project/project';\nexport const f = Project;\n"],
    ['electron/engine/db/x.ts', "import { compileRecipe } from '../recipe/compile';\nexport const f = compileRecipe;\n"],
    ['electron/engine/db/x.ts', "import { groupSummary } from '../analysis/group-summary';\nexport const f = groupSummary;\n"],
    ['electron/engine/db/x.ts', "import { writeCsv } from '../export/csv';\nexport const f = writeCsv;\n"],
    ['electron/engine/db/x.ts', "import { createEngine } from '../api';\nexport const f = createEngine;\n"],
    ['electron/engine/db/x.ts', "export const f = () => import('../project/store');\n"],
    ['electron/engine/db/x.ts', "import { app } from 'electron';\nexport const f = app;\n"],
    // infra/ is plumbing: no domain room, not even db/.
    ['electron/engine/infra/x.ts', "import { stageFile } from '../import/index';\nexport const f = stageFile;\n"],
    ['electron/engine/infra/x.ts', "import { Project } from '../project/project';\nexport const f = Project;\n"],
    ['electron/engine/infra/x.ts', "import { Session } from '../db/session';\nexport const f = Session;\n"],
    ['electron/engine/infra/x.ts', "import { createEngine } from '../api';\nexport const f = createEngine;\n"],
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
    ['electron/engine/import/analyse/x.ts', "import { ident } from '../../db/sql';\nexport const f = ident;\n"],
    ['electron/engine/import/stage/x.ts', "import { PROJECT_FORMAT_VERSION } from '../../../../shared/model/project';\nexport const f = PROJECT_FORMAT_VERSION;\n"],
    ['electron/engine/import/x.ts', "import { RECIPE_VERSION } from '../../../shared/model/recipe';\nexport const f = RECIPE_VERSION;\n"],
    ['electron/engine/db/x.ts', "import { ident } from './sql';\nexport const f = ident;\n"],
    ['electron/engine/db/x.ts', "import { WerkbankError } from '../../../shared/api/errors';\nexport const f = WerkbankError;\n"],
    ['electron/engine/project/x.ts', "import { stageFile } from '../import/index';\nexport const f = stageFile;\n"],
    ['electron/engine/infra/x.ts', "import { WerkbankError } from '../../../shared/api/errors';\nexport const f = WerkbankError;\n"],
    ['electron/engine/import/formats/sheet/x.ts', "import { ZipReader } from '../../../infra/zip';\nexport const f = ZipReader;\n"],
  ])('%s: allowed import passes', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});

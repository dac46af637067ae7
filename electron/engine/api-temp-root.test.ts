import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createEngine } from './api';
import { samplePath } from './import/testing/samples';
import { Session } from './db/session';
import { ROOT_PREFIX } from './infra/temp-root';
import { apiCaller } from './testing/api-caller';

// The engine finds the temp dir through os.tmpdir(): point it at a folder of this test's own.
const ENV = ['TMPDIR', 'TMP', 'TEMP'] as const;
const saved = ENV.map((name) => process.env[name]);
let tmp: string;
let chosen: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'werkbank-tmpdir-'));
  chosen = mkdtempSync(join(tmpdir(), 'werkbank-chosen-'));
  for (const name of ENV) process.env[name] = tmp;
  expect(tmpdir()).toBe(tmp);
});
afterAll(() => {
  ENV.forEach((name, i) => (saved[i] === undefined ? delete process.env[name] : (process.env[name] = saved[i])));
  rmSync(tmp, { recursive: true, force: true });
  rmSync(chosen, { recursive: true, force: true });
});

/**
 * What the run left in the temp dir besides its root. The spreadsheet worker's development
 * bundle (`werkbank-dev-<uid>`, code only) and tsx's cache are not the engine's temp files.
 */
const outsideRoot = () => readdirSync(tmp).filter((n) => !n.startsWith(ROOT_PREFIX) && !n.startsWith('werkbank-dev-') && !n.startsWith('tsx-'));

it('keeps every temporary file of an import, save and open inside the run temp root, DuckDB spill folder too', async () => {
  const create = vi.spyOn(Session, 'create');
  const engine = await createEngine({ shell: 'browser', version: '1.0.0' });
  const { ok } = apiCaller(() => engine);
  try {
    const roots = readdirSync(tmp).filter((n) => n.startsWith(ROOT_PREFIX));
    expect(roots).toHaveLength(1);
    const root = join(tmp, roots[0]!);
    const session = (await create.mock.results[0]!.value) as Session;
    const spill = (await session.query("SELECT current_setting('temp_directory')")).rows[0]![0];
    expect(String(spill).startsWith(root + sep)).toBe(true);

    for (const name of ['toets-wiskunde-sept.csv', 'toets-wiskunde-juni.xlsx']) {
      const { fileId } = await ok('file.upload', { name, data: await readFile(samplePath(name)) });
      await ok('source.import', { fileId, options: {} });
    }
    const download = await ok('project.save', { fileId: null });
    expect(engine.files.resolve(download.file.fileId).path.startsWith(root + sep)).toBe(true);
    const target = engine.files.register(join(chosen, 'leerwinst.werkbank'));
    await ok('project.save', { fileId: target.fileId });
    await ok('project.new');
    expect((await ok('project.open', { fileId: target.fileId })).sources).toHaveLength(2);

    expect(outsideRoot()).toEqual([]);
    expect(readdirSync(chosen)).toEqual(['leerwinst.werkbank']);
  } finally {
    await engine.close();
    create.mockRestore();
  }
  // The engine made its own root (no shell gave it one), so it removed it on close.
  expect(outsideRoot()).toEqual([]);
  expect(readdirSync(tmp).filter((n) => n.startsWith(ROOT_PREFIX))).toEqual([]);
});

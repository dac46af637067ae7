import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../shared/i18n';
import type { Message } from '../../shared/model/message';
import { RECIPE_VERSION } from '../../shared/model/recipe';
import { createEngine, type Engine } from './api';
import { apiCaller } from './testing/api-caller';
import { hostileCorpus, type HostileCase } from './testing/hostile-corpus';

/*
 * Every file of the hostile corpus through the engine API, as the renderer sends it: upload,
 * preview, import (or open a project). Each refusal must come with a message in both
 * languages that holds no absolute path, and leave the open project exactly as it was; each
 * import must give the cells stated. A scanner that is quadratic again shows as a case that
 * does not end within its timeout.
 */

let engine: Engine;
const { call, ok } = apiCaller(() => engine);

beforeAll(async () => {
  engine = await createEngine({ shell: 'browser', version: '0.0.0-hostile' });
  // A project with data in it, so "unchanged" means something.
  await ok('project.demo');
});
afterAll(() => engine.close());

/** What the user sees of the project: its state and the first rows of its table. */
async function snapshot(): Promise<unknown> {
  const state = await ok('project.get');
  const page = await ok('table.page', { recipe: state.recipe, offset: 0, limit: 20 });
  return { ...state, page };
}

function expectReadable(error: Message): void {
  for (const locale of ['nl-BE', 'en'] as const) {
    const text = formatMessage(error, locale);
    expect(text, `${error.code} has no ${locale} text`).not.toBe(error.code);
    // No temp folder or home folder in what the user (or a screenshot of it) sees.
    expect(text).not.toMatch(/(?:^|[\s'"(])(?:\/(?:tmp|home|Users|var|private)\/|[A-Za-z]:\\)/);
  }
}

async function upload(c: HostileCase): Promise<string> {
  const ref = await ok('file.upload', { name: c.name, data: new Uint8Array(c.bytes()) });
  return ref.fileId;
}

async function runImport(c: HostileCase): Promise<void> {
  const before = await snapshot();
  const fileId = await upload(c);
  const preview = await call('import.preview', { fileId, options: {} });
  const outcome = c.outcome;
  if ('refused' in outcome || ('ends' in outcome && !preview.ok)) {
    expect(preview.ok, 'preview accepted a file that must be refused').toBe(false);
    if (preview.ok) return;
    if ('refused' in outcome) expect(preview.error.code).toBe(outcome.refused);
    else expect(preview.error.code).toMatch(/^errors\.import\./);
    expectReadable(preview.error);
    const imported = await call('source.import', { fileId, options: {} });
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.error.code).toBe(preview.error.code);
    expect(await snapshot()).toEqual(before);
    return;
  }
  if (!preview.ok) throw new Error(`refused: ${formatMessage(preview.error, 'en')}`);
  const warnings = preview.value.inspect.warnings.map((w) => w.code);
  const state = await ok('source.import', { fileId, options: {} });
  const source = state.sources.at(-1)!;
  try {
    if ('rows' in outcome) {
      const page = await ok('table.page', { recipe: { version: RECIPE_VERSION, base: source.id, steps: [] }, offset: 0, limit: 50 });
      if (outcome.columns) expect(page.columns.map((col) => col.name)).toEqual(outcome.columns);
      expect(page.rows).toEqual(outcome.rows);
      for (const code of outcome.warnings ?? []) expect(warnings).toContain(code);
    }
  } finally {
    await ok('source.remove', { sourceId: source.id });
  }
}

async function runOpen(c: HostileCase): Promise<void> {
  const before = await snapshot();
  const fileId = await upload(c);
  const opened = await call('project.open', { fileId });
  const outcome = c.outcome;
  if (!('refused' in outcome)) throw new Error('project cases are refusals');
  expect(opened.ok, 'a hostile project file was opened').toBe(false);
  if (opened.ok) return;
  expect(opened.error.code).toBe(outcome.refused);
  expectReadable(opened.error);
  expect(await snapshot()).toEqual(before);
}

describe('the hostile corpus', () => {
  for (const c of hostileCorpus()) {
    it(`${c.finding}: ${c.name}`, { timeout: 30_000 }, async () => {
      await (c.kind === 'project' ? runOpen(c) : runImport(c));
    });
  }
});

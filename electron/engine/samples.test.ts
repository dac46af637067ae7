import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/api/contract';
import { contract } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { ImportPreview } from '../../shared/api/contract';
import type { ProjectState } from '../../shared/model/project';
import type { Cell } from '../../shared/model/table';
import { LENIENT_KEY, type Recipe, RECIPE_VERSION } from '../../shared/model/recipe';
import { createEngine, type Engine } from './api';

/** The sample school beside the repository, with figures computed independently (pandas). */
const SAMPLES = fileURLToPath(new URL('../../../shared/samples/', import.meta.url));
const expected = JSON.parse(readFileSync(join(SAMPLES, 'expected.json'), 'utf8')) as {
  lvs: { data_rows_including_duplicate: number; distinct_students: number; duplicate_id: number };
  sept: { rows: number; absent: number };
  juni: { rows: number; max: number; score_sum: number };
  vt: { rows: Record<string, number> };
  survey: { respondents: number; scale: Record<string, number> };
  survey_items: Record<string, { n: number; mean: number; sd: number }>;
  join: { lvs_x_sept_by_id: { students: number; with_sept_score: number; absent: number } };
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ shell: 'browser', version: 'test' });
});
afterAll(() => engine.close());

async function ok<T>(channel: Channel, request: unknown): Promise<T> {
  const envelope = await dispatch(engine.handlers, channel, request);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return contract[channel].response.parse(envelope.value) as T;
}

async function distinctStudents(recipe: Recipe): Promise<number> {
  const result = await ok<{ values: unknown[]; truncated: boolean }>('table.distinct', { recipe, column: 'Stamboeknummer', limit: 1000 });
  expect(result.truncated).toBe(false);
  return result.values.length;
}

describe('the sample school through the engine', () => {
  it('joins the LVS pupil list with the September test on the pupil number', async () => {
    const lvs = engine.files.register(join(SAMPLES, 'lvs-leerlingen.xlsx'));
    const sept = engine.files.register(join(SAMPLES, 'toets-wiskunde-sept.csv'));
    await ok('source.import', { fileId: lvs.fileId });
    const imported = await ok<ProjectState>('source.import', { fileId: sept.fileId });
    expect(imported.sources.map((s) => [s.id, s.name, s.fileName, s.rowCount])).toEqual([
      ['s1', 'lvs-leerlingen', 'lvs-leerlingen.xlsx', expected.lvs.data_rows_including_duplicate],
      ['s2', 'toets-wiskunde-sept', 'toets-wiskunde-sept.csv', expected.sept.rows],
    ]);
    expect(imported.sources[0]!.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect(imported.recipe).toEqual({ version: RECIPE_VERSION, base: 's1', steps: [] });

    const joined: Recipe = {
      version: RECIPE_VERSION,
      base: 's1',
      steps: [{ id: 'step1', kind: 'join', right: 's2', how: 'left', keys: [{ left: 'Stamboeknummer', right: 'Stamboeknr', ...LENIENT_KEY }] }],
    };
    const state = await ok<ProjectState>('recipe.set', { recipe: joined });
    const figures = expected.join.lvs_x_sept_by_id;
    const step = state.result!.steps[0]!;
    expect(step.join).toMatchObject({
      leftRows: expected.lvs.data_rows_including_duplicate,
      rightRows: expected.sept.rows,
      matchedKeys: figures.students,
      unmatchedLeft: 0,
      unmatchedRight: 0,
      duplicateKeysLeft: 1,
      duplicateKeysRight: 0,
      emptyKeysLeft: 0,
      resultRows: expected.lvs.data_rows_including_duplicate,
    });
    expect(step.warnings.map((w) => w.code)).toContain('engine.joinDuplicateKeys');
    expect(state.result!.columns.map((c) => c.name)).toContain('Klas (toets-wiskunde-sept)');

    // The duplicated pupil is the one expected.json names (an identifier: the LVS profile keeps it as text).
    const dup = await ok<{ values: { value: unknown; n: number }[] }>('table.distinct', { recipe: joined, column: 'Stamboeknummer', limit: 1 });
    expect(dup.values[0]).toEqual({ value: String(expected.lvs.duplicate_id), n: 2 });
    expect(imported.sources[0]!.columns.find((c) => c.name === 'Stamboeknummer')!.type).toBe('identifier');
    expect(imported.sources[0]!.options.profileId).toBe('builtin-student-list');
    expect(imported.sources[1]!.options.profileId).toBeNull();

    expect(await distinctStudents(joined)).toBe(figures.students);
    const withScore: Recipe = { ...joined, steps: [...joined.steps, { id: 'step2', kind: 'filter', match: 'all', conditions: [{ column: 'Score (/40)', op: 'notEmpty' }] }] };
    const absent: Recipe = { ...joined, steps: [...joined.steps, { id: 'step3', kind: 'filter', match: 'all', conditions: [{ column: 'Score (/40)', op: 'isEmpty' }] }] };
    expect(await distinctStudents(withScore)).toBe(figures.with_sept_score);
    expect(await distinctStudents(absent)).toBe(figures.absent);
  });

  it.each<[string, string | null, Record<string, unknown>]>([
    ['lvs-leerlingen.xlsx', 'builtin-student-list', {}],
    ['toets-wiskunde-juni.xlsx', 'builtin-gradebook', {}],
    ['vlaamse-toetsen-overzicht.xlsx', 'builtin-flemish-tests', {}],
    ['vlaamse-toetsen-overzicht.xlsx', 'builtin-flemish-tests', { sheet: 'Nederlands lezen' }],
    ['schoolfeedback-dashboard.csv', 'builtin-school-dashboard', {}],
    ['enquete-team.xlsx', 'builtin-survey', {}],
    ['lesobservaties.csv', 'builtin-observations', {}],
    // The school's own test has no built-in profile.
    ['toets-wiskunde-sept.csv', null, {}],
  ])('recognises %s by its headers (%s)', async (file, profileId, options) => {
    const ref = engine.files.register(join(SAMPLES, file));
    const preview = await ok<ImportPreview>('import.preview', { fileId: ref.fileId, options });
    expect(preview.inspect.profile?.id ?? null).toBe(profileId);
  });

  it('imports the June gradebook with its profile found by itself: 34/50 becomes score and maximum', async () => {
    await ok('project.new', {});
    const ref = engine.files.register(join(SAMPLES, 'toets-wiskunde-juni.xlsx'));
    const preview = await ok<ImportPreview>('import.preview', { fileId: ref.fileId });
    expect(preview.inspect.profile).toEqual({ id: 'builtin-gradebook', name: 'Puntenboek (score als behaald/totaal)' });
    expect(preview.inspect.rowCount).toBe(expected.juni.rows);
    expect(preview.rows).toHaveLength(50);
    expect(preview.rawRows[0]).toEqual({ row: 1, cells: ['Leerling', 'Klas', 'Evaluatie', 'Datum', 'Score'] });

    const state = await ok<ProjectState>('source.import', { fileId: ref.fileId, jobId: 'import-juni-0001' });
    const source = state.sources[0]!;
    expect(source.rowCount).toBe(expected.juni.rows);
    expect(source.options.profileId).toBe('builtin-gradebook');
    expect(source.options.columnRules?.length).toBeGreaterThan(0);
    expect(await ok('job.progress', { jobId: 'import-juni-0001' })).toMatchObject({ state: 'done', fraction: 1 });
    const page = await ok<{ columns: { name: string }[]; rows: Cell[][] }>('table.page', { recipe: null, offset: 0, limit: 1000 });
    const score = page.columns.findIndex((c) => c.name === 'Score');
    const max = page.columns.findIndex((c) => c.name === 'Score (max)');
    expect(page.rows.reduce((sum, r) => sum + (r[score] as number), 0)).toBe(expected.juni.score_sum);
    expect(new Set(page.rows.map((r) => r[max]))).toEqual(new Set([expected.juni.max]));
  });

  it('imports the survey with its Likert labels as 1–5 (item n and mean as expected.json)', async () => {
    await ok('project.new', {});
    const ref = engine.files.register(join(SAMPLES, 'enquete-team.xlsx'));
    await ok('source.import', { fileId: ref.fileId });
    const page = await ok<{ columns: { name: string; type: string }[]; rows: Cell[][] }>('table.page', { recipe: null, offset: 0, limit: 1000 });
    expect(page.rows).toHaveLength(expected.survey.respondents);
    for (const [item, figures] of Object.entries(expected.survey_items)) {
      const index = page.columns.findIndex((c) => c.name.startsWith(`${item}.`));
      const values = page.rows.map((r) => r[index]).filter((v): v is number => v !== null);
      expect(values.every((v) => Object.values(expected.survey.scale).includes(v))).toBe(true);
      expect([item, values.length]).toEqual([item, figures.n]);
      expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(figures.mean, 2);
    }
  });

  it('imports the Flemish tests with levels in order, so a chart lists E … A', async () => {
    await ok('project.new', {});
    const ref = engine.files.register(join(SAMPLES, 'vlaamse-toetsen-overzicht.xlsx'));
    const state = await ok<ProjectState>('source.import', { fileId: ref.fileId });
    expect(state.sources[0]!.rowCount).toBe(expected.vt.rows.Wiskunde);
    expect(state.sources[0]!.columns.find((c) => c.name === 'Niveau')).toEqual({ name: 'Niveau', type: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] });
    const summary = await ok<{ rows: { key: string | null; n: number }[] }>('chart.summary', {
      recipe: null,
      chart: { type: 'bar', groupBy: 'Niveau', measure: null, aggregate: 'count' },
    });
    const keys = summary.rows.map((r) => r.key);
    expect(keys).toEqual(['E', 'D', 'C', 'B', 'A'].filter((l) => keys.includes(l)));
    expect(summary.rows.reduce((a, r) => a + r.n, 0)).toBe(expected.vt.rows.Wiskunde);
  });

  it('inspects a file without exposing its path', async () => {
    const ref = engine.files.register(join(SAMPLES, 'toets-wiskunde-sept.csv'));
    const inspected = await ok<{ file: string; rowCount: number; delimiter: string }>('file.inspect', { fileId: ref.fileId });
    expect(inspected.file).toBe('toets-wiskunde-sept.csv');
    expect(inspected.rowCount).toBe(expected.sept.rows);
    expect(inspected.delimiter).toBe(';');
  });
});

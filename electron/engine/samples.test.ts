import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/api/contract';
import { contract } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { ProjectState } from '../../shared/model/project';
import type { Recipe } from '../../shared/model/recipe';
import { createEngine, type Engine } from './api';

/** The sample school beside the repository, with figures computed independently (pandas). */
const SAMPLES = fileURLToPath(new URL('../../../shared/samples/', import.meta.url));
const expected = JSON.parse(readFileSync(join(SAMPLES, 'expected.json'), 'utf8')) as {
  lvs: { data_rows_including_duplicate: number; distinct_students: number; duplicate_id: number };
  sept: { rows: number; absent: number };
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
    expect(imported.recipe).toEqual({ version: 1, base: 's1', steps: [] });

    const joined: Recipe = {
      version: 1,
      base: 's1',
      steps: [{ kind: 'join', right: 's2', how: 'left', leftKeys: ['Stamboeknummer'], rightKeys: ['Stamboeknr'], normalizeKeys: true }],
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

    // The duplicated pupil is the one expected.json names.
    const dup = await ok<{ values: { value: unknown; n: number }[] }>('table.distinct', { recipe: joined, column: 'Stamboeknummer', limit: 1 });
    expect(dup.values[0]).toEqual({ value: expected.lvs.duplicate_id, n: 2 });

    expect(await distinctStudents(joined)).toBe(figures.students);
    const withScore: Recipe = { ...joined, steps: [...joined.steps, { kind: 'filter', column: 'Score (/40)', op: 'notEmpty', value: null }] };
    const absent: Recipe = { ...joined, steps: [...joined.steps, { kind: 'filter', column: 'Score (/40)', op: 'isEmpty', value: null }] };
    expect(await distinctStudents(withScore)).toBe(figures.with_sept_score);
    expect(await distinctStudents(absent)).toBe(figures.absent);
  });

  it('inspects a file without exposing its path', async () => {
    const ref = engine.files.register(join(SAMPLES, 'toets-wiskunde-sept.csv'));
    const inspected = await ok<{ file: string; rowCount: number; delimiter: string }>('file.inspect', { fileId: ref.fileId });
    expect(inspected.file).toBe('toets-wiskunde-sept.csv');
    expect(inspected.rowCount).toBe(expected.sept.rows);
    expect(inspected.delimiter).toBe(';');
  });
});

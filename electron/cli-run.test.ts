import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECIPE_FILE_FORMAT } from '../shared/model/recipe';
import { runCli, type CliIo } from './cli';
import { Session } from './engine/db/session';
import { str } from './engine/db/sql';
import { expected as readExpected, samplePath } from './engine/import/testing/samples';
import type { RunReport } from './engine/recipe/run-file';

function capture(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

// Keys beyond the shared Expected type are read loosely.
const expected = readExpected() as unknown as { lvs: { data_rows_including_duplicate: number; distinct_students: number }; sept: { rows: number }; join: { lvs_x_sept_by_id: { students: number; with_sept_score: number } } };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkbank-cli-run-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The student list without its duplicate, with the September test joined by number. Written
 * as version 2 of the recipe format on purpose: a run upgrades older recipe files.
 */
const recipeFile = {
  format: RECIPE_FILE_FORMAT,
  description: 'Leerlingenlijst zonder dubbels, met de septembertoets per stamboeknummer.',
  sources: [
    { id: 's1', name: 'leerlingen', description: 'Leerlingenlijst uit het LVS (xlsx)' },
    { id: 's2', name: 'sept', description: 'Toets wiskunde september (CSV)' },
  ],
  recipe: {
    version: 2,
    base: 's1',
    steps: [
      { id: 'uniek', kind: 'deduplicate', keys: ['Stamboeknummer'], keep: 'first' },
      { id: 'sept', kind: 'join', right: 's2', how: 'left', leftKeys: ['Stamboeknummer'], rightKeys: ['Stamboeknr'], normalizeKeys: true },
    ],
  },
};

describe('cli run', () => {
  it('runs a recipe file on the sample exports and reports every step', async () => {
    const recipePath = join(dir, 'recipe.json');
    writeFileSync(recipePath, JSON.stringify(recipeFile));
    const out = join(dir, 'resultaat.xlsx');
    const io = capture();
    const code = await runCli(
      ['run', recipePath, '--source', `leerlingen=${samplePath('lvs-leerlingen.xlsx')}`, '--source', `SEPT=${samplePath('toets-wiskunde-sept.csv')}`, '--out', out],
      io,
    );
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(io.out) as RunReport;
    expect(report.sources.map((s) => [s.name, s.rows])).toEqual([
      ['leerlingen', expected.lvs.data_rows_including_duplicate],
      ['sept', expected.sept.rows],
    ]);
    expect(report.steps.map((s) => [s.id, s.kind, s.rowsAfter])).toEqual([
      ['uniek', 'deduplicate', expected.lvs.distinct_students],
      ['sept', 'join', expected.join.lvs_x_sept_by_id.students],
    ]);
    expect(report.result.rows).toBe(expected.join.lvs_x_sept_by_id.students);

    // The written workbook: one row per pupil, the September score present for those who took it.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const score = header.indexOf('Score (/40)') + 1;
    expect(score).toBeGreaterThan(0);
    const scores = Array.from({ length: report.result.rows }, (_, i) => sheet.getRow(i + 2).getCell(score).value);
    expect(scores.filter((v) => typeof v === 'number')).toHaveLength(expected.join.lvs_x_sept_by_id.with_sept_score);
  });

  it('writes JSON and Parquet too, and says plainly what is missing', async () => {
    const recipePath = join(dir, 'recipe2.json');
    writeFileSync(recipePath, JSON.stringify(recipeFile));
    const sources = ['--source', `leerlingen=${samplePath('lvs-leerlingen.xlsx')}`, '--source', `sept=${samplePath('toets-wiskunde-sept.csv')}`];
    const json = join(dir, 'resultaat.json');
    expect(await runCli(['run', recipePath, ...sources, '--out', json], capture())).toBe(0);
    const rows = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>[];
    expect(rows).toHaveLength(expected.join.lvs_x_sept_by_id.students);
    expect(new Set(rows.map((r) => r.Stamboeknummer)).size).toBe(rows.length);
    const parquet = join(dir, 'resultaat.parquet');
    expect(await runCli(['run', recipePath, ...sources, '--out', parquet], capture())).toBe(0);
    const session = await Session.create();
    try {
      const read = await session.query(`SELECT count(*), count(DISTINCT "Stamboeknummer") FROM read_parquet(${str(parquet)})`);
      expect(read.rows[0]!.map(Number)).toEqual([rows.length, rows.length]);
    } finally {
      session.close();
    }

    const missing = capture();
    expect(await runCli(['run', recipePath, sources[0]!, sources[1]!, '--out', json], missing)).toBe(2);
    expect(missing.err).toContain('--source sept=FILE');
    const unknown = capture();
    expect(await runCli(['run', recipePath, ...sources, '--source', 'juni=x.xlsx', '--out', json], unknown)).toBe(2);
    expect(unknown.err).toContain('no source "juni"');
    const notRecipe = capture();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...recipeFile, format: 'iets anders' }));
    expect(await runCli(['run', join(dir, 'bad.json'), ...sources, '--out', json], notRecipe)).toBe(2);
    expect(notRecipe.err).toContain('not a recipe file');
  });

  it('stops at the step that no longer fits the files, names it and writes nothing', async () => {
    // The September export of another school calls its number column differently.
    const sept = readFileSync(samplePath('toets-wiskunde-sept.csv'), 'latin1');
    const header = sept.split(/\r?\n/, 1)[0]!;
    expect(header).toContain('Stamboeknr');
    const other = join(dir, 'sept-anders.csv');
    writeFileSync(other, sept.replace(header, header.replace('Stamboeknr', 'Leerlingnummer')), 'latin1');
    const recipePath = join(dir, 'recipe3.json');
    writeFileSync(recipePath, JSON.stringify(recipeFile));
    const out = join(dir, 'gestopt.csv');
    const io = capture();
    expect(await runCli(['run', recipePath, '--source', `leerlingen=${samplePath('lvs-leerlingen.xlsx')}`, '--source', `sept=${other}`, '--out', out], io)).toBe(1);
    const error = (JSON.parse(io.err) as { error: { code: string; params: Record<string, unknown>; message: string } }).error;
    expect(error.code).toBe('errors.recipe.runStoppedAtStep');
    expect(error.params).toMatchObject({ step: 2, kind: 'join' });
    expect(error.message).toContain('Stamboeknr');
    expect(() => readFileSync(out)).toThrow();
  });
});

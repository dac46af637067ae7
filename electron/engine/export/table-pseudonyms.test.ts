import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Recipe, RECIPE_VERSION } from '../../../shared/model/recipe';
import { createEngine, type Engine } from '../api';
import { apiCaller } from '../testing/api-caller';

let engine: Engine;
beforeEach(async () => {
  engine = await createEngine({ shell: 'browser', version: '0.1.0-test' });
});
afterEach(() => engine.close());
const { ok, failsWith } = apiCaller(() => engine);

/** The CSV the engine wrote (Flemish: `;`, a byte-order mark), as rows of text. */
async function csvRows(fileId: string): Promise<string[][]> {
  const text = (await readFile(engine.files.resolve(fileId).path, 'utf8')).replace(/^\uFEFF/, '');
  return text.trimEnd().split(/\r?\n/).map((line) => line.split(';').map((cell) => cell.replace(/^"|"$/g, '')));
}

const pupils: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [] };

describe('a table per pupil exported under pupil codes', () => {
  it('leaves the chosen columns out, puts the project’s stable code first, the same in every export', async () => {
    await ok('project.demo');
    const page = await ok('table.page', { recipe: pupils, offset: 0, limit: 1000, sort: [] });
    const names = page.columns.map((c) => c.name);
    const chosen = ['Voornaam', 'Stamboeknummer', 'Naam'].filter((c) => names.includes(c));
    expect(chosen.length).toBe(3);

    const first = await ok('export.table', { recipe: pupils, format: 'csv-flemish', fileId: null, pseudonymise: chosen });
    const rows = await csvRows(first.file.fileId);
    const [header, ...body] = rows;
    expect(header).toEqual(['Leerlingcode', ...names.filter((n) => !chosen.includes(n))]);
    expect(body).toHaveLength(page.rows.length);
    // No name or number of a pupil is in the file.
    const text = await readFile(engine.files.resolve(first.file.fileId).path, 'utf8');
    for (const row of page.rows.slice(0, 20)) {
      for (const c of chosen) expect(text.includes(`;${String(row[names.indexOf(c)])};`)).toBe(false);
    }
    // Each code is the project's code of the pupil's identifying values (in the table's column order), asked another way.
    const identities = page.rows.map((row) => names.filter((n) => chosen.includes(n)).map((n) => String(row[names.indexOf(n)] ?? '')).join(' '));
    const { codes } = await ok('privacy.pseudonyms', { role: 'pupil', names: identities });
    expect(new Set(body.map((r) => r[0]))).toEqual(new Set(codes));
    expect(new Set(codes).size).toBe(new Set(identities).size);

    // Stable: a second export gives every pupil the same code (rows in the same order).
    const second = await ok('export.table', { recipe: pupils, format: 'csv-flemish', fileId: null, pseudonymise: [...chosen].reverse() });
    expect((await csvRows(second.file.fileId)).map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    const log = (await ok('project.get')).exports.at(-1)!;
    expect(log.privacy.pseudonymise).toBe(true);
  });

  it('refuses a column the table does not have', async () => {
    await ok('project.demo');
    await failsWith('export.table', { recipe: pupils, format: 'csv-flemish', fileId: null, pseudonymise: ['Bestaat niet'] }, 'errors.export.unknownColumn');
  });
});

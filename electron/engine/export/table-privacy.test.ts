import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Recipe, RECIPE_VERSION } from '../../../shared/model/recipe';
import { createEngine, type Engine } from '../api';
import { generateDemoData } from '../project/demo';
import { apiCaller } from '../testing/api-caller';

let engine: Engine;
beforeEach(async () => {
  engine = await createEngine({ shell: 'browser', version: '0.1.0-test' });
});
afterEach(() => engine.close());

const { ok } = apiCaller(() => engine);

/** Pupils per class and remediation ('ja'/'nee'), counted from the demo's own pupils. */
function expectedGroups(): Map<string, number> {
  const groups = new Map<string, number>();
  for (const p of generateDemoData().pupils) {
    const key = `${p.klas}|${p.remediation ? 'ja' : 'nee'}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return groups;
}

const grouped: Recipe = {
  version: RECIPE_VERSION,
  base: 's1',
  steps: [{ id: 'g', kind: 'group', keys: ['Klas', 'Remediëring wiskunde'], countName: 'n', aggregates: [{ fn: 'countDistinct', column: 'Geslacht', name: 'geslachten' }] }],
};

describe('grouped tables leave the app with small groups suppressed', () => {
  it('CSV: groups under k keep their keys, lose their figures, and are marked; the log counts them', async () => {
    await ok('project.demo');
    const groups = expectedGroups();
    const small = [...groups.values()].filter((n) => n > 0 && n < 5).length;
    expect(small).toBeGreaterThan(0);
    const { file, suppressed } = await ok('export.table', { recipe: grouped, format: 'csv-international', fileId: null });
    expect(suppressed).toBe(small);
    const lines = readFileSync(engine.files.resolve(file.fileId).path, 'utf8').replace(/^\ufeff/, '').trimEnd().split(/\r?\n/);
    expect(lines[0]).toBe('Klas,Remediëring wiskunde,n,geslachten,Onderdrukt (n < 5)');
    expect(lines).toHaveLength(groups.size + 1);
    for (const line of lines.slice(1)) {
      const [klas, rem, n, sexes, mark] = line.split(',');
      const size = groups.get(`${klas}|${rem}`)!;
      if (size < 5) expect([n, sexes, mark]).toEqual(['', '', '< 5']);
      else expect([Number(n), mark]).toEqual([size, '']);
    }
    const entry = (await ok('project.get')).exports.at(-1)!;
    expect(entry).toMatchObject({ format: 'csv', pupilLevelSlides: 0, suppressedGroups: small, privacy: { suppressBelow: 5 } });
  });

  it('XLSX follows the project k; the user may let small groups out, and that is recorded', async () => {
    await ok('project.demo');
    const groups = expectedGroups();
    await ok('privacy.setK', { k: 10 });
    const under10 = [...groups.values()].filter((n) => n < 10).length;
    const { file, suppressed } = await ok('export.table', { recipe: grouped, format: 'xlsx', fileId: null, locale: 'en' });
    expect(suppressed).toBe(under10);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(engine.files.resolve(file.fileId).path);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Klas', 'Remediëring wiskunde', 'n', 'geslachten', 'Suppressed (n < 10)']);
    let marked = 0;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const size = groups.get(`${String(row.getCell(1).value)}|${String(row.getCell(2).value)}`)!;
      if (size < 10) {
        expect(row.getCell(3).value).toBeNull();
        expect(row.getCell(5).value).toBe('< 10');
        marked++;
      } else expect(row.getCell(3).value).toBe(size);
    }
    expect(marked).toBe(under10);

    const open = await ok('export.table', { recipe: grouped, format: 'csv-flemish', fileId: null, suppressBelow: null });
    expect(open.suppressed).toBe(0);
    const text = readFileSync(engine.files.resolve(open.file.fileId).path, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeffKlas;Remediëring wiskunde;n;geslachten');
    expect((await ok('project.get')).exports.at(-1)).toMatchObject({ suppressedGroups: 0, privacy: { suppressBelow: null } });
  });

  it('a count pivot loses each cell under k; a table per pupil is written whole', async () => {
    await ok('project.demo');
    const groups = expectedGroups();
    const pivot: Recipe = {
      version: RECIPE_VERSION,
      base: 's1',
      steps: [{ id: 'p', kind: 'pivot', keys: ['Klas'], column: 'Remediëring wiskunde', values: [{ value: 'ja', name: 'ja' }, { value: 'nee', name: 'nee' }], aggregate: 'count', measure: null }],
    };
    const { file, suppressed } = await ok('export.table', { recipe: pivot, format: 'csv-international', fileId: null });
    const lines = readFileSync(engine.files.resolve(file.fileId).path, 'utf8').replace(/^\ufeff/, '').trimEnd().split(/\r?\n/);
    expect(lines[0]).toBe('Klas,ja,nee,Onderdrukt (n < 5)');
    let rowsMarked = 0;
    for (const line of lines.slice(1)) {
      const [klas, ja, nee, mark] = line.split(',');
      const cell = (rem: string) => groups.get(`${klas}|${rem}`) ?? 0;
      const shown = (n: number) => (n > 0 && n < 5 ? '' : String(n));
      expect([ja, nee]).toEqual([shown(cell('ja')), shown(cell('nee'))]);
      const any = [cell('ja'), cell('nee')].some((n) => n > 0 && n < 5);
      expect(mark).toBe(any ? '< 5' : '');
      if (any) rowsMarked++;
    }
    expect(suppressed).toBe(rowsMarked);

    const perPupil = await ok('export.table', { recipe: null, format: 'csv-international', fileId: null });
    expect(perPupil.suppressed).toBe(0);
    const header = readFileSync(engine.files.resolve(perPupil.file.fileId).path, 'utf8').replace(/^\ufeff/, '').split(/\r?\n/)[0]!;
    expect(header).not.toContain('Onderdrukt');
  });
});

import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../api';
import { apiCaller } from '../testing/api-caller';

let engine: Engine;
beforeEach(async () => {
  engine = await createEngine({ shell: 'browser', version: '0.1.0-test' });
});
afterEach(() => engine.close());
const { ok, call } = apiCaller(() => engine);

describe('exporting the result table', () => {
  it('writes the recipe result as Flemish CSV: BOM, header, every row in the grid order, decimal comma', async () => {
    const demo = await ok('project.demo');
    const page = await ok('table.page', { recipe: null, offset: 0, limit: 1000 });
    const { file, rows, cutCells } = await ok('export.table', { recipe: null, format: 'csv-flemish', fileId: null });
    expect(rows).toBe(demo.result!.rowCount);
    expect(cutCells).toBe(0);
    expect(file.name).toBe('Demoschool.csv');
    const text = await readFile(engine.files.resolve(file.fileId).path, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(rows + 1);
    expect(lines[0]).toBe(page.columns.map((c) => c.name).join(';'));
    // The first field of every line is the pupil number in the grid's order.
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(page.rows.map((r) => String(r[0])));
    // A decimal score reads with a comma, as Flemish Excel expects.
    const scoreIndex = page.columns.findIndex((c) => c.type === 'decimal');
    const decimalRow = page.rows.findIndex((r) => typeof r[scoreIndex] === 'number' && !Number.isInteger(r[scoreIndex]));
    expect(lines[decimalRow + 1]!.split(';')[scoreIndex]).toBe(String(page.rows[decimalRow]![scoreIndex]).replace('.', ','));
  });

  it('writes a filtered result as xlsx with real types, and the importer reads it back as the same table', async () => {
    const demo = await ok('project.demo');
    const recipe = { ...demo.recipe!, steps: [...demo.recipe!.steps, { id: 'f', kind: 'filter' as const, match: 'all' as const, conditions: [{ column: 'Klas', op: 'eq' as const, value: '2A' }] }] };
    const page = await ok('table.page', { recipe, offset: 0, limit: 1000 });
    const { file, rows } = await ok('export.table', { recipe, format: 'xlsx', fileId: null });
    expect(rows).toBe(page.totalRows);
    const path = engine.files.resolve(file.fileId).path;

    // Cell types as Excel sees them: numbers are numbers, dates are dates.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(rows + 1);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(page.columns.map((c) => c.name));
    page.columns.forEach((c, i) => {
      const cell = page.rows.findIndex((r) => r[i] !== null);
      if (cell < 0) return;
      const value = sheet.getRow(cell + 2).getCell(i + 1).value;
      if (c.type === 'integer' || c.type === 'decimal') expect({ column: c.name, type: typeof value }).toEqual({ column: c.name, type: 'number' });
      if (c.type === 'date') expect({ column: c.name, date: value instanceof Date }).toEqual({ column: c.name, date: true });
    });

    // Round trip through the workbench's own xlsx reader: the same rows come back.
    const uploaded = await ok('file.upload', { name: 'export.xlsx', data: await readFile(path) });
    const preview = await ok('import.preview', { fileId: uploaded.fileId });
    expect(preview.inspect.rowCount).toBe(rows);
    const state = await ok('source.import', { fileId: uploaded.fileId });
    const back = state.sources[state.sources.length - 1]!;
    const backPage = await ok('table.page', { recipe: { version: recipe.version, base: back.id, steps: [] }, offset: 0, limit: 1000 });
    expect(backPage.rows).toEqual(page.rows);
  });

  it('refuses an empty project with a message and writes nothing', async () => {
    const refused = await call('export.table', { recipe: null, format: 'xlsx', fileId: null });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('errors.export.nothingToExport');
  });
});

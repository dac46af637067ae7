import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guessOurs, guessReference, type ReferenceAnalysis } from '../../../shared/model/analysis/reference';
import { type Recipe, RECIPE_VERSION } from '../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { createEngine, type Engine } from '../api';
import { Session } from '../db/session';
import { rowsTable } from '../project/demo';
import { Project } from '../project/project';
import { dashboardByHand, samplePath } from '../import/testing/samples';
import { apiCaller } from '../testing/api-caller';

describe('comparison with a reference, on the school feedback dashboard imported as it comes', () => {
  let engine: Engine;
  beforeEach(async () => {
    engine = await createEngine({ shell: 'browser', version: '0.1.0-test' });
  });
  afterEach(() => engine.close());
  const { ok, failsWith: fails } = apiCaller(() => engine);
  const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [] };

  it('guesses the columns, finds our school, and gives every mean, n and difference of the file', async () => {
    const ref = engine.files.register(samplePath('schoolfeedback-dashboard.csv'));
    const state = await ok('source.import', { fileId: ref.fileId });
    const analysis = guessReference(state.result!.columns);
    expect(analysis).toMatchObject({ component: 'Toetsonderdeel', group: 'Groep', mean: 'Gemiddelde vaardigheidsscore', n: 'Aantal leerlingen', ours: null });

    const result = await ok('analysis.reference', { recipe, analysis: analysis! });
    const rows = dashboardByHand();
    const components = [...new Set(rows.map((r) => r[0]))];
    expect(result.ours).toBe('Onze school');
    expect(result.groups).toEqual(['Onze school', 'Vlaanderen', 'Vergelijkbare scholen']);
    expect(result.components.map((c) => c.component)).toEqual(components);
    for (const component of result.components) {
      const own = rows.find((r) => r[0] === component.component && r[1] === 'Onze school')!;
      for (const row of component.rows) {
        const [, , mean, n] = rows.find((r) => r[0] === component.component && r[1] === row.group)!;
        expect(row.mean).toBeCloseTo(mean, 10);
        expect(row.n).toBe(n);
        expect(row.suppressed).toBe(false);
        if (row.group === 'Onze school') expect(row.difference).toBeNull();
        else expect(row.difference).toBeCloseTo(own[2] - mean, 10);
      }
    }
    // Wiskundige problemen oplossen: 245,1 against Flanders' 252,0.
    expect(result.components[0]!.rows[1]!.difference).toBeCloseTo(-6.9, 10);
    // Without the double's noise (-6.900000000000006), as the CLI's JSON prints it.
    expect(result.components[0]!.rows[1]!.difference).toBe(-6.9);
    expect(result.warnings.map((w) => w.code)).toEqual(['engine.reference.noInterval']);

    // Told which value is ours, it takes it; a value that is not there is refused, naming the ones that are.
    const flanders = await ok('analysis.reference', { recipe, analysis: { ...analysis!, ours: 'Vlaanderen' } });
    expect(flanders.components[0]!.rows.map((r) => r.group)).toEqual(['Vlaanderen', 'Onze school', 'Vergelijkbare scholen']);
    expect(flanders.components[0]!.rows[2]!.difference).toBeCloseTo(252.0 - 248.0, 10);
    const missing = await fails('analysis.reference', { recipe, analysis: { ...analysis!, ours: 'Onze scholen' } }, 'errors.reference.oursMissing');
    expect(!missing.ok && missing.error.params).toMatchObject({ value: 'Onze scholen', values: 'Onze school, Vlaanderen, Vergelijkbare scholen' });
    // Without the component column every group has three rows: refused, not averaged.
    await fails('analysis.reference', { recipe, analysis: { ...analysis!, component: null } }, 'errors.reference.duplicateGroup');
    // The mean must be a number.
    const notNumeric = await fails('analysis.reference', { recipe, analysis: { ...analysis!, mean: 'Groep' } }, 'errors.reference.notNumeric');
    expect(!notNumeric.ok && notNumeric.error.params).toEqual({ column: 'Groep' });
  });
});

describe('comparison with a reference: hand-made tables', () => {
  let session: Session;
  beforeEach(async () => {
    session = await Session.create();
  });
  afterEach(() => session.close());

  const COLUMNS: ColumnInfo[] = [
    { name: 'Onderdeel', type: 'text' },
    { name: 'Wie', type: 'text' },
    { name: 'Gem', type: 'decimal' },
    { name: 'N', type: 'integer' },
  ];
  const analysis: ReferenceAnalysis = { kind: 'reference', component: 'Onderdeel', group: 'Wie', ours: null, mean: 'Gem', n: 'N', unit: 'scalePoints', minGroup: 5 };

  async function run(rows: Cell[][], over: Partial<ReferenceAnalysis> = {}) {
    const project = new Project(session);
    await project.addRows(rowsTable('csv', COLUMNS, rows), { fileName: 't.csv', fileHash: 't', options: {} });
    return project.reference({ version: RECIPE_VERSION, base: 's1', steps: [] }, { ...analysis, ...over });
  }

  it('withholds our mean where we have fewer pupils than the threshold, and leaves out rows without a group', async () => {
    const result = await run([
      ['Lezen', 'Eigen school', 250, 4],
      ['Lezen', 'Vlaanderen', 255, 60000],
      ['Schrijven', 'Eigen school', 240, 30],
      ['Schrijven', 'Vlaanderen', 245.5, 60000],
      ['Schrijven', null, 1, 1],
      ['Schrijven', 'Vergelijkbare scholen', null, null],
    ]);
    expect(result.ours).toBe('Eigen school');
    const [lezen, schrijven] = result.components;
    expect(lezen!.rows[0]).toEqual({ group: 'Eigen school', mean: null, n: null, suppressed: true, difference: null });
    expect(lezen!.rows[1]).toEqual({ group: 'Vlaanderen', mean: 255, n: 60000, suppressed: false, difference: null });
    expect(schrijven!.rows.map((r) => r.difference)).toEqual([null, -5.5, null]);
    expect(result.leftOut).toBe(1);
    expect(result.warnings.map((w) => [w.code, w.params])).toEqual([
      ['engine.reference.suppressed', { count: 1, k: 5 }],
      ['engine.reference.noInterval', {}],
      ['engine.reference.leftOut', { count: 1 }],
    ]);
  });

  it('asks which group is ours when none is named like a school', async () => {
    await expect(run([['Lezen', 'A', 1, 10], ['Lezen', 'B', 2, 10]])).rejects.toMatchObject({ code: 'errors.reference.noOurs', params: { values: 'A, B' } });
    const told = await run([['Lezen', 'A', 1, 10], ['Lezen', 'B', 2.5, 10]], { ours: 'B' });
    expect(told.components[0]!.rows.map((r) => [r.group, r.difference])).toEqual([['B', null], ['A', 1.5]]);
  });

  it('knows our school by the names dashboards give it, and nothing else', () => {
    for (const ours of ['Onze school', 'Uw school', 'Jouw school', ' eigen school', 'Your school', 'School']) {
      expect(guessOurs(['Vlaanderen', ours, 'Vergelijkbare scholen'])).toBe(ours);
    }
    expect(guessOurs(['Vlaanderen', 'Vergelijkbare scholen', 'Scholengroep'])).toBeNull();
  });

  it('without an n column: nothing is suppressed and the missing counts are said', async () => {
    const result = await run([['Lezen', 'Onze school', 250, 3], ['Lezen', 'Vlaanderen', 251, 9]], { n: null });
    expect(result.components[0]!.rows.map((r) => [r.mean, r.n, r.suppressed])).toEqual([[250, null, false], [251, null, false]]);
    expect(result.warnings.map((w) => w.code)).toContain('engine.reference.noN');
  });
});

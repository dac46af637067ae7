import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GainAnalysis, GainAnalysis as GainSchema, type GainMoment, type MomentMeasure } from '../../../shared/model/analysis/gain';
import { type Recipe, RECIPE_VERSION } from '../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { Session } from '../db/session';
import { rowsTable } from '../project/demo';
import { Project } from '../project/project';

/**
 * Learning gain in the engine, on small hand-made tables whose figures are worked out here by
 * hand: refusals of what does not subtract, who is left out and why, suppression, duplicates,
 * the long layout, three moments, level transitions. (The figures against expected.json are in
 * electron/examples-analysis.test.ts; the statistics themselves in shared/stats.)
 */

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

async function projectWith(columns: ColumnInfo[], rows: Cell[][]): Promise<Project> {
  const ws = new Project(session);
  await ws.addRows(rowsTable('csv', columns, rows), { fileName: 't.csv', fileHash: 't', options: {} });
  return ws;
}
const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [] };

const percent: MomentMeasure = { kind: 'percent' };
const moment = (label: string, column: string | null, measure: MomentMeasure = percent, value: Cell = null): GainMoment => ({ label, column, value, measure, levelColumn: null });
const wide = (over: Partial<GainAnalysis> = {}): GainAnalysis =>
  GainSchema.parse({ kind: 'gain', layout: 'wide', key: 'Nr', moments: [moment('sept', 'sept'), moment('juni', 'juni')], groupBy: 'Klas', minGroup: 2, ...over });

const WIDE: ColumnInfo[] = [
  { name: 'Nr', type: 'identifier' },
  { name: 'Klas', type: 'text' },
  { name: 'sept', type: 'decimal' },
  { name: 'juni', type: 'decimal' },
  { name: 'Niveau', type: 'text' },
];

describe('learning gain: what may be compared', () => {
  it('refuses raw scores without a maximum, percentiles, levels and mixed scales, naming the moment', async () => {
    const ws = await projectWith(WIDE, [['1', '2A', 10, 12, 'A']]);
    const refusal = async (analysis: GainAnalysis) => ws.gain(recipe, analysis).then(() => null, (e: { code: string; params: unknown }) => [e.code, e.params]);
    expect(await refusal(wide({ moments: [moment('sept', 'sept', { kind: 'raw' }), moment('juni', 'juni')] }))).toEqual(['errors.gain.rawScore', { moment: 'sept' }]);
    expect(await refusal(wide({ moments: [moment('sept', 'sept'), moment('juni', 'juni', { kind: 'percentile' })] }))).toEqual(['errors.gain.percentile', { moment: 'juni' }]);
    expect(await refusal(wide({ moments: [moment('sept', 'sept'), moment('juni', 'Niveau')] }))).toEqual(['errors.gain.levelsNotScores', { moment: 'juni', column: 'Niveau' }]);
    expect(await refusal(wide({ moments: [moment('sept', 'sept', { kind: 'scale' }), moment('juni', 'juni')] }))).toEqual(['errors.gain.mixedScales', { scale: 'sept', percent: 'juni' }]);
    expect(await refusal(wide({ moments: [moment('x', 'sept'), moment('X', 'juni')] }))).toEqual(['errors.gain.duplicateMoment', {}]);
    expect(await refusal(wide({ groupBy: 'Weg' }))).toEqual(['errors.recipe.unknownColumn', { column: 'Weg' }]);
    await ws.dispose();
  });

  it('takes a raw score of a stated maximum (or its maximum column) as a percentage', async () => {
    const ws = await projectWith(
      [{ name: 'Nr', type: 'identifier' }, { name: 'Klas', type: 'text' }, { name: 'S', type: 'decimal' }, { name: 'J', type: 'integer' }, { name: 'J (max)', type: 'integer' }],
      [
        ['1', '2A', 20, 30, 50],
        ['2', '2A', 30, 40, 40],
      ],
    );
    const gain = await ws.gain(recipe, wide({ moments: [moment('sept', 'S', { kind: 'score', max: 40, maxColumn: null }), moment('juni', 'J', { kind: 'score', max: null, maxColumn: 'J (max)' })] }));
    // Pupil 1: 50% → 60%; pupil 2: 75% → 100%. Gains 10 and 25.
    expect(gain.unit).toBe('percentPoints');
    expect(gain.overall.figures!.meanPre).toBeCloseTo(62.5, 10);
    expect(gain.overall.figures!.meanPost).toBeCloseTo(80, 10);
    expect(gain.overall.figures!.meanGain).toBeCloseTo(17.5, 10);
    expect(gain.overall.figures!.sdGain).toBeCloseTo(Math.sqrt(((10 - 17.5) ** 2 + (25 - 17.5) ** 2) / 1), 10);
    await ws.dispose();
  });
});

describe('learning gain: pairs, left out, suppressed', () => {
  const rows: Cell[][] = [
    ['1', '2A', 50, 60, 'C'],
    ['2', '2A', 40, 40, 'D'],
    ['3', '2A', 70, 65, 'B'],
    ['4', '2B', 55, 70, 'C'],
    ['5', '2B', null, 80, 'B'],
    ['6', '2C', 30, null, 'E'],
    ['7', null, 45, 50, 'D'],
    ['1', '2A', 50, 60, 'C'],
    [null, '2A', 10, 20, 'E'],
  ];

  it('pairs pupils with both scores, says who is left out and why, and hides groups under the threshold', async () => {
    const ws = await projectWith(WIDE, rows);
    const gain = await ws.gain(recipe, wide({ minGroup: 3 }));
    // Pairs: 1, 2, 3 (2A), 4 (2B), 7 (no class). Pupil 1's second row is a duplicate.
    expect(gain.overall.figures!.n).toBe(5);
    const gains = [10, 0, -5, 15, 5];
    const m = gains.reduce((a, b) => a + b) / gains.length;
    expect(gain.overall.figures!.meanGain).toBeCloseTo(m, 10);
    expect([gain.overall.figures!.improved, gain.overall.figures!.unchanged, gain.overall.figures!.declined]).toEqual([3, 1, 1]);
    expect(gain.leftOut).toEqual([
      { reason: 'noKey', moment: null, n: 1, keys: [] },
      { reason: 'duplicate', moment: null, n: 1, keys: ['1'] },
      { reason: 'missingAt', moment: 'sept', n: 1, keys: ['5'] },
      { reason: 'missingAt', moment: 'juni', n: 1, keys: ['6'] },
    ]);
    // 2A has three pairs and is shown (small); 2B has one and the pupils without a class one: suppressed, no size.
    expect(gain.groups.map((g) => [g.key, g.suppressed, g.small, g.figures?.n ?? null])).toEqual([
      ['2A', false, true, 3],
      ['2B', true, true, null],
      [null, true, true, null],
    ]);
    expect(gain.groups[0]!.figures!.meanGain).toBeCloseTo(5 / 3, 10);
    expect(gain.warnings.map((w) => [w.code, w.params])).toEqual([['engine.gain.groupsSuppressed', { count: 2, k: 3 }]]);
    // The charts get no pupil of a suppressed group.
    expect(gain.points.map((p) => p[0])).toEqual(['2A', '2A', '2A']);
    await ws.dispose();
  });

  it('with a threshold, counts only gains beyond it as improved or declined', async () => {
    const ws = await projectWith(WIDE, rows);
    const gain = await ws.gain(recipe, wide({ threshold: 5, groupBy: null, minGroup: 1 }));
    // Gains 10, 0, −5, 15, 5: above 5 → 10 and 15; below −5 → none.
    expect([gain.overall.figures!.improved, gain.overall.figures!.unchanged, gain.overall.figures!.declined]).toEqual([2, 3, 0]);
    expect(gain.groups).toEqual([]);
    await ws.dispose();
  });

  it('everyone missing at one moment: no pairs, said plainly, and nothing made up', async () => {
    const ws = await projectWith(WIDE, [
      ['1', '2A', 50, null, null],
      ['2', '2A', 40, null, null],
    ]);
    const gain = await ws.gain(recipe, wide({ minGroup: 1 }));
    expect(gain.overall.figures!.n).toBe(0);
    expect(gain.overall.figures!.meanGain).toBeNull();
    expect(gain.overall.figures!.ci95).toBeNull();
    expect(gain.groups).toEqual([]);
    expect(gain.leftOut).toEqual([{ reason: 'missingAt', moment: 'juni', n: 2, keys: ['1', '2'] }]);
    expect(gain.warnings.map((w) => w.code)).toContain('engine.gain.noPairs');
    await ws.dispose();
  });

  it('n = 1 and zero variance: a mean, but no SD, no interval and no d_z', async () => {
    const ws = await projectWith(WIDE, [
      ['1', '2A', 50, 60, null],
      ['2', '2B', 40, 45, null],
      ['3', '2B', 50, 55, null],
    ]);
    const gain = await ws.gain(recipe, wide({ minGroup: 1 }));
    const [a, b] = gain.groups;
    expect(a!.figures).toMatchObject({ n: 1, meanGain: 10, sdGain: null, ci95: null, dz: null, dzCi95: null });
    // 2B: both gain 5: SD 0, the mean is exact, d_z does not exist.
    expect(b!.figures).toMatchObject({ n: 2, meanGain: 5, sdGain: 0, dz: null, dzCi95: null });
    await ws.dispose();
  });
});

describe('learning gain: the smallest cases', () => {
  it('n = 0: an empty table gives no pairs, no groups and no figures, and says so', async () => {
    const ws = await projectWith(WIDE, []);
    const gain = await ws.gain(recipe, wide({ minGroup: 1 }));
    expect(gain.overall).toMatchObject({ suppressed: false, figures: { n: 0, meanGain: null, sdGain: null, dz: null } });
    expect([gain.groups, gain.leftOut, gain.points]).toEqual([[], [], []]);
    expect(gain.warnings.map((w) => w.code)).toEqual(['engine.gain.noPairs']);
    await ws.dispose();
  });

  it('n = 2: the t interval on one degree of freedom, d_z with its noncentral-t interval, no Hedges correction (J needs df ≥ 2)', async () => {
    const ws = await projectWith(WIDE, [
      ['1', '2A', 50, 54, null],
      ['2', '2A', 60, 70, null],
    ]);
    const f = (await ws.gain(recipe, wide({ minGroup: 1, groupBy: null }))).overall.figures!;
    // Gains 4 and 10: mean 7, SD 6/√2; t(0.975, 1) = 12.7062047362.
    const sd = 6 / Math.SQRT2;
    expect(f.sdGain).toBeCloseTo(sd, 10);
    expect(f.ci95![0]).toBeCloseTo(7 - (12.7062047362 * sd) / Math.SQRT2, 6);
    expect(f.ci95![1]).toBeCloseTo(7 + (12.7062047362 * sd) / Math.SQRT2, 6);
    expect(f.dz).toBeCloseTo(7 / sd, 10);
    // scipy.stats.nct, roots of P(T ≤ t) = 0.975 and 0.025 for t = 7/(sd/√2), df 1, divided by √2.
    expect(f.dzCi95![0]).toBeCloseTo(-0.7437535023354077, 5);
    expect(f.dzCi95![1]).toBeCloseTo(4.023441019134389, 5);
    expect(f.dAv).toBeCloseTo(7 / ((Math.sqrt(50) + Math.sqrt(128)) / 2), 10);
    expect([f.hedgesJ, f.gAv]).toEqual([null, null]);
    await ws.dispose();
  });

  it('one group under the threshold beside the cohort’s figures: the smallest other group is withheld too, also in expected growth', async () => {
    // 2A: 4 pupils, 2B: 3, 2C: 1 (under k = 3). With all 8 pupils' figures shown, 2C's gain would
    // be 8 × the overall mean minus the others' sums: 2B, the smallest group at or above k, goes too.
    const sizes: [string, number][] = [['2A', 4], ['2B', 3], ['2C', 1]];
    const data = sizes.flatMap(([klas, n]) => Array.from({ length: n }, (_, i): Cell[] => [`${klas}${i}`, klas, 40 + i, 50 + 2 * i, null]));
    const ws = await projectWith(WIDE, data);
    const gain = await ws.gain(recipe, wide({ minGroup: 3, expectedGrowth: true }));
    expect(gain.overall.figures!.n).toBe(8);
    expect(gain.groups.map((g) => [g.key, g.suppressed, g.complementary ?? false, g.figures?.n ?? null])).toEqual([
      ['2A', false, false, 4],
      ['2B', true, true, null],
      ['2C', true, false, null],
    ]);
    expect(gain.expected!.groups.map((g) => [g.key, g.suppressed])).toEqual([
      ['2A', false],
      ['2B', true],
      ['2C', true],
    ]);
    expect(gain.warnings.map((w) => [w.code, w.params])).toEqual(
      expect.arrayContaining([
        ['engine.gain.groupsSuppressed', { count: 1, k: 3 }],
        ['engine.gain.groupsComplemented', { count: 1, k: 3 }],
      ]),
    );
    expect(new Set(gain.points.map((p) => p[0]))).toEqual(new Set(['2A']));
    await ws.dispose();
  });

  it('every group under the threshold: no group shows figures, the whole cohort still does', async () => {
    const ws = await projectWith(
      WIDE,
      ['2A', '2B', '2C'].flatMap((klas, k) => [0, 1].map((i): Cell[] => [`${k}${i}`, klas, 50 + i, 60 + k, null])),
    );
    const gain = await ws.gain(recipe, wide({ minGroup: 3 }));
    expect(gain.groups.map((g) => [g.key, g.suppressed, g.figures])).toEqual([
      ['2A', true, null],
      ['2B', true, null],
      ['2C', true, null],
    ]);
    expect(gain.overall.figures!.n).toBe(6);
    expect(gain.points).toEqual([]);
    expect(gain.warnings[0]).toMatchObject({ code: 'engine.gain.groupsSuppressed', params: { count: 3, k: 3 } });
    await ws.dispose();
  });
});

describe('learning gain: the long layout, three moments, transitions', () => {
  const LONG: ColumnInfo[] = [
    { name: 'Nr', type: 'integer' },
    { name: 'Klas', type: 'text' },
    { name: 'Afname', type: 'text' },
    { name: 'Score', type: 'integer' },
    { name: 'Niveau', type: 'text' },
  ];
  const rows: Cell[][] = [
    [1, '2A', 'jan', 90, 'D'],
    [1, '2A', 'jun', 100, 'C'],
    [1, '2A', 'mei', 95, 'C'],
    [2, '2A', 'jan', 110, 'B'],
    [2, '2B', 'jun', 108, 'B'],
    [2, '2B', 'mei', 109, 'B'],
    [3, '2A', 'jan', 100, 'C'],
    [3, '2A', 'jan', 101, 'C'],
    [3, '2A', 'jun', 96, 'D'],
    [3, '2A', 'mei', 97, 'D'],
    [4, '2A', 'jun', 120, 'A'],
    [5, '2A', 'jan', 80, 'X'],
    [5, '2A', 'jun', 85, 'E'],
    [5, '2A', 'mei', 83, 'E'],
  ];
  const long = (over: Partial<GainAnalysis> = {}): GainAnalysis =>
    GainSchema.parse({
      kind: 'gain',
      layout: 'long',
      key: 'Nr',
      momentColumn: 'Afname',
      scoreColumn: 'Score',
      levelColumn: 'Niveau',
      levels: ['E', 'D', 'C', 'B', 'A'],
      moments: [moment('januari', null, { kind: 'scale' }, 'jan'), moment('mei', null, { kind: 'scale' }, 'mei'), moment('juni', null, { kind: 'scale' }, 'jun')],
      groupBy: 'Klas',
      minGroup: 1,
      ...over,
    });

  it('finds a moment’s rows whatever their case and stray spaces (`Jan `, `JUN`)', async () => {
    const shouted = rows.map((r) => [r[0]!, r[1]!, r[2] === 'jan' ? 'Jan ' : r[2] === 'jun' ? ' JUN' : r[2]!, r[3]!, r[4]!]);
    const [plain, other] = [await projectWith(LONG, rows), await projectWith(LONG, shouted)];
    const want = await plain.gain(recipe, long());
    expect(await other.gain(recipe, long())).toEqual(want);
    expect(want.overall.figures!.n).toBe(4);
    await plain.dispose();
    await other.dispose();
  });

  it('gathers each pupil’s rows per moment (first row on a tie), groups by the earliest moment, and trends over three moments', async () => {
    const ws = await projectWith(LONG, rows);
    const gain = await ws.gain(recipe, long());
    expect(gain.unit).toBe('scalePoints');
    expect([gain.from, gain.to]).toEqual(['januari', 'juni']);
    // Pairs jan → jun: 1 (+10), 2 (−2, class 2A from January), 3 (first January row 100 → 96: −4), 5 (+5).
    expect(gain.overall.figures!.n).toBe(4);
    expect(gain.overall.figures!.meanGain).toBeCloseTo((10 - 2 - 4 + 5) / 4, 10);
    expect(gain.groups.map((g) => [g.key, g.figures?.n])).toEqual([['2A', 4]]);
    expect(gain.leftOut).toEqual([
      { reason: 'duplicate', moment: null, n: 1, keys: ['3'] },
      { reason: 'missingAt', moment: 'januari', n: 1, keys: ['4'] },
    ]);
    // Trend: pupils with all three moments (1, 2, 3, 5), means per moment.
    expect(gain.trend.map((p) => [p.group, p.moment, p.n, p.mean])).toEqual([
      ['2A', 'januari', 4, (90 + 110 + 100 + 80) / 4],
      ['2A', 'mei', 4, (95 + 109 + 97 + 83) / 4],
      ['2A', 'juni', 4, (100 + 108 + 96 + 85) / 4],
    ]);
    // Transitions jan → jun in the scale's order; pupil 5's January level X is outside it.
    const t = gain.transitions!;
    expect(t.order).toEqual(['E', 'D', 'C', 'B', 'A']);
    expect([t.n, t.movedUp, t.same, t.movedDown, t.outside]).toEqual([3, 1, 1, 1, 1]);
    expect(t.matrix[1]![2]).toBe(1); // D → C (pupil 1)
    expect(t.matrix[3]![3]).toBe(1); // B → B (pupil 2)
    expect(t.matrix[2]![1]).toBe(1); // C → D (pupil 3)
    await ws.dispose();
  });

  it('asks for the order of levels it cannot know', async () => {
    const ws = await projectWith(LONG, rows);
    await expect(ws.gain(recipe, long({ levels: null }))).rejects.toMatchObject({ code: 'errors.gain.levelOrderNeeded', params: { column: 'Niveau' } });
    await ws.dispose();
  });
});

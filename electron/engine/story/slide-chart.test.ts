import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Recipe, RECIPE_VERSION } from '../../../shared/model/recipe';
import type { ColumnInfo } from '../../../shared/model/table';
import type { View } from '../../../shared/model/view';
import { Session } from '../db/session';
import { buildDemo, type DemoPupil, generateDemoData, JUNE_MAX, SEPT_MAX } from '../project/demo';
import { Project, type RowsTable } from '../project/project';
import { computeDeck } from './deck';
import { gainFigures, summaryFigures, surveyFigures } from './slide-chart';
import { SurveyAnalysis } from '../../../shared/model/analysis/survey';
import { saveView } from '../project/views';
import { pseudonyms } from './pseudonyms';

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const SAFE = { pseudonymise: true, suppressBelow: 5 };
const OPEN = { pseudonymise: false, suppressBelow: null };
const KEY = Buffer.alloc(32, 1).toString('base64');
const codes = (names: readonly string[]) => pseudonyms(KEY, 'pupil', names);

/** A table of pupils in classes of 7, 4 and 1 with a score each (the class of one shows one pupil). */
async function smallProject(): Promise<{ ws: Project; view: View }> {
  const ws = new Project(session, 'klein');
  const columns: ColumnInfo[] = [
    { name: 'Naam', type: 'text' },
    { name: 'Klas', type: 'text' },
    { name: 'Score', type: 'decimal' },
  ];
  const rows = [
    ...Array.from({ length: 7 }, (_, i) => [`A${i}`, '2A', 10 + i]),
    ...Array.from({ length: 4 }, (_, i) => [`B${i}`, '2B', 20 + i]),
    ['C0', '2C', 5],
  ];
  const table: RowsTable = { format: 'csv', columns, rows };
  const source = await ws.addRows(table, { fileName: 'klein.csv', fileHash: 'x', options: {} });
  const recipe: Recipe = { version: RECIPE_VERSION, base: source.id, steps: [] };
  const view = saveView(ws, { title: 'Scores', takeaway: '', recipe, chart: { type: 'bar', groupBy: 'Klas', measure: 'Score', aggregate: 'mean' } });
  return { ws, view };
}

describe('the plain chart on a slide', () => {
  it('leaves out groups under k and says how many; shows them all when the presenter turns it off', async () => {
    const { ws, view } = await smallProject();
    const summary = await ws.summary(view.recipe, view.chart);
    const safe = summaryFigures(view, summary, SAFE, 'nl-BE', codes);
    expect(safe.chart.categories).toEqual(['2A']);
    expect(safe.chart.series[0]!.values[0]).toBeCloseTo(mean([10, 11, 12, 13, 14, 15, 16]), 12);
    expect(safe.privacy).toMatchObject({ level: 'aggregated', suppressed: 2, k: 5 });
    expect(safe.chart.notes.join(' ')).toContain('2 groepen met minder dan 5 leerlingen');
    expect(safe.n).toBe(7);

    const open = summaryFigures(view, summary, OPEN, 'en', codes);
    expect(open.chart.categories).toEqual(['2A', '2B', '2C']);
    expect(open.chart.series[0]!.values.map((v) => v!)).toEqual([13, 21.5, 5]);
    expect(open.privacy.suppressed).toBe(0);
    expect(open.alt).toContain('2B 21.5');

    const sorted = summaryFigures({ ...view, chart: { ...view.chart, sort: 'valueDesc' } }, summary, OPEN, 'nl-BE', codes);
    expect(sorted.chart.categories).toEqual(['2B', '2A', '2C']);
    await ws.dispose();
  });

  it('replaces pupil names by pseudonyms on a chart that shows pupils one by one', async () => {
    const { ws, view } = await smallProject();
    const perPupil: View = { ...view, chart: { ...view.chart, groupBy: 'Naam' } };
    const summary = await ws.summary(perPupil.recipe, perPupil.chart);
    const shown = summaryFigures(perPupil, summary, { pseudonymise: true, suppressBelow: null }, 'nl-BE', codes);
    expect(shown.privacy).toMatchObject({ level: 'pupil', pseudonymised: true });
    // The project's stable codes: HMAC of the name under the project's key, whatever the order.
    expect(shown.chart.categories).toEqual(pseudonyms(KEY, 'pupil', summary.rows.map((r) => r.key!)));
    expect(shown.chart.categories.every((c) => /^LL-[0-9A-Z]{6}$/.test(c))).toBe(true);
    const reversed = summaryFigures(perPupil, { ...summary, rows: [...summary.rows].reverse() }, { pseudonymise: true, suppressBelow: null }, 'nl-BE', codes);
    expect(reversed.chart.categories).toEqual([...shown.chart.categories].reverse());
    expect(shown.chart.categories.join()).not.toMatch(/A0|B0|C0/);
    expect(shown.alt).not.toMatch(/A0|B0|C0/);
    const named = summaryFigures(perPupil, summary, OPEN, 'nl-BE', codes);
    expect(named.chart.categories).toEqual(summary.rows.map((r) => r.key));
    // With k on, a group of one pupil is never shown at all.
    expect(summaryFigures(perPupil, summary, SAFE, 'nl-BE', codes).chart.categories).toEqual([]);
    await ws.dispose();
  });
});

describe('learning gain on a slide', () => {
  const pupils = generateDemoData().pupils;
  const paired = (klas: string | null) =>
    pupils.filter((p): p is DemoPupil & { september: number; june: number } => (klas === null || p.klas === klas) && p.september !== null && p.june !== null);
  const gainOf = (p: { september: number; june: number }) => (100 * p.june) / JUNE_MAX - (100 * p.september) / SEPT_MAX;

  it('draws the mean gain with its interval per class and overall, and its begin and end as slopes', async () => {
    const ws = await buildDemo(session);
    const view = ws.views[0]!;
    const result = await ws.gain(view.recipe, view.gain!.analysis);
    const dots = gainFigures(view, result, SAFE, 'nl-BE');
    expect(dots.chart.kind).toBe('dotCi');
    expect(dots.chart.categories).toEqual(['1A', '1B', '1C', '1D', 'Alle leerlingen']);
    const values = dots.chart.series[0]!.values;
    ['1A', '1B', '1C', '1D', null].forEach((klas, i) => expect(values[i]).toBeCloseTo(mean(paired(klas).map(gainOf)), 9));
    const low = dots.chart.series[0]!.low!;
    const high = dots.chart.series[0]!.high!;
    values.forEach((v, i) => expect(low[i]! < v! && v! < high[i]!).toBe(true));
    expect(dots.n).toBe(paired(null).length);

    // With k above the smallest class, that class goes and the note says so.
    const sizes = ['1A', '1B', '1C', '1D'].map((k) => paired(k).length);
    const k = Math.min(...sizes) + 1;
    const fewer = gainFigures(view, result, { pseudonymise: true, suppressBelow: k }, 'nl-BE');
    // One class left out while "all pupils" shows: the overall minus the others would give it away,
    // so the next smallest class goes too (complementary suppression).
    const classes = ['1A', '1B', '1C', '1D'];
    const under = classes.filter((_, i) => sizes[i]! < k);
    const rest = classes.filter((c) => !under.includes(c)).sort((x, y) => paired(x).length - paired(y).length);
    expect(under).toHaveLength(1);
    const gone = [...under, rest[0]!];
    expect(fewer.chart.categories).toEqual([...classes.filter((c) => !gone.includes(c)), 'Alle leerlingen']);
    expect(fewer.privacy.suppressed).toBe(gone.length);
    expect(fewer.chart.notes.join(' ')).toContain('1 groep met minder dan');
    expect(fewer.chart.notes.join(' ')).toContain('Nog 1 groep is niet getoond');
    // The slope chart follows the same groups.
    const fewerSlope = gainFigures({ ...view, gain: { ...view.gain!, chart: 'slope' } }, result, { pseudonymise: true, suppressBelow: k }, 'nl-BE');
    expect(fewerSlope.chart.series.map((s) => s.name)).toEqual([...classes.filter((c) => !gone.includes(c)), 'Alle leerlingen']);

    const slope = gainFigures({ ...view, gain: { ...view.gain!, chart: 'slope' } }, result, SAFE, 'nl-BE');
    expect(slope.chart.categories).toEqual(['september', 'juni']);
    const a = slope.chart.series.find((s) => s.name === '1A')!;
    expect(a.values[0]).toBeCloseTo(mean(paired('1A').map((p) => (100 * p.september) / SEPT_MAX)), 9);
    expect(a.values[1]).toBeCloseTo(mean(paired('1A').map((p) => (100 * p.june) / JUNE_MAX)), 9);

    const scatter = gainFigures({ ...view, gain: { ...view.gain!, chart: 'scatter' } }, result, SAFE, 'nl-BE');
    expect(scatter.privacy.level).toBe('pupil');
    expect(scatter.chart.points).toHaveLength(paired(null).length);
    expect(scatter.chart.diagonal).toBe(true);

    const box = gainFigures({ ...view, gain: { ...view.gain!, chart: 'gainStrip' } }, result, SAFE, 'nl-BE');
    const gains1A = paired('1A').map(gainOf).sort((x, y) => x - y);
    const h = (gains1A.length - 1) / 2;
    const median = gains1A[Math.floor(h)]! + (h - Math.floor(h)) * (gains1A[Math.ceil(h)]! - gains1A[Math.floor(h)]!);
    expect(box.chart.series[0]!.values[box.chart.categories.indexOf('1A')]).toBeCloseTo(median, 9);
    await ws.dispose();
  });

  it('withholds transition cells under k, and complements so that the totals in the text give none away', async () => {
    const ws = await buildDemo(session);
    const view = ws.views[0]!;
    const demo = await ws.gain(view.recipe, view.gain!.analysis);
    // k is 5 here: the analysis' own threshold below it.
    const result = { ...demo, analysis: { ...demo.analysis, minGroup: 2 } };
    // Levels low → high; rows from, columns to. Up: above the diagonal.
    //        L   M   H
    //   L   10   3   6      up: 3 + 6 + 7 = 16, same: 10 + 8 + 12 = 30, down: 9 + 5 + 6 = 20
    //   M    9   8   7
    //   H    5   6  12
    const matrix = [[10, 3, 6], [9, 8, 7], [5, 6, 12]];
    const transitions = { from: 'sept', to: 'juni', order: ['L', 'M', 'H'], matrix, n: 66, movedUp: 16, same: 30, movedDown: 20, outside: 0 };
    const heat = gainFigures({ ...view, gain: { ...view.gain!, chart: 'transitionsHeatmap' } }, { ...result, transitions }, SAFE, 'nl-BE');
    // L→M (3) is under 5: 'up' then has one withheld → its smallest other, L→H (6), goes too;
    // the 'all' line then holds two. Heatmap series j is the row of level j.
    expect(heat.chart.series.map((s) => s.values)).toEqual([[10, null, null], [9, 8, 7], [5, 6, 12]]);
    expect(heat.privacy.suppressed).toBe(2);
    expect(heat.chart.notes.join(' ')).toContain('2 cellen zijn niet getoond');
    const open = gainFigures({ ...view, gain: { ...view.gain!, chart: 'transitionsHeatmap' } }, { ...result, transitions }, OPEN, 'nl-BE');
    expect(open.chart.series.map((s) => s.values)).toEqual(matrix);
    await ws.dispose();
  });

  it('computes the demo story in the order of the cycle, with the views’ own texts', async () => {
    const ws = await buildDemo(session);
    const story = ws.stories[0]!;
    const deck = await computeDeck(ws, story.id, SAFE, 'nl-BE');
    expect(deck.slides.map((s) => s.section)).toEqual(['question', 'data', 'interpretation', 'interpretation']);
    expect(deck.slides.map((s) => s.viewId)).toEqual(story.slides.map((s) => s.viewId));
    for (const slide of deck.slides) {
      const view = ws.views.find((v) => v.id === slide.viewId)!;
      expect(slide.title).toBe(view.title);
      expect(slide.chart).not.toBeNull();
      expect(slide.sources.map((s) => s.fileName).length).toBeGreaterThan(0);
      expect(slide.alt.length).toBeGreaterThan(10);
    }
    expect(deck.slides[1]!.chart!.annotations).toEqual(ws.views[0]!.design!.annotations);
    await ws.dispose();
  });
});

describe('a survey on a slide', () => {
  it('draws the quadrant from the axis means with the bridge, the items by concern, the answers and self against team', async () => {
    const ws = new Project(session, 'enquête');
    const columns: ColumnInfo[] = ['IK1. Ik geef erkenning', 'WIJ1. Wij geven erkenning', 'OV1. Ruimte voor verschil', 'PC1. We observeren'].map((name) => ({ name, type: 'integer' as const }));
    const rows = [
      [4, 3, 2, 1],
      [5, 3, 2, 2],
      [4, 4, 3, 1],
      [3, 3, 2, 2],
      [4, 2, 3, 1],
    ];
    const source = await ws.addRows({ format: 'csv', columns, rows }, { fileName: 'enquete.csv', fileHash: 'e', options: {} });
    const recipe: Recipe = { version: RECIPE_VERSION, base: source.id, steps: [] };
    const analysis = SurveyAnalysis.parse({ kind: 'survey', moments: [{ label: 'nulmeting', recipe }], selfPlacement: [{ moment: 'nulmeting', skill: 3.5, will: 3.2 }] });
    const result = await ws.survey(analysis);
    const view = saveView(ws, { title: 'Kwadrant', takeaway: '', recipe, chart: { type: 'bar', groupBy: columns[0]!.name, measure: null, aggregate: 'count' }, survey: { analysis, chart: 'quadrant', moment: null } });
    const col = (i: number) => rows.map((r) => r[i]!);

    const quadrant = surveyFigures(view, result, SAFE, 'nl-BE');
    const skill = (mean(col(0)) + mean(col(1))) / 2;
    const will = (mean(col(2)) + mean(col(3))) / 2;
    expect(quadrant.chart.kind).toBe('scatter');
    expect(quadrant.chart.points[0]!.x).toBeCloseTo(skill, 12);
    expect(quadrant.chart.points[0]!.y).toBeCloseTo(will, 12);
    expect(quadrant.chart.points[1]).toEqual({ x: 3.5, y: 3.2, series: 'eigen inschatting nulmeting' });
    expect(quadrant.chart.xLines.map((l) => l.value)).toEqual([3]);
    expect(quadrant.chart.notes.join(' ')).toContain('selectieve impact');
    expect(quadrant.n).toBe(5);

    const items = surveyFigures({ ...view, survey: { ...view.survey!, chart: 'items' } }, result, SAFE, 'nl-BE');
    // By concern: the flagged items first (PC1 1.4, OV1 2.4: means under 3.0), then by mean.
    expect(items.chart.categories.map((c) => c.split(' ')[0])).toEqual(['PC1', 'OV1', 'WIJ1', 'IK1']);
    expect(items.chart.series[0]!.values[0]).toBeCloseTo(mean(col(3)), 12);

    const likert = surveyFigures({ ...view, survey: { ...view.survey!, chart: 'likert' } }, result, SAFE, 'nl-BE');
    expect(likert.chart.kind).toBe('stackedBar');
    expect(likert.chart.series.map((s) => s.name)).toEqual(['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens']);
    // IK1 (last by concern) answered 4, 5, 4, 3, 4.
    expect(likert.chart.series.map((s) => s.values[3])).toEqual([0, 0, 1, 3, 1]);

    const dumbbell = surveyFigures({ ...view, survey: { ...view.survey!, chart: 'dumbbell' } }, result, SAFE, 'nl-BE');
    expect(dumbbell.chart.categories).toEqual(['IK1']);
    expect(dumbbell.chart.series.map((s) => s.values[0])).toEqual([mean(col(0)), mean(col(1))]);
    await ws.dispose();
  });
});

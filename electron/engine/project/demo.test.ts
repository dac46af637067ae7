import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, CLASSES, type DemoPupil, generateDemoData, JUNE_MAX, SEPT_MAX } from './demo';
import { Session } from '../db/session';

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('demo data', () => {
  it('is the same every time it is generated', () => {
    expect(JSON.stringify(generateDemoData())).toBe(JSON.stringify(generateDemoData()));
    expect(JSON.stringify(generateDemoData(1))).not.toBe(JSON.stringify(generateDemoData(2)));
  });

  it('looks like a plausible first year', () => {
    const { pupils, tables } = generateDemoData();
    for (const klas of CLASSES) {
      const size = pupils.filter((p) => p.klas === klas).length;
      expect(size).toBeGreaterThanOrEqual(18);
      expect(size).toBeLessThanOrEqual(24);
    }
    expect(new Set(pupils.map((p) => p.klas))).toEqual(new Set(CLASSES));
    expect(new Set(pupils.map((p) => p.id)).size).toBe(pupils.length);
    for (const p of pupils) {
      expect(p.id).toMatch(/^\d{7}$/);
      expect(p.surname.length).toBeGreaterThan(1);
      expect(['M', 'V']).toContain(p.sex);
      if (p.september !== null) expect(p.september).toBeGreaterThanOrEqual(0);
      if (p.september !== null) expect(p.september).toBeLessThanOrEqual(SEPT_MAX);
      if (p.june !== null) expect(p.june).toBeGreaterThanOrEqual(0);
      if (p.june !== null) expect(p.june).toBeLessThanOrEqual(JUNE_MAX);
    }
    const absent = pupils.filter((p) => p.september === null).length;
    const left = pupils.filter((p) => p.june === null).length;
    expect(absent).toBeGreaterThanOrEqual(2);
    expect(absent).toBeLessThanOrEqual(6);
    expect(left).toBeGreaterThanOrEqual(1);
    expect(left).toBeLessThanOrEqual(3);
    // Absent pupils keep their row in September; pupils who left have no row in June.
    expect(tables.pupils.rows).toHaveLength(pupils.length);
    expect(tables.september.rows).toHaveLength(pupils.length);
    expect(tables.september.rows.filter((r) => r[1] === null)).toHaveLength(absent);
    expect(tables.june.rows).toHaveLength(pupils.length - left);
    // The June gradebook has no pupil number: `Voornaam Naam` and the class; some names without accents.
    expect(tables.june.rows.every((r) => typeof r[0] === 'string' && !/^\d+$/.test(r[0]))).toBe(true);
    expect(new Set(pupils.map((p) => `${p.firstName} ${p.surname}`)).size).toBe(pupils.length);
    const remediation = pupils.filter((p) => p.remediation).length / pupils.length;
    expect(remediation).toBeGreaterThan(0.05);
    expect(remediation).toBeLessThan(0.4);
  });

  it('shows growth that differs by class', () => {
    const { pupils } = generateDemoData();
    const gain = (klas: string) => {
      const both = pupils.filter((p): p is DemoPupil & { september: number; june: number } => p.klas === klas && p.september !== null && p.june !== null);
      return mean(both.map((p) => (100 * p.june) / JUNE_MAX - (100 * p.september) / SEPT_MAX));
    };
    const gains = CLASSES.map(gain);
    for (const g of gains) expect(g).toBeGreaterThan(-5);
    expect(Math.max(...gains) - Math.min(...gains)).toBeGreaterThan(5);
  });
});

describe('demo project', () => {
  it('joins September by number, matches the June gradebook by name, and opens on a learning-gain view that states the finding', async () => {
    const { pupils } = generateDemoData();
    const ws = await buildDemo(session);
    const state = await ws.state();
    expect(state.dirty).toBe(false);
    expect(state.sources.map((s) => [s.name, s.rowCount])).toEqual([
      ['Leerlingen', pupils.length],
      ['Toets wiskunde september', pupils.length],
      ['Toets wiskunde juni', pupils.filter((p) => p.june !== null).length],
    ]);
    const [sept, june] = state.result!.steps;
    // Stray spaces in September still match every pupil; every June row finds its pupil by name.
    expect(sept!.join).toMatchObject({ matchedKeys: pupils.length, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(june!.match).toMatchObject({ acceptedAuto: pupils.filter((p) => p.june !== null).length, reviewPairs: 0, unmatchedRight: 0 });
    expect(state.result!.rowCount).toBe(pupils.length);
    // Each pupil got their own scores, as percentages.
    const page = await ws.page(null, 0, 1000, []);
    const at = (name: string) => page.columns.findIndex((c) => c.name === name);
    const byId = new Map(pupils.map((p) => [p.id, p]));
    for (const row of page.rows) {
      const p = byId.get(String(row[at('Stamboeknummer')]))!;
      expect(row[at('sept_pct')]).toEqual(p.september === null ? null : expect.closeTo((p.september / SEPT_MAX) * 100, 9));
      expect(row[at('juni_pct')]).toEqual(p.june === null ? null : expect.closeTo((p.june / JUNE_MAX) * 100, 9));
    }

    // Two views to explore, two more that the story adds (demo-story.ts).
    expect(state.views).toHaveLength(4);
    const [gainView, barView] = state.views as [(typeof state.views)[0], (typeof state.views)[0]];
    expect(gainView.gain?.chart).toBe('ciDots');
    const gain = await ws.gain(gainView.recipe, gainView.gain!.analysis);
    const gainOf = (klas: string) => {
      const both = pupils.filter((p): p is DemoPupil & { september: number; june: number } => p.klas === klas && p.september !== null && p.june !== null);
      return { n: both.length, mean: mean(both.map((p) => (100 * p.june) / JUNE_MAX - (100 * p.september) / SEPT_MAX)) };
    };
    expect(gain.groups.map((g) => g.key)).toEqual([...CLASSES]);
    for (const g of gain.groups) {
      const truth = gainOf(g.key!);
      expect(g.figures!.n).toBe(truth.n);
      expect(g.figures!.meanGain).toBeCloseTo(truth.mean, 9);
    }
    const best = [...CLASSES].sort((a, b) => gainOf(b).mean - gainOf(a).mean)[0]!;
    expect(gainView.title).toContain(`Klas ${best}`);
    expect(gainView.takeaway.length).toBeGreaterThan(20);

    const summary = await ws.summary(barView.recipe, barView.chart);
    expect(summary.rows.map((r) => r.key)).toEqual([...CLASSES]);
    for (const row of summary.rows) {
      const scores = pupils.filter((p) => p.klas === row.key && p.june !== null).map((p) => p.june!);
      expect(row.n).toBe(pupils.filter((p) => p.klas === row.key).length);
      expect(row.nValid).toBe(scores.length);
      expect(row.value).toBeCloseTo(mean(scores), 10);
    }
    const highest = [...summary.rows].sort((a, b) => b.value! - a.value!)[0]!;
    expect(barView.title).toContain(highest.key!);

    // The story: every section of the cycle it uses names a view of the project; the gain view's
    // reference line is the school's mean gain, computed here from the pupils themselves.
    expect(state.stories).toHaveLength(1);
    const story = state.stories[0]!;
    expect(story.question.length).toBeGreaterThan(20);
    expect(story.slides.map((s) => s.section)).toEqual(['question', 'data', 'interpretation', 'interpretation']);
    const viewIds = new Set(state.views.map((v) => v.id));
    for (const slide of story.slides) expect(viewIds.has(slide.viewId)).toBe(true);
    expect(story.hypotheses.flatMap((h) => h.viewIds).every((id) => viewIds.has(id))).toBe(true);
    expect(story.actions.length).toBeGreaterThanOrEqual(2);
    expect(story.slides.some((s) => s.alternative.length > 0)).toBe(true);
    const both = pupils.filter((p) => p.september !== null && p.june !== null);
    const schoolGain = mean(both.map((p) => (100 * p.june!) / JUNE_MAX - (100 * p.september!) / SEPT_MAX));
    const line = gainView.design?.annotations.find((a) => a.kind === 'line');
    expect(line && line.kind === 'line' ? line.value : null).toBeCloseTo(schoolGain, 9);
    expect(gainView.design?.highlight).toBe(best);
    expect(gainView.design?.rok).toContain('R3');
    await ws.dispose();
  });

  it('builds the same project every run', async () => {
    const a = await buildDemo(session);
    const b = await buildDemo(session);
    expect(await b.state()).toEqual(await a.state());
    expect(await b.page(null, 0, 1000, [])).toEqual(await a.page(null, 0, 1000, []));
    await a.dispose();
    await b.dispose();
  });
});

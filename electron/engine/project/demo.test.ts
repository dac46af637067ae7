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
    expect(tables.june.rows.every((r) => typeof r[0] === 'number')).toBe(true);
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
  it('joins pupils with both tests and saves a view whose title states the finding', async () => {
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
    // Stray spaces in September and numeric ids in June still match every pupil.
    expect(sept!.join).toMatchObject({ matchedKeys: pupils.length, unmatchedLeft: 0, unmatchedRight: 0 });
    expect(june!.join).toMatchObject({ matchedKeys: pupils.length - pupils.filter((p) => p.june === null).length, unmatchedRight: 0 });
    expect(june!.join!.sampleUnmatchedLeft.sort()).toEqual(pupils.filter((p) => p.june === null).map((p) => p.id).sort());
    expect(state.result!.rowCount).toBe(pupils.length);

    expect(state.views).toHaveLength(1);
    const view = state.views[0]!;
    const summary = await ws.summary(view.recipe, view.chart);
    expect(summary.rows.map((r) => r.key)).toEqual([...CLASSES]);
    for (const row of summary.rows) {
      const scores = pupils.filter((p) => p.klas === row.key && p.june !== null).map((p) => p.june!);
      expect(row.n).toBe(pupils.filter((p) => p.klas === row.key).length);
      expect(row.nValid).toBe(scores.length);
      expect(row.value).toBeCloseTo(mean(scores), 10);
    }
    const best = [...summary.rows].sort((a, b) => b.value! - a.value!)[0]!;
    expect(view.title).toContain(best.key!);
    expect(view.takeaway.length).toBeGreaterThan(20);
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

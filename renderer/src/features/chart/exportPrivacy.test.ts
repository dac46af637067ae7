import { describe, expect, it } from 'vitest';
import type { FigureDesign } from './design';
import { asksPrivacy, chartExposure, pseudonymiseText, pupilNames, safeChart, safeDesign, safeN } from './exportPrivacy';
import type { ChartSpec, GroupSummary, GroupSummaryRow } from '../../../../shared/model/view';

/** The project's codes as the engine would give them: fixed per name. */
const CODES: Record<string, string> = { 'Jana Peeters': 'LL-J4N4P3', 'Jan Maes': 'LL-JM0001', 'Zoë Aerts': 'LL-Z0EA3R', 'Bram Smets': 'LL-BR4MS5' };
const words = { emptyGroup: '(leeg)', pupil: (name: string) => CODES[name]! };
const SAFE = { pseudonymise: true, suppressBelow: 5 };
const NAMES_KEPT = { pseudonymise: false, suppressBelow: 5 };
const ALL = { pseudonymise: false, suppressBelow: null };

const spec = (sort: ChartSpec['sort'] = 'natural', aggregate: ChartSpec['aggregate'] = 'mean'): ChartSpec => ({
  type: 'bar',
  groupBy: 'Leerling',
  measure: aggregate === 'mean' ? 'Score' : null,
  aggregate,
  sort,
});
const row = (key: string | null, n: number, nValid: number, value: number | null): GroupSummaryRow => ({ key, n, nValid, value });

/** Four pupils one by one, one without a score, and two rows without a name. */
const pupils: GroupSummary = {
  chart: spec('valueDesc'),
  rows: [row('Jana Peeters', 1, 1, 31), row('Jan Maes', 1, 1, 44), row(null, 2, 0, null), row('Zoë Aerts', 1, 0, null), row('Bram Smets', 1, 1, 12)],
};

/** Classes: 1B (3 with a value of 4) and 1D (2) are under 5. */
const classes: GroupSummary = {
  chart: { ...spec('label'), groupBy: 'Klas' },
  rows: [row('1C', 22, 22, 33.8), row('1B', 4, 3, 28.1), row('1A', 24, 23, 32.5), row('1D', 2, 2, 30.7)],
};

describe('what a plain chart lets out', () => {
  it('a chart whose named groups are each one row shows pupils one by one; the rows without a name do not change that', () => {
    expect(chartExposure(pupils)).toEqual({ pupilLevel: true, pupils: 4, smallGroups: 1, k: 5 });
    expect(asksPrivacy(chartExposure(pupils))).toBe(true);
  });

  it('counts groups under k by their rows with a value (a count: all rows)', () => {
    expect(chartExposure(classes)).toEqual({ pupilLevel: false, pupils: 0, smallGroups: 2, k: 5 });
    const counted: GroupSummary = { chart: spec('natural', 'count'), rows: [row('a', 5, 5, 5), row('b', 6, 6, 6)] };
    expect(asksPrivacy(chartExposure(counted))).toBe(false);
    // One group of one row is a small group, not a pupil shown one by one.
    const one: GroupSummary = { chart: spec(), rows: [row('Jana Peeters', 1, 1, 31)] };
    expect(chartExposure(one)).toMatchObject({ pupilLevel: false, smallGroups: 1 });
  });
});

describe('the safe chart', () => {
  it('codes each pupil by name in the order shown (by value, highest first) and leaves out the small group without a name', () => {
    expect(pupilNames(pupils)).toEqual(['Jana Peeters', 'Jan Maes', 'Zoë Aerts', 'Bram Smets']);
    expect(pupilNames(classes)).toEqual([]);
    const safe = safeChart(pupils, SAFE, words);
    // Shown by value, those without one last: Jan 44, Jana 31, Bram 12, then (leeg) and Zoë (no value).
    expect(safe.summary.rows.map((r) => r.key)).toEqual(['LL-JM0001', 'LL-J4N4P3', 'LL-BR4MS5', 'LL-Z0EA3R']);
    expect(safe.summary.rows.map((r) => r.value)).toEqual([44, 31, 12, null]);
    expect(safe.summary.chart.sort).toBe('natural');
    expect([...safe.pseudonyms]).toEqual([
      ['Jan Maes', 'LL-JM0001'],
      ['Jana Peeters', 'LL-J4N4P3'],
      ['Bram Smets', 'LL-BR4MS5'],
      ['Zoë Aerts', 'LL-Z0EA3R'],
    ]);
    // Sorted the other way, each pupil keeps the code (not numbered by place).
    const ascending = safeChart({ ...pupils, chart: spec('valueAsc') }, SAFE, words);
    expect(ascending.summary.rows.map((r) => r.key)).toEqual(['LL-BR4MS5', 'LL-J4N4P3', 'LL-JM0001', 'LL-Z0EA3R']);
    expect(safe).toMatchObject({ left: ['(leeg)'], suppressed: 1, pupilLevel: true, pseudonymised: true });
    // n: the pupils with a value among those shown (44, 31, 12).
    expect(safeN(safe)).toBe(3);
    // The screen's summary is left as it was.
    expect(pupils.rows[0]!.key).toBe('Jana Peeters');
  });

  it('keeps names and small groups when the boxes are unticked', () => {
    const named = safeChart(pupils, NAMES_KEPT, words);
    expect(named.summary.rows.map((r) => r.key)).toEqual(['Jan Maes', 'Jana Peeters', 'Bram Smets', 'Zoë Aerts']);
    expect(named).toMatchObject({ suppressed: 1, pseudonymised: false });
    expect(named.pseudonyms.size).toBe(0);
    const all = safeChart(pupils, ALL, words);
    expect(all.summary.rows.map((r) => r.key)).toEqual(['Jan Maes', 'Jana Peeters', 'Bram Smets', null, 'Zoë Aerts']);
    expect(all.suppressed).toBe(0);
  });

  it('leaves out groups under k in the order shown, and names each', () => {
    const safe = safeChart(classes, SAFE, words);
    // Sorted by name: 1A, 1B, 1C, 1D; 1B (3 values) and 1D (2) go.
    expect(safe.summary.rows.map((r) => r.key)).toEqual(['1A', '1C']);
    expect(safe).toMatchObject({ left: ['1B', '1D'], suppressed: 2, pupilLevel: false, pseudonymised: false });
    expect(safeN(safe)).toBe(23 + 22);
    // A higher threshold leaves out more.
    expect(safeChart(classes, { pseudonymise: true, suppressBelow: 23 }, words).left).toEqual(['1B', '1C', '1D']);
  });
});

describe('texts around the chart', () => {
  const names = new Map([
    ['Jana Peeters', 'Leerling 2'],
    ['Jan Maes', 'Leerling 1'],
    ['Jana', 'Leerling 7'],
  ]);

  it('replaces whole names, any case, the longest first, once', () => {
    expect(pseudonymiseText('Jana Peeters scoort hoger dan jan  maes', names)).toBe('Leerling 2 scoort hoger dan Leerling 1');
    expect(pseudonymiseText('Jana alleen; Janssens en Janaki niet', names)).toBe('Leerling 7 alleen; Janssens en Janaki niet');
    expect(pseudonymiseText('Geen namen', new Map())).toBe('Geen namen');
  });

  it('moves callouts and the highlight to the pseudonym, drops those on groups left out, renames in labels', () => {
    const design: FigureDesign = {
      palette: 'okabeIto',
      highlight: 'Bram Smets',
      annotations: [
        { kind: 'callout', target: 'Jan Maes', text: 'Jan Maes: nieuwe methode' },
        { kind: 'callout', target: '(leeg)', text: 'Zonder naam' },
        { kind: 'line', value: 30, label: 'Niveau van Jana Peeters' },
      ],
    };
    const out = safeDesign(design, safeChart(pupils, SAFE, words));
    expect(out.highlight).toBe('LL-BR4MS5');
    expect(out.annotations).toEqual([
      { kind: 'callout', target: 'LL-JM0001', text: 'LL-JM0001: nieuwe methode' },
      { kind: 'line', value: 30, label: 'Niveau van LL-J4N4P3' },
    ]);
    // Names kept: the design is as it was, but for the callout on the group left out.
    const kept = safeDesign(design, safeChart(pupils, NAMES_KEPT, words));
    expect(kept.highlight).toBe('Bram Smets');
    expect(kept.annotations).toEqual([design.annotations[0], design.annotations[2]]);
    // A highlighted group left out: nothing highlighted.
    expect(safeDesign({ ...design, highlight: '1D', annotations: [] }, safeChart(classes, SAFE, words)).highlight).toBeNull();
  });
});

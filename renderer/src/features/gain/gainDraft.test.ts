import { describe, expect, it } from 'vitest';
import { GainAnalysis } from '../../../../shared/model/analysis/gain';
import type { ColumnInfo } from '../../../../shared/model/table';
import { wideAnalysis } from './figures/fixtures';
import {
  addMoment,
  analysisOf,
  draftOf,
  emptyDraft,
  type GainDraft,
  MAX_MOMENTS,
  momentColumnCandidate,
  moveMoment,
  orderMomentValues,
  parseLevels,
  removeMoment,
  updateMoment,
  withMomentValues,
} from './gainDraft';

const long: GainAnalysis = GainAnalysis.parse({
  kind: 'gain',
  layout: 'long',
  key: 'Stamboeknummer',
  moments: [
    { label: 'januari', value: 'januari', measure: { kind: 'scale' } },
    { label: 'juni', value: 'juni', measure: { kind: 'scale' } },
  ],
  momentColumn: 'Afname',
  scoreColumn: 'Score',
  levelColumn: 'Niveau',
  levels: ['E', 'D', 'C', 'B', 'A'],
  groupBy: 'Klas',
});

const ok = (draft: GainDraft) => {
  const out = analysisOf(draft);
  if ('problem' in out) throw new Error(out.problem.code);
  return out.analysis;
};
const problem = (draft: GainDraft) => {
  const out = analysisOf(draft);
  return 'problem' in out ? out.problem : null;
};

describe('the learning-gain form', () => {
  it('turns an analysis into a form and back unchanged, wide and long', () => {
    expect(ok(draftOf(wideAnalysis))).toEqual(wideAnalysis);
    expect(ok(draftOf(long))).toEqual(long);
    expect(draftOf(long).levels).toBe('E, D, C, B, A');
  });

  it('reads a score of a maximum and a score with its maximum column', () => {
    let draft = draftOf(wideAnalysis);
    draft = updateMoment(draft, 0, { measure: 'scoreMax', max: 40, column: 'Score (/40)' });
    draft = updateMoment(draft, 1, { measure: 'scoreColumn', maxColumn: 'Score (max)' });
    const analysis = ok(draft);
    expect(analysis.moments[0]!.measure).toEqual({ kind: 'score', max: 40, maxColumn: null });
    expect(analysis.moments[1]!.measure).toEqual({ kind: 'score', max: null, maxColumn: 'Score (max)' });
    expect(draftOf(analysis).moments.map((m) => m.measure)).toEqual(['scoreMax', 'scoreColumn']);
    expect(GainAnalysis.safeParse(analysis).success).toBe(true);
  });

  it('lets raw scores and percentiles through: the engine refuses them with its reason', () => {
    const raw = ok(updateMoment(draftOf(wideAnalysis), 1, { measure: 'raw' }));
    expect(raw.moments[1]!.measure).toEqual({ kind: 'raw' });
    expect(ok(updateMoment(draftOf(wideAnalysis), 0, { measure: 'percentile' })).moments[0]!.measure).toEqual({ kind: 'percentile' });
  });

  it('says what to fix first', () => {
    const draft = draftOf(wideAnalysis);
    expect(problem({ ...draft, key: '' })?.code).toBe('ui.gain.problems.key');
    expect(problem(updateMoment(draft, 1, { label: '  ' }))?.code).toBe('ui.gain.problems.label');
    expect(problem(updateMoment(draft, 1, { measure: 'scoreMax', max: Number.NaN }))).toEqual({ code: 'ui.gain.problems.max', params: { moment: 'juni' } });
    expect(problem(updateMoment(draft, 1, { measure: 'scoreMax', max: 0 }))?.code).toBe('ui.gain.problems.max');
    expect(problem(updateMoment(draft, 0, { measure: 'scoreColumn', maxColumn: '' }))?.code).toBe('ui.gain.problems.maxColumn');
    expect(problem({ ...draft, threshold: Number.NaN })?.code).toBe('ui.gain.problems.threshold');
    expect(problem({ ...draft, threshold: -1 })?.code).toBe('ui.gain.problems.threshold');
    expect(problem({ ...draft, minGroup: 0 })?.code).toBe('ui.gain.problems.minGroup');
    expect(problem({ ...draft, minGroup: 2.5 })?.code).toBe('ui.gain.problems.minGroup');
    expect(problem({ ...draft, moments: draft.moments.slice(0, 1) })?.code).toBe('ui.gain.problems.moments');
    expect(problem({ ...draftOf(long), levels: 'A, A' })?.code).toBe('ui.gain.problems.levels');
    expect(problem({ ...draft, threshold: 2.5, minGroup: 10 })).toBeNull();
  });

  it('leaves choices not made to the engine (its own message), and levels empty to the column’s order', () => {
    const draft = updateMoment(draftOf(wideAnalysis), 0, { column: '' });
    expect(ok(draft).moments[0]!.column).toBeNull();
    expect(ok({ ...draftOf(long), levels: ' ' }).levels).toBeNull();
    expect(ok({ ...draftOf(long), levelColumn: '' }).levels).toBeNull();
    expect(ok({ ...draftOf(long), groupBy: '' }).groupBy).toBeNull();
    expect(parseLevels(' E; D ,C,, B ')).toEqual(['E', 'D', 'C', 'B']);
  });

  it('keeps the moment fields of the layout in use only', () => {
    const wide = ok({ ...draftOf(long), layout: 'wide' });
    expect(wide.momentColumn).toBeNull();
    expect(wide.scoreColumn).toBeNull();
    expect(wide.moments.every((m) => m.value === null)).toBe(true);
    const backToLong = ok({ ...draftOf(wideAnalysis), layout: 'long' });
    expect(backToLong.moments.every((m) => m.column === null && m.levelColumn === null)).toBe(true);
  });

  it('moves, adds and removes moments within two to twelve', () => {
    const draft = draftOf(wideAnalysis);
    expect(moveMoment(draft, 1, -1).moments.map((m) => m.label)).toEqual(['juni', 'september']);
    expect(moveMoment(draft, 0, -1)).toBe(draft);
    expect(moveMoment(draft, 1, 1)).toBe(draft);
    expect(removeMoment(draft, 0)).toBe(draft);
    const three = addMoment(draft);
    expect(three.moments).toHaveLength(3);
    expect(three.moments[2]!.measure).toBe('percent');
    expect(removeMoment(three, 1).moments.map((m) => m.label)).toEqual(['september', '']);
    let many = draft;
    for (let i = 0; i < 20; i++) many = addMoment(many);
    expect(many.moments).toHaveLength(MAX_MOMENTS);
  });

  it('makes a long table’s moments from its moment column’s values', () => {
    const draft = withMomentValues(draftOf(long), 'Periode', ['sept', null, 'jan', 'juni']);
    expect(draft.momentColumn).toBe('Periode');
    expect(draft.moments.map((m) => [m.label, m.value, m.measure])).toEqual([
      ['sept', 'sept', 'scale'],
      ['jan', 'jan', 'scale'],
      ['juni', 'juni', 'scale'],
    ]);
    expect(withMomentValues(draftOf(long), 'Periode', ['enig']).moments).toHaveLength(2);
  });

  it('starts empty when nothing can be guessed', () => {
    const columns: ColumnInfo[] = [
      { name: 'Naam', type: 'text' },
      { name: 'Nr', type: 'identifier' },
    ];
    const draft = emptyDraft(columns);
    expect(draft.key).toBe('Nr');
    expect(draft.moments).toHaveLength(2);
    expect(problem(draft)?.code).toBe('ui.gain.problems.label');
  });
});

describe('the moments of a long table', () => {
  const text: ColumnInfo = { name: 'Afname', type: 'text' };

  it('finds the column that names the moment', () => {
    expect(momentColumnCandidate([{ name: 'Score', type: 'integer' }, text])?.name).toBe('Afname');
    expect(momentColumnCandidate([{ name: 'Meting', type: 'integer' }])).toBeNull();
  });

  it('puts month names in school-year order, September first', () => {
    expect(orderMomentValues(['juni', 'januari', 'september'], text, 'nl-BE')).toEqual(['september', 'januari', 'juni']);
    expect(orderMomentValues(['Mei', 'Oktober', 'maart'], text, 'nl-BE')).toEqual(['Oktober', 'maart', 'Mei']);
    expect(orderMomentValues(['June', 'Sept'], text, 'en')).toEqual(['Sept', 'June']);
  });

  it('orders levels, dates, numbers and numbered names; leaves other text as the engine listed it', () => {
    expect(orderMomentValues(['M3', 'begin', 'M1'], { name: 'Moment', type: 'ordinal', levels: ['begin', 'M1', 'M3'] }, 'nl-BE')).toEqual(['begin', 'M1', 'M3']);
    expect(orderMomentValues(['2026-06-10', '2026-01-20'], { name: 'Datum', type: 'date' }, 'nl-BE')).toEqual(['2026-01-20', '2026-06-10']);
    expect(orderMomentValues([3, 1, 2], { name: 'Meting', type: 'integer' }, 'nl-BE')).toEqual([1, 2, 3]);
    expect(orderMomentValues(['M10', 'M2', 'M1'], text, 'nl-BE')).toEqual(['M1', 'M2', 'M10']);
    expect(orderMomentValues(['nameting', 'voormeting', null, ' '], text, 'nl-BE')).toEqual(['nameting', 'voormeting']);
  });
});

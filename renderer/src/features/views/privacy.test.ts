import { describe, expect, it } from 'vitest';
import { chartPrivacy, gainPrivacy, referencePrivacy, surveyPrivacy } from './privacy';
import { sampleResult } from '../survey/figures/fixtures';
import { byClass, byClassWithPoints } from '../gain/figures/fixtures';
import { dashboard, resultOf } from '../reference/figures/fixtures';

const chart = { type: 'bar' as const, groupBy: 'Naam', measure: 'Score', aggregate: 'mean' as const };

describe('privacy badge', () => {
  it('calls a plain chart with a group per row pupil-level, and one with larger groups aggregated', () => {
    const oneByOne = { chart, rows: [{ key: 'An', n: 1, nValid: 1, value: 12 }, { key: 'Bo', n: 1, nValid: 1, value: 14 }] };
    expect(chartPrivacy(oneByOne)).toMatchObject({ level: 'pupil', suppressed: 0 });
    const grouped = { chart, rows: [{ key: '1A', n: 20, nValid: 19, value: 12 }, { key: '1B', n: 1, nValid: 1, value: 14 }] };
    expect(chartPrivacy(grouped).level).toBe('aggregated');
    expect(chartPrivacy({ chart, rows: [] }).level).toBe('aggregated');
  });

  it('counts the gain groups suppressed under k, and calls the per-pupil charts pupil-level', () => {
    expect(gainPrivacy(byClass(), 'ciDots')).toMatchObject({ level: 'aggregated', suppressed: 1, k: 5 });
    expect(gainPrivacy(byClassWithPoints(), 'scatter').level).toBe('pupil');
    expect(gainPrivacy(byClassWithPoints(), 'slope').level).toBe('aggregated');
  });

  it('counts the comparison means withheld under k', () => {
    expect(referencePrivacy(dashboard())).toMatchObject({ level: 'aggregated', suppressed: 0 });
    const hidden = resultOf([
      ['Lezen', [['Onze school', 250, 3], ['Vlaanderen', 252, 63000]]],
      ['Rekenen', [['Onze school', 240, 30], ['Vlaanderen', 247, 63000]]],
    ]);
    expect(referencePrivacy(hidden).suppressed).toBe(1);
  });

  it('calls the staff survey aggregated, its subgroups under k withheld, and person-level once the teachers are shown', () => {
    const result = sampleResult();
    expect(surveyPrivacy(result)).toEqual({ level: 'aggregated', suppressed: 0, k: 5, pseudonymised: false });
    result.moments[0]!.groups = [
      { key: 'Wiskunde', respondents: 7, suppressed: false, skill: 3.1, will: 2.6 },
      { key: 'LO', respondents: null, suppressed: true, skill: null, will: null },
    ];
    expect(surveyPrivacy(result)).toMatchObject({ level: 'aggregated', suppressed: 1 });
    result.observations!.teachers = [{ teacher: 'Leraar A', element: 'Erkennen en waarderen', n: 3, mean: 2.7 }];
    expect(surveyPrivacy(result).level).toBe('pupil');
  });
});

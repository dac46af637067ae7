import { formatMessage, type Locale } from '../../../../../shared/i18n/index';
import type { GainAnalysis, GainResult, PairedFigures } from '../../../../../shared/model/analysis/gain';
import { gainWords, type GainWords } from './words';

/** Test data for the figure builders and tables: results as the engine returns them, words from the real catalogues. */

export function words(result: GainResult, locale: Locale = 'nl-BE'): GainWords {
  return gainWords((key, params) => formatMessage({ code: key, params: params ?? {} }, locale), locale, result);
}

export function figures(n: number, meanPre: number, meanPost: number, ci95: [number, number] | null = [meanPost - meanPre - 2, meanPost - meanPre + 2]): PairedFigures {
  return {
    n,
    meanPre,
    meanPost,
    sdPre: 12,
    sdPost: 13,
    rPrePost: 0.9,
    meanGain: meanPost - meanPre,
    sdGain: 5.5,
    ci95,
    dz: 1.2,
    dzCi95: [0.6, 1.8],
    dAv: 0.5,
    hedgesJ: 0.96,
    gAv: 0.48,
    improved: n - 3,
    unchanged: 1,
    declined: 2,
  };
}

export const wideAnalysis: GainAnalysis = {
  kind: 'gain',
  layout: 'wide',
  key: 'Stamboeknummer',
  moments: [
    { label: 'september', column: 'sept_pct', value: null, measure: { kind: 'percent' }, levelColumn: null },
    { label: 'juni', column: 'juni_pct', value: null, measure: { kind: 'percent' }, levelColumn: null },
  ],
  momentColumn: null,
  scoreColumn: null,
  levelColumn: null,
  levels: null,
  groupBy: 'Klas',
  threshold: 0,
  expectedGrowth: true,
  minGroup: 5,
};

/** Four classes, one small (8 pupils) and one suppressed (3 pupils), expected growth on. */
export function byClass(): GainResult {
  return {
    analysis: wideAnalysis,
    unit: 'percentPoints',
    from: 'september',
    to: 'juni',
    overall: { suppressed: false, small: false, figures: figures(52, 55, 62.5, [5.9, 9.1]) },
    groups: [
      { key: '1A', suppressed: false, small: false, figures: figures(21, 56.2, 63.4, [5.1, 9.3]) },
      { key: '1C', suppressed: false, small: false, figures: figures(22, 52.1, 61.9, [7.1, 12.5]) },
      { key: '1D', suppressed: false, small: true, figures: figures(8, 58, 57.2, [-3.1, 1.5]) },
      { key: '1E', suppressed: true, small: true, figures: null },
    ],
    leftOut: [
      { reason: 'missingAt', moment: 'september', n: 4, keys: ['2024011', '2024150', '2024233', '2024301'] },
      { reason: 'missingAt', moment: 'juni', n: 2, keys: ['2024044', '2024087'] },
    ],
    expected: {
      model: { n: 51, intercept: 12.345, slope: 0.912, r2: 0.81 },
      groups: [
        { key: '1A', suppressed: false, n: 21, meanResidual: 0.4, ci95: [-1.2, 2] },
        { key: '1C', suppressed: false, n: 22, meanResidual: 2.3, ci95: [0.8, 3.8] },
        { key: '1D', suppressed: false, n: 8, meanResidual: -3.1, ci95: [-5.9, -0.3] },
        { key: '1E', suppressed: true, n: null, meanResidual: null, ci95: null },
      ],
    },
    transitions: null,
    trend: [],
    points: [
      ['1A', 50, 60],
      ['1A', 70, 68],
      ['1C', 40, 55],
      ['1D', 60, 60],
    ],
    pointsSampled: false,
    warnings: [{ code: 'engine.gain.regressionToMean', params: { column: 'Klas' } }],
  };
}

const lvsAnalysis: GainAnalysis = {
  kind: 'gain',
  layout: 'long',
  key: 'Stamboeknummer',
  moments: [
    { label: 'januari', column: null, value: 'januari', measure: { kind: 'scale' }, levelColumn: null },
    { label: 'maart', column: null, value: 'maart', measure: { kind: 'scale' }, levelColumn: null },
    { label: 'juni', column: null, value: 'juni', measure: { kind: 'scale' }, levelColumn: null },
  ],
  momentColumn: 'Afname',
  scoreColumn: 'Score',
  levelColumn: 'Niveau',
  levels: ['E', 'D', 'C', 'B'],
  groupBy: 'Klas',
  threshold: 0,
  expectedGrowth: false,
  minGroup: 5,
};

/** Scale scores over three moments with levels E…B: transitions and a trend; class 2Z suppressed in the trend. */
export function lvs(): GainResult {
  return {
    analysis: lvsAnalysis,
    unit: 'scalePoints',
    from: 'januari',
    to: 'juni',
    overall: { suppressed: false, small: false, figures: figures(40, 95, 102) },
    groups: [
      { key: '2A', suppressed: false, small: false, figures: figures(21, 93.667, 101.143) },
      { key: '2B', suppressed: false, small: false, figures: figures(19, 103.4, 107.2) },
    ],
    leftOut: [],
    expected: null,
    transitions: {
      from: 'januari',
      to: 'juni',
      order: ['E', 'D', 'C', 'B'],
      matrix: [
        [20, 2, 1, 0],
        [3, 17, 9, 0],
        [0, 6, 23, 9],
        [0, 0, 0, 0],
      ],
      n: 90,
      movedUp: 21,
      same: 60,
      movedDown: 9,
      outside: 0,
    },
    trend: [
      { group: '2A', moment: 'januari', n: 20, mean: 93.5, ci95: [88.2, 98.8] },
      { group: '2A', moment: 'maart', n: 20, mean: 97.25, ci95: [92, 102.5] },
      { group: '2A', moment: 'juni', n: 20, mean: 101, ci95: [95.5, 106.5] },
      { group: '2Z', moment: 'januari', n: 0, mean: null, ci95: null },
      { group: '2Z', moment: 'maart', n: 0, mean: null, ci95: null },
      { group: '2Z', moment: 'juni', n: 0, mean: null, ci95: null },
    ],
    points: [],
    pointsSampled: false,
    warnings: [],
  };
}

/**
 * `byClass()` with a pair per pupil as the engine sends them (1A 21, 1C 22, 1D 8; none of the
 * suppressed 1E): starts and gains spread by fixed steps, with ties, declines and one outlier in 1C.
 */
export function byClassWithPoints(): GainResult {
  const result = byClass();
  const sizes: [string, number, number][] = [
    ['1A', 21, 7],
    ['1C', 22, 10],
    ['1D', 8, -1],
  ];
  result.points = sizes.flatMap(([klas, n, centre]) =>
    Array.from({ length: n }, (_, i): [string, number, number] => {
      const start = 35 + ((i * 37) % 45);
      const gain = klas === '1C' && i === 5 ? 38 : centre + (((i * 7) % 11) - 5) * 1.5;
      return [klas, start, start + gain];
    }),
  );
  return result;
}

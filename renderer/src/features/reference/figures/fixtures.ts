import { formatMessage, type Locale } from '../../../../../shared/i18n/index';
import type { ReferenceAnalysis, ReferenceResult } from '../../../../../shared/model/analysis/reference';
import { referenceWords, type ReferenceWords } from './words';

/** Test data for the comparison's figure builder and table: results as the engine returns them, words from the real catalogues. */

export function words(result: ReferenceResult, locale: Locale = 'nl-BE'): ReferenceWords {
  return referenceWords((key, params) => formatMessage({ code: key, params: params ?? {} }, locale), locale, result);
}

export const dashboardAnalysis: ReferenceAnalysis = {
  kind: 'reference',
  component: 'Toetsonderdeel',
  group: 'Groep',
  ours: null,
  mean: 'Gemiddelde vaardigheidsscore',
  n: 'Aantal leerlingen',
  unit: 'scalePoints',
  minGroup: 5,
};

/** One component's means as the dashboard gives them: [group, mean, n], ours first. */
type Means = [string, number | null, number | null][];

/** A result as the engine builds it from means per component: differences ours − other, ours suppressed under minGroup. */
export function resultOf(components: [string | null, Means][], analysis: ReferenceAnalysis = dashboardAnalysis): ReferenceResult {
  const ours = components[0]![1][0]![0];
  let suppressed = 0;
  const out = components.map(([component, means]) => {
    const [, ourMean, ourN] = means[0]!;
    const hidden = ourN !== null && ourN < analysis.minGroup;
    if (hidden) suppressed++;
    const shown = hidden ? null : ourMean;
    return {
      component,
      rows: means.map(([group, mean, n], i) =>
        i === 0
          ? { group, mean: shown, n: hidden ? null : n, suppressed: hidden, difference: null }
          : { group, mean, n, suppressed: false, difference: shown === null || mean === null ? null : shown - mean },
      ),
    };
  });
  return {
    analysis,
    ours,
    groups: components[0]![1].map(([g]) => g),
    components: out,
    leftOut: 0,
    warnings: [
      ...(suppressed > 0 ? [{ code: 'engine.reference.suppressed', params: { count: suppressed, k: analysis.minGroup } }] : []),
      { code: 'engine.reference.noInterval', params: {} },
    ],
  };
}

/** The sample school feedback dashboard (../shared/samples/schoolfeedback-dashboard.csv). */
export function dashboard(): ReferenceResult {
  return resultOf([
    ['Wiskundige problemen oplossen', [['Onze school', 245.1, 131], ['Vlaanderen', 252.0, 63000], ['Vergelijkbare scholen', 248.0, 5200]]],
    ['Getallenleer', [['Onze school', 246.2, 131], ['Vlaanderen', 247.0, 63000], ['Vergelijkbare scholen', 243.0, 5200]]],
    ['Leesbegrip', [['Onze school', 253.7, 131], ['Vlaanderen', 258.0, 63000], ['Vergelijkbare scholen', 254.0, 5200]]],
  ]);
}

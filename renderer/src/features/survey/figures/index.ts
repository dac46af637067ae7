import type { SurveyResult } from '../../../../../shared/model/analysis/survey';
import { SurveyChartKind } from '../../../../../shared/model/view';
import type { SurveyFigure } from './common';
import { dumbbellFigure } from './dumbbell';
import { itemsFigure } from './items';
import { likertFigure } from './likert';
import { observationsFigure } from './observations';
import { quadrantDots, quadrantFigure } from './quadrant';
import type { SurveyWords } from './words';

export type { SurveyFigure } from './common';
export { surveyWords, type SurveyWords, type Translate } from './words';

/** The chart kinds a result can draw: the dumbbell needs linked items, the observations a table of them, the quadrant both axes. */
export function availableSurveyKinds(result: SurveyResult): SurveyChartKind[] {
  return SurveyChartKind.options.filter((kind) => {
    switch (kind) {
      case 'dumbbell':
        return result.links.length > 0;
      case 'observations':
        return result.observations !== null && result.observations.elements.length > 0;
      case 'quadrant':
        return quadrantDots(result).length > 0;
      default:
        return true;
    }
  });
}

/** Whether a chart kind shows one moment (the moment switcher applies) or all of them. */
export function perMoment(kind: SurveyChartKind): boolean {
  return kind === 'items' || kind === 'likert' || kind === 'dumbbell';
}

/** The figure of one chart kind at `moment` (null: the last); null when the result has nothing for it. */
export function surveyFigure(kind: SurveyChartKind, result: SurveyResult, moment: string | null, words: SurveyWords): SurveyFigure | null {
  switch (kind) {
    case 'items':
      return itemsFigure(result, moment, words);
    case 'likert':
      return likertFigure(result, moment, words);
    case 'dumbbell':
      return dumbbellFigure(result, moment, words);
    case 'observations':
      return observationsFigure(result, words);
    case 'quadrant':
      return quadrantFigure(result, words);
  }
}

/** The value axis a view's design (reference lines, callouts) is drawn along. */
export function surveyValueAxis(kind: SurveyChartKind): 'x' | 'y' {
  return kind === 'quadrant' ? 'y' : 'x';
}

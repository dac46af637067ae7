import type { GainResult } from '../../../../../shared/model/analysis/gain';
import { GainChartKind } from '../../../../../shared/model/view';
import { ciDotsFigure } from './ciDots';
import type { GainFigure } from './common';
import { sankeyFigure } from './sankey';
import { scatterFigure } from './scatter';
import { slopeFigure } from './slope';
import { stripFigure } from './strip';
import { transitionsHeatmapFigure } from './transitions';
import { trendFigure } from './trend';
import type { GainWords } from './words';

export type { GainFigure } from './common';
export { gainWords, type GainWords, type Translate } from './words';

/** The chart kinds a result can draw: transitions need levels, the trend three moments or more, the scatter and the strip of gains pairs. */
export function availableKinds(result: GainResult): GainChartKind[] {
  return GainChartKind.options.filter((kind) => {
    switch (kind) {
      case 'transitionsHeatmap':
      case 'sankey':
        return result.transitions !== null && result.transitions.n > 0;
      case 'trend':
        return result.trend.some((p) => p.mean !== null);
      case 'scatter':
      case 'gainStrip':
        return result.points.length > 0;
      default:
        return true;
    }
  });
}

/** The figure of one chart kind; null when the result has nothing for it. */
export function gainFigure(kind: GainChartKind, result: GainResult, words: GainWords): GainFigure | null {
  switch (kind) {
    case 'ciDots':
      return ciDotsFigure(result, words);
    case 'gainStrip':
      return stripFigure(result, words);
    case 'slope':
      return slopeFigure(result, words);
    case 'scatter':
      return scatterFigure(result, words);
    case 'transitionsHeatmap':
      return transitionsHeatmapFigure(result, words);
    case 'sankey':
      return sankeyFigure(result, words);
    case 'trend':
      return trendFigure(result, words);
  }
}

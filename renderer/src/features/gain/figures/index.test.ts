import { describe, expect, it } from 'vitest';
import { GainChartKind } from '../../../../../shared/model/view';
import { byClass, lvs, words } from './fixtures';
import { availableKinds, gainFigure } from './index';

describe('the chart kinds of a result', () => {
  it('offers transitions with levels, the trend with three moments, the scatter and the strip of gains with pairs', () => {
    expect(availableKinds(byClass())).toEqual(['ciDots', 'gainStrip', 'slope', 'scatter']);
    expect(availableKinds(lvs())).toEqual(['ciDots', 'slope', 'transitionsHeatmap', 'sankey', 'trend']);
  });

  it('builds every available kind, each with an alt text', () => {
    for (const result of [byClass(), lvs()]) {
      for (const kind of GainChartKind.options) {
        const fig = gainFigure(kind, result, words(result));
        expect(fig !== null).toBe(availableKinds(result).includes(kind) || kind === 'scatter');
        if (fig) expect(fig.alt.length).toBeGreaterThan(20);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { byClass, lvs, words } from './fixtures';
import { trendFigure, trendHidden } from './trend';

type Trace = { name?: string; x: string[]; y: number[]; fill?: string; showlegend?: boolean };

describe('trend lines with CI bands', () => {
  const result = lvs();
  const fig = trendFigure(result, words(result))!;
  const traces = fig.data as unknown as Trace[];

  it('draws per group a band for the 95% CI and a line through the means, in the moments’ order', () => {
    expect(traces).toHaveLength(2);
    const [band, line] = traces as [Trace, Trace];
    expect(band.fill).toBe('toself');
    expect(band.showlegend).toBe(false);
    expect(band.x).toEqual(['januari', 'maart', 'juni', 'juni', 'maart', 'januari']);
    expect(band.y).toEqual([98.8, 102.5, 106.5, 95.5, 92, 88.2]);
    expect(line.name).toBe('2A (n = 20)');
    expect(line.x).toEqual(['januari', 'maart', 'juni']);
    expect(line.y).toEqual([93.5, 97.25, 101]);
    expect((fig.layout.yaxis?.title as { text: string }).text).toBe('Gemiddelde vaardigheidsscore');
  });

  it('leaves out and names the groups with too few pupils at every moment', () => {
    expect(trendHidden(result, words(result))).toEqual(['2Z']);
    expect(fig.layout.annotations?.[0]?.text).toBe('Niet getoond (minder dan 5 leerlingen, privacy): 2Z');
    expect(fig.alt).toBe('Gemiddelde score per meetmoment per Klas: 2A (n = 20): januari 93,5, maart 97,3, juni 101,0. Niet getoond (privacy): 2Z.');
  });

  it('is null with two moments', () => {
    const two = byClass();
    expect(trendFigure(two, words(two))).toBeNull();
  });
});

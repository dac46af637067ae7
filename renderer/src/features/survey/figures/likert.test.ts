import { describe, expect, it } from 'vitest';
import { sampleResult, words } from './fixtures';
import { DONT_KNOW_COLOR, likertColors, likertFigure, scaleHalves } from './likert';

type Trace = { name: string; x: (number | null)[]; y: string[]; xaxis: string; showlegend?: boolean; legendrank?: number; marker: { color: string } };

describe('the Likert bars (diverging, Weet niet apart)', () => {
  const result = sampleResult();
  const figure = likertFigure(result, 'nulmeting', words())!;
  const traces = figure.data as unknown as Trace[];
  const bars = traces.filter((t) => t.xaxis === 'x');
  const row = (code: string) => bars[0]!.y.findIndex((y) => y.startsWith(`${code} `));

  it('splits the scale: disagreeing labels left, the neutral one centred, agreeing ones right', () => {
    expect(scaleHalves(5)).toEqual({ negative: [0, 1], neutral: 2, positive: [3, 4] });
    expect(scaleHalves(4)).toEqual({ negative: [0, 1], neutral: null, positive: [2, 3] });
    // Stacked from zero outwards: neutral half, Oneens, Helemaal oneens; neutral half, Eens, Helemaal eens.
    expect(bars.map((t) => t.name)).toEqual(['Neutraal', 'Oneens', 'Helemaal oneens', 'Neutraal', 'Eens', 'Helemaal eens']);
    expect(bars.filter((t) => t.showlegend).map((t) => t.legendrank)).toEqual([2, 1, 3, 4, 5]);
    expect(new Set(likertColors(5)).size).toBe(5);
    expect(likertColors(9)).toHaveLength(9);
  });

  it('draws each label’s share of the scored answers on its side of zero', () => {
    // PC2 at the nulmeting: 8 helemaal oneens, 10 oneens of 18.
    const r = row('PC2');
    expect(bars[0]!.y[r]).toBe('PC2 · We observeren en bespreken… (n = 18)');
    expect(bars[2]!.x[r]).toBeCloseTo(-8 / 18, 12);
    expect(bars[1]!.x[r]).toBeCloseTo(-10 / 18, 12);
    expect(bars[4]!.x[r]).toBe(0);
    // IK1: 1 oneens, 4 neutraal, 13 eens of 18; the neutral share split over both sides.
    const i = row('IK1');
    expect(bars[0]!.x[i]).toBeCloseTo(-2 / 18, 12);
    expect(bars[3]!.x[i]).toBeCloseTo(2 / 18, 12);
    expect(bars[4]!.x[i]).toBeCloseTo(13 / 18, 12);
    // The totals at the bar's ends.
    const ends = figure.layout.annotations!.filter((a) => a.y === bars[0]!.y[i]).map((a) => a.text);
    expect(ends).toEqual(['6%', '72%']);
  });

  it('keeps Weet niet out of the bar: its own panel, here a note that the answers were read as numbers', () => {
    const dontKnow = traces.find((t) => t.xaxis === 'x2')!;
    expect(dontKnow.marker.color).toBe(DONT_KNOW_COLOR);
    expect(dontKnow.showlegend).toBe(false);
    expect(dontKnow.x.every((x) => x === null)).toBe(true);
    expect(figure.layout.annotations!.some((a) => String(a.text).startsWith('Niet apart te tonen'))).toBe(true);
    expect((figure.layout.xaxis!.domain as number[])[1]).toBeLessThan((figure.layout.xaxis2!.domain as number[])[0]!);
  });

  it('counts Weet niet in its panel when the answers were text', () => {
    const r = sampleResult();
    r.moments[0]!.items = r.moments[0]!.items.map((item, i) => ({ ...item, dontKnowApart: true, dontKnow: i === 0 ? 3 : 0 }));
    const fig = likertFigure(r, 'nulmeting', words())!;
    const dk = (fig.data as unknown as Trace[]).find((t) => t.xaxis === 'x2')!;
    expect(dk.showlegend).toBe(true);
    expect(dk.x[0]).toBe(3);
    expect(fig.layout.annotations!.some((a) => String(a.text).startsWith('Niet apart'))).toBe(false);
    expect(fig.alt).toContain('IK1 (n = 18): 6% oneens, 22% neutraal, 72% eens. Weet niet: 3.');
  });
});

import { describe, expect, it } from 'vitest';
import { byClass, words } from './fixtures';
import { scatterFigure, scoreRange } from './scatter';

type Trace = { name: string; x: number[]; y: number[]; mode: string };

describe('scatter of start against end', () => {
  it('draws the pupils per group, the diagonal of no change and the regression line', () => {
    const result = byClass();
    const { data, layout, alt } = scatterFigure(result, words(result));
    const traces = data as unknown as Trace[];
    expect(traces.map((t) => t.name)).toEqual(['1A (n = 21)', '1C (n = 22)', '1D (n = 8, kleine groep)', 'Geen verandering', 'Verwachte eindscore (regressie)']);
    expect(traces[0]!.x).toEqual([50, 70]);
    expect(traces[0]!.y).toEqual([60, 68]);
    const [diagonal, regression] = traces.slice(3) as [Trace, Trace];
    expect(diagonal.x).toEqual(diagonal.y);
    const [lo, hi] = regression.x as [number, number];
    expect(regression.y[0]).toBeCloseTo(12.345 + 0.912 * lo, 10);
    expect(regression.y[1]).toBeCloseTo(12.345 + 0.912 * hi, 10);
    expect(lo).toBeLessThan(40);
    expect(hi).toBeGreaterThan(70);
    expect((layout.xaxis?.title as { text: string }).text).toBe('Score september (%)');
    expect((layout.yaxis?.title as { text: string }).text).toBe('Score juni (%)');
    expect(layout.annotations?.[0]?.text).toContain('1E');
    // (50, 60) and (40, 55) rose, (70, 68) fell, (60, 60) stayed.
    expect(alt).toContain('Spreidingsdiagram van 4 leerlingen');
    expect(alt).toContain('2 liggen boven de diagonaal van geen verandering, 1 eronder');
    expect(alt).toContain('Regressielijn: verwachte score juni = 12,35 + 0,912 × score september.');
  });

  it('draws no regression line without expected growth, and says when the pupils are a sample', () => {
    const result = { ...byClass(), expected: null, pointsSampled: true };
    const { data, layout, alt } = scatterFigure(result, words(result));
    expect((data as unknown as Trace[]).map((t) => t.name)).not.toContain('Verwachte eindscore (regressie)');
    expect(layout.annotations?.[0]?.text).toContain('Getekend: een gelijkmatige steekproef van 4 van de 51 leerlingen.');
    expect(alt).not.toContain('Regressielijn');
  });

  it('gives both axes one range at one scale, so the diagonal runs at 45°', () => {
    const result = byClass();
    const { data, layout } = scatterFigure(result, words(result));
    const x = layout.xaxis!;
    const y = layout.yaxis!;
    expect(x.range).toEqual(y.range);
    expect(y.scaleanchor).toBe('x');
    expect(y.scaleratio).toBe(1);
    // The plot area shrinks to fit; plotly must not widen one axis's range instead.
    expect(x.constrain).toBe('domain');
    expect(y.constrain).toBe('domain');
    // Scores run from 40 to 70 over both moments: padded by 5% of the span on each side.
    expect(x.range).toEqual([38.5, 71.5]);
    const diagonal = (data as unknown as Trace[])[3]!;
    expect([diagonal.x, diagonal.y]).toEqual([x.range, x.range]);
  });

  it('keeps percentages within 0–100 unless a score lies outside', () => {
    const high = byClass();
    high.points = [
      ['1A', 2, 40],
      ['1A', 55, 99],
      ['1C', 30, 100],
    ];
    expect(scoreRange(high)).toEqual([0, 100]);
    const outside = { ...high, points: [...high.points, ['1C', 70, 104] as [string, number, number]] };
    const [lo, hi] = scoreRange(outside);
    // The padding stops at 0 and at the highest score.
    expect(lo).toBe(0);
    expect(hi).toBe(104);
    // Scale scores are not percentages: padded both ways, no clipping.
    const scale = { ...high, unit: 'scalePoints' as const };
    expect(scoreRange(scale)).toEqual([2 - 0.05 * 98, 100 + 0.05 * 98]);
    const y = scatterFigure(high, words(high)).layout.yaxis!;
    expect(y.range).toEqual([0, 100]);
  });
});

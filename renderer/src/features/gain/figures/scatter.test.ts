import { describe, expect, it } from 'vitest';
import { byClass, words } from './fixtures';
import { scatterFigure } from './scatter';

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
});

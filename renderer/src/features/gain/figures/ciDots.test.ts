import { describe, expect, it } from 'vitest';
import { ciDotsFigure } from './ciDots';
import { byClass, figures, words } from './fixtures';

type Trace = { name: string; x: number[]; y: string[]; text: string[]; error_x: { array: number[]; arrayminus: number[] }; marker: { symbol: string } };

describe('CI dot plot of the mean gain per group', () => {
  const result = byClass();
  const { data, layout, alt } = ciDotsFigure(result, words(result));
  const traces = data as unknown as Trace[];

  it('draws a dot per group with its 95% CI, small groups open and marked, all pupils last as a diamond', () => {
    expect(traces.map((t) => t.name)).toEqual(['group', 'small', 'overall']);
    const [groups, small, overall] = traces as [Trace, Trace, Trace];
    expect(groups.y).toEqual(['1A (n = 21)', '1C (n = 22)']);
    expect(groups.x[1]).toBeCloseTo(9.8, 10);
    expect(groups.text[1]).toBe('+9,8');
    // The CI of 1C is 7.1 to 12.5 around 9.8.
    expect(groups.error_x.array[1]).toBeCloseTo(2.7, 10);
    expect(groups.error_x.arrayminus[1]).toBeCloseTo(2.7, 10);
    expect(small.y).toEqual(['1D (n = 8, kleine groep)']);
    expect(small.marker.symbol).toBe('circle-open');
    expect(small.text).toEqual(['−0,8']);
    expect(overall.y).toEqual(['Alle leerlingen (n = 52)']);
    expect(overall.marker.symbol).toBe('diamond');
  });

  it('leaves suppressed groups out with a visible note, and orders the rows top to bottom', () => {
    expect(traces.flatMap((t) => t.y).some((y) => y.startsWith('1E'))).toBe(false);
    const note = layout.annotations?.[0]?.text ?? '';
    expect(note).toBe('Niet getoond (minder dan 5 leerlingen, privacy): 1E');
    expect(layout.yaxis?.autorange).toBe('reversed');
    expect(layout.yaxis?.categoryarray).toEqual(['1A (n = 21)', '1C (n = 22)', '1D (n = 8, kleine groep)', 'Alle leerlingen (n = 52)']);
  });

  it('names the unit, draws the zero line and keeps zero in view', () => {
    expect((layout.xaxis?.title as { text: string }).text).toBe('Gemiddelde winst (procentpunten)');
    expect(layout.xaxis?.zeroline).toBe(true);
    const positive = byClass();
    positive.groups = [{ key: '1A', suppressed: false, small: false, figures: figures(21, 50, 60, [8, 12]) }];
    positive.overall = { suppressed: false, small: false, figures: figures(21, 50, 60, [8, 12]) };
    const range = ciDotsFigure(positive, words(positive)).layout.xaxis?.range as [number, number];
    expect(range[0]).toBeLessThan(0);
    expect(range[1]).toBeGreaterThan(12);
    expect(layout.separators).toBe(',.');
  });

  it('writes an alt text from the figures, in the interface language', () => {
    expect(alt).toContain('Gemiddelde winst per Klas van september naar juni: ');
    expect(alt).toContain('1C +9,8 procentpunten (n = 22, 95%-BI 7,1 tot 12,5)');
    expect(alt).toContain('1D −0,8 procentpunten (n = 8, 95%-BI −3,1 tot 1,5)');
    expect(alt).toContain('Alle leerlingen +7,5 procentpunten (n = 52');
    expect(alt).toMatch(/Niet getoond \(privacy\): 1E\.$/);
    const en = ciDotsFigure(result, words(result, 'en'));
    expect(en.alt).toContain('Mean gain per Klas from september to juni: 1A +7.2 percentage points (n = 21, 95% CI 5.1 to 9.3)');
    expect(en.layout.separators).toBe('.,');
  });

  it('without grouping shows all pupils as the one group', () => {
    const overall = byClass();
    overall.analysis = { ...overall.analysis, groupBy: null };
    overall.groups = [];
    const fig = ciDotsFigure(overall, words(overall));
    expect((fig.data as unknown as Trace[]).flatMap((t) => t.y)).toEqual(['Alle leerlingen (n = 52)']);
    expect(fig.alt).toContain('Gemiddelde winst per Alle leerlingen');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { OKABE_ITO } from './common';
import { byClassWithPoints, words } from './fixtures';
import { jitter, stripFigure } from './strip';

type Box = { type: 'box'; name: string; orientation: string; y: number[]; q1: number[]; median: number[]; q3: number[]; lowerfence: number[]; upperfence: number[]; line: { color: string } };
type Dots = { type: 'scatter'; mode: string; name: string; x: number[]; y: number[]; marker: { symbol: string; color: string } };
type Labels = { type: 'scatter'; mode: 'text'; x: number[]; text: string[] };

/** Type 7 quartiles by hand: sort, then interpolate between the order statistics at (n − 1)·p. */
function quantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const i = Math.floor(h);
  return i + 1 < s.length ? s[i]! + (h - i) * (s[i + 1]! - s[i]!) : s[i]!;
}

function gainsOf(klas: string): number[] {
  return byClassWithPoints()
    .points.filter((p) => p[0] === klas)
    .map((p) => p[2] - p[1]);
}

describe('box/strip of the gains per group', () => {
  afterEach(() => vi.restoreAllMocks());
  const result = byClassWithPoints();
  const fig = stripFigure(result, words(result))!;
  const boxes = fig.data.filter((d) => d.type === 'box') as unknown as Box[];
  const dots = (fig.data as unknown as Dots[]).filter((d) => d.type === 'scatter' && d.mode === 'markers');

  it('draws a box per shown group with the quartiles of its gains, computed independently', () => {
    expect(boxes.map((b) => b.name)).toEqual(['1A (n = 21)', '1C (n = 22)', '1D (n = 8, kleine groep)']);
    for (const [i, klas] of ['1A', '1C', '1D'].entries()) {
      const gains = gainsOf(klas);
      const box = boxes[i]!;
      expect(box.orientation).toBe('h');
      expect(box.y).toEqual([i]);
      expect(box.q1[0]).toBeCloseTo(quantile(gains, 0.25), 10);
      expect(box.median[0]).toBeCloseTo(quantile(gains, 0.5), 10);
      expect(box.q3[0]).toBeCloseTo(quantile(gains, 0.75), 10);
      // Whiskers reach the furthest gain within 1.5 IQR, never beyond the data.
      const iqr = box.q3[0]! - box.q1[0]!;
      expect(box.lowerfence[0]).toBe(Math.min(...gains.filter((g) => g >= box.q1[0]! - 1.5 * iqr)));
      expect(box.upperfence[0]).toBe(Math.max(...gains.filter((g) => g <= box.q3[0]! + 1.5 * iqr)));
    }
    // 1C's outlier (+38) lies beyond its whisker but is drawn as a dot.
    expect(boxes[1]!.upperfence[0]).toBeLessThan(38);
    expect(dots[1]!.x).toContain(38);
  });

  it('draws every pupil’s gain as a dot, spread deterministically around its group’s line', () => {
    expect(dots.map((d) => d.x.length)).toEqual([21, 22, 8]);
    expect(dots[0]!.x).toEqual(gainsOf('1A'));
    for (const [pos, d] of dots.entries()) {
      d.y.forEach((y, i) => {
        expect(y).toBeCloseTo(pos + jitter(i), 12);
        expect(Math.abs(y - pos)).toBeLessThan(0.25);
      });
      // Not all on one line.
      expect(new Set(d.y).size).toBeGreaterThan(d.y.length / 2);
    }
    // No random numbers: the same chart twice, and Math.random never asked.
    const random = vi.spyOn(Math, 'random');
    expect(stripFigure(result, words(result))!.data).toEqual(fig.data);
    expect(random).not.toHaveBeenCalled();
  });

  it('colours groups with the Okabe–Ito palette by their place, small groups open', () => {
    expect(boxes.map((b) => b.line.color)).toEqual([OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[2]]);
    expect(dots.map((d) => d.marker.color)).toEqual([OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[2]]);
    expect(dots.map((d) => d.marker.symbol)).toEqual(['circle', 'circle', 'circle-open']);
  });

  it('leaves the suppressed group out with the visible note, draws the zero line, n in the labels', () => {
    expect(fig.data.some((d) => String((d as { name?: string }).name).startsWith('1E'))).toBe(false);
    expect(fig.layout.annotations?.[0]?.text).toBe('Niet getoond (minder dan 5 leerlingen, privacy): 1E');
    expect(fig.layout.yaxis?.ticktext).toEqual(['1A (n = 21)', '1C (n = 22)', '1D (n = 8, kleine groep)']);
    expect(fig.layout.xaxis?.zeroline).toBe(true);
    const [lo, hi] = fig.layout.xaxis?.range as [number, number];
    expect(lo).toBeLessThan(Math.min(...gainsOf('1D')));
    expect(hi).toBeGreaterThan(38);
    expect((fig.layout.xaxis?.title as { text: string }).text).toBe('Winst per leerling (procentpunten)');
    const labels = (fig.data as unknown as Labels[]).find((d) => d.mode === 'text')!;
    expect(labels.text[1]).toBe(`mediaan ${words(result).signed(quantile(gainsOf('1C'), 0.5))}`);
  });

  it('writes the alt text from the figures: median and quartiles per group, with n', () => {
    const w = words(result);
    expect(fig.alt).toMatch(/^Winst per leerling per Klas van september naar juni, in procentpunten: per groep de mediaan en de kwartielen\. /);
    for (const [klas, n] of [['1A', 21], ['1C', 22], ['1D', 8]] as const) {
      const gains = gainsOf(klas);
      const item = `${klas}: mediaan ${w.signed(quantile(gains, 0.5))}, kwartielen ${w.signed(quantile(gains, 0.25))} tot ${w.signed(quantile(gains, 0.75))} (n = ${n})`;
      expect(fig.alt).toContain(item);
    }
    expect(fig.alt).toMatch(/Niet getoond \(privacy\): 1E\.$/);
    const en = stripFigure(result, words(result, 'en'))!;
    expect(en.alt).toContain('1A: median ');
    expect(en.layout.separators).toBe('.,');
  });

  it('says when the pupils are a sample, and draws nothing without pupils', () => {
    const sampled = { ...byClassWithPoints(), pointsSampled: true };
    const s = stripFigure(sampled, words(sampled))!;
    expect(s.layout.annotations?.[0]?.text).toContain('Getekend: een gelijkmatige steekproef van 51 van de 51 leerlingen.');
    expect(s.alt).toContain('steekproef van 51');
    const none = { ...byClassWithPoints(), points: [] };
    expect(stripFigure(none, words(none))).toBeNull();
  });

  it('without grouping draws all pupils as one box', () => {
    const all = byClassWithPoints();
    all.analysis = { ...all.analysis, groupBy: null };
    all.groups = [];
    const one = stripFigure(all, words(all))!;
    const allGains = all.points.map((p) => p[2] - p[1]);
    const box = one.data.find((d) => d.type === 'box') as unknown as Box;
    expect(box.name).toBe('Alle leerlingen (n = 52)');
    expect(box.median[0]).toBeCloseTo(quantile(allGains, 0.5), 10);
    expect(one.alt).toMatch(/^Winst per leerling van september naar juni, in procentpunten: de mediaan en de kwartielen\. Alle leerlingen: mediaan /);
    // One box keeps the height of a row among three, centred.
    expect(one.layout.yaxis?.range).toEqual([1.55, -1.75]);
  });
});

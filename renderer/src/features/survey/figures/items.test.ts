import { describe, expect, it } from 'vitest';
import { byConcern } from './common';
import { sampleResult, words } from './fixtures';
import { itemsFigure } from './items';

type Trace = { name: string; x: number[]; y: string[]; text: string[]; marker: { color: string } };

describe('the item means (dots by concern)', () => {
  const result = sampleResult();

  it('puts the flagged items first, lowest mean first, then the others by mean', () => {
    const order = byConcern(result.moments[0]!.items).map((i) => i.code);
    // Nulmeting: PC2 1,56 · PC1 1,83 · OV3 1,94 · OV2 2,76 · OV1 2,83 (mean and SD) · IK4 3,17 and WIJ2 3,17 (SD ≥ 0,8) flagged; then by mean.
    expect(order.slice(0, 7)).toEqual(['PC2', 'PC1', 'OV3', 'OV2', 'OV1', 'IK4', 'WIJ2']);
    expect(order.slice(7)).toEqual(['IK3', 'WIJ3', 'WIJ1', 'IK2', 'IK1', 'WIJ4', 'PC3']);
  });

  it('draws the flagged items in red with their means in Dutch, n on the axis, a dashed line at 3,0', () => {
    const figure = itemsFigure(result, 'nulmeting', words())!;
    const [flagged, others] = figure.data as unknown as Trace[];
    expect(flagged!.name).toBe('Gemarkeerd');
    expect(flagged!.marker.color).toBe('#c0392b');
    expect(flagged!.y[0]).toBe('PC2 · We observeren en bespreken… (n = 18)');
    // expected.json: PC2 n 18, mean 1.556.
    expect(flagged!.x[0]).toBeCloseTo(1.556, 3);
    expect(flagged!.text[0]).toBe('1,56');
    expect(flagged!.y).toHaveLength(7);
    // IK4 is flagged for its spread: its SD is written beside its mean.
    expect(flagged!.text[flagged!.y.findIndex((y) => y.startsWith('IK4 '))]).toBe('3,17 (SD 0,86)');
    expect(others!.y).toHaveLength(7);
    // The most worrying item at the top: the category axis runs bottom to top.
    const axis = figure.layout.yaxis!.categoryarray as string[];
    expect(axis.at(-1)).toBe(flagged!.y[0]);
    const line = figure.layout.shapes![0]!;
    expect([line.x0, line.x1, line.line?.dash]).toEqual([3, 3, 'dash']);
    expect(figure.layout.annotations![0]!.text).toBe('drempel 3,0');
    expect(figure.layout.separators).toBe(',.');
    expect(figure.alt).toContain('PC2 1,56 (n = 18; gemiddelde < 3,0)');
    expect(figure.alt).toContain('IK4 3,17 (n = 18; SD ≥ 0,8)');
  });

  it('shows the last moment by default, and follows the thresholds of the analysis', () => {
    const last = itemsFigure(result, null, words())!;
    expect((last.data[0] as unknown as Trace).y[0]).toMatch(/^OV3 .*\(n = 16\)$/);
    expect(last.alt).toContain('bij eindmeting');
    const strict = sampleResult();
    strict.analysis.flag = { meanBelow: 3.5, sdAtLeast: 0.8 };
    expect(itemsFigure(strict, 'nulmeting', words())!.layout.annotations![0]!.text).toBe('drempel 3,5');
    const en = itemsFigure(result, 'nulmeting', words('en'))!;
    expect((en.data[0] as unknown as Trace).text[0]).toBe('1.56');
    expect(en.alt).toContain('PC2 1.56 (n = 18; mean < 3.0)');
  });

  it('leaves out items without a mean and names them; draws nothing without any mean', () => {
    const r = sampleResult();
    const m = r.moments[0]!;
    m.items[0] = { ...m.items[0]!, n: 0, mean: null, sd: null, flagged: false, reasons: [] };
    const figure = itemsFigure(r, 'nulmeting', words())!;
    const ys = (figure.data as unknown as Trace[]).flatMap((t) => t.y);
    expect(ys.some((y) => y.startsWith('IK1 '))).toBe(false);
    expect(figure.layout.annotations!.some((a) => a.text === 'Zonder gemiddelde (geen antwoorden): IK1')).toBe(true);
    m.items = m.items.map((i) => ({ ...i, mean: null }));
    expect(itemsFigure(r, 'nulmeting', words())).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { baseLayout, groupColor, OKABE_ITO, paddedRange, rgba, shownGroups, suppressedNames } from './common';
import { byClass, words } from './fixtures';

describe('what the learning-gain figures share', () => {
  it('uses the Okabe–Ito palette without its yellow, the same colour for a group everywhere', () => {
    expect(OKABE_ITO).toEqual(['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000']);
    expect(new Set([0, 1, 2, 3, 4, 5, 6].map(groupColor)).size).toBe(7);
    expect(groupColor(7)).toBe(groupColor(0));
    expect(rgba('#0072B2', 0.2)).toBe('rgba(0, 114, 178, 0.2)');
  });

  it('shows the groups the engine did not suppress and names the ones it did', () => {
    const result = byClass();
    const w = words(result);
    expect(shownGroups(result, w).map((g) => [g.name, g.small, g.index])).toEqual([
      ['1A', false, 0],
      ['1C', false, 1],
      ['1D', true, 2],
    ]);
    expect(suppressedNames(result, w)).toEqual(['1E']);
    result.groups[0] = { key: null, suppressed: true, small: true, figures: null };
    expect(suppressedNames(result, w)).toEqual(['(leeg)', '1E']);
  });

  it('writes notes above the plot and makes room for them', () => {
    const w = words(byClass());
    const layout = baseLayout(w, ['eerste', 'tweede %{x}']);
    expect(layout.margin?.t).toBe(24 + 36);
    expect(layout.annotations?.[0]?.text).toBe('eerste<br>tweede %\u200b{x}');
    expect(baseLayout(w, []).annotations).toEqual([]);
  });

  it('pads a range and keeps what must be in it', () => {
    expect(paddedRange([10, 20], [0], 0.1)).toEqual([-2, 22]);
    expect(paddedRange([], [])).toEqual([0, 1]);
    const [lo, hi] = paddedRange([5, 5]);
    expect(lo).toBeLessThan(5);
    expect(hi).toBeGreaterThan(5);
  });
});

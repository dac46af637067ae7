import { describe, expect, it } from 'vitest';
import type { GroupSummary } from '../../../../shared/model/view';
import { barFigure, exportFileName, separatorsFor, smallGroups } from './figure';

const words = { xTitle: 'Klas', yTitle: 'Gemiddelde van Score', emptyGroup: '(leeg)', nLabel: (n: number) => `n = ${n}` };

const summary: GroupSummary = {
  chart: { type: 'bar', groupBy: 'Klas', measure: 'Score', aggregate: 'mean' },
  rows: [
    { key: '2A', n: 20, nValid: 18, value: 23.5 },
    { key: null, n: 3, nValid: 3, value: 11 },
  ],
};

describe('bar figure', () => {
  it('draws one bar per group with n as text and in the hover', () => {
    const { data, layout } = barFigure(summary, words, 'nl-BE');
    const trace = data[0] as { x: string[]; y: number[]; text: string[]; customdata: number[]; hovertemplate: string };
    expect(trace.x).toEqual(['2A', '(leeg)']);
    expect(trace.y).toEqual([23.5, 11]);
    // For a mean, n is the number of rows with a value.
    expect(trace.text).toEqual(['n = 18', 'n = 3']);
    expect(trace.customdata).toEqual([18, 3]);
    expect(trace.hovertemplate).toContain('n = %{customdata}');
    expect(layout.separators).toBe(',.');
    expect((layout.xaxis?.title as { text: string }).text).toBe('Klas');
    expect((layout.yaxis?.title as { text: string }).text).toBe('Gemiddelde van Score');
  });

  it('uses all rows as n for a count', () => {
    const count: GroupSummary = { ...summary, chart: { ...summary.chart, measure: null, aggregate: 'count' } };
    const trace = barFigure(count, words, 'en').data[0] as { text: string[] };
    expect(trace.text).toEqual(['n = 20', 'n = 3']);
  });

  it('uses the locale decimal mark', () => {
    expect(separatorsFor('nl-BE')).toBe(',.');
    expect(separatorsFor('en')).toBe('.,');
  });

  it('counts small groups', () => {
    expect(smallGroups(summary)).toBe(1);
  });

  it('makes safe export file names', () => {
    expect(exportFileName('Leerwinst 2A/2B: wiskunde?', 'png')).toBe('Leerwinst 2A2B wiskunde.png');
    expect(exportFileName('   ', 'svg')).toBe('grafiek.svg');
  });
});

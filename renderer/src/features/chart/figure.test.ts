import { describe, expect, it } from 'vitest';
import type { GroupSummary } from '../../../../shared/model/view';
import { barFigure, chartAlt, exportFileName, separatorsFor, smallGroups, sortedRows } from './figure';

const words = {
  xTitle: 'Klas',
  yTitle: 'Gemiddelde van Score',
  emptyGroup: '(leeg)',
  nLabel: (n: number) => `n = ${n}`,
  alt: (type: 'bar' | 'line', items: string) => `${type}: ${items}.`,
};

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
    // For a mean, n is the number of rows with a value; the value is written with one decimal.
    expect(trace.text).toEqual(['23,5<br>n = 18', '11,0<br>n = 3']);
    expect(trace.customdata).toEqual([18, 3]);
    expect(trace.hovertemplate).toContain('n = %{customdata}');
    expect(layout.separators).toBe(',.');
    expect((layout.xaxis?.title as { text: string }).text).toBe('Klas');
    expect((layout.yaxis?.title as { text: string }).text).toBe('Gemiddelde van Score');
  });

  it('uses all rows as n for a count', () => {
    const count: GroupSummary = { chart: { ...summary.chart, measure: null, aggregate: 'count' }, rows: summary.rows.map((r) => ({ ...r, value: r.n })) };
    const trace = barFigure(count, words, 'en').data[0] as { text: string[] };
    expect(trace.text).toEqual(['n = 20', 'n = 3']);
  });

  it('sorts the groups as the spec asks, groups without a value or name last', () => {
    const rows = [
      { key: '1B', n: 5, nValid: 5, value: 10 },
      { key: null, n: 2, nValid: 2, value: 30 },
      { key: '1A', n: 5, nValid: 5, value: null },
      { key: '10A', n: 5, nValid: 5, value: 20 },
      { key: '2A', n: 5, nValid: 5, value: 15 },
    ];
    const keys = (sort: 'natural' | 'valueDesc' | 'valueAsc' | 'label') => sortedRows({ chart: { ...summary.chart, sort }, rows }).map((r) => r.key);
    expect(keys('natural')).toEqual(['1B', null, '1A', '10A', '2A']);
    expect(keys('valueDesc')).toEqual([null, '10A', '2A', '1B', '1A']);
    expect(keys('valueAsc')).toEqual(['1B', '2A', '10A', null, '1A']);
    expect(keys('label')).toEqual(['1A', '1B', '2A', '10A', null]);
    const figure = barFigure({ chart: { ...summary.chart, sort: 'valueAsc' }, rows: summary.rows }, words, 'nl-BE');
    expect((figure.data[0] as { x: string[] }).x).toEqual(['(leeg)', '2A']);
    expect((figure.layout.xaxis as { categoryarray: string[] }).categoryarray).toEqual(['(leeg)', '2A']);
  });

  it('draws a line through the groups with the spec’s decimals, and says so in the alt text', () => {
    const line: GroupSummary = { ...summary, chart: { ...summary.chart, type: 'line', decimals: 2 } };
    const trace = barFigure(line, words, 'nl-BE').data[0] as { type: string; mode: string; text: string[]; hovertemplate: string };
    expect(trace.type).toBe('scatter');
    expect(trace.mode).toContain('lines');
    expect(trace.text[0]).toBe('23,50<br>n = 18');
    expect(trace.hovertemplate).toContain('%{y:,.2f}');
    expect(chartAlt(line, words, 'nl-BE')).toBe('line: 2A: 23,50 (n = 18); (leeg): 11,00 (n = 3).');
    expect(chartAlt({ ...summary, chart: { ...summary.chart, decimals: 0 } }, words, 'en')).toBe('bar: 2A: 24 (n = 18); (leeg): 11 (n = 3).');
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

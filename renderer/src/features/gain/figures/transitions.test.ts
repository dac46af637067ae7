import { describe, expect, it } from 'vitest';
import { byClass, lvs, words } from './fixtures';
import { sankeyFigure } from './sankey';
import { transitionsHeatmapFigure } from './transitions';

describe('transition heatmap', () => {
  const result = lvs();
  const fig = transitionsHeatmapFigure(result, words(result))!;
  const trace = fig.data[0] as unknown as { z: number[][]; x: string[]; y: string[]; text: string[][]; texttemplate: string };

  it('lays the matrix out in the scale’s order, every cell printing its count and row share', () => {
    expect(trace.x).toEqual(['E', 'D', 'C', 'B']);
    expect(trace.y).toEqual(['E', 'D', 'C', 'B']);
    expect(trace.z).toBe(result.transitions!.matrix);
    expect(trace.texttemplate).toBe('%{text}');
    // E → E: 20 of the 23 who started at E.
    expect(trace.text[0]![0]).toBe('<b>20</b><br>87%');
    expect(trace.text[2]![3]).toBe('<b>9</b><br>24%');
    expect(trace.text[3]![3]).toBe('0');
    expect(fig.layout.shapes).toHaveLength(4);
  });

  it('states moved up / same / down above the chart and in the alt text, with every cell that has pupils', () => {
    expect(fig.layout.annotations?.[0]?.text).toBe('Gestegen: 21 · gelijk: 60 · gedaald: 9 (n = 90)');
    expect((fig.layout.yaxis?.title as { text: string }).text).toBe('Niveau januari');
    expect((fig.layout.xaxis?.title as { text: string }).text).toBe('Niveau juni');
    expect(fig.alt).toContain('voor 90 leerlingen: 21 gestegen, 60 gelijk, 9 gedaald.');
    expect(fig.alt).toContain('E naar E: 20; E naar D: 2; E naar C: 1; D naar E: 3');
    expect(fig.alt).not.toContain('B naar B');
  });

  it('is null without transitions', () => {
    const none = byClass();
    expect(transitionsHeatmapFigure(none, words(none))).toBeNull();
    expect(sankeyFigure(none, words(none))).toBeNull();
  });
});

describe('transition Sankey', () => {
  const result = lvs();
  const fig = sankeyFigure(result, words(result))!;
  const trace = fig.data[0] as unknown as {
    node: { label: string[]; x: number[]; y: number[] };
    link: { source: number[]; target: number[]; value: number[]; color: string[] };
  };

  it('prints level, moment and count on every node; levels without pupils get none', () => {
    // Start: E 23, D 29, C 38 (nobody at B); end: E 23, D 25, C 33, B 9.
    expect(trace.node.label).toEqual([
      'E · januari: 23',
      'D · januari: 29',
      'C · januari: 38',
      'E · juni: 23',
      'D · juni: 25',
      'C · juni: 33',
      'B · juni: 9',
    ]);
    expect(trace.node.x.slice(0, 3).every((x) => x < 0.5)).toBe(true);
    expect(trace.node.x.slice(3).every((x) => x > 0.5)).toBe(true);
    // The highest level on top (plotly's y grows downwards).
    const [e, d, c] = trace.node.y as [number, number, number];
    expect(c).toBeLessThan(d);
    expect(d).toBeLessThan(e);
  });

  it('has a link per cell with pupils, coloured by direction, summing to n', () => {
    expect(trace.link.value).toHaveLength(9);
    expect(trace.link.value.reduce((a, b) => a + b, 0)).toBe(90);
    const eToD = trace.link.source.findIndex((s, i) => s === 0 && trace.link.target[i] === 4);
    expect(trace.link.value[eToD]).toBe(2);
    expect(trace.link.color[eToD]).toBe('rgba(0, 114, 178, 0.45)');
    const dToE = trace.link.source.findIndex((s, i) => s === 1 && trace.link.target[i] === 3);
    expect(trace.link.color[dToE]).toBe('rgba(213, 94, 0, 0.45)');
  });

  it('prints moved up / same / down with their counts under the chart, not only on hover', () => {
    const legend = fig.layout.annotations?.find((a) => String(a.text).includes('gestegen'))?.text ?? '';
    expect(legend).toContain('gestegen: 21');
    expect(legend).toContain('gelijk: 60');
    expect(legend).toContain('gedaald: 9');
    expect(legend).toContain('n = 90');
    expect(fig.alt).toContain('E naar E: 20');
  });
});

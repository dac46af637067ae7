import { describe, expect, it } from 'vitest';
import { SlideChart, SlideChartKind } from '../../../../shared/model/story/deck';
import { ANNOTATION_COLOR, MUTED } from '../chart/design';
import { slideFigure, spread, THEMES, type SlideFigureOptions } from './slideFigure';

const nl: SlideFigureOptions = { locale: 'nl-BE', theme: 'light', fontSize: 24 };

/** A chart as the engine sends it: the schema fills the defaults. */
function chart(partial: Partial<SlideChart> & Pick<SlideChart, 'kind'>): SlideChart {
  return SlideChart.parse({ categories: [], series: [], categoryTitle: 'Klas', valueTitle: 'Gemiddelde', unit: '', decimals: 1, ...partial });
}

type Trace = Record<string, unknown> & { x?: unknown[]; y?: unknown[]; text?: unknown; marker?: { color?: unknown } };
const traces = (figure: ReturnType<typeof slideFigure>) => figure.data as Trace[];

const bar = chart({
  kind: 'bar',
  categories: ['2A', '2B', '2C'],
  series: [{ name: 'Gemiddelde Score', values: [23.45, 18, null], n: [20, 18, 7] }],
});

describe('slideFigure', () => {
  it('draws a bar per category with the value on it (decimal comma, the chart’s decimals) and n under the category', () => {
    const figure = slideFigure(bar, nl);
    const [trace] = traces(figure);
    expect(trace!.type).toBe('bar');
    expect(trace!.y).toEqual([23.45, 18, null]);
    expect(trace!.text).toEqual(['23,5', '18,0', '']);
    expect(trace!.x).toEqual(['2A<br><span style="font-size:19px">n = 20</span>', '2B<br><span style="font-size:19px">n = 18</span>', '2C<br><span style="font-size:19px">n = 7</span>']);
    expect(figure.layout.separators).toBe(',.');
    expect(figure.layout.showlegend).toBe(false);
    expect((figure.layout.yaxis?.title as { text: string }).text).toBe('Gemiddelde');
    expect((figure.layout.xaxis?.title as { text: string }).text).toBe('Klas');
    expect(figure.layout.font?.size).toBe(24);
  });

  it('writes values the English way in English, with the unit after them', () => {
    const figure = slideFigure({ ...bar, unit: '%', decimals: 0 }, { ...nl, locale: 'en' });
    expect(traces(figure)[0]!.text).toEqual(['23%', '18%', '']);
    expect(figure.layout.separators).toBe('.,');
    expect(figure.layout.yaxis?.ticksuffix).toBe('%');
  });

  it('draws every kind without throwing, with data for each', () => {
    const series = [
      { name: 'Onze school', values: [1, 2], low: [0.5, 1.5], high: [1.5, 2.5], min: [0, 1], max: [2, 3], n: [10, 12] },
      { name: 'Vlaanderen', values: [1.5, 2.5], n: [100, 100] },
    ];
    for (const kind of SlideChartKind.options) {
      const figure = slideFigure(chart({ kind, categories: ['Begin', 'Einde'], series, points: [{ x: 1, y: 2, series: null }] }), nl);
      expect(figure.data.length, kind).toBeGreaterThan(0);
      expect(figure.layout.paper_bgcolor, kind).toBe(THEMES.light.bg);
    }
  });

  it('groups and stacks bars, a trace per series with a legend', () => {
    const series = [
      { name: 'Onze school', values: [250, 260] },
      { name: 'Vlaanderen', values: [255, 258] },
    ];
    const grouped = slideFigure(chart({ kind: 'groupedBar', categories: ['Lezen', 'Wiskunde'], series }), nl);
    expect(grouped.layout.barmode).toBe('group');
    expect(grouped.layout.showlegend).toBe(true);
    expect(traces(grouped).map((t) => t.name)).toEqual(['Onze school', 'Vlaanderen']);
    const stacked = slideFigure(chart({ kind: 'stackedBar', categories: ['A', 'B'], series: [{ name: 'x', values: [3, 0] }, { name: 'y', values: [1, 2] }] }), nl);
    expect(stacked.layout.barmode).toBe('stack');
    // An empty piece of a stack gets no number on it.
    expect(traces(stacked)[0]!.text).toEqual(['3,0', '']);
  });

  it('draws the mean with its interval lying, a trace per group, the zero line on, the groups top to bottom', () => {
    const figure = slideFigure(
      chart({
        kind: 'dotCi',
        zeroLine: true,
        highlight: '2A',
        categories: ['2A', '2B', 'Alle leerlingen'],
        series: [{ name: 'Leerwinst', values: [4, 1, 3], low: [1, -1, 2], high: [7, 3, 4], n: [20, 20, 40] }],
      }),
      nl,
    );
    const all = traces(figure) as (Trace & { error_x: { array: number[]; arrayminus: number[]; color: string } })[];
    expect(all.map((t) => [t.name, t.x, t.error_x.array, t.error_x.arrayminus])).toEqual([
      ['2A', [4], [3], [3]],
      ['2B', [1], [2], [2]],
      ['Alle leerlingen', [3], [1], [1]],
    ]);
    // The highlighted group keeps its colour, its interval included; the others are grey whole.
    expect(all[0]!.error_x.color).not.toBe(MUTED);
    expect(all[1]!.error_x.color).toBe(MUTED);
    expect(all[1]!.marker!.color).toBe(MUTED);
    expect(figure.layout.xaxis?.zeroline).toBe(true);
    expect(figure.layout.yaxis?.autorange).toBe('reversed');
    expect(figure.layout.yaxis?.categoryarray).toEqual(all.map((t) => t.y![0]));
    expect((figure.layout.xaxis?.title as { text: string }).text).toBe('Gemiddelde');
  });

  it('draws boxes from the quartiles and whiskers it is given', () => {
    const figure = slideFigure(chart({ kind: 'box', categories: ['2A'], series: [{ name: 'Winst', values: [5], low: [2], high: [8], min: [-1], max: [12], n: [20] }] }), nl);
    const trace = traces(figure)[0]!;
    expect(trace).toMatchObject({ type: 'box', q1: [2], median: [5], q3: [8], lowerfence: [-1], upperfence: [12], boxpoints: false });
  });

  it('draws a scatter a trace per series, with the no-change diagonal', () => {
    const figure = slideFigure(
      chart({ kind: 'scatter', xTitle: 'Begin', valueTitle: 'Einde', diagonal: true, points: [{ x: 10, y: 12, series: '2A' }, { x: 20, y: 18, series: '2B' }, { x: 15, y: 30, series: '2A' }] }),
      nl,
    );
    expect(traces(figure).map((t) => [t.name, t.x])).toEqual([
      ['2A', [10, 15]],
      ['2B', [20]],
    ]);
    expect(figure.layout.shapes).toContainEqual(expect.objectContaining({ type: 'line', x0: 10, y0: 10, x1: 30, y1: 30 }));
    expect((figure.layout.xaxis?.title as { text: string }).text).toBe('Begin');
  });

  it('draws a heatmap with a row per series and the counts in the cells', () => {
    const figure = slideFigure(chart({ kind: 'heatmap', decimals: 0, categories: ['A', 'B'], series: [{ name: 'A', values: [5, 1] }, { name: 'B', values: [2, 7] }] }), nl);
    expect(traces(figure)[0]).toMatchObject({ type: 'heatmap', z: [[5, 1], [2, 7]], text: [['5', '1'], ['2', '7']], y: ['A', 'B'] });
  });

  it('writes slope labels at both ends of each line, apart where values are close, grey where not highlighted', () => {
    const figure = slideFigure(
      chart({ kind: 'slope', categories: ['Sept', 'Juni'], highlight: '2A', series: [{ name: '2A', values: [40, 52] }, { name: '2B', values: [40.1, 45] }] }),
      nl,
    );
    const labels = (figure.layout.annotations ?? []).map((a) => ({ text: a.text, y: a.y as number, color: a.font?.color }));
    expect(labels.map((l) => l.text)).toEqual(['2A  40,0', '2B  40,1', '52,0  2A', '45,0  2B']);
    // 40 and 40.1 are written apart: at least a line of text (1/22 of the span 40–52).
    expect(Math.abs(labels[1]!.y - labels[0]!.y)).toBeGreaterThanOrEqual(12 / 22 - 1e-9);
    expect(labels[3]!.y).toBe(45);
    expect(labels[1]!.color).toBe(MUTED);
    expect(labels[0]!.color).not.toBe(MUTED);
  });

  it('spreads labels apart around their values', () => {
    expect(spread([10, 10, 20], 2)).toEqual([9, 11, 20]);
    expect(spread([5, 1], 1)).toEqual([5, 1]);
  });

  it('draws the view’s reference line, band and callout, and greys what is not highlighted', () => {
    const figure = slideFigure(
      {
        ...bar,
        annotations: [
          { kind: 'line', value: 20, label: 'Vlaams gemiddelde' },
          { kind: 'band', from: 10, to: 15, label: 'Zorgzone' },
          { kind: 'callout', target: '2B', text: 'Nieuwe leesaanpak' },
        ],
        highlight: '2B',
      },
      nl,
    );
    const shapes = figure.layout.shapes ?? [];
    expect(shapes).toContainEqual(expect.objectContaining({ type: 'line', y0: 20, y1: 20 }));
    expect(shapes).toContainEqual(expect.objectContaining({ type: 'rect', y0: 10, y1: 15 }));
    const texts = (figure.layout.annotations ?? []).map((a) => a.text);
    expect(texts).toEqual(expect.arrayContaining(['Vlaams gemiddelde', 'Zorgzone', 'Nieuwe leesaanpak']));
    const callout = (figure.layout.annotations ?? []).find((a) => a.text === 'Nieuwe leesaanpak');
    // The callout points at 2B's bar (its tick with n) at its value.
    expect(callout).toMatchObject({ x: traces(figure)[0]!.x![1], y: 18 });
    expect(traces(figure)[0]!.marker!.color).toEqual([MUTED, expect.not.stringMatching(MUTED), MUTED]);
  });

  it('keeps user text literal: markup in a name or label is escaped', () => {
    const figure = slideFigure(chart({ kind: 'bar', categories: ['<b>x</b>'], series: [{ name: 'a&b', values: [1] }] }), nl);
    expect(traces(figure)[0]!.x).toEqual(['&lt;b&gt;x&lt;/b&gt;']);
    expect(traces(figure)[0]!.name).toBe('a&amp;b');
  });

  it('draws light on dark in the dark theme, annotation lines included', () => {
    const figure = slideFigure({ ...bar, annotations: [{ kind: 'line', value: 20, label: '' }] }, { ...nl, theme: 'dark' });
    expect(figure.layout.paper_bgcolor).toBe(THEMES.dark.bg);
    expect(figure.layout.font?.color).toBe(THEMES.dark.text);
    const line = (figure.layout.shapes ?? []).find((s) => s.type === 'line');
    expect(line?.line?.color).toBe(THEMES.dark.text);
    expect(line?.line?.color).not.toBe(ANNOTATION_COLOR);
  });

  it('scales its type with the font size it is given, the design’s labels included', () => {
    const big = slideFigure({ ...bar, annotations: [{ kind: 'line', value: 20, label: 'Vlaanderen' }] }, { ...nl, fontSize: 40 });
    expect(big.layout.font?.size).toBe(40);
    expect((traces(big)[0]!.textfont as { size: number }).size).toBe(40);
    expect(big.layout.annotations?.find((a) => a.text === 'Vlaanderen')?.font?.size).toBe(36);
  });

  it('draws the quadrant: both axes 1–5, the bridge across x as well, an arrow from one moment to the next', () => {
    const quadrant = chart({
      kind: 'scatter',
      xTitle: 'Vaardigheid',
      valueRange: [1, 5],
      xRange: [1, 5],
      xLines: [{ kind: 'line', value: 3, label: 'brugas 3,0' }],
      annotations: [{ kind: 'line', value: 3, label: '' }],
      points: [
        { x: 3.319, y: 2.467, series: 'nulmeting' },
        { x: 3.505, y: 2.934, series: 'eindmeting' },
        { x: 3.5, y: 3.2, series: 'eigen inschatting nulmeting' },
      ],
    });
    const figure = slideFigure(quadrant, nl);
    expect(figure.layout.xaxis?.range).toEqual([1, 5]);
    expect(figure.layout.yaxis?.range).toEqual([1, 5]);
    const vertical = (figure.layout.shapes ?? []).filter((sh) => sh.x0 === 3 && sh.x1 === 3 && sh.yref === 'paper');
    expect(vertical).toHaveLength(1);
    expect(figure.layout.annotations?.some((a) => a.text === 'brugas 3,0')).toBe(true);
    const arrows = (figure.layout.annotations ?? []).filter((a) => a.showarrow && a.axref === 'x');
    // One arrow nulmeting → eindmeting; the team's own estimate is a chain of one (no arrow).
    expect(arrows.map((a) => [a.ax, a.ay, a.x, a.y])).toEqual([[3.319, 2.467, 3.505, 2.934]]);
    // A pupil scatter (no x lines) has no arrows, and its x axis follows the value range on the diagonal.
    const pupils = slideFigure(chart({ kind: 'scatter', diagonal: true, valueRange: [0, 100], points: quadrant.points }), nl);
    expect((pupils.layout.annotations ?? []).filter((a) => a.showarrow && a.axref === 'x')).toEqual([]);
    expect(pupils.layout.xaxis?.range).toEqual([0, 100]);
  });
});

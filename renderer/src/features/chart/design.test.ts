import { describe, expect, it } from 'vitest';
import type { Data, Layout } from 'plotly.js';
import { DEFAULT_DESIGN, type ViewDesign } from '../../../../shared/model/annotation';
import { ANNOTATION_COLOR, applyDesign, escapeText, labelIs, MUTED, PALETTES, paletteColor } from './design';

type Trace = Record<string, unknown> & { marker: { color: unknown; line?: { color: unknown } }; line?: { color: unknown } };
type Ann = Record<string, unknown>;
type Shp = Record<string, unknown>;

const bars = (): { data: Data[]; layout: Partial<Layout> } => ({
  data: [{ type: 'bar', x: ['1A', '1B', '1C'], y: [12, 18, 15], marker: { color: '#0072B2' } } as Data],
  layout: { yaxis: { rangemode: 'tozero' }, annotations: [{ text: 'note', showarrow: false }] },
});

const design = (over: Partial<ViewDesign>): ViewDesign => ({ ...DEFAULT_DESIGN, ...over });
const nl = { valueAxis: 'y' as const, locale: 'nl-BE' as const };

describe('applyDesign: reference lines and bands', () => {
  it('draws a line across the plot at the value, with its label at the right edge', () => {
    const out = applyDesign(bars(), design({ annotations: [{ kind: 'line', value: 15, label: 'Drempel 15' }] }), nl);
    const shape = out.layout.shapes![0] as Shp;
    expect(shape).toMatchObject({ type: 'line', xref: 'paper', x0: 0, x1: 1, yref: 'y', y0: 15, y1: 15 });
    expect((shape.line as { color: string }).color).toBe(ANNOTATION_COLOR);
    const label = out.layout.annotations!.find((a) => a.text === 'Drempel 15') as Ann;
    // In the right margin, clear of the bars, with room made for it.
    expect(label).toMatchObject({ xref: 'paper', x: 1, xanchor: 'left', yref: 'y', y: 15, showarrow: false });
    expect(out.layout.margin!.r).toBeGreaterThan(60);
    // The figure's own notes stay.
    expect(out.layout.annotations![0]!.text).toBe('note');
  });

  it('keeps labels inside the plot where a legend takes the right margin, and breaks long labels', () => {
    const figure = { ...bars(), layout: { ...bars().layout, legend: { x: 1.02 } } };
    const inside = applyDesign(figure, design({ annotations: [{ kind: 'line', value: 15, label: 'Drempel' }] }), nl).layout.annotations![1]!;
    expect(inside).toMatchObject({ xanchor: 'right', yanchor: 'bottom' });
    const long = applyDesign(bars(), design({ annotations: [{ kind: 'line', value: 1, label: 'het Vlaamse gemiddelde van vergelijkbare scholen' }] }), nl);
    expect(long.layout.annotations![1]!.text).toBe('het Vlaamse gemiddelde<br>van vergelijkbare<br>scholen');
    expect(long.layout.margin!.r).toBeLessThanOrEqual(190);
  });

  it('labels a line without a label with its value in the locale, and draws a band as a translucent rect', () => {
    const out = applyDesign(
      bars(),
      design({
        annotations: [
          { kind: 'line', value: 3.5, label: '' },
          { kind: 'band', from: 10, to: 14, label: 'Vlaams gemiddelde' },
        ],
      }),
      nl,
    );
    expect(out.layout.annotations!.map((a) => a.text)).toEqual(['note', '3,5', 'Vlaams gemiddelde']);
    const rect = out.layout.shapes![1] as Shp;
    expect(rect).toMatchObject({ type: 'rect', xref: 'paper', x0: 0, x1: 1, yref: 'y', y0: 10, y1: 14, layer: 'below' });
    expect(rect.fillcolor).toMatch(/^rgba\(.*0\.\d+\)$/);
  });

  it('puts lines upright on a chart whose values lie along x, and widens a fixed range to show them', () => {
    const figure = { data: [{ type: 'scatter', x: [1, 2], y: ['a', 'b'], marker: { color: '#0072B2' } } as Data], layout: { xaxis: { range: [-1, 3] } } };
    const out = applyDesign(figure, design({ annotations: [{ kind: 'line', value: 5, label: 'doel' }] }), { ...nl, valueAxis: 'x' });
    expect(out.layout.shapes![0]).toMatchObject({ yref: 'paper', y0: 0, y1: 1, xref: 'x', x0: 5, x1: 5 });
    const range = out.layout.xaxis!.range as number[];
    expect(range[0]).toBe(-1);
    expect(range[1]).toBeGreaterThan(5);
    expect(figure.layout.xaxis.range).toEqual([-1, 3]);
  });
});

describe('applyDesign: callouts', () => {
  it('points an arrow at the category, at its value from the data', () => {
    const out = applyDesign(bars(), design({ annotations: [{ kind: 'callout', target: '1B', text: 'Na de remediëring' }] }), nl);
    const callout = out.layout.annotations!.find((a) => a.text === 'Na de remediëring') as Ann;
    expect(callout).toMatchObject({ xref: 'x', x: '1B', yref: 'y', y: 18, showarrow: true, arrowcolor: ANNOTATION_COLOR });
    expect(callout.ay).toBeLessThan(0);
  });

  it('uses valueAt when given, finds a tick that carries n, and skips a category the chart lacks', () => {
    const figure = { data: [{ type: 'scatter', x: [2.5, -1], y: ['1A (n = 20)', '1B (n = 4, kleine groep)'], marker: { color: '#0072B2' } } as Data], layout: {} };
    const out = applyDesign(
      figure,
      design({
        annotations: [
          { kind: 'callout', target: '1B', text: 'klein' },
          { kind: 'callout', target: '9Z', text: 'weg' },
        ],
      }),
      { ...nl, valueAxis: 'x', valueAt: (c) => (c === '1B' ? -1.5 : null) },
    );
    expect(out.layout.annotations).toHaveLength(1);
    expect(out.layout.annotations![0]).toMatchObject({ yref: 'y', y: '1B (n = 4, kleine groep)', xref: 'x', x: -1.5 });
  });

  it('places a callout with categoryAt on a numbered axis', () => {
    const figure = { data: [{ type: 'box', x: [1, 2, 3], marker: { color: '#0072B2' } } as Data], layout: {} };
    const out = applyDesign(figure, design({ annotations: [{ kind: 'callout', target: '1A', text: 't' }] }), { ...nl, valueAxis: 'x', categoryAt: () => 0, valueAt: () => 2 });
    expect(out.layout.annotations![0]).toMatchObject({ y: 0, x: 2 });
  });

  it('finds a category among the tick labels of a numbered axis', () => {
    const figure = {
      data: [{ type: 'box', x: [1, 2, 3], y: [0, 0, 0], marker: { color: '#0072B2' } } as Data],
      layout: { yaxis: { tickmode: 'array' as const, tickvals: [0, 1], ticktext: ['1A (n = 20)', '1B (n = 18)'] } },
    };
    const out = applyDesign(figure, design({ annotations: [{ kind: 'callout', target: '1B', text: 't' }] }), { ...nl, valueAxis: 'x', valueAt: () => 1.5 });
    expect(out.layout.annotations![0]).toMatchObject({ yref: 'y', y: 1, xref: 'x', x: 1.5 });
  });

  it('keeps user text literal in plotly pseudo-HTML', () => {
    expect(escapeText('<b>5 & 6</b>')).toBe('&lt;b&gt;5 &amp; 6&lt;/b&gt;');
    const out = applyDesign(bars(), design({ annotations: [{ kind: 'line', value: 1, label: 'a<br>b' }] }), nl);
    expect(out.layout.annotations![1]!.text).toBe('a&lt;br&gt;b');
  });
});

describe('applyDesign: highlight and palette', () => {
  it('greys every bar but the highlighted category', () => {
    const out = applyDesign(bars(), design({ highlight: '1B' }), nl);
    expect((out.data[0] as unknown as Trace).marker.color).toEqual([MUTED, '#0072B2', MUTED]);
  });

  it('greys every series but the highlighted one, matched with its n', () => {
    const figure = {
      data: [
        { type: 'scatter', name: '1A (n = 20)', x: ['sept', 'juni'], y: [1, 2], marker: { color: '#0072B2' }, line: { color: '#0072B2' } },
        { type: 'scatter', name: '1B (n = 18)', x: ['sept', 'juni'], y: [2, 3], marker: { color: '#D55E00' }, line: { color: '#D55E00' } },
      ] as Data[],
      layout: {},
    };
    const out = applyDesign(figure, design({ highlight: '1B' }), nl);
    const [a, b] = out.data as unknown as Trace[];
    expect(a!.line!.color).toBe(MUTED);
    expect(a!.marker.color).toBe(MUTED);
    expect(b!.line!.color).toBe('#D55E00');
  });

  it('changes nothing for a highlight the chart does not have', () => {
    const figure = bars();
    expect(applyDesign(figure, design({ highlight: 'nope' }), nl).data).toEqual(figure.data);
  });

  it('maps Okabe–Ito colours, hex and rgba, onto the chosen palette', () => {
    const figure = {
      data: [{ type: 'scatter', x: ['a'], y: [1], name: '#0072B2', marker: { color: '#0072b2' }, fillcolor: 'rgba(0, 114, 178, 0.2)', line: { color: '#D55E00' } } as Data],
      layout: {},
    };
    const out = applyDesign(figure, design({ palette: 'greys' }), nl).data[0] as unknown as Trace;
    expect(out.marker.color).toBe(PALETTES.greys[0]);
    expect(out.line!.color).toBe(PALETTES.greys[1]);
    expect(out.fillcolor).toBe('rgba(26, 26, 26, 0.2)');
    // Names are data, never colours.
    expect(out.name).toBe('#0072B2');
    expect(paletteColor('blues', 7)).toBe(PALETTES.blues[0]);
  });

  it('offers palettes of distinct colours', () => {
    for (const colours of Object.values(PALETTES)) expect(new Set(colours).size).toBe(colours.length);
  });

  it('draws larger labels for a projector', () => {
    const d = design({ annotations: [{ kind: 'line', value: 1, label: 'x' }] });
    const screen = applyDesign(bars(), d, nl).layout.annotations![1]!;
    const wall = applyDesign(bars(), d, { ...nl, theme: 'projector' }).layout.annotations![1]!;
    expect(wall.font!.size!).toBeGreaterThan(screen.font!.size!);
  });
});

describe('labelIs', () => {
  it('knows a category in a tick with n or broken over lines', () => {
    expect(labelIs('1C (n = 20)', '1C')).toBe(true);
    expect(labelIs('Getallen en<br>bewerkingen', 'Getallen en bewerkingen')).toBe(true);
    expect(labelIs('1CD', '1C')).toBe(false);
  });
});

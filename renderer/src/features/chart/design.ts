import type { Annotations, Data, Layout, Shape } from 'plotly.js';
import type { Locale } from '../../../../shared/i18n/index';
import type { Annotation, Palette, ViewDesign } from '../../../../shared/model/annotation';
import { formatNumber } from '../../format/format';
import { paletteColour, PALETTES } from '../../../../shared/model/palette';

/**
 * A view's design drawn onto a plotly figure (annotation.ts): reference lines and bands across the
 * plot with their label, callouts with an arrow at their category, one category or series in colour
 * and the rest grey, and the palette. Pure: the same figure and design give the same result, so the
 * screen, the preview in the editor, the exported image and the slides all draw the same thing.
 */
export interface DesignOptions {
  /** The axis that carries the values (`y` for upright bars and lines, `x` for the dot plot). */
  valueAxis: 'y' | 'x';
  locale: Locale;
  /** `projector`: larger labels and thicker lines, for a slide on a wall. */
  theme?: 'screen' | 'projector';
  /** The value a callout points at for a category; default: the largest value drawn at it. */
  valueAt?: (category: string) => number | null;
  /**
   * Where a category sits on the category axis when the chart names it otherwise (a tick with its
   * n, a numbered row); default: the tick that is the category, or starts with `category (`.
   */
  categoryAt?: (category: string) => string | number | null;
}

export interface PlotlyFigureData {
  data: Data[];
  layout: Partial<Layout>;
}

export type FigureDesign = Pick<ViewDesign, 'annotations' | 'highlight' | 'palette'>;

/** The colour of everything that is not highlighted. */
export const MUTED = '#c3c9d0';
/** Text beside a greyed dot: readable, but no longer calling attention. */
const MUTED_TEXT = '#7b8794';
/** Reference lines, band labels and callouts: near-black, readable on white and on colours. */
export const ANNOTATION_COLOR = '#1f2933';
const BAND_FILL = 'rgba(82, 96, 109, 0.14)';

/** The Okabe–Ito hues the figure builders use, and what each becomes in another palette (shared/model/palette.ts). */
export const OKABE_ITO_HEX = PALETTES.okabeIto;
export { PALETTES };

/** A colour of the palette by place (the n-th group or series). */
export const paletteColor = paletteColour;

/** The figure with the design on it; the input is not changed. */
export function applyDesign(figure: PlotlyFigureData, design: FigureDesign, options: DesignOptions): PlotlyFigureData {
  const projector = options.theme === 'projector';
  let data = figure.data.map((trace) => recolour(trace, design.palette));
  if (design.highlight !== null) data = highlight(data, design.highlight, options, figure.layout);

  const shapes: Partial<Shape>[] = [...(figure.layout.shapes ?? [])];
  const annotations: Partial<Annotations>[] = [...(figure.layout.annotations ?? [])];
  const v = options.valueAxis;
  const c = v === 'y' ? 'x' : 'y';
  const font = { size: projector ? 17 : 12, color: ANNOTATION_COLOR };
  const width = projector ? 3 : 2;
  const valueRef = v as 'x' | 'y';
  let calloutIndex = 0;
  // Upright charts write line and band labels in the right margin, clear of the bars, unless a legend lives there.
  const legendRight = figure.layout.showlegend !== false && typeof figure.layout.legend?.x === 'number' && figure.layout.legend.x >= 1;
  const inMargin = v === 'y' && !legendRight;
  const labelAt = (text: string, value: number) => (inMargin ? marginLabel(text, value, font) : edgeLabel(text, value, v, font));
  const marginLines: string[] = [];

  for (const a of design.annotations) {
    if (a.kind === 'line') {
      shapes.push({
        type: 'line',
        [`${c}ref`]: 'paper',
        [`${v}ref`]: valueRef,
        [`${c}0`]: 0,
        [`${c}1`]: 1,
        [`${v}0`]: a.value,
        [`${v}1`]: a.value,
        line: { color: ANNOTATION_COLOR, width, dash: 'dash' },
        layer: 'above',
      } as Partial<Shape>);
      const label = a.label || formatNumber(a.value, options.locale);
      annotations.push(labelAt(label, a.value));
      marginLines.push(...wrap(label));
    } else if (a.kind === 'band') {
      shapes.push({
        type: 'rect',
        [`${c}ref`]: 'paper',
        [`${v}ref`]: valueRef,
        [`${c}0`]: 0,
        [`${c}1`]: 1,
        [`${v}0`]: a.from,
        [`${v}1`]: a.to,
        fillcolor: BAND_FILL,
        line: { width: 0 },
        layer: 'below',
      } as Partial<Shape>);
      const label = a.label || `${formatNumber(a.from, options.locale)}–${formatNumber(a.to, options.locale)}`;
      annotations.push(labelAt(label, inMargin ? (a.from + a.to) / 2 : a.to));
      marginLines.push(...wrap(label));
    } else {
      const at = categoryPosition(data, a.target, options, figure.layout);
      if (at === null) continue;
      const value = options.valueAt?.(a.target) ?? valueFromData(data, a.target, options);
      const stagger = calloutIndex++ % 2;
      annotations.push({
        text: escapeText(a.text),
        [`${c}ref`]: c,
        [c]: at,
        ...(value === null ? { [`${v}ref`]: 'paper', [v]: 1 } : { [`${v}ref`]: valueRef, [v]: value }),
        showarrow: true,
        arrowhead: 2,
        arrowsize: 1,
        arrowwidth: projector ? 2.5 : 1.5,
        arrowcolor: ANNOTATION_COLOR,
        // Above the value and the figures written over it (a bar's value and n), or beside a lying chart's dot.
        ...(v === 'y' ? { ax: 0, ay: -(72 + 28 * stagger), standoff: 34 } : { ax: 60 + 30 * stagger, ay: -30, standoff: 8 }),
        font,
        bgcolor: 'rgba(255, 255, 255, 0.9)',
        bordercolor: ANNOTATION_COLOR,
        borderwidth: 1,
        borderpad: 4,
        align: 'left',
      } as Partial<Annotations>);
    }
  }

  const layout: Partial<Layout> = { ...figure.layout, shapes, annotations };
  if (inMargin && marginLines.length > 0) {
    // Room for the longest label line (an estimate: plotly measures text only when it draws).
    const longest = Math.max(...marginLines.map((l) => l.length));
    const needed = Math.min(MARGIN_LABEL_MAX, 16 + Math.ceil(longest * font.size * 0.6));
    layout.margin = { ...figure.layout.margin, r: Math.max(figure.layout.margin?.r ?? 0, needed) };
  }
  const axisKey = `${v}axis` as 'xaxis' | 'yaxis';
  const widened = widenRange(figure.layout[axisKey]?.range, design.annotations);
  if (widened) layout[axisKey] = { ...figure.layout[axisKey], range: widened };
  return { data, layout };
}

/** Widest room a line or band label takes in the right margin, in pixels. */
const MARGIN_LABEL_MAX = 190;
/** Characters per line of a label in the right margin. */
const MARGIN_LABEL_WIDTH = 22;

/** A label broken into lines of about MARGIN_LABEL_WIDTH characters, at spaces. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > MARGIN_LABEL_WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A line's or band's label in the right margin, beside its value. */
function marginLabel(text: string, value: number, font: { size: number; color: string }): Partial<Annotations> {
  return {
    text: wrap(text).map(escapeText).join('<br>'),
    showarrow: false,
    font,
    xref: 'paper',
    x: 1,
    xanchor: 'left',
    xshift: 6,
    yref: 'y',
    y: value,
    yanchor: 'middle',
    align: 'left',
  };
}

/** A reference line's or band's label inside the plot: at its right edge (upright charts) or top (lying charts). */
function edgeLabel(text: string, value: number, v: 'x' | 'y', font: { size: number; color: string }): Partial<Annotations> {
  const common = { text: escapeText(text), showarrow: false, font, bgcolor: 'rgba(255, 255, 255, 0.8)' };
  return v === 'y'
    ? { ...common, xref: 'paper', x: 1, xanchor: 'right', yref: 'y', y: value, yanchor: 'bottom' }
    : { ...common, yref: 'paper', y: 1, yanchor: 'bottom', xref: 'x', x: value, xanchor: 'left', xshift: 4 };
}

/** User text in plotly's pseudo-HTML: `<`, `>` and `&` as entities, so a label is never markup. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A tick or a series name as the chart writes it: line breaks as spaces, markup gone. */
function plainLabel(label: unknown): string | null {
  if (typeof label !== 'string' && typeof label !== 'number') return null;
  return String(label)
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a tick or series name is the category: the same, or the category with its n (`1C (n = 20)`). */
export function labelIs(label: unknown, category: string): boolean {
  const plain = plainLabel(label);
  if (plain === null) return false;
  const target = category.replace(/\s+/g, ' ').trim();
  return plain === target || plain.startsWith(`${target} (`);
}

type TraceLike = Record<string, unknown> & { x?: unknown; y?: unknown; marker?: Record<string, unknown>; line?: Record<string, unknown> };

function categoriesOf(trace: TraceLike, valueAxis: 'x' | 'y'): unknown[] | null {
  const values = valueAxis === 'y' ? trace.x : trace.y;
  return Array.isArray(values) ? values : null;
}

function categoryPosition(data: Data[], category: string, options: DesignOptions, layout?: Partial<Layout>): string | number | null {
  if (options.categoryAt) return options.categoryAt(category);
  for (const trace of data as TraceLike[]) {
    const found = categoriesOf(trace, options.valueAxis)?.find((label) => labelIs(label, category));
    if (typeof found === 'string' || typeof found === 'number') return found;
  }
  // A numbered axis that writes its own tick labels (the strip of gains): the category's tick value.
  const axis = layout?.[options.valueAxis === 'y' ? 'xaxis' : 'yaxis'] as { ticktext?: unknown[]; tickvals?: unknown[] } | undefined;
  const index = axis?.ticktext?.findIndex((label) => labelIs(label, category)) ?? -1;
  const value = index >= 0 ? axis?.tickvals?.[index] : undefined;
  return typeof value === 'number' || typeof value === 'string' ? value : null;
}

/** The largest value drawn at a category, over all traces; null when none is. */
function valueFromData(data: Data[], category: string, options: DesignOptions): number | null {
  const at = categoryPosition(data, category, options);
  let best: number | null = null;
  for (const trace of data as TraceLike[]) {
    const categories = categoriesOf(trace, options.valueAxis);
    const values = options.valueAxis === 'y' ? trace.y : trace.x;
    if (!categories || !Array.isArray(values)) continue;
    categories.forEach((label, i) => {
      const value: unknown = values[i];
      if ((label === at || labelIs(label, category)) && typeof value === 'number' && Number.isFinite(value)) best = best === null ? value : Math.max(best, value);
    });
  }
  return best;
}

/** An explicit value range widened to show every line and band; null when nothing needs it. */
function widenRange(range: unknown, annotations: readonly Annotation[]): [number, number] | null {
  if (!Array.isArray(range) || range.length !== 2 || typeof range[0] !== 'number' || typeof range[1] !== 'number') return null;
  const values = annotations.flatMap((a) => (a.kind === 'line' ? [a.value] : a.kind === 'band' ? [a.from, a.to] : []));
  if (values.length === 0) return null;
  const [a, b] = range as [number, number];
  const reversed = a > b;
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  const pad = (hi - lo || 1) * 0.05;
  if (Math.min(...values) < lo) lo = Math.min(...values) - pad;
  if (Math.max(...values) > hi) hi = Math.max(...values) + pad;
  if (lo === Math.min(a, b) && hi === Math.max(a, b)) return null;
  return reversed ? [hi, lo] : [lo, hi];
}

// Palette: every Okabe–Ito colour in a trace (hex or rgba with its alpha) becomes its counterpart.

const DATA_KEYS = new Set(['x', 'y', 'z', 'text', 'customdata', 'ids', 'labels', 'hovertext', 'name', 'hovertemplate', 'texttemplate', 'legendgroup', 'meta', 'source', 'target', 'value']);

function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mapColour(colour: string, palette: Palette): string {
  const to = PALETTES[palette];
  const hexIndex = OKABE_ITO_HEX.findIndex((h) => h.toLowerCase() === colour.toLowerCase());
  if (hexIndex >= 0) return to[hexIndex]!;
  const rgba = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(colour);
  if (!rgba) return colour;
  const index = OKABE_ITO_HEX.findIndex((h) => rgbOf(h).every((part, i) => part === Number(rgba[i + 1])));
  if (index < 0) return colour;
  const [r, g, b] = rgbOf(to[index]!);
  return rgba[4] === undefined ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${rgba[4]})`;
}

function recolourValue(value: unknown, palette: Palette): unknown {
  if (typeof value === 'string') return mapColour(value, palette);
  if (Array.isArray(value)) return value.map((v) => recolourValue(v, palette));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, DATA_KEYS.has(k) ? v : recolourValue(v, palette)]));
  }
  return value;
}

function recolour(trace: Data, palette: Palette): Data {
  return palette === 'okabeIto' ? trace : (recolourValue(trace, palette) as Data);
}

// Highlight: the series with that name in colour and the others grey; else the category's bar or dot.

function seriesMatches(trace: TraceLike, name: string): boolean {
  return labelIs(trace.name, name) || labelIs(trace.legendgroup, name);
}

function greyed(trace: TraceLike): TraceLike {
  const out: TraceLike = { ...trace };
  if (trace.marker) out.marker = { ...trace.marker, color: MUTED, ...(trace.marker.line ? { line: { ...(trace.marker.line as object), color: MUTED } } : {}) };
  if (trace.line) out.line = { ...trace.line, color: MUTED };
  for (const key of ['error_x', 'error_y'] as const) {
    const error = trace[key];
    if (error && typeof error === 'object') out[key] = { ...error, color: MUTED };
  }
  if (typeof trace.fillcolor === 'string') out.fillcolor = 'rgba(195, 201, 208, 0.25)';
  if (trace.textfont && typeof trace.textfont === 'object') out.textfont = { ...(trace.textfont as object), color: MUTED_TEXT };
  return out;
}

function highlight(data: Data[], name: string, options: DesignOptions, layout: Partial<Layout>): Data[] {
  const traces = data as TraceLike[];
  if (traces.some((t) => seriesMatches(t, name)) && traces.length > 1) {
    return traces.map((t) => (seriesMatches(t, name) ? t : greyed(t))) as Data[];
  }
  const at = categoryPosition(data, name, options, layout);
  if (at === null) return data;
  return traces.map((trace) => {
    const categories = categoriesOf(trace, options.valueAxis);
    if (!categories || !trace.marker || !categories.some((label) => label === at)) {
      return categories && trace.marker ? greyed(trace) : trace;
    }
    const own = trace.marker.color;
    const colourAt = (i: number): unknown => (Array.isArray(own) ? own[i] : own);
    const lineColour = (trace.marker.line as { color?: unknown } | undefined)?.color;
    const textfont = trace.textfont as { color?: unknown } | undefined;
    const textAt = (i: number): unknown => (Array.isArray(textfont?.color) ? textfont.color[i] : textfont?.color);
    return {
      ...trace,
      // The values written beside the dots follow them (bars write theirs in the text colour: left alone).
      ...(textfont?.color !== undefined ? { textfont: { ...textfont, color: categories.map((label, i) => (label === at ? textAt(i) : MUTED_TEXT)) } } : {}),
      marker: {
        ...trace.marker,
        color: categories.map((label, i) => (label === at ? colourAt(i) : MUTED)),
        ...(trace.marker.line ? { line: { ...(trace.marker.line as object), color: categories.map((label, i) => (label === at ? (Array.isArray(lineColour) ? lineColour[i] : lineColour) : MUTED)) } } : {}),
      },
    };
  }) as Data[];
}

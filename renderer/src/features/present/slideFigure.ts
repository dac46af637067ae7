import type { Annotations, Data, Shape } from 'plotly.js';
import type { SlideChart } from '../../../../shared/model/story/deck';
import { ANNOTATION_COLOR, applyDesign, escapeText } from '../chart/design';
import type { PlotlyFigure } from '../chart/usePlotlyFigure';
import { baseLayout, colour, context, type Ctx, type SlideFigureOptions, ticksOf, valueAxis } from './slideFigureBase';
import { slope, slopeLabels } from './slideSlope';

export { THEMES, type SlideFigureOptions } from './slideFigureBase';
export { spread } from './slideSlope';

function bars(c: Ctx, mode: 'single' | 'group' | 'stack'): PlotlyFigure {
  const x = ticksOf(c);
  const stacked = mode === 'stack';
  const data = c.chart.series.map(
    (s, i) =>
      ({
        type: 'bar',
        name: escapeText(s.name),
        x,
        y: s.values,
        text: s.values.map((v) => (stacked && !v ? '' : c.fmt(v))),
        textposition: stacked ? 'inside' : 'outside',
        insidetextanchor: 'middle',
        textfont: { size: Math.round(c.o.fontSize * (stacked ? 0.85 : 1)), color: stacked ? '#ffffff' : c.theme.text },
        cliponaxis: false,
        marker: { color: colour(i) },
        hovertemplate: `%{x}<br>${escapeText(s.name)}: %{text}<extra></extra>`,
      }) as Data,
  );
  const layout = baseLayout(c, {
    barmode: mode === 'single' ? 'group' : mode,
    bargap: 0.3,
    xaxis: { type: 'category' },
    yaxis: valueAxis(c),
  });
  return { data, layout };
}

function lines(c: Ctx): PlotlyFigure {
  const x = ticksOf(c);
  const data = c.chart.series.map(
    (s, i) =>
      ({
        type: 'scatter',
        mode: 'text+lines+markers',
        name: escapeText(s.name),
        x,
        y: s.values,
        text: s.values.map(c.fmt),
        textposition: 'top center',
        textfont: { size: c.o.fontSize, color: colour(i) },
        line: { color: colour(i), width: 4 },
        marker: { color: colour(i), size: Math.round(c.o.fontSize * 0.6) },
        cliponaxis: false,
        connectgaps: true,
      }) as Data,
  );
  return { data, layout: baseLayout(c, { xaxis: { type: 'category' }, yaxis: { ...valueAxis(c), rangemode: c.chart.valueRange ? undefined : 'normal' } }) };
}

function scatter(c: Ctx): PlotlyFigure {
  const names = [...new Set(c.chart.points.map((p) => p.series))];
  const data = names.map((name, i) => {
    const pts = c.chart.points.filter((p) => p.series === name);
    return {
      type: 'scatter',
      mode: 'markers',
      name: escapeText(name ?? c.chart.valueTitle),
      x: pts.map((p) => p.x),
      y: pts.map((p) => p.y),
      marker: { color: colour(i), size: Math.round(c.o.fontSize * 0.5), opacity: 0.75, line: { width: 1, color: c.theme.bg } },
    } as Data;
  });
  const all = c.chart.points.flatMap((p) => [p.x, p.y]);
  const shapes: Partial<Shape>[] = [];
  if (c.chart.diagonal && all.length > 0) {
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    shapes.push({ type: 'line', x0: lo, y0: lo, x1: hi, y1: hi, xref: 'x', yref: 'y', line: { color: c.theme.muted, width: 2, dash: 'dot' }, layer: 'below' });
  }
  // Vertical reference lines (the quadrant's bridge), labelled at the top.
  const notes: Partial<Annotations>[] = [];
  for (const line of c.chart.xLines) {
    shapes.push({ type: 'line', x0: line.value, x1: line.value, y0: 0, y1: 1, xref: 'x', yref: 'paper', line: { color: c.theme.text, width: 2, dash: 'dash' }, layer: 'below' });
    if (line.label) notes.push({ x: line.value, y: 1, xref: 'x', yref: 'paper', text: escapeText(line.label), showarrow: false, xanchor: 'left', yanchor: 'top', font: { size: Math.round(c.o.fontSize * 0.8), color: c.theme.text } });
  }
  // The quadrant's moments in order, each point an arrow to the next (nulmeting → eindmeting); the
  // team's own estimates (a series naming a moment) are a chain of their own.
  if (c.chart.xLines.length > 0) {
    const own = (name: string | null) => names.some((other) => other !== name && other !== null && name !== null && name.includes(other));
    for (const chain of [c.chart.points.filter((p) => !own(p.series)), c.chart.points.filter((p) => own(p.series))]) {
      for (let i = 1; i < chain.length; i++) {
        const [from, to] = [chain[i - 1]!, chain[i]!];
        notes.push({ x: to.x, y: to.y, ax: from.x, ay: from.y, axref: 'x', ayref: 'y', xref: 'x', yref: 'y', text: '', showarrow: true, arrowhead: 2, arrowwidth: 3, arrowcolor: c.theme.text, standoff: 8, startstandoff: 8 });
      }
    }
  }
  const layout = baseLayout(c, { showlegend: names.length > 1, shapes, annotations: notes, yaxis: { ticksuffix: c.chart.unit }, xaxis: { ticksuffix: c.chart.unit } });
  layout.xaxis = { ...layout.xaxis, title: { ...layout.xaxis?.title, text: escapeText(c.chart.xTitle) } };
  if (c.chart.valueRange) layout.yaxis = { ...layout.yaxis, range: [...c.chart.valueRange] };
  // The x axis: its own range, else (start against end on equal axes) the value range.
  const xRange = c.chart.xRange ?? (c.chart.diagonal ? c.chart.valueRange : null);
  if (xRange) layout.xaxis.range = [...xRange];
  return { data, layout };
}

/** A mean with its interval per group, lying: the groups read down, the values across. */
function dotCi(c: Ctx): PlotlyFigure {
  const y = ticksOf(c);
  // One series: a trace per group, so a highlighted group keeps its colour with its interval and the others go grey whole.
  const parts =
    c.chart.series.length === 1
      ? c.chart.categories.map((name, j) => ({ s: c.chart.series[0]!, name, at: [j], colour: colour(0) }))
      : c.chart.series.map((s, i) => ({ s, name: s.name, at: s.values.map((_, j) => j), colour: colour(i) }));
  const data = parts.map(({ s, name, at, colour: col }) => {
    const v = at.map((j) => s.values[j] ?? null);
    const num = v.map((x) => x ?? NaN);
    return {
      type: 'scatter',
      mode: 'text+markers',
      name: escapeText(name),
      legendgroup: escapeText(s.name),
      x: v,
      y: at.map((j) => y[j]),
      text: v.map(c.fmt),
      textposition: 'top center',
      textfont: { size: c.o.fontSize, color: col },
      marker: { color: col, size: Math.round(c.o.fontSize * 0.75) },
      error_x: {
        type: 'data',
        symmetric: false,
        array: at.map((j, k) => (s.high?.[j] == null ? 0 : s.high[j]! - num[k]!)),
        arrayminus: at.map((j, k) => (s.low?.[j] == null ? 0 : num[k]! - s.low[j]!)),
        color: col,
        thickness: 4,
        width: Math.round(c.o.fontSize * 0.5),
      },
      cliponaxis: false,
    } as Data;
  });
  const layout = baseLayout(c, {
    xaxis: {
      ...(c.chart.valueRange ? { range: [...c.chart.valueRange] } : {}),
      ticksuffix: c.chart.unit,
      zeroline: c.chart.zeroLine,
      zerolinewidth: 3,
    },
    yaxis: { type: 'category', categoryorder: 'array', categoryarray: y, autorange: 'reversed' },
  });
  // Lying: the value title goes under the values, the category title beside the groups.
  layout.xaxis = { ...layout.xaxis, title: { ...layout.yaxis?.title, text: escapeText(c.chart.valueTitle) } };
  layout.yaxis = { ...layout.yaxis, title: { ...layout.yaxis?.title, text: escapeText(c.chart.categoryTitle) } };
  return { data, layout };
}

/** Boxes from the engine's quartiles and whiskers (no pupil crosses to draw them). */
function box(c: Ctx): PlotlyFigure {
  const x = ticksOf(c);
  const data = c.chart.series.map(
    (s, i) =>
      ({
        type: 'box',
        name: escapeText(s.name),
        x,
        q1: s.low ?? s.values,
        median: s.values,
        q3: s.high ?? s.values,
        lowerfence: s.min ?? s.low ?? s.values,
        upperfence: s.max ?? s.high ?? s.values,
        boxpoints: false,
        fillcolor: `${colour(i)}55`,
        line: { color: colour(i), width: 3 },
        marker: { color: colour(i) },
      }) as unknown as Data,
  );
  const layout = baseLayout(c, {
    showlegend: false,
    xaxis: { type: 'category' },
    yaxis: { ...(c.chart.valueRange ? { range: [...c.chart.valueRange] } : {}), ticksuffix: c.chart.unit, zeroline: c.chart.zeroLine, zerolinewidth: 3 },
  });
  return { data, layout };
}

/** A matrix (level transitions): a row per series, a column per category, each cell its count. */
function heatmap(c: Ctx): PlotlyFigure {
  const z = c.chart.series.map((s) => s.values);
  const data: Data[] = [
    {
      type: 'heatmap',
      x: c.chart.categories.map(escapeText),
      y: c.chart.series.map((s) => escapeText(s.name)),
      z,
      text: z.map((row) => row.map(c.fmt)),
      texttemplate: '%{text}',
      textfont: { size: c.o.fontSize },
      colorscale: 'Blues',
      reversescale: false,
      showscale: false,
      hovertemplate: '%{y} → %{x}: %{text}<extra></extra>',
      xgap: 2,
      ygap: 2,
    } as unknown as Data,
  ];
  const layout = baseLayout(c, {
    showlegend: false,
    xaxis: { type: 'category', side: 'top', showgrid: false },
    yaxis: { type: 'category', autorange: 'reversed', showgrid: false },
  });
  return { data, layout };
}

function drawn(c: Ctx): PlotlyFigure {
  switch (c.chart.kind) {
    case 'bar':
      return bars(c, 'single');
    case 'groupedBar':
      return bars(c, 'group');
    case 'stackedBar':
      return bars(c, 'stack');
    case 'line':
      return lines(c);
    case 'slope':
      return slope(c);
    case 'scatter':
      return scatter(c);
    case 'dotCi':
      return dotCi(c);
    case 'box':
      return box(c);
    case 'heatmap':
      return heatmap(c);
  }
}

/** On a dark slide, what the design draws in near-black (lines, arrows) is drawn in the text colour. */
function lighten(figure: PlotlyFigure, text: string): PlotlyFigure {
  const shapes = (figure.layout.shapes ?? []).map((s) => (s.line?.color === ANNOTATION_COLOR ? { ...s, line: { ...s.line, color: text } } : s));
  // Dark text and the white label backing are for a light chart: on the dark theme, light text on nothing.
  const annotations = (figure.layout.annotations ?? []).map((a: Partial<Annotations>) => ({
    ...a,
    ...(a.arrowcolor === ANNOTATION_COLOR ? { arrowcolor: text } : {}),
    ...(a.font?.color === ANNOTATION_COLOR ? { font: { ...a.font, color: text } } : {}),
    ...(a.bgcolor === 'rgba(255, 255, 255, 0.8)' ? { bgcolor: 'rgba(0, 0, 0, 0)' } : {}),
  }));
  return { data: figure.data, layout: { ...figure.layout, shapes, annotations } };
}

/**
 * A slide's chart (deck.ts: SlideChart) as a plotly figure for the projector: large type, thick
 * lines, values written on the marks and n on the categories, in a light (dark text on white) or
 * dark (light text on dark) theme. The view's design (reference lines and bands, callouts, the
 * highlight, the palette) goes on through the screen's own `applyDesign`. Pure.
 */
export function slideFigure(chart: SlideChart, options: SlideFigureOptions): PlotlyFigure {
  const c = context(chart, options);
  const figure = drawn(c);
  if (chart.kind === 'heatmap') return figure;
  const only = chart.series.length === 1 ? chart.series[0] : undefined;
  const indexOf = (category: string) => chart.categories.indexOf(category);
  const designed = applyDesign(
    figure,
    { annotations: chart.annotations, highlight: chart.highlight, palette: chart.palette },
    {
      valueAxis: chart.kind === 'dotCi' ? 'x' : 'y',
      locale: options.locale,
      theme: 'projector',
      ...(chart.kind === 'scatter'
        ? {}
        : {
            categoryAt: (category: string) => (indexOf(category) < 0 ? null : chart.kind === 'slope' ? escapeText(category) : c.tick(indexOf(category))),
            valueAt: (category: string) => (only && indexOf(category) >= 0 ? (only.high?.[indexOf(category)] ?? only.values[indexOf(category)] ?? null) : null),
          }),
    },
  );
  // The design's labels in the slide's type size (applyDesign's own is for a screen of fixed size).
  const labelSize = Math.round(options.fontSize * 0.9);
  const annotations = (designed.layout.annotations ?? []).map((a) => ({ ...a, font: { ...a.font, size: labelSize } }));
  // Labels in the right margin (lines and bands): the margin widened for them at this size.
  const marginText = annotations.filter((a) => a.xref === 'paper' && a.x === 1 && a.xanchor === 'left').flatMap((a) => String(a.text ?? '').split('<br>'));
  const longest = Math.max(0, ...marginText.map((t) => t.length));
  const right = Math.max(designed.layout.margin?.r ?? 0, longest > 0 ? 16 + Math.ceil(longest * labelSize * 0.6) : 0);
  const sized = { ...designed, layout: { ...designed.layout, annotations, margin: { ...designed.layout.margin, r: right } } };
  const labelled = chart.kind === 'slope' ? slopeLabels(sized, c) : sized;
  return options.theme === 'dark' ? lighten(labelled, c.theme.text) : labelled;
}

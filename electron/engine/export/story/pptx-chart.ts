import type PptxGenJS from 'pptxgenjs';
import type { Locale } from '../../../../shared/i18n/index';
import type { Callout } from '../../../../shared/model/annotation';
import type { SlideChart, SlideChartKind } from '../../../../shared/model/story/deck';
import {
  drawBands,
  drawCallouts,
  drawDiagonal,
  drawEdgeLabels,
  drawLines,
  drawMomentArrows,
  drawXLineLabels,
  drawXLines,
  edgeLabels,
  edgeLabelWidth,
  MARKER_RADIUS,
  momentArrows,
  type PlacedCallout,
} from './pptx-annotations';
import { momentChains } from './scatter-moments';
import { layoutOf, plotOf, tickDecimals, valueAtCategory, valueScale, xScale, type Box, type Plot } from './pptx-plot';
import { FONT, formatNumber, GREY, INK, MUTED, numberFormat, RULE, seriesColours, SMALL_PT, type Words } from './pptx-style';

/**
 * A slide chart as PowerPoint's own, editable chart with its data (bar, grouped and stacked bars,
 * line, slope, scatter), drawn with pptxgenjs; the design (palette, highlight, reference lines,
 * bands, callouts) on top of it. What pptxgenjs cannot write correctly is left to pptx-package.ts,
 * told by the `ChartPatch` returned here.
 */

export const NATIVE_KINDS: ReadonlySet<SlideChartKind> = new Set(['bar', 'groupedBar', 'stackedBar', 'line', 'scatter', 'slope']);

export interface ChartPatch {
  /** The values the embedded workbook's sheet must hold, by column (1 = A), from row 2 on. */
  columns: Map<number, (number | null)[]>;
  /** Per series, `c:dPt` elements to insert (a highlighted category); null: none. */
  dataPoints: string[] | null;
}

export interface NativeChart {
  patch: ChartPatch;
  /** Callouts whose target the chart does not show: said in the speaker notes instead. */
  unplaced: Callout[];
}

/** A label as the chart shows it (pptxgenjs drops empty labels from the workbook's strings, shifting the others). */
function labelOf(text: string): string {
  return text.trim() === '' ? '—' : text;
}

/** Series names as a workbook's table needs them: none empty, none twice. */
function uniqueNames(names: string[], words: Words): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    const base = raw.trim() === '' ? words('series', { n: i + 1 }) : raw;
    let name = base;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base} (${k})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** Whether a category or series is the one an annotation names: the same text, or that text with its n (`1C (n = 20)`). */
export function sameLabel(label: string, target: string): boolean {
  const a = label.replace(/\s+/g, ' ').trim();
  const b = target.replace(/\s+/g, ' ').trim();
  return a === b || a.startsWith(`${b} (`);
}

function barPoint(index: number, colour: string): string {
  return `<c:dPt><c:idx val="${index}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:dPt>`;
}

function markerPoint(index: number, colour: string): string {
  const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  return `<c:dPt><c:idx val="${index}"/><c:marker><c:symbol val="circle"/><c:size val="9"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker><c:bubble3D val="0"/></c:dPt>`;
}

interface Prepared {
  type: 'bar' | 'line' | 'scatter';
  data: PptxGenJS.OptsChartData[];
  names: string[];
  colours: string[];
  dataPoints: string[] | null;
  columns: Map<number, (number | null)[]>;
}

function prepareCategories(chart: SlideChart, words: Words): Prepared | null {
  const labels = chart.categories.map(labelOf);
  const series = chart.series.filter((s) => s.values.some((v) => v !== null));
  if (labels.length === 0 || series.length === 0) return null;
  const names = uniqueNames(chart.series.map((s) => s.name), words);
  const values = chart.series.map((s) => labels.map((_, j) => s.values[j] ?? null));
  const bars = chart.kind === 'bar' || chart.kind === 'groupedBar' || chart.kind === 'stackedBar';
  let colours = seriesColours(chart.palette, names.length);
  let dataPoints: string[] | null = null;
  if (chart.highlight !== null) {
    const series = names.length > 1 ? names.findIndex((n) => sameLabel(n, chart.highlight!)) : -1;
    const category = labels.findIndex((c) => sameLabel(c, chart.highlight!));
    if (series >= 0) colours = colours.map((c, i) => (i === series ? c : GREY));
    else if (category >= 0) {
      const point = bars ? barPoint : markerPoint;
      dataPoints = names.map(() => labels.map((_, j) => (j === category ? '' : point(j, GREY))).join(''));
    }
  }
  return {
    type: bars ? 'bar' : 'line',
    // pptxgenjs's types say number[]; it writes null as an empty point, which pptx-package.ts removes (a gap).
    data: names.map((name, i) => ({ name, labels, values: values[i] as unknown as number[] })),
    names,
    colours,
    dataPoints,
    columns: new Map(values.map((v, i) => [i + 2, v])),
  };
}

function prepareScatter(chart: SlideChart, words: Words): Prepared | null {
  if (chart.points.length === 0) return null;
  const groups = [...new Set(chart.points.map((p) => p.series))];
  const names = uniqueNames(
    groups.map((g) => g ?? (chart.valueTitle || words('pupils'))),
    words,
  );
  const xs = chart.points.map((p) => p.x);
  const ys = groups.map((g) => chart.points.map((p) => (p.series === g ? p.y : null)));
  let colours = seriesColours(chart.palette, names.length);
  const hit = chart.highlight !== null && names.length > 1 ? names.findIndex((n) => sameLabel(n, chart.highlight!)) : -1;
  if (hit >= 0) colours = colours.map((c, i) => (i === hit ? c : GREY));
  return {
    type: 'scatter',
    data: [{ name: chart.xTitle || 'X', values: xs }, ...names.map((name, i) => ({ name, values: ys[i] as unknown as number[] }))],
    names,
    colours,
    dataPoints: null,
    columns: new Map<number, (number | null)[]>([[1, xs], ...ys.map((v, i): [number, (number | null)[]] => [i + 2, v])]),
  };
}

/** Whether value labels fit on the bars or above the points: each label no wider than its bar or slot. */
function showValues(chart: SlideChart, prepared: Prepared, plot: Plot, locale: Locale): boolean {
  if (chart.kind === 'scatter' || chart.kind === 'stackedBar') return false;
  const texts = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null).map((v) => `${formatNumber(v, chart.decimals, locale)}${chart.unit}`));
  const widest = Math.max(0, ...texts.map((t) => t.length)) * (SMALL_PT / 72) * 0.58 + 0.08;
  const slot = plot.area.w / Math.max(1, chart.categories.length);
  if (prepared.type === 'bar') return slot / (prepared.names.length + 0.6) >= widest;
  return prepared.names.length <= 2 && slot >= widest && chart.categories.length <= 10;
}

function axisText(colour: string): Partial<PptxGenJS.IChartOpts> {
  return {
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: SMALL_PT,
    catAxisLabelColor: colour,
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: SMALL_PT,
    valAxisLabelColor: colour,
    catAxisTitleFontFace: FONT,
    catAxisTitleFontSize: SMALL_PT,
    catAxisTitleColor: colour,
    valAxisTitleFontFace: FONT,
    valAxisTitleFontSize: SMALL_PT,
    valAxisTitleColor: colour,
    legendFontFace: FONT,
    legendFontSize: SMALL_PT,
    legendColor: INK,
    dataLabelFontFace: FONT,
    dataLabelFontSize: SMALL_PT,
    dataLabelColor: INK,
  };
}

/**
 * Adds the chart to the slide within `frame`, with its annotations; null when there is nothing to
 * draw (no categories, no series, every value missing, no points), and the caller says so instead.
 */
export function addNativeChart(
  slide: PptxGenJS.Slide,
  chart: SlideChart,
  frame: Box,
  alt: string,
  locale: Locale,
  words: Words,
): NativeChart | null {
  const prepared = chart.kind === 'scatter' ? prepareScatter(chart, words) : prepareCategories(chart, words);
  if (prepared === null) return null;

  const callouts = chart.annotations.filter((a): a is Callout => a.kind === 'callout');
  const placed: PlacedCallout[] = [];
  const unplaced: Callout[] = [];
  for (const callout of callouts) {
    const index = chart.kind === 'scatter' ? -1 : chart.categories.findIndex((c) => sameLabel(c, callout.target));
    let at: { index: number; value: number | null } | null = index >= 0 ? { index, value: valueAtCategory(chart, index) } : null;
    if (at === null && (chart.kind === 'slope' || chart.kind === 'line')) {
      // A slope or trend names its groups as series: point at the series' last value.
      const s = chart.series.findIndex((series) => sameLabel(series.name, callout.target));
      const last = s >= 0 ? chart.series[s]!.values.reduce<number>((found, v, j) => (v === null ? found : j), -1) : -1;
      if (last >= 0) at = { index: last, value: chart.series[s]!.values[last]! };
    }
    if (at === null) unplaced.push(callout);
    else placed.push({ ...at, text: callout.text, clearance: 0 });
  }

  const value = valueScale(chart, placed.map((c) => c.value).filter((v): v is number => v !== null));
  const x = chart.kind === 'scatter' ? xScale(chart, value) : null;
  const labels = edgeLabels(chart, locale);
  const labelWidth = edgeLabelWidth(labels);
  const plot = plotOf(chart, frame, value, x, prepared.names, locale, labelWidth);
  const format = numberFormat(chart.decimals, chart.unit);
  const ticks = numberFormat(Math.max(tickDecimals(value), x ? tickDecimals(x) : 0), chart.unit);
  const lang = locale === 'en' ? 'en-US' : 'nl-BE';
  const values = showValues(chart, prepared, plot, locale);
  // A value label sits above the bar or point: the callout's arrow stops above it.
  if (values) for (const c of placed) c.clearance = (SMALL_PT / 72) * 1.3;

  const options: PptxGenJS.IChartOpts = {
    ...frame,
    altText: alt,
    layout: layoutOf(plot),
    chartColors: prepared.colours,
    chartArea: { roundedCorners: false },
    lang,
    displayBlanksAs: 'gap',
    ...axisText(MUTED),
    valAxisMinVal: value.min,
    valAxisMaxVal: value.max,
    valAxisMajorUnit: value.step,
    valAxisLabelFormatCode: ticks,
    valLabelFormatCode: format,
    dataLabelFormatCode: format,
    valGridLine: { color: 'E3E3E3', size: 1 },
    catGridLine: { style: 'none' },
    valAxisLineShow: false,
    catAxisLineColor: RULE,
    showValAxisTitle: chart.valueTitle !== '',
    valAxisTitle: chart.valueTitle,
    showCatAxisTitle: (chart.kind === 'scatter' ? chart.xTitle : chart.categoryTitle) !== '',
    catAxisTitle: chart.kind === 'scatter' ? chart.xTitle : chart.categoryTitle,
    showLegend: plot.legend !== null,
    ...(plot.legend ? { legendPos: plot.legend } : {}),
    showValue: values,
  };
  if (prepared.type === 'bar') {
    Object.assign(options, {
      barDir: 'col',
      barGrouping: chart.kind === 'stackedBar' ? 'stacked' : 'clustered',
      barGapWidthPct: prepared.names.length > 1 ? 80 : 60,
      ...(values ? { dataLabelPosition: 'outEnd' } : {}),
    });
  } else if (prepared.type === 'line') {
    Object.assign(options, { lineSize: 3, lineDataSymbol: 'circle', lineDataSymbolSize: 9, ...(values ? { dataLabelPosition: 't' } : {}) });
  } else {
    Object.assign(options, {
      lineSize: 0,
      lineDataSymbol: 'circle',
      // A quadrant's few moments are larger than a crowd of pupils.
      lineDataSymbolSize: momentChains(chart).length > 0 ? Math.round(MARKER_RADIUS * 2 * 72) : 9,
      catAxisMinVal: x!.min,
      catAxisMaxVal: x!.max,
      catAxisMajorUnit: x!.step,
      catGridLine: { color: 'E3E3E3', size: 1 },
    });
  }

  drawBands(slide, plot, chart);
  slide.addChart(prepared.type, prepared.data, options);
  if (chart.kind === 'scatter' && chart.diagonal) drawDiagonal(slide, plot);
  drawLines(slide, plot, chart);
  drawXLines(slide, plot, chart);
  const arrows = chart.kind === 'scatter' ? momentArrows(plot, chart) : [];
  drawMomentArrows(slide, arrows);
  drawEdgeLabels(slide, plot, labels, labelWidth, lang);
  drawXLineLabels(slide, plot, chart, arrows, lang);
  drawCallouts(slide, plot, placed, lang);
  return { patch: { columns: prepared.columns, dataPoints: prepared.dataPoints }, unplaced };
}

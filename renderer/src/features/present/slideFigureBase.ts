import type { Layout } from 'plotly.js';
import type { Locale } from '../../../../shared/i18n/index';
import type { SlideChart } from '../../../../shared/model/story/deck';
import { formatCount, formatNumber } from '../../format/format';
import { escapeText, OKABE_ITO_HEX } from '../chart/design';
import { FONT_FAMILY, separatorsFor } from '../chart/figure';

/** What every kind of slide figure shares (slideFigure.ts): the options, the themes, the words and the base layout. */
export interface SlideFigureOptions {
  locale: Locale;
  theme: 'light' | 'dark';
  /** The base font size in px; the slide's size decides it (about 2.2% of its height). */
  fontSize: number;
}

export const THEMES = {
  light: { text: '#1f2933', muted: '#52606d', grid: '#d5dbe1', bg: '#ffffff' },
  dark: { text: '#f5f7fa', muted: '#cbd2d9', grid: '#3e4c59', bg: '#14191f' },
} as const;

/** The palette without its black, which vanishes on a dark slide and is the text colour on a light one. */
const COLOURS = OKABE_ITO_HEX.slice(0, 6);
export const colour = (i: number) => COLOURS[i % COLOURS.length]!;

export interface Ctx {
  chart: SlideChart;
  o: SlideFigureOptions;
  theme: (typeof THEMES)['light' | 'dark'];
  /** A value as the slide writes it: the chart's decimals, the locale's decimal sign, the unit. */
  fmt(value: number | null | undefined): string;
  /** A category's tick: with its n underneath when one series gives it. */
  tick(i: number): string;
}

export function context(chart: SlideChart, o: SlideFigureOptions): Ctx {
  const theme = THEMES[o.theme];
  const only = chart.series.length === 1 ? chart.series[0] : undefined;
  const small = Math.round(o.fontSize * 0.8);
  return {
    chart,
    o,
    theme,
    fmt: (v) => (v === null || v === undefined || !Number.isFinite(v) ? '' : `${formatNumber(v, o.locale, chart.decimals, chart.decimals)}${chart.unit}`),
    tick(i) {
      const name = escapeText(chart.categories[i] ?? '');
      const n = only?.n?.[i];
      return n === null || n === undefined ? name : `${name}<br><span style="font-size:${small}px">n = ${formatCount(n, o.locale)}</span>`;
    },
  };
}

export const ticksOf = (c: Ctx) => c.chart.categories.map((_, i) => c.tick(i));

/** Fonts, colours, margins and axes every kind shares. */
export function baseLayout(c: Ctx, extra: Partial<Layout>): Partial<Layout> {
  const { fontSize } = c.o;
  const axis = (title: string) => ({
    title: { text: escapeText(title), font: { size: fontSize, color: c.theme.muted } },
    tickfont: { size: Math.round(fontSize * 0.9), color: c.theme.text },
    gridcolor: c.theme.grid,
    linecolor: c.theme.muted,
    zerolinecolor: c.theme.muted,
    automargin: true,
  });
  return {
    separators: separatorsFor(c.o.locale),
    font: { family: FONT_FAMILY, size: fontSize, color: c.theme.text },
    paper_bgcolor: c.theme.bg,
    plot_bgcolor: c.theme.bg,
    margin: { t: Math.round(fontSize * 1.6), r: Math.round(fontSize * 1.5), b: Math.round(fontSize * 1.5), l: Math.round(fontSize * 1.5) },
    showlegend: c.chart.series.length > 1,
    legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom', font: { size: fontSize, color: c.theme.text } },
    hoverlabel: { font: { family: FONT_FAMILY, size: fontSize } },
    ...extra,
    xaxis: { ...axis(c.chart.categoryTitle), ...extra.xaxis },
    yaxis: { ...axis(c.chart.valueTitle), ...extra.yaxis },
  };
}

export function valueAxis(c: Ctx): Partial<Layout['yaxis']> {
  return {
    ...(c.chart.valueRange ? { range: [...c.chart.valueRange] } : { rangemode: 'tozero' as const }),
    ticksuffix: c.chart.unit,
  };
}


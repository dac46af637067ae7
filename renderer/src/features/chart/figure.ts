import type { Data, Layout } from 'plotly.js';
import type { Locale } from '../../../../shared/i18n/index';
import type { ChartSpec, GroupSummary, GroupSummaryRow } from '../../../../shared/model/view';
import { formatNumber } from '../../format/format';
import { OKABE_ITO_HEX } from './design';
import { safeFileName } from '../../format/fileName';

/** Words the figure needs, already translated. */
export interface FigureWords {
  xTitle: string;
  yTitle: string;
  /** Label for the group of rows without a value. */
  emptyGroup: string;
  /** `n = 12` for one bar. */
  nLabel(n: number): string;
  /** The text alternative: the chart's kind and axes, then one item per group (`1A: 23,5 (n = 18)`). */
  alt(type: ChartSpec['type'], items: string): string;
}

/** Plotly's `separators`: the decimal mark, then the thousands mark. */
export function separatorsFor(locale: Locale): string {
  return locale === 'en' ? '.,' : ',.';
}

/** The plain chart's colour: the first of the palette (design.ts maps it onto the view's palette). */
export const BAR_COLOR = OKABE_ITO_HEX[0];
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Decimals of the plain chart's values: the spec's, else 1 for a mean; counts are whole. */
export function chartDecimals(chart: ChartSpec): number {
  return chart.aggregate === 'count' ? 0 : (chart.decimals ?? 1);
}

/** A group's n as the chart shows it: rows with a value for a mean, all rows for a count. */
export function rowN(chart: ChartSpec, row: GroupSummaryRow): number {
  return chart.aggregate === 'mean' ? row.nValid : row.n;
}

/** The groups in the order the spec asks: as given, by value (groups without one last), or by name. */
export function sortedRows(summary: GroupSummary): GroupSummaryRow[] {
  const rows = [...summary.rows];
  const sort = summary.chart.sort ?? 'natural';
  if (sort === 'natural') return rows;
  if (sort === 'label') {
    const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
    return rows.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : collator.compare(a.key, b.key)));
  }
  const sign = sort === 'valueDesc' ? -1 : 1;
  return rows.sort((a, b) => (a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : sign * (a.value - b.value)));
}

/** A group's name on the chart. */
export function rowName(row: GroupSummaryRow, words: Pick<FigureWords, 'emptyGroup'>): string {
  return row.key === null ? words.emptyGroup : row.key;
}

/**
 * A bar chart (or a line through the groups) of a group summary: one bar per group, its value
 * and n written on it and in the hover, so nobody reads a mean of three pupils as if it were a
 * mean of thirty. The groups come in the spec's order, the values with its decimals.
 */
export function barFigure(summary: GroupSummary, words: FigureWords, locale: Locale): { data: Data[]; layout: Partial<Layout> } {
  const chart = summary.chart;
  const rows = sortedRows(summary);
  const decimals = chartDecimals(chart);
  const x = rows.map((r) => rowName(r, words));
  const y = rows.map((r) => r.value);
  const n = rows.map((r) => rowN(chart, r));
  const valueFormat = `:,.${decimals}f`;
  const line = chart.type === 'line';
  // A count is its own n: written once.
  const text = rows.map((r, i) => (r.value === null || chart.aggregate === 'count' ? words.nLabel(n[i]!) : `${formatNumber(r.value, locale, decimals, decimals)}<br>${words.nLabel(n[i]!)}`));
  const data: Data[] = [
    {
      type: line ? 'scatter' : 'bar',
      ...(line ? { mode: 'lines+markers+text', line: { color: BAR_COLOR, width: 3 }, marker: { color: BAR_COLOR, size: 10 }, textposition: 'top center' } : { marker: { color: BAR_COLOR }, textposition: 'outside' }),
      x,
      y,
      text,
      cliponaxis: false,
      customdata: n,
      hovertemplate: `<b>%{x}</b><br>${escapeTemplate(words.yTitle)}: %{y${valueFormat}}<br>n = %{customdata}<extra></extra>`,
    } as Data,
  ];
  const layout: Partial<Layout> = {
    separators: separatorsFor(locale),
    font: { family: FONT_FAMILY, size: 14, color: '#1f2933' },
    margin: { t: 30, r: 20, b: 70, l: 70 },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    xaxis: { title: { text: words.xTitle }, type: 'category', categoryorder: 'array', categoryarray: x, automargin: true },
    yaxis: { title: { text: words.yTitle }, rangemode: 'tozero', automargin: true, gridcolor: '#e4e7eb' },
    bargap: 0.35,
    showlegend: false,
  };
  return { data, layout };
}

/** The chart's text alternative, made from its figures in the order shown. */
export function chartAlt(summary: GroupSummary, words: FigureWords, locale: Locale): string {
  const decimals = chartDecimals(summary.chart);
  const items = sortedRows(summary).map((r) => `${rowName(r, words)}: ${r.value === null ? '—' : formatNumber(r.value, locale, decimals, decimals)} (${words.nLabel(rowN(summary.chart, r))})`);
  return words.alt(summary.chart.type, items.join('; '));
}

/** Plotly templates treat `%{…}` as placeholders: keep a column name literal. */
function escapeTemplate(text: string): string {
  return text.replace(/%\{/g, '%\u200b{');
}

/** Groups under this size get a caution (DOMAIN: widen the caution below ~10). */
export const SMALL_GROUP = 10;

export function smallGroups(summary: GroupSummary): number {
  return summary.rows.filter((r) => rowN(summary.chart, r) < SMALL_GROUP).length;
}

/** A file name for an exported chart: letters, digits, spaces, dashes only. */
export function exportFileName(title: string, ext: 'png' | 'svg'): string {
  return safeFileName(title, 'grafiek', ext);
}

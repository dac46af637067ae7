import type { Data, Layout } from 'plotly.js';
import type { Locale } from '../../../../shared/i18n/index';
import type { GroupSummary } from '../../../../shared/model/view';

/** Words the figure needs, already translated. */
export interface FigureWords {
  xTitle: string;
  yTitle: string;
  /** Label for the group of rows without a value. */
  emptyGroup: string;
  /** `n = 12` for one bar. */
  nLabel(n: number): string;
}

/** Plotly's `separators`: the decimal mark, then the thousands mark. */
export function separatorsFor(locale: Locale): string {
  return locale === 'en' ? '.,' : ',.';
}

export const BAR_COLOR = '#2f6690';
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * A bar chart of a group summary: one bar per group, n written on each bar and in the
 * hover, so nobody reads a mean of three pupils as if it were a mean of thirty.
 */
export function barFigure(summary: GroupSummary, words: FigureWords, locale: Locale): { data: Data[]; layout: Partial<Layout> } {
  const isMean = summary.chart.aggregate === 'mean';
  const x = summary.rows.map((r) => (r.key === null ? words.emptyGroup : r.key));
  const y = summary.rows.map((r) => r.value);
  const n = summary.rows.map((r) => (isMean ? r.nValid : r.n));
  const valueFormat = isMean ? ':.1f' : ':,d';
  const data: Data[] = [
    {
      type: 'bar',
      x,
      y,
      text: n.map((v) => words.nLabel(v)),
      textposition: 'outside',
      cliponaxis: false,
      customdata: n,
      hovertemplate: `<b>%{x}</b><br>${escapeTemplate(words.yTitle)}: %{y${valueFormat}}<br>n = %{customdata}<extra></extra>`,
      marker: { color: BAR_COLOR },
    } as Data,
  ];
  const layout: Partial<Layout> = {
    separators: separatorsFor(locale),
    font: { family: FONT_FAMILY, size: 14, color: '#1f2933' },
    margin: { t: 30, r: 20, b: 70, l: 70 },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    xaxis: { title: { text: words.xTitle }, type: 'category', automargin: true },
    yaxis: { title: { text: words.yTitle }, rangemode: 'tozero', automargin: true, gridcolor: '#e4e7eb' },
    bargap: 0.35,
    showlegend: false,
  };
  return { data, layout };
}

/** Plotly templates treat `%{…}` as placeholders: keep a column name literal. */
function escapeTemplate(text: string): string {
  return text.replace(/%\{/g, '%\u200b{');
}

/** Groups under this size get a caution (DOMAIN: widen the caution below ~10). */
export const SMALL_GROUP = 10;

export function smallGroups(summary: GroupSummary): number {
  return summary.rows.filter((r) => (summary.chart.aggregate === 'mean' ? r.nValid : r.n) < SMALL_GROUP).length;
}

/** A file name for an exported chart: letters, digits, spaces, dashes only. */
export function exportFileName(title: string, ext: 'png' | 'svg'): string {
  const base = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]/g, '')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || 'grafiek'}.${ext}`;
}

import type { Data } from 'plotly.js';
import type { GainResult, TrendPoint } from '../../../../../shared/model/analysis/gain';
import { SMALL_GROUP } from '../../../../../shared/model/analysis/gain';
import { baseLayout, GRID, groupColor, groupName, groupTick, type GainFigure, literal, paddedRange, rgba } from './common';
import type { GainWords } from './words';

interface Series {
  key: string | null;
  name: string;
  index: number;
  n: number;
  points: (TrendPoint & { mean: number })[];
}

/** The trend's series: a group's points in the order of the moments; suppressed groups (no means) left out. */
export function trendSeries(result: GainResult, words: GainWords): Series[] {
  const grouped = result.analysis.groupBy !== null;
  const order = result.analysis.moments.map((m) => m.label);
  const keys: (string | null)[] = [];
  for (const p of result.trend) if (!keys.includes(p.group)) keys.push(p.group);
  return keys.flatMap((key) => {
    const points = result.trend
      .filter((p): p is TrendPoint & { mean: number } => p.group === key && p.mean !== null)
      .sort((a, b) => order.indexOf(a.moment) - order.indexOf(b.moment));
    if (points.length === 0) return [];
    const index = grouped ? Math.max(0, result.groups.findIndex((g) => g.key === key)) : 0;
    return [{ key, name: grouped ? groupName(key, words) : words.overall, index, n: points[0]!.n, points }];
  });
}

/**
 * The groups the trend does not show (privacy): those whose pupils with a score at every moment
 * are too few; they may differ from the groups the pairs suppress.
 */
export function trendHidden(result: GainResult, words: GainWords): string[] {
  const shown = new Set(result.trend.filter((p) => p.mean !== null).map((p) => p.group));
  return [...new Set(result.trend.map((p) => p.group))].filter((key) => !shown.has(key)).map((key) => (result.analysis.groupBy === null ? words.overall : groupName(key, words)));
}

/**
 * The trend over three moments or more: per group a line through its means, a band for the 95%
 * CI, the legend naming each group with its n (the pupils with a score at every moment). Null
 * when there is no trend (two moments).
 */
export function trendFigure(result: GainResult, words: GainWords): GainFigure | null {
  if (result.trend.length === 0) return null;
  const series = trendSeries(result, words);
  const data: Data[] = series.flatMap((s) => {
    const color = groupColor(s.index);
    const small = s.n < SMALL_GROUP;
    const x = s.points.map((p) => p.moment);
    const withCi = s.points.filter((p) => p.ci95 !== null);
    const band: Data[] =
      withCi.length === s.points.length && s.points.length > 1
        ? [
            {
              type: 'scatter',
              mode: 'lines',
              x: [...x, ...[...x].reverse()],
              y: [...s.points.map((p) => p.ci95![1]), ...[...s.points].reverse().map((p) => p.ci95![0])],
              fill: 'toself',
              fillcolor: rgba(color, 0.15),
              line: { width: 0, color: rgba(color, 0) },
              hoverinfo: 'skip',
              showlegend: false,
              legendgroup: s.name,
            } as Data,
          ]
        : [];
    return [
      ...band,
      {
        type: 'scatter',
        mode: 'lines+markers',
        name: groupTick(s.name, s.n, small, words),
        legendgroup: s.name,
        x,
        y: s.points.map((p) => p.mean),
        line: { color, width: 3, dash: small ? 'dash' : 'solid' },
        marker: { size: 9, color },
        customdata: s.points.map((p) => (p.ci95 ? words.t('ui.gain.figures.ciRange', { low: words.num(p.ci95[0]), high: words.num(p.ci95[1]) }) : '')),
        hovertemplate: `<b>${literal(s.name)}</b> (n = ${words.count(s.n)})<br>%{x}: %{y:.1f}<br>95%: %{customdata}<extra></extra>`,
      } as Data,
    ];
  });
  const [lo, hi] = paddedRange(series.flatMap((s) => s.points.flatMap((p) => (p.ci95 ? [p.ci95[0], p.ci95[1]] : [p.mean]))));
  const hidden = trendHidden(result, words);
  const notes = hidden.length > 0 ? [words.t('ui.gain.chart.suppressedNote', { k: result.analysis.minGroup, groups: hidden.join(', ') })] : [];
  const layout = baseLayout(words, notes, {
    showlegend: true,
    legend: { orientation: 'v', x: 1.02, xanchor: 'left', y: 1, yanchor: 'top', font: { size: 13 } },
    xaxis: {
      type: 'category',
      categoryorder: 'array',
      categoryarray: result.analysis.moments.map((m) => m.label),
      title: { text: words.t('ui.gain.chart.axisMoment') },
      showgrid: false,
      automargin: true,
    },
    yaxis: { title: { text: words.meanAxis }, range: [lo, hi], gridcolor: GRID, automargin: true },
  });
  const items = series.map((s) =>
    words.t('ui.gain.chart.alt.trendItem', {
      name: s.name,
      n: words.count(s.n),
      values: s.points.map((p) => words.t('ui.gain.chart.alt.trendValue', { moment: p.moment, mean: words.num(p.mean) })).join(', '),
    }),
  );
  const alt =
    words.t('ui.gain.chart.alt.trend', { group: words.groupTitle, items: items.join('; ') }) +
    (hidden.length > 0 ? ` ${words.t('ui.gain.chart.alt.suppressed', { groups: hidden.join(', ') })}` : '');
  return { data, layout, alt };
}

import type { Data } from 'plotly.js';
import type { GainPoint, GainResult } from '../../../../../shared/model/analysis/gain';
import { baseLayout, GRID, groupColor, groupName, groupTick, type GainFigure, NEUTRAL, paddedRange, suppressedAlt, suppressedNote, TEXT } from './common';
import type { GainWords } from './words';

/**
 * Start score against end score, a dot per pupil coloured by group (the legend names each group
 * with its n), the diagonal of no change, and the regression line of expected growth when the
 * analysis computed it. The engine sends no pupil of a suppressed group; a note says which.
 */
export function scatterFigure(result: GainResult, words: GainWords): GainFigure {
  const grouped = result.analysis.groupBy !== null;
  const byGroup = new Map<string | null, GainPoint[]>();
  for (const p of result.points) {
    const key = grouped ? p[0] : null;
    const list = byGroup.get(key);
    if (list) list.push(p);
    else byGroup.set(key, [p]);
  }
  const keys = grouped ? result.groups.map((g) => g.key).filter((k) => byGroup.has(k)) : byGroup.size > 0 ? [null] : [];
  const data: Data[] = keys.map((key) => {
    const points = byGroup.get(key)!;
    const index = grouped ? result.groups.findIndex((g) => g.key === key) : 0;
    const group = grouped ? result.groups[index] : undefined;
    const name = grouped ? groupName(key, words) : words.overall;
    // n of the group's pairs (the points may be a sample of them).
    const n = group?.figures?.n ?? (grouped ? points.length : (result.overall.figures?.n ?? points.length));
    const small = group?.small ?? result.overall.small;
    return {
      type: 'scatter',
      mode: 'markers',
      name: groupTick(name, n, small, words),
      x: points.map((p) => p[1]),
      y: points.map((p) => p[2]),
      marker: { size: 8, color: groupColor(index), opacity: 0.75, symbol: small ? 'circle-open' : 'circle' },
      // A score of 0 or 100 sits on the edge of the range: drawn whole.
      cliponaxis: false,
      hovertemplate: `${words.scoreAxis(words.from)}: %{x:.1f}<br>${words.scoreAxis(words.to)}: %{y:.1f}<extra>${name}</extra>`,
    } as Data;
  });

  const [lo, hi] = scoreRange(result);
  data.push({
    type: 'scatter',
    mode: 'lines',
    name: words.t('ui.gain.chart.noChange'),
    x: [lo, hi],
    y: [lo, hi],
    line: { color: NEUTRAL, width: 2, dash: 'dot' },
    hoverinfo: 'skip',
  } as Data);
  const model = result.expected?.model ?? null;
  if (model) {
    data.push({
      type: 'scatter',
      mode: 'lines',
      name: words.t('ui.gain.chart.regression'),
      x: [lo, hi],
      y: [model.intercept + model.slope * lo, model.intercept + model.slope * hi],
      line: { color: TEXT, width: 2 },
      hoverinfo: 'skip',
    } as Data);
  }

  const total = result.points.length;
  const notes = suppressedNote(result, words);
  const shownN = grouped ? result.groups.reduce((sum, g) => sum + (g.suppressed ? 0 : (g.figures?.n ?? 0)), 0) : (result.overall.figures?.n ?? total);
  if (result.pointsSampled) notes.push(words.t('ui.gain.chart.sampledNote', { shown: words.count(total), n: words.count(shownN) }));
  const layout = baseLayout(words, notes, {
    showlegend: true,
    legend: { orientation: 'v', x: 1.02, xanchor: 'left', y: 1, yanchor: 'top', font: { size: 13 } },
    // One range on both axes at one scale, so the diagonal of no change runs at 45°: the plot area
    // shrinks to a square ('domain'); plotly would otherwise widen one axis's range to fill it.
    xaxis: { title: { text: words.scoreAxis(words.from) }, range: [lo, hi], gridcolor: GRID, zeroline: false, automargin: true, constrain: 'domain', constraintoward: 'right' },
    yaxis: {
      title: { text: words.scoreAxis(words.to) },
      range: [lo, hi],
      gridcolor: GRID,
      zeroline: false,
      automargin: true,
      scaleanchor: 'x',
      scaleratio: 1,
      constrain: 'domain',
      constraintoward: 'top',
    },
  });

  const above = result.points.filter((p) => p[2] > p[1]).length;
  const below = result.points.filter((p) => p[2] < p[1]).length;
  let alt = words.t('ui.gain.chart.alt.scatter', { n: words.count(total), from: words.from, to: words.to, above: words.count(above), below: words.count(below) });
  if (model) {
    alt += ` ${words.t('ui.gain.chart.alt.scatterModel', { to: words.to, from: words.from, intercept: words.num(model.intercept, 2), slope: words.num(model.slope, 3) })}`;
  }
  return { data, layout, alt: alt + suppressedAlt(result, words) };
}

/**
 * The range of both axes: the lowest to the highest score at either moment, padded; percentages
 * are not padded past 0 or 100 (a score outside them stays in view).
 */
export function scoreRange(result: GainResult): [number, number] {
  const scores = result.points.flatMap((p) => [p[1], p[2]]);
  const [lo, hi] = paddedRange(scores, [], 0.05);
  if (result.unit !== 'percentPoints' || scores.length === 0) return [lo, hi];
  return [Math.max(lo, Math.min(0, ...scores)), Math.min(hi, Math.max(100, ...scores))];
}

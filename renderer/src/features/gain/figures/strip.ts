import type { Data, Layout } from 'plotly.js';
import type { GainResult } from '../../../../../shared/model/analysis/gain';
import { baseLayout, GRID, groupColor, groupTick, type GainFigure, literal, NEUTRAL, paddedRange, rgba, shownGroups, suppressedAlt, suppressedNote } from './common';
import { boxStats, type BoxStats } from './quartiles';
import type { GainWords } from './words';

/** Half the height of a box, and how far a pupil's dot may stray from its group's line (in rows). */
const BOX_WIDTH = 0.5;
const JITTER = 0.19;
/** The golden ratio's fraction: i·φ mod 1 spreads any number of dots evenly, with no random numbers. */
const PHI = 0.6180339887498949;
const HALO = '1px 1px 1px #fff, -1px -1px 1px #fff, 1px -1px 1px #fff, -1px 1px 1px #fff';

/** The i-th dot's offset from its group's line: deterministic, so a chart redraws the same. */
export function jitter(i: number): number {
  return ((((i + 1) * PHI) % 1) - 0.5) * 2 * JITTER;
}

interface Row {
  name: string;
  tick: string;
  n: number;
  small: boolean;
  index: number;
  gains: number[];
  stats: BoxStats;
}

/**
 * The box/strip of gains: per group a box from the first to the third quartile with the median
 * (type 7, computed here so that the box, its label and the alt text agree) and whiskers to the
 * furthest gain within 1.5 IQR, over it each pupil's gain as a dot, spread across the row by a
 * fixed sequence. The zero line is no change; n in every label; small groups drawn with open dots
 * and marked. Suppressed groups are absent (the engine sends none of their pupils), with a note.
 */
export function stripFigure(result: GainResult, words: GainWords): GainFigure | null {
  const grouped = result.analysis.groupBy !== null;
  const gainsOf = new Map<string | null, number[]>();
  for (const [key, start, end] of result.points) {
    const k = grouped ? key : null;
    const list = gainsOf.get(k);
    if (list) list.push(end - start);
    else gainsOf.set(k, [end - start]);
  }
  const rows: Row[] = shownGroups(result, words).flatMap((g) => {
    const gains = gainsOf.get(g.key) ?? [];
    const stats = boxStats(gains);
    return stats ? [{ name: g.name, tick: groupTick(g.name, g.figures.n, g.small, words), n: g.figures.n, small: g.small, index: g.index, gains, stats }] : [];
  });
  if (rows.length === 0) return null;

  const pupilGain = words.t('ui.gain.chart.pupilGain');
  const data: Data[] = rows.flatMap((r, pos) => {
    const color = groupColor(r.index);
    return [
      {
        type: 'box',
        orientation: 'h',
        name: r.tick,
        y: [pos],
        q1: [r.stats.q1],
        median: [r.stats.median],
        q3: [r.stats.q3],
        lowerfence: [r.stats.lowerWhisker],
        upperfence: [r.stats.upperWhisker],
        width: BOX_WIDTH,
        boxpoints: false,
        line: { color, width: 2 },
        fillcolor: rgba(color, 0.1),
        hoverinfo: 'skip',
      } as unknown as Data,
      {
        type: 'scatter',
        mode: 'markers',
        name: r.tick,
        x: r.gains,
        y: r.gains.map((_, i) => pos + jitter(i)),
        marker: { size: 7, color, opacity: 0.7, symbol: r.small ? 'circle-open' : 'circle', line: { width: r.small ? 1.5 : 0, color } },
        customdata: r.gains.map((g) => words.signed(g)),
        hovertemplate: `<b>${literal(r.tick)}</b><br>${pupilGain}: %{customdata}<extra></extra>`,
        cliponaxis: false,
      } as Data,
    ];
  });
  // The median printed above each box, in its group's colour.
  data.push({
    type: 'scatter',
    mode: 'text',
    name: 'median',
    x: rows.map((r) => r.stats.median),
    y: rows.map((_, pos) => pos - BOX_WIDTH / 2),
    text: rows.map((r) => words.t('ui.gain.chart.medianLabel', { median: words.signed(r.stats.median) })),
    textposition: 'top center',
    // A white halo keeps the label readable where pupils' dots lie under it.
    textfont: { size: 13, color: rows.map((r) => groupColor(r.index)), shadow: HALO },
    customdata: rows.map((r) => words.t('ui.gain.chart.quartilesHover', { q1: words.signed(r.stats.q1), median: words.signed(r.stats.median), q3: words.signed(r.stats.q3), n: words.count(r.n) })),
    hovertemplate: '%{customdata}<extra></extra>',
    cliponaxis: false,
  } as Data);

  const notes = suppressedNote(result, words);
  const sampled = result.pointsSampled ? words.t('ui.gain.chart.sampledNote', { shown: words.count(result.points.length), n: words.count(shownPairs(result)) }) : null;
  if (sampled) notes.push(sampled);
  const [lo, hi] = paddedRange(rows.flatMap((r) => r.gains), [0], 0.06);
  // One or two groups keep the height of three rows, centred, rather than one box filling the plot.
  const spare = Math.max(0, (3 - rows.length) / 2);
  const explain: Partial<Layout>['annotations'] = [
    {
      text: literal(words.t('ui.gain.chart.stripExplain')),
      xref: 'paper',
      yref: 'paper',
      x: 0,
      y: 1,
      xanchor: 'left',
      yanchor: 'bottom',
      yshift: 6 + 18 * notes.length,
      align: 'left',
      showarrow: false,
      font: { size: 12, color: NEUTRAL },
    },
  ];
  const layout = baseLayout(words, notes, {
    showlegend: false,
    margin: { t: 24 + 18 * (notes.length + 1), l: 20, b: 60 },
    xaxis: { title: { text: words.t('ui.gain.chart.axisPupilGain', { unit: words.unit }) }, range: [lo, hi], zeroline: true, zerolinecolor: NEUTRAL, zerolinewidth: 2, gridcolor: GRID, automargin: true },
    yaxis: {
      tickmode: 'array',
      tickvals: rows.map((_, pos) => pos),
      ticktext: rows.map((r) => literal(r.tick)),
      range: [rows.length - 0.45 + spare, -0.75 - spare],
      showgrid: false,
      zeroline: false,
      automargin: true,
    },
    annotations: explain,
  });

  const items = rows.map((r) =>
    words.t('ui.gain.chart.alt.stripItem', { name: r.name, median: words.signed(r.stats.median), q1: words.signed(r.stats.q1), q3: words.signed(r.stats.q3), n: words.count(r.n) }),
  );
  const sentence = grouped
    ? words.t('ui.gain.chart.alt.strip', { group: words.groupTitle, from: words.from, to: words.to, unit: words.unit, items: items.join('; ') })
    : words.t('ui.gain.chart.alt.stripAll', { from: words.from, to: words.to, unit: words.unit, items: items.join('; ') });
  let alt = sentence;
  if (sampled) alt += ` ${sampled}`;
  return { data, layout, alt: alt + suppressedAlt(result, words) };
}

/** The pairs of the groups shown: the n the drawn pupils are a sample of. */
function shownPairs(result: GainResult): number {
  if (result.analysis.groupBy === null) return result.overall.figures?.n ?? result.points.length;
  return result.groups.reduce((sum, g) => sum + (g.suppressed ? 0 : (g.figures?.n ?? 0)), 0);
}

import type { Data, Shape } from 'plotly.js';
import type { GainResult, Transitions } from '../../../../../shared/model/analysis/gain';
import { baseLayout, type GainFigure, NEUTRAL, TEXT } from './common';
import type { GainWords } from './words';

/** Cells of a transition matrix with a count, in reading order: `E naar D: 2`. */
export function transitionCells(tr: Transitions, words: GainWords): string[] {
  return tr.order.flatMap((a, i) =>
    tr.order.flatMap((b, j) => {
      const count = tr.matrix[i]?.[j] ?? 0;
      return count > 0 ? [words.t('ui.gain.chart.alt.cell', { a, b, count: words.count(count) })] : [];
    }),
  );
}

/** The transitions' alt text: totals, moved up/same/down, then every cell with pupils. */
export function transitionsAlt(tr: Transitions, words: GainWords): string {
  return words.t('ui.gain.chart.alt.transitions', {
    from: tr.from,
    to: tr.to,
    n: words.count(tr.n),
    up: words.count(tr.movedUp),
    same: words.count(tr.same),
    down: words.count(tr.movedDown),
    cells: transitionCells(tr, words).join('; '),
  });
}

export function transitionsNote(tr: Transitions, words: GainWords): string {
  return words.t('ui.gain.chart.transitionsNote', { up: words.count(tr.movedUp), same: words.count(tr.same), down: words.count(tr.movedDown), n: words.count(tr.n) });
}

/**
 * The transition matrix as a heatmap: start level up the side, end level along the bottom, both in
 * the scale's own order (low to high); every cell prints its count and its share of the row;
 * the diagonal (same level) is outlined. Null without transitions.
 */
export function transitionsHeatmapFigure(result: GainResult, words: GainWords): GainFigure | null {
  const tr = result.transitions;
  if (!tr) return null;
  const rowTotals = tr.matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const text = tr.matrix.map((row, i) =>
    row.map((count) => {
      const share = rowTotals[i]! > 0 ? Math.round((100 * count) / rowTotals[i]!) : 0;
      return count === 0 ? '0' : `<b>${words.count(count)}</b><br>${words.count(share)}%`;
    }),
  );
  const max = Math.max(1, ...tr.matrix.flat());
  const data: Data[] = [
    {
      type: 'heatmap',
      x: tr.order,
      y: tr.order,
      z: tr.matrix,
      zmin: 0,
      zmax: max,
      text,
      texttemplate: '%{text}',
      textfont: { size: 14 },
      colorscale: [
        [0, '#f7fbff'],
        [0.5, '#6baed6'],
        [1, '#08306b'],
      ],
      showscale: false,
      xgap: 2,
      ygap: 2,
      hovertemplate: `${words.t('ui.gain.chart.axisLevel', { moment: tr.from })}: %{y}<br>${words.t('ui.gain.chart.axisLevel', { moment: tr.to })}: %{x}<br>n = %{z}<extra></extra>`,
      // A heatmap takes text per cell (a matrix); plotly's types know text per point only.
    } as unknown as Data,
  ];
  // The diagonal: pupils who kept their level.
  const shapes: Partial<Shape>[] = tr.order.map((_, i) => ({
    type: 'rect',
    xref: 'x',
    yref: 'y',
    x0: i - 0.5,
    x1: i + 0.5,
    y0: i - 0.5,
    y1: i + 0.5,
    line: { color: NEUTRAL, width: 2, dash: 'dot' },
    fillcolor: 'rgba(0,0,0,0)',
  }));
  const notes = [transitionsNote(tr, words)];
  if (tr.outside > 0) notes.push(words.t('ui.gain.transitions.outside', { n: words.count(tr.outside) }));
  const layout = baseLayout(words, notes, {
    showlegend: false,
    shapes,
    xaxis: { title: { text: words.t('ui.gain.chart.axisLevel', { moment: tr.to }) }, type: 'category', side: 'bottom', showgrid: false, automargin: true, tickfont: { size: 14, color: TEXT } },
    yaxis: { title: { text: words.t('ui.gain.chart.axisLevel', { moment: tr.from }) }, type: 'category', showgrid: false, automargin: true, tickfont: { size: 14, color: TEXT } },
  });
  return { data, layout, alt: transitionsAlt(tr, words) };
}

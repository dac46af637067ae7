import type { Data } from 'plotly.js';
import type { GainResult } from '../../../../../shared/model/analysis/gain';
import { baseLayout, type GainFigure, OKABE_ITO, rgba, TEXT } from './common';
import { transitionsAlt } from './transitions';
import type { GainWords } from './words';

/** Links by direction: up blue, same grey, down vermillion (Okabe–Ito). */
export const FLOW_COLORS = { up: OKABE_ITO[0], same: '#8a949e', down: OKABE_ITO[1] } as const;

/** Nodes of one side at fixed heights, highest level on top, each as tall as its pupils. */
function heights(totals: readonly number[]): number[] {
  const sum = totals.reduce((a, b) => a + b, 0) || 1;
  const ys: number[] = [];
  let before = 0;
  // From the highest level down: plotly's y runs from the top (0) to the bottom (1).
  for (let i = totals.length - 1; i >= 0; i--) {
    ys[i] = 0.03 + 0.94 * ((before + totals[i]! / 2) / sum);
    before += totals[i]!;
  }
  return ys;
}

/**
 * The transitions as flows (Sankey): the start levels on the left, the end levels on the right,
 * in the scale's order with the highest on top; every node prints its level, moment and count,
 * and the legend under the chart prints moved up / same / down with their counts, so nothing is
 * read from hovering only. Null without transitions.
 */
export function sankeyFigure(result: GainResult, words: GainWords): GainFigure | null {
  const tr = result.transitions;
  if (!tr) return null;
  const k = tr.order.length;
  const rowTotals = tr.matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = tr.order.map((_, j) => tr.matrix.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  // Only levels with pupils become nodes: plotly drops a node without links and shifts the rest.
  const left = tr.order.map((_, i) => i).filter((i) => rowTotals[i]! > 0);
  const right = tr.order.map((_, j) => j).filter((j) => colTotals[j]! > 0);
  const leftY = heights(left.map((i) => rowTotals[i]!));
  const rightY = heights(right.map((j) => colTotals[j]!));
  const node = (level: string, moment: string, n: number) => words.t('ui.gain.chart.sankeyNode', { level, moment, n: words.count(n) });
  const labels = [...left.map((i) => node(tr.order[i]!, tr.from, rowTotals[i]!)), ...right.map((j) => node(tr.order[j]!, tr.to, colTotals[j]!))];
  const levelColor = (i: number) => rgba(OKABE_ITO[0], 0.35 + (0.65 * i) / Math.max(1, k - 1));

  const source: number[] = [];
  const target: number[] = [];
  const value: number[] = [];
  const color: string[] = [];
  const label: string[] = [];
  left.forEach((i, a) => {
    right.forEach((j, b) => {
      const count = tr.matrix[i]?.[j] ?? 0;
      if (count === 0) return;
      source.push(a);
      target.push(left.length + b);
      value.push(count);
      color.push(rgba(j > i ? FLOW_COLORS.up : j < i ? FLOW_COLORS.down : FLOW_COLORS.same, 0.45));
      label.push(words.t('ui.gain.chart.alt.cell', { a: tr.order[i]!, b: tr.order[j]!, count: words.count(count) }));
    });
  });

  const data: Data[] = [
    {
      type: 'sankey',
      arrangement: 'fixed',
      valueformat: 'd',
      node: {
        label: labels,
        x: [...left.map(() => 0.001), ...right.map(() => 0.999)],
        y: [...leftY, ...rightY],
        pad: 14,
        thickness: 22,
        color: [...left.map(levelColor), ...right.map(levelColor)],
        line: { color: TEXT, width: 0.5 },
        hovertemplate: '%{label}<extra></extra>',
      },
      link: { source, target, value, color, label, hovertemplate: '%{label}<extra></extra>' },
      textfont: { size: 13, color: TEXT },
    } as unknown as Data,
  ];
  const swatch = (c: string, text: string, n: number) => `<span style="color:${c}">■</span> ${text}: ${words.count(n)}`;
  const legend = [
    swatch(FLOW_COLORS.up, words.t('ui.gain.chart.up'), tr.movedUp),
    swatch(FLOW_COLORS.same, words.t('ui.gain.chart.same'), tr.same),
    swatch(FLOW_COLORS.down, words.t('ui.gain.chart.down'), tr.movedDown),
    `n = ${words.count(tr.n)}`,
  ].join('   ');
  const notes = tr.outside > 0 ? [words.t('ui.gain.transitions.outside', { n: words.count(tr.outside) })] : [];
  const layout = baseLayout(words, notes, {
    margin: { l: 20, r: 20, b: 50 },
    annotations: [{ text: legend, xref: 'paper', yref: 'paper', x: 0.5, y: 0, xanchor: 'center', yanchor: 'top', yshift: -12, showarrow: false, font: { size: 13, color: TEXT } }],
  });
  return { data, layout, alt: transitionsAlt(tr, words) };
}

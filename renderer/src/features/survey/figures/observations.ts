import type { Annotations, Data, Shape } from 'plotly.js';
import type { ObservationFigures, SurveyResult } from '../../../../../shared/model/analysis/survey';
import { baseLayout, FLAG, GRID, literal, noteAnnotation, OK, TEXT, type SurveyFigure } from './common';
import { likertColors } from './likert';
import type { SurveyWords } from './words';

export const BLOCK_COLOR = '#1f2933';

/** A row of the chart: a building block (its mean only) or an element under it. */
export interface ObservationRow {
  kind: 'block' | 'element';
  figures: ObservationFigures;
  tick: string;
}

/** The chart's rows, top to bottom: each building block followed by its elements (without blocks: the elements). */
export function observationRows(result: SurveyResult, words: SurveyWords): ObservationRow[] {
  const o = result.observations;
  if (!o) return [];
  const tick = (f: ObservationFigures, block: boolean) =>
    words.t(block ? 'ui.survey.chart.blockTick' : 'ui.survey.chart.elementTick', { name: literal(f.name), n: words.count(f.n) });
  const element = (f: ObservationFigures): ObservationRow => ({ kind: 'element', figures: f, tick: tick(f, false) });
  if (o.blocks.length === 0) return o.elements.map(element);
  const rows: ObservationRow[] = [];
  for (const block of o.blocks) {
    rows.push({ kind: 'block', figures: block, tick: tick(block, true) });
    rows.push(...o.elements.filter((e) => e.block === block.name).map(element));
  }
  // Elements without a block, last.
  rows.push(...o.elements.filter((e) => e.block === null || !o.blocks.some((b) => b.name === e.block)).map(element));
  return rows;
}

/**
 * The lesson observations per element: on the left the share of lessons at each level (niet …
 * systematisch) as a stacked bar with the share at 4–5 at its end, on the right the mean on 1–5
 * (flagged in red, the threshold dashed); each building block a row of its own above its elements
 * with its mean. Only per element and block: teachers are never shown here.
 */
export function observationsFigure(result: SurveyResult, words: SurveyWords): SurveyFigure | null {
  const rows = observationRows(result, words);
  if (rows.length === 0) return null;
  const { t } = words;
  const colors = likertColors(5);
  const ticks = rows.map((r) => r.tick);
  const elementRows = rows.filter((r) => r.kind === 'element');

  const levels: Data[] = [0, 1, 2, 3, 4].map(
    (level) =>
      ({
        type: 'bar',
        orientation: 'h',
        name: words.t('ui.survey.chart.levelLegend', { level: level + 1, name: words.level(level) }),
        x: elementRows.map((r) => r.figures.shares[level] ?? 0),
        y: elementRows.map((r) => r.tick),
        text: elementRows.map((r) => ((r.figures.shares[level] ?? 0) >= 0.1 ? words.pct(r.figures.shares[level]!) : '')),
        textposition: 'inside',
        insidetextanchor: 'middle',
        textfont: { size: 11, color: level === 0 ? '#ffffff' : TEXT },
        marker: { color: colors[level], line: { color: '#ffffff', width: 0.5 } },
        customdata: elementRows.map((r) => [literal(r.figures.name), words.pct(r.figures.shares[level] ?? 0)]),
        hovertemplate: `<b>%{customdata[0]}</b><br>${literal(words.level(level))}: %{customdata[1]}<extra></extra>`,
        xaxis: 'x',
        yaxis: 'y',
      }) as Data,
  );
  const means = (kind: ObservationRow['kind']): Data => {
    const these = rows.filter((r) => r.kind === kind && r.figures.mean !== null);
    const color = (r: ObservationRow) => (kind === 'block' ? BLOCK_COLOR : r.figures.flagged ? FLAG : OK);
    return {
      type: 'scatter',
      mode: 'text+markers',
      name: kind === 'block' ? t('ui.survey.chart.blockMean') : t('ui.survey.chart.elementMean'),
      showlegend: false,
      x: these.map((r) => r.figures.mean),
      y: these.map((r) => r.tick),
      text: these.map((r) => words.num(r.figures.mean!)),
      textposition: 'middle right',
      textfont: { size: 11, color: these.map((r) => (r.figures.flagged && kind === 'element' ? FLAG : TEXT)) },
      cliponaxis: false,
      marker: { symbol: kind === 'block' ? 'diamond' : 'circle', size: kind === 'block' ? 12 : 10, color: these.map(color) },
      customdata: these.map((r) => [
        literal(r.figures.name),
        words.num(r.figures.mean!),
        r.figures.sd === null ? '—' : words.num(r.figures.sd),
        words.count(r.figures.n),
        r.figures.highShare === null ? '—' : words.pct(r.figures.highShare),
      ]),
      hovertemplate: `<b>%{customdata[0]}</b><br>${t('ui.survey.table.mean')}: %{customdata[1]} · ${t('ui.survey.table.sd')}: %{customdata[2]}<br>n = %{customdata[3]} · ${t('ui.survey.table.highShare')}: %{customdata[4]}<extra></extra>`,
      xaxis: 'x2',
      yaxis: 'y',
    } as Data;
  };
  const high: Partial<Annotations>[] = elementRows.flatMap((r) =>
    r.figures.highShare === null
      ? []
      : [{ text: t('ui.survey.chart.highShare', { share: words.pct(r.figures.highShare) }), x: 1, y: r.tick, xref: 'x', yref: 'y', xanchor: 'left', xshift: 4, showarrow: false, font: { size: 11, color: TEXT } }],
  );
  const flag = result.analysis.flag;
  const threshold: Partial<Shape> = { type: 'line', xref: 'x2', yref: 'paper', x0: flag.meanBelow, x1: flag.meanBelow, y0: 0, y1: 1, line: { color: FLAG, width: 1, dash: 'dash' } };
  const outOfRange = result.observations!.outOfRange;
  const layout = {
    ...baseLayout(words),
    barmode: 'stack' as const,
    bargap: 0.3,
    showlegend: true,
    legend: { orientation: 'h' as const, x: 0, xanchor: 'left' as const, y: 1.01, yanchor: 'bottom' as const, traceorder: 'normal' as const },
    margin: { t: 50, r: 30, b: outOfRange > 0 ? 100 : 60, l: 20 },
    height: Math.max(360, 140 + rows.length * 30),
    xaxis: { domain: [0, 0.6], range: [0, 1.16], tickvals: [0, 0.25, 0.5, 0.75, 1], ticktext: [0, 0.25, 0.5, 0.75, 1].map(words.pct), title: { text: t('ui.survey.chart.sharesPanel'), font: { size: 12 } }, gridcolor: GRID, zeroline: false },
    xaxis2: { domain: [0.7, 1], range: [0.8, 5.4], tickvals: [1, 2, 3, 4, 5], title: { text: t('ui.survey.chart.meanPanel'), font: { size: 12 } }, gridcolor: GRID, zeroline: false },
    yaxis: { type: 'category' as const, categoryorder: 'array' as const, categoryarray: [...ticks].reverse(), automargin: true, tickfont: { size: 12 } },
    shapes: [threshold],
    annotations: [
      ...high,
      ...(outOfRange > 0 ? [noteAnnotation(t('ui.survey.chart.outOfRange', { n: words.count(outOfRange) }), -0.16)] : []),
    ],
  };
  return { data: [...levels, means('element'), means('block')], layout, alt: observationsAlt(result, rows, words) };
}

function observationsAlt(result: SurveyResult, rows: ObservationRow[], words: SurveyWords): string {
  const { t } = words;
  const parts = rows.map((r) => {
    const f = r.figures;
    const mean = f.mean === null ? '—' : words.num(f.mean);
    if (r.kind === 'block') return t('ui.survey.chart.alt.block', { name: f.name, mean, n: words.count(f.n) });
    const flagged = f.reasons.map((x) => words.reason(x, result.analysis.flag)).join('; ');
    const params = { name: f.name, mean, n: words.count(f.n), high: f.highShare === null ? '—' : words.pct(f.highShare) };
    return flagged ? t('ui.survey.chart.alt.elementFlagged', { ...params, reasons: flagged }) : t('ui.survey.chart.alt.element', params);
  });
  return [t('ui.survey.chart.alt.observations'), ...parts].join(' ');
}

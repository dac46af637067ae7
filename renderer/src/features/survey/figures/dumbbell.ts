import type { Annotations, Data, Shape } from 'plotly.js';
import type { LinkFigures, SurveyResult } from '../../../../../shared/model/analysis/survey';
import { baseLayout, FLAG, GRID, literal, MUTED, shorten, shownMoment, TEXT, type SurveyFigure } from './common';
import type { SurveyWords } from './words';

/** Self, team and observed: Okabe–Ito hues and three marker shapes, so colour is not the only cue. */
export const SIDES = {
  self: { color: '#0072B2', symbol: 'circle', size: 11, rank: 1 },
  team: { color: '#E69F00', symbol: 'square', size: 16, rank: 2 },
  observed: { color: '#009E73', symbol: 'diamond', size: 13, rank: 3 },
} as const;
export type Side = keyof typeof SIDES;

/** The two sides of a link furthest apart, and how far; null with fewer than two means. */
export function largestGap(link: LinkFigures): { from: Side; to: Side; gap: number } | null {
  const values = (['self', 'team', 'observed'] as const).flatMap((side) => {
    const mean = link[side]?.mean;
    return mean === null || mean === undefined ? [] : [{ side, mean }];
  });
  let best: { from: Side; to: Side; gap: number } | null = null;
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const gap = Math.abs(values[i]!.mean - values[j]!.mean);
      if (!best || gap > best.gap) best = { from: values[i]!.side, to: values[j]!.side, gap };
    }
  }
  return best;
}

/**
 * Self ("Ik"), team ("Wij") and observed side by side per link, for one moment: a row per link,
 * its means as three marked dots on the scale 1–5 joined by a line (square under diamond under
 * circle, so equal means stay visible), the largest gap named at the right (`kloof 0,83: Ik ↔
 * Geobserveerd`), n of each side on the axis label, the flag threshold dotted.
 */
export function dumbbellFigure(result: SurveyResult, moment: string | null, words: SurveyWords): SurveyFigure | null {
  const shown = shownMoment(result, moment);
  if (!shown) return null;
  const { t } = words;
  const links = result.links.filter((l) => l.moment === shown.label && [l.self, l.team, l.observed].some((s) => s?.mean != null));
  if (links.length === 0) return null;
  const sideName = (side: Side) => (side === 'self' ? t('ui.survey.chart.self') : side === 'team' ? t('ui.survey.chart.team') : t('ui.survey.chart.observed'));
  const itemN = (code: string | undefined) => shown.items.find((i) => i.code === code)?.n ?? 0;
  const elementN = (name: string | undefined) => result.observations?.elements.find((e) => e.name === name)?.n ?? 0;
  const textOf = (link: LinkFigures) => {
    const code = link.self?.code ?? link.team?.code;
    return result.codebook.items.find((i) => i.code === code)?.text ?? link.observed?.element ?? link.link;
  };
  const ticks = links.map((link) => {
    const ns = [
      link.self ? t('ui.survey.chart.sideN', { name: link.self.code, n: words.count(itemN(link.self.code)) }) : null,
      link.team ? t('ui.survey.chart.sideN', { name: link.team.code, n: words.count(itemN(link.team.code)) }) : null,
      link.observed ? t('ui.survey.chart.lessonsN', { n: words.count(elementN(link.observed.element)) }) : null,
    ].filter((s): s is string => s !== null);
    return `<b>${literal(shorten(textOf(link), 38))}</b><br><span style="font-size:11px">${literal(ns.join(' · '))}</span>`;
  });

  const connector: Data = {
    type: 'scatter',
    mode: 'lines',
    showlegend: false,
    hoverinfo: 'skip',
    x: links.flatMap((l) => {
      const means = [l.self?.mean, l.team?.mean, l.observed?.mean].filter((m): m is number => m !== null && m !== undefined);
      return [Math.min(...means), Math.max(...means), null];
    }),
    y: links.flatMap((_, r) => [ticks[r], ticks[r], null]),
    line: { color: MUTED, width: 3 },
  } as Data;
  const side = (which: Side): Data => {
    const rows = links.flatMap((l, r) => {
      const point = l[which];
      return point && point.mean !== null ? [{ r, mean: point.mean, what: 'code' in point ? point.code : point.element, n: which === 'observed' ? elementN(l.observed?.element) : itemN((point as { code: string }).code) }] : [];
    });
    return {
      type: 'scatter',
      mode: 'markers',
      name: sideName(which),
      legendrank: SIDES[which].rank,
      x: rows.map((p) => p.mean),
      y: rows.map((p) => ticks[p.r]),
      marker: { color: SIDES[which].color, symbol: SIDES[which].symbol, size: SIDES[which].size, line: { color: '#ffffff', width: 1 } },
      customdata: rows.map((p) => [literal(p.what), words.num(p.mean), words.count(p.n)]),
      hovertemplate: `<b>${literal(sideName(which))}</b> · %{customdata[0]}<br>${t('ui.survey.table.mean')}: %{customdata[1]} (n = %{customdata[2]})<extra></extra>`,
    } as Data;
  };
  const gaps: Partial<Annotations>[] = links.flatMap((link, r) => {
    const gap = largestGap(link);
    if (!gap) return [];
    return [
      {
        text: literal(t('ui.survey.chart.gap', { gap: words.num(gap.gap), from: sideName(gap.from), to: sideName(gap.to) })),
        xref: 'paper',
        yref: 'y',
        x: 0.72,
        y: ticks[r],
        xanchor: 'left',
        showarrow: false,
        font: { size: 12, color: TEXT },
      },
    ];
  });
  const threshold: Partial<Shape> = {
    type: 'line',
    xref: 'x',
    yref: 'paper',
    x0: result.analysis.flag.meanBelow,
    x1: result.analysis.flag.meanBelow,
    y0: 0,
    y1: 1,
    line: { color: FLAG, width: 1, dash: 'dot' },
  };
  const layout = {
    ...baseLayout(words),
    showlegend: true,
    legend: { orientation: 'h' as const, x: 0, xanchor: 'left' as const, y: 1.02, yanchor: 'bottom' as const },
    margin: { t: 50, r: 20, b: 60, l: 20 },
    height: Math.max(300, 110 + links.length * 56),
    xaxis: { domain: [0, 0.7], range: [0.8, 5.2], tickvals: [1, 2, 3, 4, 5], title: { text: t('ui.survey.chart.meanAxis'), font: { size: 12 } }, gridcolor: GRID, zeroline: false },
    yaxis: { type: 'category' as const, categoryorder: 'array' as const, categoryarray: [...ticks].reverse(), automargin: true, tickfont: { size: 12 } },
    shapes: [threshold],
    annotations: gaps,
  };
  // The biggest marks first: a circle on a square of the same mean stays visible.
  return { data: [connector, side('team'), side('observed'), side('self')], layout, alt: dumbbellAlt(shown.label, links, textOf, sideName, words) };
}

function dumbbellAlt(moment: string, links: LinkFigures[], textOf: (l: LinkFigures) => string, sideName: (s: Side) => string, words: SurveyWords): string {
  const { t } = words;
  const parts = links.map((link) => {
    const values = (['self', 'team', 'observed'] as const)
      .flatMap((s) => (link[s]?.mean == null ? [] : [`${sideName(s)} ${words.num(link[s]!.mean!)}`]))
      .join(', ');
    const gap = largestGap(link);
    const named = gap ? ` ${t('ui.survey.chart.gap', { gap: words.num(gap.gap), from: sideName(gap.from), to: sideName(gap.to) })}.` : '';
    return `${textOf(link)}: ${values}.${named}`;
  });
  return [t('ui.survey.chart.alt.dumbbell', { moment }), ...parts].join(' ');
}

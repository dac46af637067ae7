import type { Annotations, Data, Shape } from 'plotly.js';
import type { ItemFigures, SurveyResult } from '../../../../../shared/model/analysis/survey';
import { baseLayout, CAUTION, GRID, itemTick, literal, shownMoment, TEXT, type SurveyFigure } from './common';
import type { SurveyWords } from './words';

/** ColorBrewer RdBu (colour-blind safe): disagreement red, agreement blue, neutral grey; per scale length. */
const PALETTES: Record<number, string[]> = {
  2: ['#ef8a62', '#67a9cf'],
  3: ['#ef8a62', '#e0e0e0', '#67a9cf'],
  4: ['#ca0020', '#f4a582', '#92c5de', '#0571b0'],
  5: ['#ca0020', '#f4a582', '#e0e0e0', '#92c5de', '#0571b0'],
  6: ['#b2182b', '#ef8a62', '#fddbc7', '#d1e5f0', '#67a9cf', '#2166ac'],
  7: ['#b2182b', '#ef8a62', '#fddbc7', '#e0e0e0', '#d1e5f0', '#67a9cf', '#2166ac'],
};
const RED = ['#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7'];
const BLUE = ['#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'];
export const DONT_KNOW_COLOR = '#9aa5b1';

/** The colour of each label of a scale of `k`, low to high. */
export function likertColors(k: number): string[] {
  const known = PALETTES[k];
  if (known) return known;
  const m = Math.floor(k / 2);
  return [...RED.slice(5 - m), ...(k % 2 === 1 ? ['#e0e0e0'] : []), ...BLUE.slice(0, m)];
}

/** A scale's halves: the labels below the middle, the middle one (odd scales), the labels above. */
export function scaleHalves(k: number): { negative: number[]; neutral: number | null; positive: number[] } {
  const m = Math.floor(k / 2);
  return {
    negative: Array.from({ length: m }, (_, i) => i),
    neutral: k % 2 === 1 ? m : null,
    positive: Array.from({ length: m }, (_, i) => k - m + i),
  };
}

/** An item's answers as shares of its scored answers (n), per label. */
export function shares(item: Pick<ItemFigures, 'counts' | 'n'>): number[] {
  return item.counts.map((c) => (item.n > 0 ? c / item.n : 0));
}

/**
 * The answers of one moment as a diverging stacked bar per item (codebook order, top to bottom):
 * the disagreeing labels left of zero, the neutral label centred on it, the agreeing labels right;
 * the total share on each side printed at the bar's ends; *Weet niet* in a panel of its own on the
 * right, never in the bar (or a note there when the answers were read as numbers and it cannot
 * be told apart). Shares are of the item's scored answers, n on the axis labels.
 */
export function likertFigure(result: SurveyResult, moment: string | null, words: SurveyWords): SurveyFigure | null {
  const shown = shownMoment(result, moment);
  if (!shown || shown.items.length === 0) return null;
  const { t } = words;
  const labels = result.codebook.scale.labels;
  const k = labels.length;
  const colors = likertColors(k);
  const { negative, neutral, positive } = scaleHalves(k);
  const items = shown.items;
  const ticks = items.map((i) => itemTick(i, words));
  const share = items.map(shares);
  const neutralShare = (r: number) => (neutral === null ? 0 : share[r]![neutral]!);

  const trace = (level: number, x: number[], showlegend: boolean): Data =>
    ({
      type: 'bar',
      orientation: 'h',
      name: literal(labels[level]!),
      legendgroup: `l${level}`,
      legendrank: level + 1,
      showlegend,
      x,
      y: ticks,
      marker: { color: colors[level], line: { color: '#ffffff', width: 0.5 } },
      customdata: items.map((item, r) => [literal(labels[level]!), words.pct(share[r]![level]!), words.count(item.counts[level] ?? 0), literal(item.code)]),
      hovertemplate: `<b>%{customdata[3]}</b> · %{customdata[0]}: %{customdata[1]} (%{customdata[2]})<extra></extra>`,
      xaxis: 'x',
      yaxis: 'y',
    }) as Data;

  const data: Data[] = [];
  // Stacked from zero outwards, in trace order: the neutral half first, then inner to outer.
  if (neutral !== null) data.push(trace(neutral, items.map((_, r) => -neutralShare(r) / 2), false));
  for (const level of [...negative].reverse()) data.push(trace(level, items.map((_, r) => -share[r]![level]!), true));
  if (neutral !== null) data.push(trace(neutral, items.map((_, r) => neutralShare(r) / 2), true));
  for (const level of positive) data.push(trace(level, items.map((_, r) => share[r]![level]!), true));

  const apart = items.some((i) => i.dontKnowApart);
  data.push({
    type: 'bar',
    orientation: 'h',
    name: t('ui.survey.chart.dontKnow'),
    legendrank: k + 1,
    showlegend: apart,
    x: items.map((i) => (i.dontKnowApart ? i.dontKnow : null)),
    y: ticks,
    text: items.map((i) => (i.dontKnowApart ? words.count(i.dontKnow) : '')),
    textposition: 'outside',
    cliponaxis: false,
    marker: { color: DONT_KNOW_COLOR },
    hovertemplate: `%{y}<br>${t('ui.survey.chart.dontKnow')}: %{x}<extra></extra>`,
    xaxis: 'x2',
    yaxis: 'y',
  } as Data);

  const sum = (r: number, levels: number[]) => levels.reduce((s, l) => s + share[r]![l]!, 0);
  const ends: Partial<Annotations>[] = items.flatMap((item, r) => {
    if (item.n === 0) return [];
    const half = neutralShare(r) / 2;
    const side = (x: number, value: number, left: boolean): Partial<Annotations> => ({
      text: words.pct(value),
      x,
      y: ticks[r],
      xref: 'x',
      yref: 'y',
      xanchor: left ? 'right' : 'left',
      xshift: left ? -4 : 4,
      showarrow: false,
      font: { size: 11, color: TEXT },
    });
    const neg = sum(r, negative);
    const pos = sum(r, positive);
    return [side(-neg - half, neg, true), side(pos + half, pos, false)];
  });
  const zero: Partial<Shape> = { type: 'line', xref: 'x', yref: 'paper', x0: 0, x1: 0, y0: 0, y1: 1, line: { color: TEXT, width: 1 } };
  const maxDontKnow = Math.max(1, ...items.map((i) => (i.dontKnowApart ? i.dontKnow : 0)));
  const panelTitle: Partial<Annotations> = {
    text: t('ui.survey.chart.dontKnowPanel'),
    xref: 'x2 domain' as 'x2',
    yref: 'paper',
    x: 0,
    y: 1,
    xanchor: 'left',
    yanchor: 'bottom',
    showarrow: false,
    font: { size: 12, color: TEXT },
  };
  const notApart: Partial<Annotations>[] = apart
    ? []
    : [{ text: t('ui.survey.chart.dontKnowNotApart'), xref: 'x2 domain' as 'x2', yref: 'paper', x: 0, y: 0.5, xanchor: 'left', showarrow: false, align: 'left', font: { size: 11, color: CAUTION } }];

  const layout = {
    ...baseLayout(words),
    barmode: 'relative' as const,
    bargap: 0.3,
    showlegend: true,
    legend: { orientation: 'h' as const, x: 0, xanchor: 'left' as const, y: 1.01, yanchor: 'bottom' as const, traceorder: 'normal' as const },
    margin: { t: 60, r: 30, b: 50, l: 20 },
    height: Math.max(340, 110 + items.length * 30),
    xaxis: {
      domain: [0, 0.8],
      range: [-1.22, 1.22],
      tickvals: [-1, -0.5, 0, 0.5, 1],
      ticktext: [words.pct(1), words.pct(0.5), words.pct(0), words.pct(0.5), words.pct(1)],
      title: { text: t('ui.survey.chart.likertAxis'), font: { size: 12 } },
      gridcolor: GRID,
      zeroline: false,
    },
    xaxis2: { domain: [0.86, 1], range: [0, maxDontKnow * 1.4], showgrid: false, showticklabels: false, zeroline: true, zerolinecolor: GRID },
    yaxis: { type: 'category' as const, categoryorder: 'array' as const, categoryarray: [...ticks].reverse(), automargin: true, tickfont: { size: 12 } },
    shapes: [zero],
    annotations: [...ends, panelTitle, ...notApart],
  };
  return { data, layout, alt: likertAlt(result, shown.label, items, words) };
}

function likertAlt(result: SurveyResult, moment: string, items: ItemFigures[], words: SurveyWords): string {
  const { t } = words;
  const { negative, neutral, positive } = scaleHalves(result.codebook.scale.labels.length);
  const parts = items.map((item) => {
    const s = shares(item);
    const sum = (levels: number[]) => levels.reduce((acc, l) => acc + s[l]!, 0);
    const base = {
      code: item.code,
      n: words.count(item.n),
      negative: words.pct(sum(negative)),
      neutral: words.pct(neutral === null ? 0 : s[neutral]!),
      positive: words.pct(sum(positive)),
    };
    const line = t('ui.survey.chart.alt.likertItem', base);
    return item.dontKnowApart ? `${line} ${t('ui.survey.chart.alt.dontKnow', { n: words.count(item.dontKnow) })}` : line;
  });
  return [t('ui.survey.chart.alt.likert', { moment }), ...parts].join(' ');
}

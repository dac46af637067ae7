import type { Data, Shape } from 'plotly.js';
import type { ItemFigures, SurveyResult } from '../../../../../shared/model/analysis/survey';
import { baseLayout, byConcern, FLAG, GRID, itemTick, literal, noteAnnotation, OK, shownMoment, TEXT, type SurveyFigure } from './common';
import type { SurveyWords } from './words';

/** Why an item is flagged, in words (`gemiddelde < 3,0; SD ≥ 0,8`), or ''. */
export function reasonsText(item: Pick<ItemFigures, 'reasons'>, result: SurveyResult, words: SurveyWords): string {
  return item.reasons.map((r) => words.reason(r, result.analysis.flag)).join('; ');
}

/**
 * The item means of one moment as dots on the scale 1–5, in order of concern (the most worrying
 * at the top), flagged items in red with their reason, a dashed line at the mean threshold (3,0),
 * each dot's mean printed beside it and n on the axis labels. Items without a mean are left out
 * and named under the plot.
 */
export function itemsFigure(result: SurveyResult, moment: string | null, words: SurveyWords): SurveyFigure | null {
  const shown = shownMoment(result, moment);
  if (!shown) return null;
  const { t } = words;
  const items = byConcern(shown.items).filter((i) => i.mean !== null);
  if (items.length === 0) return null;
  const flag = result.analysis.flag;
  const series = (flagged: boolean): Data => {
    const these = items.filter((i) => i.flagged === flagged);
    return {
      type: 'scatter',
      mode: 'text+markers',
      name: flagged ? t('ui.survey.chart.flagged') : t('ui.survey.chart.notFlagged'),
      x: these.map((i) => i.mean),
      y: these.map((i) => itemTick(i, words)),
      // A spread too wide is not seen in a dot: its SD is written beside the mean.
      text: these.map((i) => (i.reasons.includes('sd') && i.sd !== null ? t('ui.survey.chart.meanSd', { mean: words.num(i.mean!), sd: words.num(i.sd) }) : words.num(i.mean!))),
      textposition: 'middle right',
      textfont: { color: flagged ? FLAG : TEXT, size: 12 },
      cliponaxis: false,
      marker: { color: flagged ? FLAG : OK, size: 11, symbol: flagged ? 'circle' : 'circle-open', line: { width: 2, color: flagged ? FLAG : OK } },
      customdata: these.map((i) => [
        literal(i.text),
        words.num(i.mean!),
        i.sd === null ? '—' : words.num(i.sd),
        words.count(i.n),
        i.flagged ? `<br>${literal(t('ui.survey.chart.hoverFlag', { reasons: reasonsText(i, result, words) }))}` : '',
      ]),
      hovertemplate: `<b>%{customdata[0]}</b><br>${t('ui.survey.table.mean')}: %{customdata[1]}<br>${t('ui.survey.table.sd')}: %{customdata[2]}<br>n = %{customdata[3]}%{customdata[4]}<extra></extra>`,
    } as Data;
  };
  const ticks = items.map((i) => itemTick(i, words));
  const threshold: Partial<Shape> = {
    type: 'line',
    xref: 'x',
    yref: 'paper',
    x0: flag.meanBelow,
    x1: flag.meanBelow,
    y0: 0,
    y1: 1,
    line: { color: FLAG, width: 1.5, dash: 'dash' },
  };
  const missing = shown.items.filter((i) => i.mean === null).map((i) => i.code);
  const layout = {
    ...baseLayout(words),
    showlegend: true,
    legend: { orientation: 'h' as const, x: 0, xanchor: 'left' as const, y: 1.02, yanchor: 'bottom' as const },
    margin: { t: 50, r: 40, b: missing.length > 0 ? 90 : 60, l: 20 },
    height: Math.max(320, 70 + items.length * 28 + (missing.length > 0 ? 30 : 0)),
    xaxis: { range: [0.8, 5.4], tickvals: [1, 2, 3, 4, 5], title: { text: t('ui.survey.chart.meanAxis'), font: { size: 12 } }, gridcolor: GRID, zeroline: false },
    yaxis: { type: 'category' as const, categoryorder: 'array' as const, categoryarray: [...ticks].reverse(), automargin: true, tickfont: { size: 12 }, gridcolor: GRID },
    shapes: [threshold],
    annotations: [
      {
        text: literal(t('ui.survey.chart.thresholdLine', { value: words.threshold(flag.meanBelow) })),
        xref: 'x' as const,
        yref: 'paper' as const,
        x: flag.meanBelow,
        y: 1,
        xanchor: 'left' as const,
        yanchor: 'bottom' as const,
        showarrow: false,
        font: { size: 11, color: FLAG },
      },
      ...(missing.length > 0 ? [noteAnnotation(t('ui.survey.chart.noMean', { items: missing.join(', ') }), -0.14)] : []),
    ],
  };
  return { data: [series(true), series(false)], layout, alt: itemsAlt(result, shown.label, items, words) };
}

function itemsAlt(result: SurveyResult, moment: string, items: ItemFigures[], words: SurveyWords): string {
  const { t } = words;
  const flagged = items.filter((i) => i.flagged);
  const list = (these: ItemFigures[]) =>
    these
      .map((i) => {
        const params = { code: i.code, mean: words.num(i.mean!), n: words.count(i.n) };
        return i.flagged ? t('ui.survey.chart.alt.itemFlagged', { ...params, reasons: reasonsText(i, result, words) }) : t('ui.survey.chart.alt.item', params);
      })
      .join('; ');
  const parts = [t('ui.survey.chart.alt.items', { moment, count: items.length, threshold: words.threshold(result.analysis.flag.meanBelow) })];
  parts.push(flagged.length > 0 ? t('ui.survey.chart.alt.flagged', { items: list(flagged) }) : t('ui.survey.chart.alt.noneFlagged'));
  const rest = items.filter((i) => !i.flagged);
  if (rest.length > 0) parts.push(t('ui.survey.chart.alt.others', { items: list(rest) }));
  return parts.join(' ');
}

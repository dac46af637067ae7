import type { Annotations, Data, Shape } from 'plotly.js';
import { quadrantOf, type Quadrant, type SurveyAxis, type SurveyResult } from '../../../../../shared/model/analysis/survey';
import { baseLayout, GRID, literal, NEUTRAL, noteAnnotation, TEXT, wrap, type SurveyFigure } from './common';
import type { SurveyWords } from './words';

export const COMPUTED_COLOR = '#0072B2';
export const SELF_COLOR = '#D55E00';
const LOW = 1;
const HIGH = 5;

/** Where each culture's name sits: its corner of the plot. */
const CORNERS: Record<Quadrant, { x: number; y: number; xanchor: 'left' | 'right'; yanchor: 'top' | 'bottom' }> = {
  highHigh: { x: HIGH, y: HIGH, xanchor: 'right', yanchor: 'top' },
  highSkillLowWill: { x: HIGH, y: LOW, xanchor: 'right', yanchor: 'bottom' },
  lowLow: { x: LOW, y: LOW, xanchor: 'left', yanchor: 'bottom' },
  lowSkillHighWill: { x: LOW, y: HIGH, xanchor: 'left', yanchor: 'top' },
};

/** The computed dots that have both axes, in moment order. */
export function quadrantDots(result: SurveyResult): { moment: string; skill: number; will: number; quadrant: Quadrant; n: number }[] {
  return result.quadrant.flatMap((q) => {
    if (q.skill === null || q.will === null) return [];
    const n = result.moments.find((m) => m.label === q.moment)?.respondents ?? 0;
    return [{ moment: q.moment, skill: q.skill, will: q.will, quadrant: q.quadrant ?? quadrantOf(q.skill, q.will, result.analysis.bridge), n }];
  });
}

type TextPosition = 'top center' | 'bottom center' | 'middle left' | 'middle right';

/** The side of a dot to write its label on: away from a vector (dx, dy), or along it. */
function sideOf(dx: number, dy: number, along: boolean): TextPosition {
  const [x, y] = along ? [dx, dy] : [-dx, -dy];
  if (Math.abs(y) >= Math.abs(x)) return y >= 0 ? 'top center' : 'bottom center';
  return x >= 0 ? 'middle right' : 'middle left';
}

/** Where each moment's label goes: the first away from where the team went, the others beyond their arrow. */
export function labelPositions(dots: { skill: number; will: number }[]): TextPosition[] {
  if (dots.length < 2) return dots.map(() => 'bottom center');
  return dots.map((d, i) => {
    const from = i === 0 ? d : dots[i - 1]!;
    const to = i === 0 ? dots[1]! : d;
    return sideOf(to.skill - from.skill, to.will - from.will, i > 0);
  });
}

/** The layers of an axis's items, as the axis title names them (`Ik als professional, Wij als team`). */
function layersOf(result: SurveyResult, axis: SurveyAxis): string[] {
  return [...new Set(result.codebook.items.filter((i) => i.axis === axis).map((i) => i.layer))];
}

/**
 * The skill–will quadrant: skill (x) against collective will (y), both 1–5, crossed at the bridge
 * (3,0); the four cultures named in their corners; one dot per moment (with its n) and an arrow
 * from each moment to the next (nulmeting → eindmeting); the team's own placement, entered in the
 * form, as an open dot beside it, joined to the computed dot by a dotted line; and the note that a
 * position is the mean of the item means per axis.
 */
export function quadrantFigure(result: SurveyResult, words: SurveyWords): SurveyFigure | null {
  const dots = quadrantDots(result);
  if (dots.length === 0) return null;
  const { t } = words;
  const bridge = result.analysis.bridge;
  const own = result.analysis.selfPlacement;

  // Plotly takes a label position per point, which its types do not know.
  const computed: Data = {
    type: 'scatter',
    mode: 'text+markers',
    name: t('ui.survey.chart.computedDot'),
    x: dots.map((d) => d.skill),
    y: dots.map((d) => d.will),
    text: dots.map((d) => literal(t('ui.survey.chart.momentDot', { moment: d.moment, n: words.count(d.n) }))),
    textposition: labelPositions(dots),
    textfont: { size: 12, color: TEXT },
    cliponaxis: false,
    marker: { color: COMPUTED_COLOR, size: 14, line: { color: '#ffffff', width: 1.5 } },
    customdata: dots.map((d) => [literal(d.moment), words.num(d.skill), words.num(d.will), literal(words.quadrant(d.quadrant)), words.count(d.n)]),
    hovertemplate: `<b>%{customdata[0]}</b> (n = %{customdata[4]})<br>${words.axis('skill')}: %{customdata[1]}<br>${words.axis('will')}: %{customdata[2]}<br>%{customdata[3]}<extra></extra>`,
  } as unknown as Data;
  const data: Data[] = [computed];
  if (own.length > 0) {
    data.push({
      type: 'scatter',
      mode: 'text+markers',
      name: t('ui.survey.chart.selfDot'),
      x: own.map((p) => p.skill),
      y: own.map((p) => p.will),
      text: own.map((p) => literal(t('ui.survey.chart.selfDotLabel', { moment: p.moment }))),
      textposition: 'top center',
      textfont: { size: 12, color: SELF_COLOR },
      cliponaxis: false,
      marker: { color: '#ffffff', size: 13, symbol: 'circle', line: { color: SELF_COLOR, width: 2.5 } },
      customdata: own.map((p) => [literal(p.moment), words.num(p.skill), words.num(p.will)]),
      hovertemplate: `<b>${literal(t('ui.survey.chart.selfDot'))}</b> · %{customdata[0]}<br>${words.axis('skill')}: %{customdata[1]}<br>${words.axis('will')}: %{customdata[2]}<extra></extra>`,
    } as Data);
    const pairs = own.flatMap((p) => {
      const dot = dots.find((d) => d.moment === p.moment);
      return dot ? [{ p, dot }] : [];
    });
    if (pairs.length > 0) {
      data.push({
        type: 'scatter',
        mode: 'lines',
        showlegend: false,
        hoverinfo: 'skip',
        x: pairs.flatMap(({ p, dot }) => [p.skill, dot.skill, null]),
        y: pairs.flatMap(({ p, dot }) => [p.will, dot.will, null]),
        line: { color: SELF_COLOR, width: 1.5, dash: 'dot' },
      } as Data);
    }
  }

  const arrows: Partial<Annotations>[] = dots.slice(1).map((to, i) => {
    const from = dots[i]!;
    return {
      x: to.skill,
      y: to.will,
      ax: from.skill,
      ay: from.will,
      xref: 'x',
      yref: 'y',
      axref: 'x',
      ayref: 'y',
      text: '',
      showarrow: true,
      arrowhead: 2,
      arrowsize: 1.2,
      arrowwidth: 2.5,
      arrowcolor: COMPUTED_COLOR,
      standoff: 8,
      startstandoff: 8,
    };
  });
  const names: Partial<Annotations>[] = (Object.keys(CORNERS) as Quadrant[]).map((q) => ({
    text: `<b>${wrap(literal(words.quadrant(q)), 18)}</b>`,
    xref: 'x',
    yref: 'y',
    ...CORNERS[q],
    xshift: CORNERS[q].xanchor === 'left' ? 6 : -6,
    yshift: CORNERS[q].yanchor === 'bottom' ? 6 : -6,
    showarrow: false,
    align: CORNERS[q].xanchor,
    font: { size: 12, color: NEUTRAL },
  }));
  const cross: Partial<Shape>[] = [
    { type: 'line', xref: 'x', yref: 'y', x0: bridge, x1: bridge, y0: LOW, y1: HIGH, line: { color: TEXT, width: 1.5 } },
    { type: 'line', xref: 'x', yref: 'y', x0: LOW, x1: HIGH, y0: bridge, y1: bridge, line: { color: TEXT, width: 1.5 } },
  ];
  const axisTitle = (axis: SurveyAxis) => {
    const layers = layersOf(result, axis);
    return literal(layers.length > 0 ? t('ui.survey.chart.axisLayers', { axis: words.axis(axis), layers: layers.join(', ') }) : words.axis(axis));
  };
  const counts = t('ui.survey.chart.axisItems', {
    skill: words.count(result.codebook.items.filter((i) => i.axis === 'skill').length),
    will: words.count(result.codebook.items.filter((i) => i.axis === 'will').length),
  });
  const layout = {
    ...baseLayout(words),
    showlegend: true,
    legend: { orientation: 'h' as const, x: 0, xanchor: 'left' as const, y: 1.02, yanchor: 'bottom' as const },
    margin: { t: 40, r: 30, b: 100, l: 70 },
    height: 640,
    xaxis: { range: [LOW, HIGH], tickvals: [1, 2, 3, 4, 5], title: { text: axisTitle('skill'), font: { size: 12 } }, gridcolor: GRID, zeroline: false, constrain: 'domain' as const },
    yaxis: { range: [LOW, HIGH], tickvals: [1, 2, 3, 4, 5], title: { text: axisTitle('will'), font: { size: 12 } }, gridcolor: GRID, zeroline: false, scaleanchor: 'x' as const, scaleratio: 1 },
    shapes: cross,
    annotations: [...names, ...arrows, noteAnnotation(`${t('ui.survey.chart.quadrantNote')} ${counts}`, -0.16)],
  };
  return { data, layout, alt: quadrantAlt(result, dots, words) };
}

function quadrantAlt(result: SurveyResult, dots: ReturnType<typeof quadrantDots>, words: SurveyWords): string {
  const { t } = words;
  const parts = dots.map((d) =>
    t('ui.survey.chart.alt.quadrantDot', { moment: d.moment, n: words.count(d.n), skill: words.num(d.skill), will: words.num(d.will), quadrant: words.quadrant(d.quadrant) }),
  );
  const own = result.analysis.selfPlacement.map((p) => t('ui.survey.chart.alt.selfDot', { moment: p.moment, skill: words.num(p.skill), will: words.num(p.will) }));
  return [t('ui.survey.chart.alt.quadrant', { bridge: words.threshold(result.analysis.bridge) }), ...parts, ...own, t('ui.survey.chart.quadrantNote')].join(' ');
}

import type { Annotations, Data, Layout } from 'plotly.js';
import type { ReferenceResult, ReferenceRow } from '../../../../../shared/model/analysis/reference';
import { FONT_FAMILY, separatorsFor } from '../../chart/figure';
import type { ReferenceWords } from './words';
import { wrapLabel } from '../../chart/wrap';

/** What the comparison's figure builder returns: plotly's data and layout, and the alt text made from the figures. */
export interface ReferenceFigure {
  data: Data[];
  layout: Partial<Layout>;
  alt: string;
}

/** Okabe–Ito (colour-blind safe): our school in its strong blue, the other groups in the palette's other hues. */
export const OURS_COLOR = '#0072B2';
export const OTHER_COLORS = ['#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000'] as const;
const TEXT = '#1f2933';
const GRID = '#e4e7eb';
const NEUTRAL = '#52606d';
const CAUTION = '#7a4d00';

/** A group's colour: ours first, then the others in the result's order. */
export function referenceColor(index: number): string {
  return index === 0 ? OURS_COLOR : OTHER_COLORS[(index - 1) % OTHER_COLORS.length]!;
}

/** Plotly templates treat `%{…}` as placeholders: keep user text literal. */
function literal(text: string): string {
  return text.replace(/%\{/g, '%\u200b{');
}

export { wrapLabel };

/** A group's n when it is the same in every component (then the legend carries it), else null. */
function constantN(result: ReferenceResult, group: string): number | null {
  const rows = result.components.flatMap((c) => c.rows.filter((r) => r.group === group));
  // A withheld n is not the same n: each bar then says its own.
  const ns = rows.map((r) => (r.suppressed ? null : r.n));
  if (ns.length === 0 || ns.some((n) => n === null)) return null;
  return ns.every((n) => n === ns[0]) ? ns[0]! : null;
}

/**
 * Reference bars: per test component, the groups' means as grouped bars from 0 (our school first,
 * in the strong blue with a dark outline, its values in bold), the mean printed on every bar and n
 * in the legend (or on the bar when it differs per component); below, a small chart of the
 * differences ours − each group in the unit's points with a zero line, printed with their sign.
 * Our mean withheld under the privacy threshold draws no bar, only `< k lln.`, with a note.
 */
export function referenceFigure(result: ReferenceResult, words: ReferenceWords): ReferenceFigure | null {
  const components = result.components;
  if (components.length === 0 || components.every((c) => c.rows.every((r) => r.mean === null && !r.suppressed))) return null;
  const { t } = words;
  const k = result.analysis.minGroup;
  const names = components.map((c) => words.component(c.component));
  const ticks = names.map((n) => wrapLabel(literal(n)));
  const rowOf = (ci: number, group: string): ReferenceRow | undefined => components[ci]!.rows.find((r) => r.group === group);

  const meanTraces: Data[] = result.groups.map((group, gi) => {
    const rows = components.map((_, ci) => rowOf(ci, group));
    const ours = gi === 0;
    const n = constantN(result, group);
    const legend = n === null ? group : t('ui.reference.chart.legendN', { name: group, n: words.count(n) });
    return {
      type: 'bar',
      name: literal(legend),
      legendgroup: group,
      x: ticks,
      // A suppressed mean is a bar of height 0 that carries only its note.
      y: rows.map((r) => (r?.suppressed ? 0 : (r?.mean ?? null))),
      text: rows.map((r) => {
        if (!r) return '';
        if (r.suppressed) return t('ui.reference.chart.suppressedBar', { k });
        if (r.mean === null) return '';
        const mean = ours ? `<b>${words.num(r.mean)}</b>` : words.num(r.mean);
        return n === null && r.n !== null ? `${mean}<br>${t('ui.reference.chart.barN', { n: words.count(r.n) })}` : mean;
      }),
      textposition: 'outside',
      textfont: { color: TEXT, size: 12 },
      cliponaxis: false,
      marker: { color: referenceColor(gi), line: { color: ours ? TEXT : referenceColor(gi), width: ours ? 2 : 0 } },
      customdata: rows.map((r, ci) => [
        literal(names[ci]!),
        r?.suppressed ? t('ui.reference.table.suppressed', { k }) : r?.mean == null ? '—' : words.num(r.mean),
        r?.n == null ? '—' : words.count(r.n),
        r?.difference == null ? '' : `<br>${literal(t('ui.reference.chart.hoverDifference', { group }))}: ${words.signed(r.difference)} ${words.unit}`,
      ]),
      hovertemplate: `<b>${literal(group)}</b><br>%{customdata[0]}<br>${t('ui.reference.chart.hoverMean')}: %{customdata[1]}<br>${t('ui.reference.chart.hoverN')}: %{customdata[2]}%{customdata[3]}<extra></extra>`,
      xaxis: 'x',
      yaxis: 'y',
    } as Data;
  });

  const others = result.groups.slice(1);
  const differenceTraces: Data[] = others.map((group, oi) => {
    const rows = components.map((_, ci) => rowOf(ci, group));
    return {
      type: 'bar',
      name: literal(group),
      legendgroup: group,
      showlegend: false,
      x: ticks,
      y: rows.map((r) => r?.difference ?? null),
      text: rows.map((r) => (r?.difference == null ? '' : words.signed(r.difference))),
      textposition: 'outside',
      textfont: { color: TEXT, size: 12 },
      cliponaxis: false,
      marker: { color: referenceColor(oi + 1) },
      customdata: rows.map((_, ci) => literal(names[ci]!)),
      hovertemplate: `<b>${literal(t('ui.reference.chart.hoverDifference', { group }))}</b><br>%{customdata}: %{text} ${words.unit}<extra></extra>`,
      xaxis: 'x2',
      yaxis: 'y2',
    } as Data;
  });

  const means = components.flatMap((c) => c.rows.map((r) => r.mean)).filter((m): m is number => m !== null);
  const differences = components.flatMap((c) => c.rows.map((r) => r.difference)).filter((d): d is number => d !== null);
  const top = Math.max(0, ...means);
  const lowest = Math.min(0, ...means);
  const span = Math.max(1, ...differences.map(Math.abs));
  const hidden = components.filter((c) => c.rows[0]?.suppressed).map((c) => words.component(c.component));
  const note = hidden.length > 0 ? t('ui.reference.chart.suppressedNote', { k, components: hidden.join(', ') }) : null;
  const title = (text: string, y: number): Partial<Annotations> => ({
    text: literal(text),
    xref: 'paper',
    yref: 'paper',
    x: 0,
    y,
    xanchor: 'left',
    yanchor: 'bottom',
    showarrow: false,
    font: { size: 13, color: TEXT },
  });

  const layout: Partial<Layout> = {
    separators: separatorsFor(words.locale),
    font: { family: FONT_FAMILY, size: 13, color: TEXT },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    hoverlabel: { font: { family: FONT_FAMILY } },
    barmode: 'group',
    bargap: 0.25,
    bargroupgap: 0.08,
    showlegend: true,
    legend: { orientation: 'h', x: 0, xanchor: 'left', y: 1.02, yanchor: 'bottom', traceorder: 'normal' },
    margin: { t: note ? 80 : 60, r: 20, b: 30, l: 70 },
    xaxis: { type: 'category', categoryorder: 'array', categoryarray: ticks, anchor: 'y', automargin: true, tickfont: { size: 12 } },
    yaxis: {
      domain: [0.5, 1],
      // From 0: the bars' lengths are the means. The differences are shown below, not by a cut axis.
      range: [lowest, top * 1.14 || 1],
      title: { text: literal(words.meanAxis), font: { size: 12 } },
      gridcolor: GRID,
      zeroline: true,
      zerolinecolor: NEUTRAL,
    },
    xaxis2: { type: 'category', categoryorder: 'array', categoryarray: ticks, anchor: 'y2', automargin: true, tickfont: { size: 12 } },
    yaxis2: {
      domain: [0, 0.27],
      range: [-span * 1.45, span * 1.45],
      title: { text: literal(words.unit), font: { size: 12 } },
      gridcolor: GRID,
      zeroline: true,
      zerolinecolor: NEUTRAL,
      zerolinewidth: 2,
    },
    annotations: [
      title(t('ui.reference.chart.differencesTitle', { unit: words.unit }), 0.3),
      ...(note ? [{ ...title(note, 1), yshift: 44, font: { size: 12, color: CAUTION } }] : []),
    ],
  };

  return { data: [...meanTraces, ...differenceTraces], layout, alt: referenceAlt(result, words) };
}

/** The alt text: what is compared, then per component each group's mean and n, and our differences. */
export function referenceAlt(result: ReferenceResult, words: ReferenceWords): string {
  const { t } = words;
  const k = result.analysis.minGroup;
  const ours = result.ours;
  const intro = t('ui.reference.chart.alt.intro', { what: words.what, ours, others: result.groups.slice(1).join(', ') });
  const parts = result.components.map((c) => {
    const items = c.rows.map((r) => {
      if (r.suppressed) return t('ui.reference.chart.alt.itemSuppressed', { group: r.group, k });
      if (r.mean === null) return t('ui.reference.chart.alt.itemMissing', { group: r.group });
      return r.n === null ? t('ui.reference.chart.alt.itemNoN', { group: r.group, mean: words.num(r.mean) }) : t('ui.reference.chart.alt.item', { group: r.group, mean: words.num(r.mean), n: words.count(r.n) });
    });
    const differences = c.rows.flatMap((r) => (r.difference === null ? [] : [t('ui.reference.chart.alt.difference', { ours, difference: words.signed(r.difference), unit: words.unit, group: r.group })]));
    const all = items.join(', ') + (differences.length > 0 ? `; ${t('ui.reference.chart.alt.differences', { items: differences.join(', ') })}` : '');
    return t('ui.reference.chart.alt.component', { component: words.component(c.component), items: all });
  });
  return [intro, ...parts].join(' ');
}

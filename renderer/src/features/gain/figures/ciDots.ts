import type { Data } from 'plotly.js';
import type { GainResult, PairedFigures } from '../../../../../shared/model/analysis/gain';
import { baseLayout, GRID, groupTick, type GainFigure, NEUTRAL, OKABE_ITO, paddedRange, shownGroups, suppressedAlt, suppressedNote, TEXT } from './common';
import type { GainWords } from './words';

interface Row {
  name: string;
  tick: string;
  f: PairedFigures & { meanGain: number };
  kind: 'group' | 'small' | 'overall';
}

const STYLE = {
  group: { symbol: 'circle', color: OKABE_ITO[0] },
  small: { symbol: 'circle-open', color: OKABE_ITO[1] },
  overall: { symbol: 'diamond', color: TEXT },
} as const;

/**
 * The CI dot plot (the default chart): per group its mean gain as a dot with the 95% CI as a bar,
 * a line at zero (no gain), n in every label; small groups drawn open in another colour and
 * marked; all pupils together last, as a diamond. Suppressed groups are absent, with a note.
 */
export function ciDotsFigure(result: GainResult, words: GainWords): GainFigure {
  const rows: Row[] = [];
  for (const g of shownGroups(result, words)) {
    const f = g.figures;
    if (f.meanGain === null) continue;
    rows.push({ name: g.name, tick: groupTick(g.name, f.n, g.small, words), f: { ...f, meanGain: f.meanGain }, kind: g.small ? 'small' : 'group' });
  }
  const overall = result.overall.figures;
  if (result.analysis.groupBy !== null && !result.overall.suppressed && overall && overall.meanGain !== null) {
    rows.push({ name: words.overall, tick: groupTick(words.overall, overall.n, result.overall.small, words), f: { ...overall, meanGain: overall.meanGain }, kind: 'overall' });
  }

  const ci = (f: PairedFigures) => f.ci95 ?? [f.meanGain!, f.meanGain!];
  const data: Data[] = (['group', 'small', 'overall'] as const).flatMap((kind) => {
    const of = rows.filter((r) => r.kind === kind);
    if (of.length === 0) return [];
    return [
      {
        type: 'scatter',
        mode: 'text+markers',
        name: kind,
        x: of.map((r) => r.f.meanGain),
        y: of.map((r) => r.tick),
        error_x: {
          type: 'data',
          symmetric: false,
          array: of.map((r) => ci(r.f)[1] - r.f.meanGain),
          arrayminus: of.map((r) => r.f.meanGain - ci(r.f)[0]),
          color: STYLE[kind].color,
          thickness: 2,
          width: 6,
        },
        marker: { symbol: STYLE[kind].symbol, size: 12, color: STYLE[kind].color, line: { width: 2, color: STYLE[kind].color } },
        text: of.map((r) => words.signed(r.f.meanGain)),
        textposition: 'top center',
        textfont: { color: STYLE[kind].color, size: 13 },
        customdata: of.map((r) => [words.signed(r.f.meanGain), words.t('ui.gain.figures.ciRange', { low: words.num(ci(r.f)[0]), high: words.num(ci(r.f)[1]) })]),
        hovertemplate: `<b>%{y}</b><br>${words.gainAxis}: %{customdata[0]}<br>95%: %{customdata[1]}<extra></extra>`,
        cliponaxis: false,
      } as Data,
    ];
  });

  const [lo, hi] = paddedRange(
    rows.flatMap((r) => ci(r.f)),
    [0],
    0.12,
  );
  const layout = baseLayout(words, suppressedNote(result, words), {
    showlegend: false,
    margin: { l: 20, b: 60 },
    xaxis: { title: { text: words.gainAxis }, range: [lo, hi], zeroline: true, zerolinecolor: NEUTRAL, zerolinewidth: 2, gridcolor: GRID, automargin: true },
    yaxis: { type: 'category', categoryorder: 'array', categoryarray: rows.map((r) => r.tick), autorange: 'reversed', automargin: true, gridcolor: GRID },
  });

  const items = rows.map((r) =>
    words.t('ui.gain.chart.alt.ciDotsItem', {
      name: r.name,
      gain: words.signed(r.f.meanGain),
      unit: words.unit,
      n: words.count(r.f.n),
      low: words.num(ci(r.f)[0]),
      high: words.num(ci(r.f)[1]),
    }),
  );
  const alt = words.t('ui.gain.chart.alt.ciDots', { group: words.groupTitle, from: words.from, to: words.to, items: items.join('; ') }) + suppressedAlt(result, words);
  return { data, layout, alt };
}

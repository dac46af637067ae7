import type { Data } from 'plotly.js';
import type { GainResult } from '../../../../../shared/model/analysis/gain';
import { baseLayout, GRID, groupColor, groupTick, type GainFigure, literal, paddedRange, shownGroups, suppressedAlt, suppressedNote } from './common';
import type { GainWords } from './words';

/**
 * The slope chart: per group a line from its mean score at the start to its mean at the end, the
 * values printed at both ends, the legend naming each group with its n (small groups dashed and
 * marked). Suppressed groups are absent, with a note.
 */
export function slopeFigure(result: GainResult, words: GainWords): GainFigure {
  const groups = shownGroups(result, words).filter((g) => g.figures.meanPre !== null && g.figures.meanPost !== null);
  const x = [words.from, words.to];
  const data: Data[] = groups.map(
    (g) =>
      ({
        type: 'scatter',
        mode: 'text+lines+markers',
        name: groupTick(g.name, g.figures.n, g.small, words),
        x,
        y: [g.figures.meanPre, g.figures.meanPost],
        line: { color: groupColor(g.index), width: 3, dash: g.small ? 'dash' : 'solid' },
        marker: { size: 10, color: groupColor(g.index) },
        text: [words.num(g.figures.meanPre!), `${words.num(g.figures.meanPost!)}  ${literal(g.name)}`],
        textposition: ['middle left', 'middle right'],
        textfont: { color: groupColor(g.index), size: 13 },
        hovertemplate: `<b>${literal(g.name)}</b> (n = ${words.count(g.figures.n)})<br>%{x}: %{text}<extra></extra>`,
        cliponaxis: false,
        // plotly takes a position per point; its types allow one for all only.
      }) as unknown as Data,
  );
  const [lo, hi] = paddedRange(groups.flatMap((g) => [g.figures.meanPre!, g.figures.meanPost!]));
  const layout = baseLayout(words, suppressedNote(result, words), {
    showlegend: true,
    legend: { orientation: 'v', x: 1.02, xanchor: 'left', y: 1, yanchor: 'top', font: { size: 13 } },
    margin: { l: 70, r: 30 },
    xaxis: { type: 'category', title: { text: words.t('ui.gain.chart.axisMoment') }, range: [-0.45, 1.45], showgrid: false, automargin: true },
    yaxis: { title: { text: words.meanAxis }, range: [lo, hi], gridcolor: GRID, automargin: true },
  });
  const items = groups.map((g) =>
    words.t('ui.gain.chart.alt.slopeItem', { name: g.name, pre: words.num(g.figures.meanPre!), post: words.num(g.figures.meanPost!), n: words.count(g.figures.n) }),
  );
  const alt = words.t('ui.gain.chart.alt.slope', { group: words.groupTitle, from: words.from, to: words.to, items: items.join('; ') }) + suppressedAlt(result, words);
  return { data, layout, alt };
}

import type { Data, Layout } from 'plotly.js';
import type { GainResult, PairedFigures } from '../../../../../shared/model/analysis/gain';
import { FONT_FAMILY, separatorsFor } from '../../chart/figure';
import type { GainWords } from './words';

/** What every learning-gain figure builder returns: plotly's data and layout, and the alt text made from the figures. */
export interface GainFigure {
  data: Data[];
  layout: Partial<Layout>;
  alt: string;
}

/**
 * The Okabe–Ito palette (colour-blind safe), strongest on white first; its yellow is left out
 * of lines and dots, which it would make unreadable on a white background.
 */
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;
export const NEUTRAL = '#52606d';
export const TEXT = '#1f2933';
export const GRID = '#e4e7eb';
export const CAUTION = '#7a4d00';

/** A group's colour: the same group keeps its colour in every chart (by its place in the result). */
export function groupColor(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length]!;
}

/** `#0072B2` → `rgba(0, 114, 178, 0.2)`. */
export function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** A group the charts draw: not suppressed, with figures. */
export interface ShownGroup {
  key: string | null;
  name: string;
  figures: PairedFigures;
  small: boolean;
  /** Its place among the result's groups: its colour. */
  index: number;
}

export function groupName(key: string | null, words: GainWords): string {
  return key === null ? words.emptyGroup : key;
}

/** The groups to draw: every group shown by the engine; without grouping, all pupils as one group. */
export function shownGroups(result: GainResult, words: GainWords): ShownGroup[] {
  if (result.analysis.groupBy === null) {
    const f = result.overall.figures;
    return !result.overall.suppressed && f && f.n > 0 ? [{ key: null, name: words.overall, figures: f, small: result.overall.small, index: 0 }] : [];
  }
  return result.groups.flatMap((g, index) =>
    !g.suppressed && g.figures && g.figures.n > 0 ? [{ key: g.key, name: groupName(g.key, words), figures: g.figures, small: g.small, index }] : [],
  );
}

/** Names of the groups the engine suppressed (privacy); without grouping, all pupils when too few. */
export function suppressedNames(result: GainResult, words: GainWords): string[] {
  if (result.analysis.groupBy === null) return result.overall.suppressed ? [words.overall] : [];
  return result.groups.filter((g) => g.suppressed).map((g) => groupName(g.key, words));
}

/** A group's label with its n, and the small-group mark under SMALL_GROUP. */
export function groupTick(name: string, n: number, small: boolean, words: GainWords): string {
  return small ? words.t('ui.gain.chart.groupTickSmall', { name, n: words.count(n) }) : words.t('ui.gain.chart.groupTick', { name, n: words.count(n) });
}

/** The visible note on suppressed groups, if any: in the figure itself, so an exported image carries it. */
export function suppressedNote(result: GainResult, words: GainWords): string[] {
  const names = suppressedNames(result, words);
  return names.length === 0 ? [] : [words.t('ui.gain.chart.suppressedNote', { k: result.analysis.minGroup, groups: names.join(', ') })];
}

/** The alt text's last sentence on suppressed groups, if any. */
export function suppressedAlt(result: GainResult, words: GainWords): string {
  const names = suppressedNames(result, words);
  return names.length === 0 ? '' : ` ${words.t('ui.gain.chart.alt.suppressed', { groups: names.join(', ') })}`;
}

/** Plotly templates treat `%{…}` as placeholders: keep user text literal. */
export function literal(text: string): string {
  return text.replace(/%\{/g, '%\u200b{');
}

/** Fonts, locale separators, white background; notes (privacy, sampling) written above the plot area. */
export function baseLayout(words: GainWords, notes: readonly string[], extra: Partial<Layout> = {}): Partial<Layout> {
  const top = 24 + 18 * notes.length;
  return {
    separators: separatorsFor(words.locale),
    font: { family: FONT_FAMILY, size: 14, color: TEXT },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    hoverlabel: { font: { family: FONT_FAMILY } },
    ...extra,
    margin: { t: top, r: 30, b: 60, l: 70, ...extra.margin },
    annotations: [
      ...(notes.length > 0
        ? [
            {
              text: notes.map(literal).join('<br>'),
              xref: 'paper' as const,
              yref: 'paper' as const,
              x: 0,
              y: 1,
              xanchor: 'left' as const,
              yanchor: 'bottom' as const,
              yshift: 6,
              align: 'left' as const,
              showarrow: false,
              font: { size: 12, color: CAUTION },
            },
          ]
        : []),
      ...(extra.annotations ?? []),
    ],
  };
}

/** Lower and upper end of a range over some numbers, widened a little (and to include `include`). */
export function paddedRange(values: readonly number[], include: readonly number[] = [], pad = 0.08): [number, number] {
  const all = [...values, ...include].filter(Number.isFinite);
  if (all.length === 0) return [0, 1];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = hi - lo || Math.abs(hi) || 1;
  return [lo - span * pad, hi + span * pad];
}

import type { Annotations, Data, Layout } from 'plotly.js';
import type { ItemFigures, SurveyMomentResult, SurveyResult } from '../../../../../shared/model/analysis/survey';
import { FONT_FAMILY, separatorsFor } from '../../chart/figure';
import type { SurveyWords } from './words';
import { wrapLabel } from '../../chart/wrap';

/** What every survey figure builder returns: plotly's data and layout, and the alt text made from the figures. */
export interface SurveyFigure {
  data: Data[];
  layout: Partial<Layout>;
  alt: string;
}

export const TEXT = '#1f2933';
export const GRID = '#e4e7eb';
export const NEUTRAL = '#52606d';
export const MUTED = '#7b8794';
/** A flag: the red of the items table, strong enough on white for text. */
export const FLAG = '#c0392b';
/** Not flagged: Okabe–Ito blue. */
export const OK = '#0072B2';
export const CAUTION = '#7a4d00';

/** Plotly templates treat `%{…}` as placeholders: keep user text (item texts, labels) literal. */
export function literal(text: string): string {
  return text.replace(/%\{/g, '%\u200b{').replace(/</g, '&lt;');
}

/** Text cut to `max` characters at a word, ending in `…`. */
export function shorten(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Text broken over lines of about `width` characters (`<br>` between them). */
export const wrap = (text: string, width: number): string => wrapLabel(text, width);

/** The moment shown: the one named, else the last. */
export function shownMoment(result: SurveyResult, moment: string | null): SurveyMomentResult | null {
  return result.moments.find((m) => m.label === moment) ?? result.moments.at(-1) ?? null;
}

/** An item's label on an axis: its code, the start of its text and its n (`PC2 · We observeren … (n = 18)`). */
export function itemTick(item: Pick<ItemFigures, 'code' | 'text' | 'n'>, words: SurveyWords, width = 34): string {
  return words.t('ui.survey.chart.itemTick', { code: literal(item.code), text: literal(shorten(item.text, width)), n: words.count(item.n) });
}

/**
 * Items in order of concern: flagged first, then by mean from low to high (no mean last); ties
 * keep the codebook's order.
 */
export function byConcern(items: ItemFigures[]): ItemFigures[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      if (a.item.flagged !== b.item.flagged) return a.item.flagged ? -1 : 1;
      const am = a.item.mean ?? Number.POSITIVE_INFINITY;
      const bm = b.item.mean ?? Number.POSITIVE_INFINITY;
      return am - bm || a.i - b.i;
    })
    .map(({ item }) => item);
}

/** The layout every survey chart starts from: the locale's decimal sign, the app's font, white. */
export function baseLayout(words: SurveyWords): Partial<Layout> {
  return {
    separators: separatorsFor(words.locale),
    font: { family: FONT_FAMILY, size: 13, color: TEXT },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    hoverlabel: { font: { family: FONT_FAMILY } },
  };
}

/** A note written in the figure itself (so an exported picture carries it), under the plot on the left. */
export function noteAnnotation(text: string, y = -0.12, color = NEUTRAL): Partial<Annotations> {
  return { text: literal(text), xref: 'paper', yref: 'paper', x: 0, y, xanchor: 'left', yanchor: 'top', showarrow: false, align: 'left', font: { size: 12, color } };
}

import type { Annotations, Layout } from 'plotly.js';
import type { Locale } from '../../../../shared/i18n/index';
import { recipeSources, type Recipe } from '../../../../shared/model/recipe';
import type { SourceInfo } from '../../../../shared/model/source';
import { formatCount, formatDate } from '../../format/format';
import { escapeText, type PlotlyFigureData } from './design';

/**
 * An exported chart stands on its own (DOMAIN.md: a slide, a report): its title and subtitle, the
 * view's annotations (already on the figure) and a source line (files, import date, n) are drawn
 * into the image itself. 1000×600 at scale 2: a 2000×1200 PNG, sharp on a projector.
 */
export const EXPORT_SIZE = { width: 1000, height: 600, scale: 2 } as const;

export interface ExportText {
  /** The view's title; null: a chart that is no saved view (no title drawn). */
  title: string | null;
  subtitle: string;
  /** The source line; null: none. */
  source: string | null;
  /** A line on what the export left out or replaced (privacy), above the source line; absent or null: none. */
  note?: string | null;
}

const TITLE_BLOCK = 38;
const SUBTITLE_BLOCK = 24;
const SOURCE_BLOCK = 30;
const NOTE_BLOCK = 20;
const MUTED_TEXT = '#52606d';

/**
 * The figure as it is exported: sized, with its title and subtitle above and its privacy note and
 * source line below. `drawnBottom`: the bottom margin plotly gave the figure at this size without
 * those lines (long category labels push it past the figure's own, and plotly would let them run
 * into the lines below); the lines go under it.
 */
export function exportFigure(
  figure: PlotlyFigureData,
  text: ExportText,
  size: { width: number; height: number } = EXPORT_SIZE,
  drawnBottom: number | null = null,
): PlotlyFigureData {
  const margin = figure.layout.margin ?? {};
  const title = text.title?.trim() ? text.title.trim() : null;
  const subtitle = title && text.subtitle.trim() ? text.subtitle.trim() : null;
  const head = title ? TITLE_BLOCK + (subtitle ? SUBTITLE_BLOCK : 0) : 0;
  const note = text.note?.trim() ? text.note.trim() : null;
  const foot = (text.source ? SOURCE_BLOCK : 0) + (note ? NOTE_BLOCK : 0);
  const top = (margin.t ?? 30) + head;
  const bottom = Math.max(margin.b ?? 60, drawnBottom ?? 0) + foot;
  const annotations: Partial<Annotations>[] = [...(figure.layout.annotations ?? [])];
  if (text.source) {
    annotations.push({
      text: escapeText(text.source),
      xref: 'paper',
      yref: 'paper',
      x: 0,
      y: 0,
      xanchor: 'left',
      yanchor: 'bottom',
      // From the plot's bottom edge down to the image's, less a little air.
      yshift: -(bottom - 8),
      showarrow: false,
      align: 'left',
      font: { size: 11, color: MUTED_TEXT },
    });
  }
  if (note) {
    annotations.push({
      text: escapeText(note),
      xref: 'paper',
      yref: 'paper',
      x: 0,
      y: 0,
      xanchor: 'left',
      yanchor: 'bottom',
      // Just above the source line (or where it would be).
      yshift: -(bottom - 8) + (text.source ? NOTE_BLOCK : 0),
      showarrow: false,
      align: 'left',
      font: { size: 11, color: MUTED_TEXT },
    });
  }
  const layout: Partial<Layout> = {
    ...figure.layout,
    width: size.width,
    height: size.height,
    autosize: false,
    margin: { ...margin, t: top, b: bottom },
    annotations,
  };
  if (title) {
    layout.title = {
      text: `<b>${escapeText(title)}</b>`,
      font: { size: 21, color: '#1f2933' },
      x: 0.02,
      xref: 'container',
      xanchor: 'left',
      y: 1 - 14 / size.height,
      yref: 'container',
      yanchor: 'top',
      ...(subtitle ? { subtitle: { text: escapeText(subtitle), font: { size: 15, color: MUTED_TEXT } } } : {}),
    } as Layout['title'];
  }
  return { data: figure.data, layout };
}

/** The sources a recipe reads, in its order, each once; ids the project no longer has are left out. */
export function recipeSourceInfos(sources: readonly SourceInfo[], recipe: Recipe): SourceInfo[] {
  const ids = [...new Set(recipeSources(recipe))];
  return ids.flatMap((id) => sources.filter((s) => s.id === id));
}

export interface SourceLineWords {
  /** `Bron: {{files}}`, or with n: `Bron: {{files}} · n = {{n}}`. */
  line(files: string, n: string | null): string;
  /** One file with its import date: `leerlingen.csv (ingelezen 12/03/2026)`. */
  file(name: string, date: string): string;
}

/** The source line: the files with their import dates, and n when known. */
export function sourceLine(sources: readonly SourceInfo[], n: number | null, words: SourceLineWords, locale: Locale): string | null {
  if (sources.length === 0 && n === null) return null;
  const files = sources.map((s) => words.file(s.fileName, formatDate(s.importedAt, locale))).join(', ');
  return words.line(files, n === null ? null : formatCount(n, locale));
}

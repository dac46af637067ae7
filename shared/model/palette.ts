import type { Palette } from './annotation';

/**
 * The colour-blind-safe palettes a view is drawn in, one place for every drawing of it: the
 * screen (plotly), the slides' native charts and the pictures of the exports. Okabe–Ito in the
 * order the figures have always used (blue first); blues and greys darkest first and alternating
 * light and dark, so that neighbouring groups stay apart.
 */
export const PALETTES: Record<Palette, readonly string[]> = {
  okabeIto: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'],
  blues: ['#08306B', '#6BAED6', '#2171B5', '#9ECAE1', '#4292C6', '#C6DBEF', '#000000'],
  greys: ['#1A1A1A', '#8C8C8C', '#4D4D4D', '#A6A6A6', '#666666', '#BFBFBF', '#000000'],
};

/** What is not highlighted. */
export const HIGHLIGHT_GREY = '#BDBDBD';

/** A colour of the palette by place (the n-th group or series). */
export function paletteColour(palette: Palette, index: number): string {
  const colours = PALETTES[palette];
  return colours[index % colours.length]!;
}

/** The colours of `count` series, in the palette's order. */
export function seriesColours(palette: Palette, count: number): string[] {
  return Array.from({ length: count }, (_, i) => paletteColour(palette, i));
}

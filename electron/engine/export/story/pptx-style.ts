import { formatMessage, type Locale } from '../../../../shared/i18n/index';
import type { Palette } from '../../../../shared/model/annotation';
import { HIGHLIGHT_GREY, seriesColours as sharedColours } from '../../../../shared/model/palette';

/**
 * The look of the PowerPoint export: a 16:9 slide in inches, type sizes a projector at the back
 * of a room can carry (titles ≥ 28 pt, body ≥ 16 pt), the colour-blind-safe palettes, and the
 * words and dates of the locale.
 */

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
export const MARGIN = 0.5;
export const CONTENT_W = SLIDE_W - 2 * MARGIN;

/** Arial: on every Windows and macOS machine; LibreOffice draws it with the metric-compatible Liberation Sans. */
export const FONT = 'Arial';
export const TITLE_PT = 30;
export const BODY_PT = 18;
export const SMALL_PT = 16;

export const INK = '222222';
export const MUTED = '555555';
export const RULE = 'D0D0D0';
export const ACCENT = '0072B2';
export const PANEL = 'F2F4F7';
/** What is not highlighted. */
export const GREY = HIGHLIGHT_GREY.slice(1);

/** The colours of `count` series (hex without `#`), from the one palette (shared/model/palette.ts). */
export function seriesColours(palette: Palette, count: number): string[] {
  return sharedColours(palette, count).map((c) => c.slice(1));
}

export type Words = (code: string, params?: Record<string, string | number>) => string;

/** The export's words (`story.pptx.*`) in the locale. */
export function wordsFor(locale: Locale): Words {
  return (code, params = {}) => formatMessage({ code: `story.pptx.${code}`, params }, locale);
}

/** A moment (an ISO timestamp) as the locale writes a date: `7/12/2026` in nl-BE; the text itself when it is no date. */
export function formatDate(iso: string, locale: Locale): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(day ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  // A plain day (an action's due date) is no moment: shown as written, whatever the time zone.
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', ...(day ? { timeZone: 'UTC' } : {}) }).format(date);
}

export function formatNumber(value: number, decimals: number, locale: Locale): string {
  return value.toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/**
 * An Excel number format for the chart's values: `decimals` places and the unit as literal text.
 * `%` must be quoted: bare, Excel multiplies by 100. Quotes and backslashes are dropped from the unit.
 */
export function numberFormat(decimals: number, unit: string): string {
  const places = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  const literal = unit.replace(/["\\]/g, '');
  return `#,##0${places}${literal === '' ? '' : `"${literal}"`}`;
}

/** Average advance of a character of Arial, in ems (mixed Dutch text, a little generous); bold is wider. */
const EM_PER_CHAR = 0.48;
const BOLD = 1.1;

/** Inches a one-line text takes at `pt` points. */
export function textWidth(text: string, pt: number, bold = false): number {
  return text.length * (pt / 72) * EM_PER_CHAR * (bold ? BOLD : 1);
}

/** Lines a text takes in a box `width` inches wide (insets included) at `pt` points; paragraphs split on new lines. */
export function lineCount(text: string, width: number, pt: number, bold = false): number {
  const perLine = Math.max(1, Math.floor((width - 0.2) / ((pt / 72) * EM_PER_CHAR * (bold ? BOLD : 1))));
  return text.split('\n').reduce((sum, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const len = word.length;
      if (used === 0) used = len;
      else if (used + 1 + len <= perLine) used += 1 + len;
      else {
        lines += 1;
        used = len;
      }
      while (used > perLine) {
        lines += 1;
        used -= perLine;
      }
    }
    return sum + lines;
  }, 0);
}

/** Height in inches of `lines` lines at `pt` points (line spacing 1.2) with the box's insets. */
export function textHeight(lines: number, pt: number): number {
  return (lines * pt * 1.2) / 72 + 0.12;
}

/** A text cut to at most `max` characters at a word's end, ending in `…`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

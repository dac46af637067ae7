import type { Palette } from '../../../../shared/model/annotation';
import type { Locale } from '../../../../shared/i18n/index';
import { FONT_FAMILY, textWidth, type FontWeight } from './fonts';
import { HIGHLIGHT_GREY, seriesColours } from '../../../../shared/model/palette';

/**
 * The small SVG vocabulary chart images are written in (docs/decisions/0009-chart-images.md:
 * why no chart library): elements as strings, text measured with the font resvg draws with,
 * nice ticks, numbers in the locale's format, the colour-blind-safe palettes.
 */

export const INK = '#222222';
export const MUTED = '#555555';
export const GRID = '#E3E3E3';
/** The colour of what is not highlighted. */
export const GREY = HIGHLIGHT_GREY;

export { seriesColours };

/** ColorBrewer's Blues and Greys (9 classes), light to dark: the heatmap's sequential scales. */
const SEQUENTIAL = {
  blues: ['#F7FBFF', '#DEEBF7', '#C6DBEF', '#9ECAE1', '#6BAED6', '#4292C6', '#2171B5', '#08519C', '#08306B'],
  greys: ['#FFFFFF', '#F0F0F0', '#D9D9D9', '#BDBDBD', '#969696', '#737373', '#525252', '#252525', '#000000'],
};

/** A heatmap cell's colour at t in [0, 1]: greys for the greys palette, blues otherwise. */
export function heatColour(palette: Palette, t: number): string {
  const stops = SEQUENTIAL[palette === 'greys' ? 'greys' : 'blues'];
  const at = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const k = Math.min(stops.length - 2, Math.floor(at));
  const [a, b] = [stops[k]!, stops[k + 1]!];
  const channel = (i: number) => {
    const [ca, cb] = [parseInt(a.slice(i, i + 2), 16), parseInt(b.slice(i, i + 2), 16)];
    return Math.round(ca + (cb - ca) * (at - k)).toString(16).padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`.toUpperCase();
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

type Attrs = Record<string, string | number | undefined>;

const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, ''));

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v!)}"`)
    .join('');
}

export function el(name: string, a: Attrs, children = ''): string {
  return children === '' ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`;
}

export function rect(x: number, y: number, w: number, h: number, a: Attrs): string {
  return el('rect', { x, y, width: Math.max(0, w), height: Math.max(0, h), ...a });
}

export function line(x1: number, y1: number, x2: number, y2: number, a: Attrs): string {
  return el('line', { x1, y1, x2, y2, ...a });
}

/**
 * A straight arrow to its tip at (x2, y2): the line stops where the head begins, and the head is a
 * filled triangle `head` long in the line's colour. An arrowhead, not a dot: a dot at the end
 * would read as one more data point.
 */
export function arrow(x1: number, y1: number, x2: number, y2: number, head: number, a: { stroke: string; 'stroke-width': number; 'stroke-dasharray'?: string }): string {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const bx = x2 - head * Math.cos(angle);
  const by = y2 - head * Math.sin(angle);
  const wing = (sign: number) => `${bx + sign * head * 0.45 * Math.sin(angle)},${by - sign * head * 0.45 * Math.cos(angle)}`;
  return line(x1, y1, bx, by, a) + el('polygon', { points: `${x2},${y2} ${wing(1)} ${wing(-1)}`, fill: a.stroke });
}

export interface TextStyle {
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: FontWeight;
  fill?: string;
  rotate?: number;
  /** haloText: the white box's margin, in font sizes. */
  pad?: number;
}

/** One line of text with its baseline at `y`. */
export function text(x: number, y: number, content: string, style: TextStyle): string {
  return el(
    'text',
    {
      x,
      y,
      'font-family': FONT_FAMILY,
      'font-size': style.size,
      'font-weight': style.weight === 'bold' ? 'bold' : undefined,
      'text-anchor': style.anchor ?? 'start',
      fill: style.fill ?? INK,
      transform: style.rotate ? `rotate(${num(style.rotate)} ${num(x)} ${num(y)})` : undefined,
    },
    escapeXml(content),
  );
}

/** Text on a white box, so it stays legible over grid lines and bars. */
export function haloText(x: number, y: number, content: string, style: TextStyle): string {
  const w = textWidth(content, style.size, style.weight);
  const left = style.anchor === 'end' ? x - w : style.anchor === 'middle' ? x - w / 2 : x;
  const pad = style.size * (style.pad ?? 0.2);
  return rect(left - pad, y - style.size * 0.95, w + 2 * pad, style.size * 1.25, { fill: '#FFFFFF', 'fill-opacity': 0.85 }) + text(x, y, content, style);
}

/** Cuts a text to `max` width, ending in `…`. */
export function fit(content: string, size: number, max: number, weight?: FontWeight): string {
  if (textWidth(content, size, weight) <= max) return content;
  let lo = 0;
  let hi = content.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${content.slice(0, mid).trimEnd()}…`, size, weight) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${content.slice(0, lo).trimEnd()}…`;
}

/** Words broken into lines of at most `max` width (a single word wider than `max` stays whole). */
export function breakLines(content: string, size: number, max: number, weight?: FontWeight): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of content.split(/\s+/).filter((w) => w !== '')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(candidate, size, weight) > max) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Words wrapped into lines of at most `max` width; at most `maxLines`, the last cut with `…`. */
export function wrap(content: string, size: number, max: number, maxLines = Infinity, weight?: FontWeight): string[] {
  const lines = breakLines(content, size, max, weight);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = fit(`${kept[maxLines - 1]!} ${lines[maxLines]!}`, size, max, weight);
    return kept;
  }
  return lines.map((l) => fit(l, size, max, weight));
}

/** Round numbers 1, 2, 5 × 10^k spanning [lo, hi], about `target` of them. */
export function niceTicks(lo: number, hi: number, target = 5): { ticks: number[]; step: number } {
  if (!(hi > lo)) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return niceTicks(lo - pad, hi + pad, target);
  }
  const raw = (hi - lo) / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(lo / step + 1e-9) * step;
  const last = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step * 1e-6; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return { ticks, step };
}

/** Decimals a tick step needs (0.25 → 2). */
export function stepDecimals(step: number): number {
  for (let d = 0; d <= 6; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-6) return d;
  return 6;
}

const formats = new Map<string, Intl.NumberFormat>();

/** A number as the locale writes it (nl-BE: `23,5`) with exactly `decimals`, then the unit. */
export function formatValue(value: number, decimals: number, unit: string, locale: Locale): string {
  const key = `${locale}|${decimals}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(key, format);
  }
  return `${format.format(value)}${unit}`;
}

/** A linear scale from a domain onto pixels. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

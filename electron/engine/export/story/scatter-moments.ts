import type { SlideChart } from '../../../../shared/model/story/deck';

/**
 * What the SVG writer and the PowerPoint export share about a scatter that places a team at
 * moments (the skill–will quadrant, story/slide-chart.ts): which points follow one another, so
 * that an arrow runs from each moment to the next, and where a label can stand without covering
 * a point or an arrow. Units are whatever the caller draws in (pixels, inches), y downwards.
 */

export interface MomentChain {
  /** Indices into `chart.points`, in the order the moments follow one another. */
  points: number[];
  /** The team's computed position (true), or another reading of the same moments, such as its own estimate. */
  main: boolean;
}

/** `name` as `prefix + inner + suffix`, `inner` a whole word sequence of it; null when it is not in there. */
function affixes(name: string, inner: string): [string, string] | null {
  for (let at = name.indexOf(inner); at >= 0; at = name.indexOf(inner, at + 1)) {
    const prefix = name.slice(0, at);
    const suffix = name.slice(at + inner.length);
    if ((prefix === '' || /\s$/.test(prefix)) && (suffix === '' || /^\s/.test(suffix)) && prefix + suffix !== '') return [prefix, suffix];
  }
  return null;
}

/**
 * The moments a scatter shows one after another: only a scatter with lines across its x axis
 * (the quadrant; a scatter of pupils has none), of two or more points each its own series. The
 * series are moments in the order of the points; a series that names one of them within a
 * longer name (`eigen inschatting nulmeting`) is another reading of that moment, and its kind
 * (`eigen inschatting …`) follows its own chain, so no arrow runs from the last computed moment
 * to the first estimate. Chains of one point are left out.
 */
export function momentChains(chart: SlideChart): MomentChain[] {
  if (chart.kind !== 'scatter' || chart.xLines.length === 0 || chart.points.length < 2) return [];
  const names = chart.points.map((p) => p.series?.trim() ?? '');
  if (names.some((n) => n === '') || new Set(names).size !== names.length) return [];
  const templates: [string, string][] = [];
  for (const name of names) {
    for (const inner of names) {
      if (inner === name) continue;
      const found = affixes(name, inner);
      if (found && !templates.some(([p, s]) => p === found[0] && s === found[1])) templates.push(found);
    }
  }
  const keyOf = (name: string) => {
    const t = templates.find(([p, s]) => name.length > p.length + s.length && name.startsWith(p) && name.endsWith(s));
    return t ? `${t[0]}\u0000${t[1]}` : '';
  };
  const groups = new Map<string, number[]>();
  names.forEach((name, i) => {
    const key = keyOf(name);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups.entries()].filter(([, points]) => points.length >= 2).map(([key, points]) => ({ points, main: key === '' }));
}

/**
 * The label a reference line on the value axis shows: its own; without one, its value, as the
 * screen shows it, except in a scatter with lines across its x axis (the quadrant), where the
 * line is the bridge the vertical line names, and it shows none ('').
 */
export function lineLabel(chart: SlideChart, label: string, value: () => string): string {
  if (label !== '') return label;
  return chart.kind === 'scatter' && chart.xLines.length > 0 ? '' : value();
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The segment from a to b with `start` taken off its beginning and `end` off its end; null when nothing of it is left. */
export function shorten(a: [number, number], b: [number, number], start: number, end: number): Segment | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length <= start + end) return null;
  const [ux, uy] = [dx / length, dy / length];
  return { x1: a[0] + ux * start, y1: a[1] + uy * start, x2: b[0] - ux * end, y2: b[1] - uy * end };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether a segment passes through a rectangle (Liang–Barsky clipping). */
function crosses(r: Rect, s: Segment): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, s.x1 - r.x],
    [dx, r.x + r.w - s.x1],
    [-dy, s.y1 - r.y],
    [dy, r.y + r.h - s.y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/**
 * The first of `candidates` that lies within `bounds` and covers none of the boxes and segments
 * in the way; when every one does, the one that covers the fewest (the first of those).
 */
export function freeSpot(candidates: readonly Rect[], bounds: Rect, boxes: readonly Rect[], segments: readonly Segment[]): Rect {
  let best = candidates[0]!;
  let fewest = Infinity;
  for (const c of candidates) {
    const inside = c.x >= bounds.x - 1e-9 && c.y >= bounds.y - 1e-9 && c.x + c.w <= bounds.x + bounds.w + 1e-9 && c.y + c.h <= bounds.y + bounds.h + 1e-9;
    const hits = boxes.filter((b) => overlaps(c, b)).length + segments.filter((s) => crosses(c, s)).length + (inside ? 0 : 0.5);
    if (hits === 0) return c;
    if (hits < fewest) {
      fewest = hits;
      best = c;
    }
  }
  return best;
}

/**
 * Where the label of a vertical line at `x` goes: at the top of the plot right of the line, else
 * left of it, else at the bottom right, else bottom left; `w` × `h` the label's box, `gap` its
 * distance from the line and from the plot's edge.
 */
export function verticalLabelSpot(x: number, plot: Rect, w: number, h: number, gap: number, boxes: readonly Rect[], segments: readonly Segment[]): Rect {
  const top = plot.y + gap;
  const bottom = plot.y + plot.h - gap - h;
  const right = x + gap;
  const left = x - gap - w;
  const candidates = [
    { x: right, y: top, w, h },
    { x: left, y: top, w, h },
    { x: right, y: bottom, w, h },
    { x: left, y: bottom, w, h },
  ];
  return freeSpot(candidates, plot, boxes, segments);
}

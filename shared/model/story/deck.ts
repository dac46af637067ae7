import { z } from 'zod';
import { Annotation, Palette, ReferenceLine } from '../annotation';
import { Message } from '../message';
import { PrivacyBadge, PrivacyChoice } from './privacy';
import { Story, StorySection } from './story';

/**
 * A story computed for showing: every slide's view recomputed from its recipe into a
 * `SlideChart` — the figures a slide draws, independent of any chart library, with the privacy
 * choice already applied (pseudonyms, groups under k left out). Presenting draws it with plotly;
 * the PowerPoint export maps it onto a native chart where the kind allows, an image otherwise;
 * the PDF handout draws the image. One computation, so what is shown is what is exported.
 */

/**
 * `bar`, `groupedBar`, `stackedBar`, `line`, `scatter` and `slope` map onto PowerPoint's own charts;
 * `dotCi` (a mean with its interval), `box` and `heatmap` become an image.
 */
export const SlideChartKind = z.enum(['bar', 'groupedBar', 'stackedBar', 'line', 'scatter', 'slope', 'dotCi', 'box', 'heatmap']);
export type SlideChartKind = z.infer<typeof SlideChartKind>;

const Num = z.number().nullable();

export const SlideSeries = z.object({
  name: z.string(),
  /** One value per category (for a heatmap: one row of cells). */
  values: z.array(Num),
  /** `dotCi`: the interval; `box`: the quartiles (q1, q3). */
  low: z.array(Num).optional(),
  high: z.array(Num).optional(),
  /** `box`: the whiskers. */
  min: z.array(Num).optional(),
  max: z.array(Num).optional(),
  /** Pupils behind each value. */
  n: z.array(Num).optional(),
});
export type SlideSeries = z.infer<typeof SlideSeries>;

export const SlidePoint = z.object({ x: z.number(), y: z.number(), series: z.string().nullable() });
export type SlidePoint = z.infer<typeof SlidePoint>;

export const SlideChart = z.object({
  kind: SlideChartKind,
  categories: z.array(z.string()),
  series: z.array(SlideSeries),
  /** `scatter`: one point per pupil (sampled beyond MAX_POINTS). */
  points: z.array(SlidePoint).default([]),
  categoryTitle: z.string(),
  valueTitle: z.string(),
  /** `scatter`: the x axis. */
  xTitle: z.string().default(''),
  /** Shown after a value: `%`, ` ptn`, or nothing. */
  unit: z.string(),
  decimals: z.number().int().min(0).max(3),
  /** Null: from the data. */
  valueRange: z.tuple([z.number(), z.number()]).nullable().default(null),
  /** `scatter`: the x axis's range (null: from the data), and lines across it (the quadrant's bridge). */
  xRange: z.tuple([z.number(), z.number()]).nullable().default(null),
  xLines: z.array(ReferenceLine).default([]),
  /** `scatter`: the no-change diagonal y = x. */
  diagonal: z.boolean().default(false),
  /** `dotCi`: the zero line. */
  zeroLine: z.boolean().default(false),
  annotations: z.array(Annotation).default([]),
  highlight: z.string().nullable().default(null),
  palette: Palette.default('okabeIto'),
  /** Lines under the chart: groups left out and why, the unit, a caution. */
  notes: z.array(z.string()).default([]),
});
export type SlideChart = z.infer<typeof SlideChart>;

/** A chart of a kind with nothing in it yet: the defaults every builder starts from. */
export function emptySlideChart(kind: SlideChartKind): SlideChart {
  return {
    kind,
    categories: [],
    series: [],
    points: [],
    categoryTitle: '',
    valueTitle: '',
    xTitle: '',
    unit: '',
    decimals: 1,
    valueRange: null,
    xRange: null,
    xLines: [],
    diagonal: false,
    zeroLine: false,
    annotations: [],
    highlight: null,
    palette: 'okabeIto',
    notes: [],
  };
}

export const DeckSlide = z.object({
  slideId: z.string(),
  viewId: z.string(),
  section: StorySection,
  title: z.string(),
  subtitle: z.string(),
  takeaway: z.string(),
  notes: z.string(),
  interpretation: z.string(),
  alternative: z.string(),
  rok: z.array(z.string()),
  /** Null when the view no longer computes; `error` says why. */
  chart: SlideChart.nullable(),
  error: Message.nullable(),
  /** The text alternative: the view's own, or generated from the figures. */
  alt: z.string(),
  /** Pupils (or rows) behind the figures. */
  n: z.number().int().nonnegative().nullable(),
  /** The files behind the view and when they were imported (the source line). */
  sources: z.array(z.object({ name: z.string(), fileName: z.string(), importedAt: z.string() })),
  privacy: PrivacyBadge,
});
export type DeckSlide = z.infer<typeof DeckSlide>;

export const Deck = z.object({
  story: Story,
  projectName: z.string(),
  slides: z.array(DeckSlide),
  privacy: PrivacyChoice,
  /** When it was computed (the title slide's date). */
  at: z.string(),
});
export type Deck = z.infer<typeof Deck>;

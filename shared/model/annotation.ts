import { z } from 'zod';

/**
 * What a view draws on top of its figures (DOMAIN.md, data storytelling): reference lines and
 * bands with a label (the 3.0 threshold, the Flemish average, last year), callouts anchored to a
 * category of the chart, and one category or series highlighted with the rest greyed. Values are
 * on the chart's value axis, in its unit; a callout names the category it points at as the chart
 * shows it (a group, a component, a moment), so it follows the data when the view recomputes.
 */
export const ANNOTATION_LABEL_MAX = 200;
export const CALLOUT_TEXT_MAX = 400;
export const MAX_ANNOTATIONS = 20;

const Label = z.string().max(ANNOTATION_LABEL_MAX);

export const ReferenceLine = z.object({
  kind: z.literal('line'),
  value: z.number().finite(),
  label: Label,
});
export type ReferenceLine = z.infer<typeof ReferenceLine>;

export const ReferenceBand = z
  .object({
    kind: z.literal('band'),
    from: z.number().finite(),
    to: z.number().finite(),
    label: Label,
  })
  .refine((b) => b.from < b.to, { message: 'a band runs from a lower to a higher value' });
export type ReferenceBand = z.infer<typeof ReferenceBand>;

export const Callout = z.object({
  kind: z.literal('callout'),
  /** The category pointed at, as the chart names it (a group, a component, a moment). */
  target: z.string().min(1).max(ANNOTATION_LABEL_MAX),
  text: z.string().min(1).max(CALLOUT_TEXT_MAX),
});
export type Callout = z.infer<typeof Callout>;

export const Annotation = z.union([ReferenceLine, ReferenceBand, Callout]);
export type Annotation = z.infer<typeof Annotation>;

/** Colour-blind-safe palettes: Okabe–Ito (default), a blue sequence, greys for print. */
export const Palette = z.enum(['okabeIto', 'blues', 'greys']);
export type Palette = z.infer<typeof Palette>;

/** How a view is dressed for a story: everything beyond its figures. */
export const ViewDesign = z.object({
  subtitle: z.string().max(300).default(''),
  annotations: z.array(Annotation).max(MAX_ANNOTATIONS).default([]),
  /** The category or series shown in colour; the others grey. Null: all in colour. */
  highlight: z.string().max(ANNOTATION_LABEL_MAX).nullable().default(null),
  palette: Palette.default('okabeIto'),
  /** Codes of the reference framework's quality expectations (story/rok.ts), such as `R3`. */
  rok: z.array(z.string().regex(/^[A-Z]{1,2}[0-9]{1,2}$/)).max(10).default([]),
  /**
   * The user's own text alternative of a plain or comparison chart, and the generated text it was
   * edited from (a learning-gain view keeps its own in ViewGain.alt).
   */
  alt: z.string().min(1).max(4000).optional(),
  altFrom: z.string().max(20_000).optional(),
});
export type ViewDesign = z.infer<typeof ViewDesign>;

export const DEFAULT_DESIGN: ViewDesign = { subtitle: '', annotations: [], highlight: null, palette: 'okabeIto', rok: [] };

import { z } from 'zod';
import { Message } from '../message';
import type { ColumnInfo } from '../table';

/**
 * A comparison with a reference (DOMAIN.md): the school's mean beside the Flemish average and
 * similar schools, per test component, each with its n — read from a table that already holds
 * those means, such as the central tests' school feedback dashboard (a row per component and
 * group). Such a table has no spread, so differences are shown in the scale's points, without an
 * interval or an effect size, and say so.
 */
export const ReferenceAnalysis = z.object({
  kind: z.literal('reference'),
  /** The column naming the test component; null: the table compares one thing. */
  component: z.string().nullable().default(null),
  /** The column naming who the mean belongs to (our school, Flanders, similar schools). */
  group: z.string(),
  /** The value of `group` that is our school; null: the one named like it (`Onze school`, `eigen school`). */
  ours: z.string().max(200).nullable().default(null),
  /** The column with the mean score. */
  mean: z.string(),
  /** The column with the number of pupils behind each mean, if any. */
  n: z.string().nullable().default(null),
  /** What the means are: scale scores or percentages (only the unit's name differs). */
  unit: z.enum(['scalePoints', 'percentPoints']).default('scalePoints'),
  /** Our school's mean is not shown for a component with fewer pupils (privacy). */
  minGroup: z.number().int().min(1).max(100).default(5),
});
export type ReferenceAnalysis = z.infer<typeof ReferenceAnalysis>;

export const ReferenceRow = z.object({
  group: z.string(),
  /** Null when suppressed, or empty in the table. */
  mean: z.number().nullable(),
  n: z.number().nullable(),
  suppressed: z.boolean(),
  /** Ours minus this group's mean (positive: our school is above it); null on our own row. */
  difference: z.number().nullable(),
});
export type ReferenceRow = z.infer<typeof ReferenceRow>;

export const ReferenceComponent = z.object({
  component: z.string().nullable(),
  /** Our school first, then the others in the table's order. */
  rows: z.array(ReferenceRow),
});
export type ReferenceComponent = z.infer<typeof ReferenceComponent>;

export const ReferenceResult = z.object({
  analysis: ReferenceAnalysis,
  /** The value of the group column taken as our school. */
  ours: z.string(),
  /** Every group, ours first. */
  groups: z.array(z.string()),
  components: z.array(ReferenceComponent),
  /** Rows without a group (or component, when there is a component column). */
  leftOut: z.number().int().nonnegative(),
  warnings: z.array(Message),
});
export type ReferenceResult = z.infer<typeof ReferenceResult>;

/** Most rows a reference table may have: it holds means, not pupils. */
export const MAX_REFERENCE_ROWS = 5_000;

const OURS = /^(onze|eigen|mijn|uw|jouw|our|own|your)\b.*|^school$/i;

/** The group value that names our school, or null when none does. */
export function guessOurs(values: readonly string[]): string | null {
  return values.find((v) => OURS.test(v.trim())) ?? null;
}

const MEAN_NAME = /gemiddel|mean|average|score|vaardigheid/i;
const N_NAME = /^(n|aantal.*|number.*|count|leerlingen)$/i;
const GROUP_NAME = /groep|group|vergelijk|referentie|reference|wie/i;
const COMPONENT_NAME = /onderdeel|component|toets|domein|subject|vak|test/i;

/**
 * A first proposal for a reference table: the mean a numeric column named like a mean, n a whole
 * numeric column named like a count, the group and component the text columns named like them
 * (or the first two text columns). Null when the table has no numeric column or no text column.
 */
export function guessReference(columns: readonly ColumnInfo[]): ReferenceAnalysis | null {
  const numeric = columns.filter((c) => c.type === 'integer' || c.type === 'decimal');
  const texts = columns.filter((c) => c.type === 'text' || c.type === 'ordinal');
  const n = numeric.find((c) => N_NAME.test(c.name.trim())) ?? null;
  const mean = numeric.find((c) => c !== n && MEAN_NAME.test(c.name)) ?? numeric.find((c) => c !== n);
  if (!mean || texts.length === 0) return null;
  const group = texts.find((c) => GROUP_NAME.test(c.name)) ?? texts[texts.length > 1 ? 1 : 0]!;
  const component = texts.find((c) => c !== group && COMPONENT_NAME.test(c.name)) ?? texts.find((c) => c !== group) ?? null;
  return ReferenceAnalysis.parse({ kind: 'reference', component: component?.name ?? null, group: group.name, mean: mean.name, n: n?.name ?? null });
}

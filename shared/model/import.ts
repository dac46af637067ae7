import { z } from 'zod';
import { ColumnType } from './table';

/**
 * How an import turns a file's cells into a typed table: the options the user (or a profile)
 * sets on top of what is detected. Everything here is optional: absent means "detect".
 */

/** Text labels to numbers, e.g. Likert `Helemaal oneens` … `Helemaal eens` → 1 … 5. Labels match case- and space-insensitively. */
export const LabelMapping = z.object({
  kind: z.literal('labels'),
  labels: z.array(z.object({ label: z.string().min(1), value: z.number() })).min(1),
});

/**
 * A gradebook score `behaald/totaal` (`34/50`) split into two decimal columns: the score
 * (keeps the column's name) and its maximum (`<name> (max)`).
 */
export const FractionMapping = z.object({ kind: z.literal('fraction') });

/** Level codes to an ordered scale, lowest first: `['E','D','C','B','A']`. Other values are reported as not fitting. */
export const OrdinalMapping = z.object({
  kind: z.literal('ordinal'),
  levels: z.array(z.string().min(1)).min(2),
});

export const ValueMapping = z.discriminatedUnion('kind', [LabelMapping, FractionMapping, OrdinalMapping]);
export type ValueMapping = z.infer<typeof ValueMapping>;

/** The settings of one column, identified by its header as found in the file (`source`). */
export const ColumnSetting = z.object({
  source: z.string(),
  /** New name in the imported table. */
  name: z.string().min(1).optional(),
  /** Type chosen by the user instead of the inferred one. */
  type: ColumnType.optional(),
  /** false: leave the column out. */
  include: z.boolean().optional(),
  /** Values read as missing in this column, replacing the file-wide list. */
  missingTokens: z.array(z.string()).optional(),
  mapping: ValueMapping.optional(),
});
export type ColumnSetting = z.infer<typeof ColumnSetting>;

/**
 * A rule for every column whose header matches `pattern` (a case-insensitive regular
 * expression), e.g. all survey items `^(IK|WIJ|OV|PC)\d`. Profiles use rules; the import
 * dialog writes exact `ColumnSetting`s, which win over rules.
 */
export const ColumnRule = ColumnSetting.omit({ source: true, name: true }).extend({
  pattern: z.string().min(1),
});
export type ColumnRule = z.infer<typeof ColumnRule>;

/** The missing-value tokens used when neither a column setting nor the options name others. */
export const DEFAULT_MISSING_TOKENS = ['', 'afw', 'afwezig', '-', 'nvt', 'n.v.t.', 'NA', 'N/A', 'Weet niet'];

import type { MatchSupportKind } from '../../../../shared/model/recipe/steps/match';
import { num } from '../../db/sql';
import { classDigits } from './normalize';

/**
 * The evidence weights of name matching (Fellegi–Sunter, as Splink uses them). A field that
 * compares at some level adds log2(m/u): m is how often it compares so for the same pupil (set
 * here, from what school files are like), u how often for two different pupils (estimated from
 * the table itself: how often two different pupils of the table agree). A score is the sum of the
 * fields' weights and the prior, log2 of the odds that a pair taken at random is a match
 * (1 in the number of pupils): a posterior log-odds. Score 4 means 16 : 1 for a match.
 *
 * Estimating u from the data makes the weights follow the school: in one school of six classes a
 * same class says little (u ≈ 1/6), in a school group of 900 classes it says a lot; an exact
 * name among 135 pupils is nearly conclusive, among 20,000 it needs the class.
 *
 * u is estimated on the table's distinct pupils (distinct name and supporting values), from pairs
 * of different pupils: Σ c(c − 1) / (n(n − 1)) over the values' counts c, with a prior belief worth
 * a number of pairs added to both (so that six pupils with two namesakes do not make a name worth
 * little). Pairs of different pupils are what u means, and the same pupil listed twice does not count.
 */

/** How two names compare, best first. */
export const NAME_LEVELS = ['exact', 'folded', 'subset', 'typo', 'partial', 'different'] as const;
export type NameLevel = (typeof NAME_LEVELS)[number];

/** m of an exact name: it agrees for the same pupil unless a file misspells it. */
export const NAME_M_EXACT = 0.92;
/**
 * What u of an exact name is before the table is seen (two pupils of a Flemish school sharing a
 * first and last name: first names of a year group Σp² ≈ 0.008, surnames ≈ 0.001, and some
 * clustering), and how many pairs of pupils that belief is worth: the estimate from the table
 * takes over from a few hundred pupils on (a hundred thousand pairs). Without namesakes in a
 * school of 135, E ≈ log2(0.92 / 8.5e-6) ≈ 16.7.
 */
export const NAME_U_PRIOR = 1e-5;
export const NAME_PRIOR_PAIRS = 1e5;
/** The same for the support fields' u: the assumed u (`uDefault`) is worth a hundred pairs. */
export const SUPPORT_PRIOR_PAIRS = 100;

/**
 * Each name level's weight relative to an exact name (E = log2(m / u)), from the m and u of each
 * level against those of an exact name; `partial` and `different` are fixed, their u does not
 * scale with namesakes:
 * - folded (`De Smet` / `Desmet`, `Van den Broeck` / `Vandenbroeck`): m ≈ 0.05, u ≈ u/10 → E − 1
 *   (one bit below exact: in Flanders `De Smet` and `Desmet` are different families);
 * - subset (a second first name in one file only): m ≈ 0.02, u ≈ u/2 → E − 4.5;
 * - typo (all words equal but one, Jaro-Winkler ≥ 0.88, `Lukas` / `Lucas`): m ≈ 0.02, u ≈ 2u → E − 6.5;
 * - partial (a word equal, the others only somewhat alike, ≥ 0.75; siblings): m ≈ u ≈ 0.01 → 0;
 * - different (the block's shared word only): m ≈ 0.005, u ≈ 0.1 → −4.
 */
export const NAME_OFFSETS: Record<NameLevel, number | null> = { exact: 0, folded: -1, subset: -4.5, typo: -6.5, partial: null, different: null };
export const NAME_FIXED: Partial<Record<NameLevel, number>> = { partial: 0, different: -4 };

/** Jaro-Winkler limits of the `typo` and `partial` levels. */
export const TYPO_SIMILARITY = 0.88;
export const PARTIAL_SIMILARITY = 0.75;

/** How a supporting field compares. */
export const SUPPORT_LEVELS = ['agree', 'close', 'differ', 'missing'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/**
 * Per support kind: m of agreeing and of differing (for the same pupil), the u of agreeing assumed
 * when the table cannot tell (fewer than two values), and how the `close` level is weighed.
 * - class: m = 0.9 (pupils change class during a year), close m = 0.07 (a change mostly stays in
 *   the grade: `3A` → `3B`, the same digits; or `2A` vs `2Aa`, a subgroup), differ m = 0.03; u of
 *   close estimated like u of agree, from pupils with the same digits in their class;
 * - birthDate: m = 0.95 (dates get mistyped), differ m = 0.03; close (day and month swapped, one
 *   part off) weighs the agreement A − 6;
 * - exact: m = 0.95, differ m = 0.05.
 * Differing weighs log2(m / (1 − u of agree − u of close)). The levels stay ordered: close never
 * weighs more than agree, differ never more than close.
 */
export const SUPPORT_MODEL: Record<MatchSupportKind, { m: number; mDiffer: number; uDefault: number; close: { m: number; group: (v: string) => string; uDefault: number } | ((agree: string) => string) }> = {
  class: { m: 0.9, mDiffer: 0.03, uDefault: 0.1, close: { m: 0.07, group: classDigits, uDefault: 0.2 } },
  birthDate: { m: 0.95, mDiffer: 0.03, uDefault: 1 / 365, close: (a) => `greatest(${a} - 6, 0)` },
  exact: { m: 0.95, mDiffer: 0.05, uDefault: 0.5, close: () => '0' },
};

/** Bounds of a support field's u: at most log2(m / 1e-4) ≈ 13 for agreement, never a certainty. */
export const U_MIN = 1e-4;
export const U_MAX = 0.99;

/** The SQL of a name level's weight, given the column holding E. */
export function nameWeightSql(level: string, exact: string): string {
  const cases = NAME_LEVELS.map((lv, k) => {
    const fixed = NAME_FIXED[lv];
    return `WHEN ${k + 1} THEN ${fixed !== undefined ? num(fixed) : `${exact} + ${num(NAME_OFFSETS[lv] ?? 0)}`}`;
  });
  return `CASE ${level} ${cases.join(' ')} END`;
}

/** Level numbers as the SQL computes them (1-based index into the level lists). */
export const nameLevelAt = (code: number): NameLevel => NAME_LEVELS[code - 1] ?? 'different';
export const supportLevelAt = (code: number): SupportLevel => SUPPORT_LEVELS[code - 1] ?? 'missing';

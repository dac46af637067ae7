import { z } from 'zod';

/**
 * What a presentation or an export lets out (DOMAIN.md, rules): by default pupil names are
 * replaced by pseudonyms (`Leerling 1` …, in the order the chart shows them) and groups under
 * k pupils are not shown. The presenter may turn either off for one session; an export dialog
 * preselects the safe choice.
 */
export const PrivacyChoice = z.object({
  pseudonymise: z.boolean().default(true),
  /** Groups with fewer pupils are not shown; null: every group is shown. */
  suppressBelow: z.number().int().min(2).max(100).nullable().default(5),
});
export type PrivacyChoice = z.infer<typeof PrivacyChoice>;

export const SAFE_PRIVACY: PrivacyChoice = { pseudonymise: true, suppressBelow: 5 };

/**
 * A view's privacy badge: it shows pupils one by one (`pupil`), or aggregates (`aggregated`);
 * `suppressed` counts the groups not shown because they are under k.
 */
export const PrivacyBadge = z.object({
  level: z.enum(['pupil', 'aggregated']),
  suppressed: z.number().int().nonnegative(),
  k: z.number().int().nullable(),
  /** Pupil names were replaced by pseudonyms on this slide. */
  pseudonymised: z.boolean(),
});
export type PrivacyBadge = z.infer<typeof PrivacyBadge>;

import type { GainResult } from '../../../../shared/model/analysis/gain';
import type { ReferenceResult } from '../../../../shared/model/analysis/reference';
import type { SurveyResult } from '../../../../shared/model/analysis/survey';
import type { PrivacyBadge } from '../../../../shared/model/story/privacy';
import type { GainChartKind, GroupSummary } from '../../../../shared/model/view';

/**
 * A view's privacy badge (story/privacy.ts), from what it shows: pupils one by one, or figures
 * per group, and how many groups were left out because they had fewer than k pupils.
 */

/** The gain charts that draw a dot per pupil. */
const PUPIL_KINDS: readonly GainChartKind[] = ['scatter', 'gainStrip'];

/** A plain chart whose groups are as many as its rows shows every row (every pupil) on its own. */
export function chartPrivacy(summary: GroupSummary): PrivacyBadge {
  const rows = summary.rows.reduce((sum, r) => sum + r.n, 0);
  const oneByOne = summary.rows.length > 0 && summary.rows.length === rows;
  return { level: oneByOne ? 'pupil' : 'aggregated', suppressed: 0, k: null, pseudonymised: false };
}

/** A learning-gain chart: per pupil in the scatter and the strip; the groups the engine suppressed. */
export function gainPrivacy(result: GainResult, kind: GainChartKind): PrivacyBadge {
  const suppressed = result.analysis.groupBy === null ? (result.overall.suppressed ? 1 : 0) : result.groups.filter((g) => g.suppressed).length;
  const pupils = PUPIL_KINDS.includes(kind) && result.points.length > 0;
  return { level: pupils ? 'pupil' : 'aggregated', suppressed, k: result.analysis.minGroup, pseudonymised: false };
}

/** The comparison: means per group; the means withheld under k (a group in a component each). */
export function referencePrivacy(result: ReferenceResult): PrivacyBadge {
  const suppressed = result.components.reduce((sum, c) => sum + c.rows.filter((r) => r.suppressed).length, 0);
  return { level: 'aggregated', suppressed, k: result.analysis.minGroup, pseudonymised: false };
}

/**
 * The staff survey: means per item, axis and element (aggregated); the subgroups withheld under k
 * (a subgroup in a moment each). With the observations per teacher (the form asked for them, the
 * table is open under the chart) it shows persons one by one.
 */
export function surveyPrivacy(result: SurveyResult): PrivacyBadge {
  const suppressed = result.moments.reduce((sum, m) => sum + m.groups.filter((g) => g.suppressed).length, 0);
  const teachers = (result.observations?.teachers?.length ?? 0) > 0;
  return { level: teachers ? 'pupil' : 'aggregated', suppressed, k: result.analysis.minGroup, pseudonymised: false };
}

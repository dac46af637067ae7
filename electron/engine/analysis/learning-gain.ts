import { WerkbankError } from '../../../shared/api/errors';
import {
  type ExpectedGrowth,
  type GainAnalysis,
  type GainGroup,
  type GainPoint,
  type GainResult,
  MAX_POINTS,
  type PairedFigures,
  SMALL_GROUP,
  type Transitions,
  type TrendPoint,
} from '../../../shared/model/analysis/gain';
import { type Message, message } from '../../../shared/model/message';
import type { ColumnInfo } from '../../../shared/model/table';
import { meanCi, ols, pairedSummary, residuals, transitionMatrix } from '../../../shared/stats';
import type { Session } from '../db/session';
import type { Materialized } from '../recipe/cache';
import { columnOf } from '../recipe/compile';
import { comparableUnit, pairUp, type PupilRow, pupilRows } from './gain-pairs';

/**
 * Learning gain over a recipe's result (DOMAIN.md "Leerwinst"): the pupils paired between the
 * first and the last moment, per group and overall, with the effect sizes labelled by type,
 * expected growth (end regressed on start over the cohort), level transitions and, with three
 * moments or more, the trend. DuckDB gathers a row per pupil; the figures are the pure
 * functions of shared/stats. Groups under the privacy threshold show no figures and no size.
 */
export async function learningGain(session: Session, result: Materialized, analysis: GainAnalysis): Promise<GainResult> {
  const unit = checkGainColumns(analysis, result.columns);
  const rows = await pupilRows(session, result, analysis);
  const { pairs, leftOut } = pairUp(rows, analysis);
  const last = analysis.moments.length - 1;
  const warnings: Message[] = [];

  const figures = (of: PupilRow[]): PairedFigures =>
    pairedSummary(
      of.map((p) => p.scores[0]!),
      of.map((p) => p.scores[last]!),
      analysis.threshold,
    );
  const byGroup = groupsOf(pairs);
  const shown = (n: number) => n >= analysis.minGroup;
  const groups: GainGroup[] =
    analysis.groupBy === null
      ? []
      : [...byGroup].map(([key, members]) => ({
          key,
          suppressed: !shown(members.length),
          small: members.length < SMALL_GROUP,
          figures: shown(members.length) ? figures(members) : null,
        }));
  const suppressed = groups.filter((g) => g.suppressed).length;
  if (suppressed > 0) warnings.push(message('engine.gain.groupsSuppressed', { count: suppressed, k: analysis.minGroup }));
  // No pairs at all reveals no one: the empty figures are shown (with the warning below).
  const overallShown = pairs.length === 0 || shown(pairs.length);
  const overall = { suppressed: !overallShown, small: pairs.length < SMALL_GROUP, figures: overallShown ? figures(pairs) : null };
  if (pairs.length === 0) warnings.push(message('engine.gain.noPairs', { from: analysis.moments[0]!.label, to: analysis.moments[last]!.label }));

  return {
    analysis,
    unit,
    from: analysis.moments[0]!.label,
    to: analysis.moments[last]!.label,
    overall,
    groups,
    leftOut,
    expected: analysis.expectedGrowth ? expectedGrowth(pairs, byGroup, analysis, warnings) : null,
    transitions: transitionsOf(pairs.length > 0 ? rows : [], analysis, result.columns),
    trend: analysis.moments.length > 2 ? trendOf(rows, analysis, shown) : [],
    ...pointsOf(pairs, last, (group) => shown(analysis.groupBy === null ? pairs.length : (byGroup.get(group)?.length ?? 0))),
    warnings,
  };
}

/** The pairs for the charts, without keys; those of suppressed groups left out; evenly thinned past MAX_POINTS. */
function pointsOf(pairs: PupilRow[], last: number, visible: (group: string | null) => boolean): { points: GainPoint[]; pointsSampled: boolean } {
  const kept = pairs.filter((p) => visible(p.group));
  const step = kept.length > MAX_POINTS ? kept.length / MAX_POINTS : 1;
  const points: GainPoint[] = [];
  for (let k = 0; k < Math.min(kept.length, MAX_POINTS); k++) {
    const p = kept[Math.floor(k * step)]!;
    points.push([p.group, p.scores[0]!, p.scores[last]!]);
  }
  return { points, pointsSampled: step > 1 };
}

/**
 * Whether the analysis fits these columns: its moments comparable (comparableUnit) and every
 * column it names there; the unit of the gain. Throws the refusal in the user's terms.
 */
export function checkGainColumns(analysis: GainAnalysis, columns: ColumnInfo[]): 'percentPoints' | 'scalePoints' {
  const unit = comparableUnit(analysis, columns);
  columnOf(columns, analysis.key);
  if (analysis.groupBy !== null) columnOf(columns, analysis.groupBy);
  if (analysis.layout === 'long' && analysis.momentColumn === null) throw new WerkbankError('errors.gain.noMomentColumn', { moment: analysis.moments[0]!.label });
  if (analysis.layout === 'long' && analysis.moments.some((m) => m.value === null)) throw new WerkbankError('errors.gain.noMomentValue');
  const labels = new Set(analysis.moments.map((m) => m.label.toLowerCase()));
  if (labels.size < analysis.moments.length) throw new WerkbankError('errors.gain.duplicateMoment');
  for (const m of analysis.moments) if (m.levelColumn !== null) columnOf(columns, m.levelColumn);
  if (analysis.levelColumn !== null) columnOf(columns, analysis.levelColumn);
  return unit;
}

/** Pairs per group value, groups in natural order (`2A` before `10A`), no value last. */
function groupsOf(pairs: PupilRow[]): Map<string | null, PupilRow[]> {
  const groups = new Map<string | null, PupilRow[]>();
  for (const pair of pairs) {
    const members = groups.get(pair.group);
    if (members) members.push(pair);
    else groups.set(pair.group, [pair]);
  }
  const collator = new Intl.Collator('nl-BE', { numeric: true, sensitivity: 'base' });
  const keys = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)));
  return new Map(keys.map((k) => [k, groups.get(k)!]));
}

/**
 * Expected growth: the end score regressed on the start score over every pair of the cohort;
 * per group the mean residual (above or below what the start predicts) with its t interval. A
 * group formed on the start score drifts towards the mean by regression alone: said whenever
 * groups are compared this way.
 */
function expectedGrowth(pairs: PupilRow[], byGroup: Map<string | null, PupilRow[]>, analysis: GainAnalysis, warnings: Message[]): ExpectedGrowth {
  const last = analysis.moments.length - 1;
  const model = ols(
    pairs.map((p) => p.scores[0]!),
    pairs.map((p) => p.scores[last]!),
  );
  if (!model) return { model: null, groups: [] };
  if (analysis.groupBy !== null) warnings.push(message('engine.gain.regressionToMean', { column: analysis.groupBy }));
  const groups = [...byGroup].map(([key, members]) => {
    if (members.length < analysis.minGroup) return { key, suppressed: true, n: null, meanResidual: null, ci95: null };
    const r = residuals(
      model,
      members.map((p) => p.scores[0]!),
      members.map((p) => p.scores[last]!),
    );
    const summary = meanCi(r);
    return { key, suppressed: false, n: summary.n, meanResidual: summary.mean, ci95: summary.ci };
  });
  return { model, groups: analysis.groupBy === null ? [] : groups };
}

/**
 * Level transitions between the first and last moment, for pupils with a level at both, in the
 * scale's order: the stated one, else the level column's own (an ordinal column's levels).
 */
function transitionsOf(rows: PupilRow[], analysis: GainAnalysis, columns: ColumnInfo[]): Transitions | null {
  const last = analysis.moments.length - 1;
  const hasLevels = analysis.layout === 'long' ? analysis.levelColumn !== null : analysis.moments[0]!.levelColumn !== null && analysis.moments[last]!.levelColumn !== null;
  if (!hasLevels) return null;
  const levelColumn = analysis.layout === 'long' ? analysis.levelColumn! : analysis.moments[0]!.levelColumn!;
  const order = analysis.levels ?? columnOf(columns, levelColumn).levels ?? null;
  if (!order) throw new WerkbankError('errors.gain.levelOrderNeeded', { column: levelColumn });
  const pairs: [string, string][] = [];
  for (const row of rows) {
    const from = row.levels[0];
    const to = row.levels[last];
    if (row.hasKey && from != null && to != null) pairs.push([from, to]);
  }
  return { from: analysis.moments[0]!.label, to: analysis.moments[last]!.label, ...transitionMatrix(pairs, order) };
}

/** Three moments or more: per group and moment, the mean of the pupils with a score at every moment. */
function trendOf(rows: PupilRow[], analysis: GainAnalysis, shown: (n: number) => boolean): TrendPoint[] {
  const complete = rows.filter((r) => r.hasKey && r.scores.every((s) => s !== null));
  const points: TrendPoint[] = [];
  const groups = analysis.groupBy === null ? new Map([[null, complete]]) : groupsOf(complete);
  for (const [group, members] of groups) {
    analysis.moments.forEach((moment, i) => {
      if (!shown(members.length)) {
        points.push({ group, moment: moment.label, n: 0, mean: null, ci95: null });
        return;
      }
      const summary = meanCi(members.map((m) => m.scores[i]!));
      points.push({ group, moment: moment.label, n: summary.n, mean: summary.mean, ci95: summary.ci });
    });
  }
  return points;
}

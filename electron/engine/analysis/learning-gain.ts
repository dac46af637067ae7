import { type Suppression, suppressCells } from '../../../shared/model/privacy/suppress';
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
import { meanCi, ols, pairedSummary, residuals } from '../../../shared/stats';
import { transitionMatrixOfCounts } from '../../../shared/stats/transitions';
import type { Session } from '../db/session';
import type { Materialized } from '../recipe/cache';
import { columnOf } from '../recipe/compile';
import { comparableUnit, type Pairs, pairUp, pupilColumns, type Pupils } from './gain-pairs';

/**
 * Learning gain over a recipe's result (DOMAIN.md "Leerwinst"): the pupils paired between the
 * first and the last moment, per group and overall, with the effect sizes labelled by type,
 * expected growth (end regressed on start over the cohort), level transitions and, with three
 * moments or more, the trend. DuckDB gathers a row per pupil in one query whose 100,000 rows
 * cross as numbers (typed arrays, no object per pupil); the figures are the pure functions of
 * shared/stats. Groups under the privacy threshold show no figures and no size.
 */
export async function learningGain(session: Session, result: Materialized, analysis: GainAnalysis): Promise<GainResult> {
  const unit = checkGainColumns(analysis, result.columns);
  const last = analysis.moments.length - 1;
  const levels = levelOrder(analysis, result.columns);
  const pupils = await pupilColumns(session, result, analysis, levels);
  const { pairs: paired, leftOut } = pairUp(pupils, analysis);
  const start = Array.from(paired.start);
  const end = Array.from(paired.end);
  const n = start.length;
  const warnings: Message[] = [];

  const figures = (from: number[], to: number[]): PairedFigures => pairedSummary(from, to, analysis.threshold);
  const byGroup = groupsOf(paired.groups, paired.codes, [paired.start, paired.end]);
  const shown = (size: number) => size >= analysis.minGroup;
  // No pairs at all reveals no one: the empty figures are shown (with the warning below).
  const overallShown = n === 0 || shown(n);
  // Groups under k are withheld; and while the figures of all pupils are shown, one more group
  // goes where a single withheld group could be worked out from them (shared/model/privacy/suppress.ts).
  const keys = [...byGroup.keys()];
  const hidden = groupsWithheld(keys.map((key) => byGroup.get(key)![0]!.length), analysis.minGroup, overallShown);
  const withheld = new Set(keys.filter((_, i) => hidden.hidden[i]));
  const groups: GainGroup[] =
    analysis.groupBy === null
      ? []
      : [...byGroup].map(([key, [from, to]]) => ({
          key,
          suppressed: withheld.has(key),
          ...(withheld.has(key) && from!.length >= analysis.minGroup ? { complementary: true } : {}),
          small: from!.length < SMALL_GROUP,
          figures: withheld.has(key) ? null : figures(from!, to!),
        }));
  const suppressed = groups.filter((g) => g.suppressed).length;
  if (suppressed > 0) warnings.push(message('engine.gain.groupsSuppressed', { count: hidden.primary, k: analysis.minGroup }));
  if (analysis.groupBy !== null && hidden.complementary > 0) warnings.push(message('engine.gain.groupsComplemented', { count: hidden.complementary, k: analysis.minGroup }));
  const overall = { suppressed: !overallShown, small: n < SMALL_GROUP, figures: overallShown ? figures(start, end) : null };
  if (n === 0) warnings.push(message('engine.gain.noPairs', { from: analysis.moments[0]!.label, to: analysis.moments[last]!.label }));
  const visible = paired.groups.map((group) => (analysis.groupBy === null ? shown(n) : byGroup.has(group) && !withheld.has(group)));

  return {
    analysis,
    unit,
    from: analysis.moments[0]!.label,
    to: analysis.moments[last]!.label,
    overall,
    groups,
    leftOut,
    expected: analysis.expectedGrowth ? expectedGrowth(start, end, byGroup, withheld, analysis, warnings) : null,
    transitions: levels === null ? null : transitionsOf(n > 0 ? pupils : null, levels, analysis),
    trend: analysis.moments.length > 2 ? trendOf(pupils, analysis, shown) : [],
    ...pointsOf(paired, visible),
    warnings,
  };
}

/**
 * The pairs for the charts in the result's order, without keys; those of suppressed groups left
 * out; evenly thinned past MAX_POINTS.
 */
function pointsOf(paired: Pairs, visible: boolean[]): { points: GainPoint[]; pointsSampled: boolean } {
  const { groups, codes, start, end } = paired;
  const kept = new Int32Array(codes.length);
  let count = 0;
  for (let r = 0; r < codes.length; r++) if (visible[codes[r]!]) kept[count++] = r;
  const step = count > MAX_POINTS ? count / MAX_POINTS : 1;
  const points: GainPoint[] = [];
  for (let k = 0; k < Math.min(count, MAX_POINTS); k++) {
    const r = kept[Math.floor(k * step)]!;
    points.push([groups[codes[r]!]!, start[r]!, end[r]!]);
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

/**
 * The pupils' values per group (`values[j]` the values of column j, in the result's order),
 * groups in natural order (`2A` before `10A`; ties keep the order of first appearance), no value
 * last. `codes[r]` is pupil r's index into `groups`.
 */
function groupsOf(groups: (string | null)[], codes: Float64Array, columns: Float64Array[]): Map<string | null, number[][]> {
  const byCode: (number[][] | undefined)[] = new Array(groups.length);
  const seen: number[] = [];
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r]!;
    let values = byCode[code];
    if (!values) {
      values = columns.map(() => []);
      byCode[code] = values;
      seen.push(code);
    }
    for (let j = 0; j < columns.length; j++) values[j]!.push(columns[j]![r]!);
  }
  const collator = new Intl.Collator('nl-BE', { numeric: true, sensitivity: 'base' });
  const key = (code: number) => groups[code]!;
  seen.sort((a, b) => (key(a) === null ? 1 : key(b) === null ? -1 : collator.compare(key(a)!, key(b)!)));
  return new Map(seen.map((code) => [key(code), byCode[code]!]));
}

/**
 * Expected growth: the end score regressed on the start score over every pair of the cohort;
 * per group the mean residual (above or below what the start predicts) with its t interval. A
 * group formed on the start score drifts towards the mean by regression alone: said whenever
 * groups are compared this way.
 */
function expectedGrowth(
  start: number[],
  end: number[],
  byGroup: Map<string | null, number[][]>,
  withheld: ReadonlySet<string | null>,
  analysis: GainAnalysis,
  warnings: Message[],
): ExpectedGrowth {
  const model = ols(start, end);
  if (!model) return { model: null, groups: [] };
  if (analysis.groupBy !== null) warnings.push(message('engine.gain.regressionToMean', { column: analysis.groupBy }));
  const groups = [...byGroup].map(([key, [from, to]]) => {
    // The residuals of the whole cohort sum to zero: the groups withheld above stay withheld here.
    if (withheld.has(key)) return { key, suppressed: true, n: null, meanResidual: null, ci95: null };
    const summary = meanCi(residuals(model, from!, to!));
    return { key, suppressed: false, n: summary.n, meanResidual: summary.mean, ci95: summary.ci };
  });
  return { model, groups: analysis.groupBy === null ? [] : groups };
}

/**
 * The scale's order of the levels when the analysis has levels at the first and the last moment:
 * the stated one, else the level column's own (an ordinal column's levels); null without levels.
 */
function levelOrder(analysis: GainAnalysis, columns: ColumnInfo[]): readonly string[] | null {
  const last = analysis.moments.length - 1;
  const hasLevels = analysis.layout === 'long' ? analysis.levelColumn !== null : analysis.moments[0]!.levelColumn !== null && analysis.moments[last]!.levelColumn !== null;
  if (!hasLevels) return null;
  const levelColumn = analysis.layout === 'long' ? analysis.levelColumn! : analysis.moments[0]!.levelColumn!;
  const order = analysis.levels ?? columnOf(columns, levelColumn).levels ?? null;
  if (!order) throw new WerkbankError('errors.gain.levelOrderNeeded', { column: levelColumn });
  return order;
}

/**
 * Level transitions between the first and last moment, for pupils with a key and a level at both
 * (none when no pupil is paired), counted per (first, last) level, in the scale's order. The
 * levels arrive as their index in the order (-1 outside it), counted here and handed to the
 * counts-based matrix with a level outside the order standing for those.
 */
function transitionsOf(pupils: Pupils | null, order: readonly string[], analysis: GainAnalysis): Transitions {
  const size = order.length + 1;
  const counts = new Float64Array(size * size);
  if (pupils?.levels) {
    const [first, last] = pupils.levels;
    for (let r = 0; r < pupils.n; r++) {
      const from = first[r]!;
      const to = last[r]!;
      if (pupils.hasKey[r] !== 1 || Number.isNaN(from) || Number.isNaN(to)) continue;
      counts[(from + 1) * size + (to + 1)]! += 1;
    }
  }
  // Longer than every level of the order, so never one of them.
  const outside = '\u0000'.repeat(Math.max(0, ...order.map((l) => l.length)) + 1);
  const level = (i: number) => (i === 0 ? outside : order[i - 1]!);
  const cells: [string, string, number][] = [];
  counts.forEach((n, cell) => {
    if (n > 0) cells.push([level(Math.floor(cell / size)), level(cell % size), n]);
  });
  return { from: analysis.moments[0]!.label, to: analysis.moments[analysis.moments.length - 1]!.label, ...transitionMatrixOfCounts(cells, order) };
}

/**
 * Which groups (by their sizes) are withheld: under k, and — when the figures of all pupils are
 * published (`overallShown`), one line over every group — the complements that keep a lone
 * withheld group from being worked out by subtraction.
 */
export function groupsWithheld(sizes: readonly number[], k: number, overallShown: boolean): Suppression {
  const lines = overallShown && sizes.length > 1 ? [{ cells: sizes.map((_, i) => i) }] : [];
  return suppressCells(sizes, lines, k);
}

/** Three moments or more: per group and moment, the mean of the pupils with a score at every moment. */
function trendOf(pupils: Pupils, analysis: GainAnalysis, shown: (n: number) => boolean): TrendPoint[] {
  const rows: number[] = [];
  for (let r = 0; r < pupils.n; r++) if (pupils.hasKey[r] === 1 && pupils.scores.every((s) => Number.isFinite(s[r]))) rows.push(r);
  const codes = Float64Array.from(rows, (r) => pupils.codes[r]!);
  const scores = pupils.scores.map((s) => Float64Array.from(rows, (r) => s[r]!));
  const points: TrendPoint[] = [];
  const groups: Map<string | null, number[][]> =
    analysis.groupBy === null ? new Map([[null, scores.map((s) => Array.from(s))]]) : groupsOf(pupils.groups, codes, scores);
  for (const [group, values] of groups) {
    const size = values[0]!.length;
    analysis.moments.forEach((moment, i) => {
      if (!shown(size)) {
        points.push({ group, moment: moment.label, n: 0, mean: null, ci95: null });
        return;
      }
      const summary = meanCi(values[i]!);
      points.push({ group, moment: moment.label, n: summary.n, mean: summary.mean, ci95: summary.ci });
    });
  }
  return points;
}

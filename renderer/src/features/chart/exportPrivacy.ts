import { SAFE_PRIVACY, type PrivacyChoice } from '../../../../shared/model/story/privacy';
import type { Annotation } from '../../../../shared/model/annotation';
import type { GroupSummary, GroupSummaryRow } from '../../../../shared/model/view';
import type { FigureDesign } from './design';
import { rowN, rowName, sortedRows, type FigureWords } from './figure';

/**
 * The safe choice for a plain chart exported as an image (DOMAIN.md, rules): pupil names replaced
 * by pseudonyms (`Leerling 1` …, in the order the chart shows them) and groups with fewer than k
 * rows with a value left out. Pure: the screen's summary and design come in, the exported ones go
 * out; the screen itself keeps showing what it showed.
 */

/** The threshold of the safe choice (5). */
export const EXPORT_K = SAFE_PRIVACY.suppressBelow ?? 5;

/** What a plain chart lets out as it stands. */
export interface ChartExposure {
  /**
   * It shows pupils one by one: at least two groups with a name, each of one row. The group of
   * rows without a value in the grouping column names nobody and does not count (it is a small
   * group like any other).
   */
  pupilLevel: boolean;
  /** The pupils shown one by one (0 when the chart shows groups). */
  pupils: number;
  /** Groups with fewer than k rows with a value (a pupil's own bar on a chart of pupils is no group). */
  smallGroups: number;
  k: number;
}

/** A pupil's own bar on a chart of pupils one by one: named (or pseudonymised), never counted as a small group. */
function isPupilRow(row: GroupSummaryRow, pupilLevel: boolean): boolean {
  return pupilLevel && row.key !== null && row.n === 1;
}

function isSmall(row: GroupSummaryRow, pupilLevel: boolean, k: number): boolean {
  return !isPupilRow(row, pupilLevel) && row.nValid < k;
}

export function chartExposure(summary: GroupSummary, k: number = EXPORT_K): ChartExposure {
  const named = summary.rows.filter((r) => r.key !== null);
  const pupilLevel = named.length > 1 && named.every((r) => r.n === 1);
  return {
    pupilLevel,
    pupils: pupilLevel ? named.length : 0,
    smallGroups: summary.rows.filter((r) => isSmall(r, pupilLevel, k)).length,
    k,
  };
}

/** Whether exporting the chart first asks what may leave the machine. */
export function asksPrivacy(exposure: ChartExposure): boolean {
  return exposure.pupilLevel || exposure.smallGroups > 0;
}

/** The words the safe chart needs: the empty group's name and a pupil's pseudonym. */
export interface SafeChartWords extends Pick<FigureWords, 'emptyGroup'> {
  /** `Leerling 3`. */
  pupil(n: number): string;
}

/** The chart as it is exported, with the privacy choice applied. */
export interface SafeChart {
  /** The groups exported, in the order the screen shows them (sort `natural`), pupils under their pseudonyms. */
  summary: GroupSummary;
  /** A pupil's name as the chart shows it → the pseudonym it gets. Empty when names stay. */
  pseudonyms: Map<string, string>;
  /** The categories left out, as the chart names them. */
  left: string[];
  /** Groups left out under k. */
  suppressed: number;
  pupilLevel: boolean;
  /** Pupil names were replaced. */
  pseudonymised: boolean;
}

/**
 * The summary with the choice applied: groups under `choice.suppressBelow` rows with a value left
 * out, and on a chart of pupils one by one each pupil's name replaced by `Leerling n`, numbered in
 * the order shown (after the chart's sort, the groups left out skipped).
 */
export function safeChart(summary: GroupSummary, choice: PrivacyChoice, words: SafeChartWords): SafeChart {
  const exposure = chartExposure(summary, choice.suppressBelow ?? EXPORT_K);
  const { pupilLevel } = exposure;
  const k = choice.suppressBelow;
  const shown = sortedRows(summary);
  const kept = shown.filter((r) => k === null || !isSmall(r, pupilLevel, k));
  const left = shown.filter((r) => !kept.includes(r)).map((r) => rowName(r, words));
  const pseudonymise = pupilLevel && choice.pseudonymise;
  const pseudonyms = new Map<string, string>();
  let next = 0;
  const rows = kept.map((r) => {
    if (!pseudonymise || !isPupilRow(r, pupilLevel)) return r;
    const name = words.pupil(++next);
    pseudonyms.set(rowName(r, words), name);
    return { ...r, key: name };
  });
  return {
    summary: { chart: { ...summary.chart, sort: 'natural' }, rows },
    pseudonyms,
    left,
    suppressed: left.length,
    pupilLevel,
    pseudonymised: pseudonymise && next > 0,
  };
}

/** The pupils (or rows) behind the exported figures: the source line's n. */
export function safeN(chart: SafeChart): number {
  return chart.summary.rows.reduce((sum, r) => sum + rowN(chart.summary.chart, r), 0);
}

function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A text around the chart (a title, a callout) with every pupil name in it replaced by that
 * pupil's pseudonym: whole names only (`Jan` is not found in `Janssens`), any case, the longest
 * name first (`Jana Peeters` before `Jana`), in one pass (a pseudonym is never replaced again).
 */
export function pseudonymiseText(text: string, pseudonyms: ReadonlyMap<string, string>): string {
  if (pseudonyms.size === 0 || text === '') return text;
  const byName = new Map<string, string>();
  for (const [name, pseudonym] of pseudonyms) {
    const key = plain(name).toLocaleLowerCase();
    if (key !== '' && !byName.has(key)) byName.set(key, pseudonym);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  // Any run of white space in a name matches any run in the text.
  const pattern = names.map((n) => n.split(' ').map(escapeRegExp).join('\\s+')).join('|');
  const find = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(find, (match) => byName.get(plain(match).toLocaleLowerCase()) ?? match);
}

/**
 * The view's design on the exported chart: a callout or highlight on a pseudonymised pupil follows
 * the pseudonym, one on a group left out goes (it would point at nothing), and pupil names in the
 * annotations' texts are replaced too.
 */
export function safeDesign(design: FigureDesign, chart: SafeChart): FigureDesign {
  const left = new Set(chart.left.map(plain));
  const renamed = new Map([...chart.pseudonyms].map(([name, pseudonym]) => [plain(name), pseudonym]));
  const target = (category: string) => renamed.get(plain(category)) ?? category;
  const text = (t: string) => pseudonymiseText(t, chart.pseudonyms);
  const annotations = design.annotations.flatMap((a): Annotation[] => {
    if (a.kind !== 'callout') return [{ ...a, label: text(a.label) }];
    if (left.has(plain(a.target))) return [];
    return [{ ...a, target: target(a.target), text: text(a.text) }];
  });
  const highlight = design.highlight === null || left.has(plain(design.highlight)) ? null : target(design.highlight);
  return { ...design, annotations, highlight };
}

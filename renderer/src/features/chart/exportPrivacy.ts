import { SAFE_PRIVACY, type PrivacyChoice } from '../../../../shared/model/story/privacy';
import { suppressCells } from '../../../../shared/model/privacy/suppress';
import type { Annotation } from '../../../../shared/model/annotation';
import type { GroupSummary, GroupSummaryRow } from '../../../../shared/model/view';
import type { FigureDesign } from './design';
import { rowN, rowName, sortedRows, type FigureWords } from './figure';

/**
 * The safe choice for a plain chart exported as an image (DOMAIN.md, rules): pupil names replaced
 * by the project's stable codes (`LL-7K3QXM`, from the engine: privacy.pseudonyms) and groups with
 * fewer than k rows with a value left out (shared/model/privacy/suppress.ts; the picture shows no
 * total of its own, and its n is the sum of the groups shown). Pure: the screen's summary and
 * design come in, the exported ones go out; the screen itself keeps showing what it showed.
 */

/** The threshold of the safe choice when the project's own is not known (5). */
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

/** The words the safe chart needs: the empty group's name and a pupil's code. */
export interface SafeChartWords extends Pick<FigureWords, 'emptyGroup'> {
  /** The project's code for a pupil's name as the chart shows it (`LL-7K3QXM`). */
  pupil(name: string): string;
}

/** The names a chart of pupils one by one shows, for which the export needs codes. */
export function pupilNames(summary: GroupSummary): string[] {
  return chartExposure(summary).pupilLevel ? summary.rows.filter((r) => r.key !== null && r.n === 1).map((r) => r.key!) : [];
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
 * out, and on a chart of pupils one by one each pupil's name replaced by the pupil's code (the same
 * code whatever the order or the other pupils shown).
 */
export function safeChart(summary: GroupSummary, choice: PrivacyChoice, words: SafeChartWords): SafeChart {
  const exposure = chartExposure(summary, choice.suppressBelow ?? EXPORT_K);
  const { pupilLevel } = exposure;
  const k = choice.suppressBelow;
  const shown = sortedRows(summary);
  // A pupil's own bar is no group (it is named or coded, not counted); the others by their rows with a value.
  const { hidden } = suppressCells(
    shown.map((r) => (isPupilRow(r, pupilLevel) ? k ?? 0 : k !== null && r.nValid === 0 ? null : r.nValid)),
    [],
    k,
  );
  const kept = shown.filter((_, i) => !hidden[i]);
  const left = shown.filter((r) => !kept.includes(r)).map((r) => rowName(r, words));
  const pseudonymise = pupilLevel && choice.pseudonymise;
  const pseudonyms = new Map<string, string>();
  let next = 0;
  const rows = kept.map((r) => {
    if (!pseudonymise || !isPupilRow(r, pupilLevel)) return r;
    const code = words.pupil(rowName(r, words));
    next++;
    pseudonyms.set(rowName(r, words), code);
    return { ...r, key: code };
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

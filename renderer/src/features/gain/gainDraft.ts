import type { Locale } from '../../../../shared/i18n/index';
import type { GainAnalysis, GainMoment, MomentMeasure } from '../../../../shared/model/analysis/gain';
import { message, type Message } from '../../../../shared/model/message';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';

/**
 * The learning-gain panel's form as the user edits it: every choice a plain field ('' for
 * none), numbers as numbers (NaN while what was typed is not one). `analysisOf` turns it into
 * the engine's GainAnalysis, or says what to fix first. Whether the scores may be subtracted
 * at all (raw scores, percentiles) is the engine's to say: such a draft goes through.
 */

/** The kinds of score the form offers; `score` of the model splits into a stated maximum or a column. */
export const MEASURE_KINDS = ['percent', 'scoreMax', 'scoreColumn', 'scale', 'raw', 'percentile'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export interface MomentDraft {
  label: string;
  /** Wide: the column with this moment's score. */
  column: string;
  /** Long: the value of the moment column that marks this moment's rows. */
  value: Cell;
  measure: MeasureKind;
  /** `scoreMax`: the maximum. */
  max: number;
  /** `scoreColumn`: the column holding the maximum. */
  maxColumn: string;
  /** Wide: the column with this moment's level, for transitions. */
  levelColumn: string;
}

export interface GainDraft {
  layout: 'wide' | 'long';
  key: string;
  groupBy: string;
  moments: MomentDraft[];
  momentColumn: string;
  scoreColumn: string;
  levelColumn: string;
  /** Levels low to high as typed (`E, D, C, B, A`); empty: the level column's own order. */
  levels: string;
  threshold: number;
  expectedGrowth: boolean;
  minGroup: number;
}

export const MIN_MOMENTS = 2;
export const MAX_MOMENTS = 12;

const orNull = (s: string) => (s.trim() === '' ? null : s);

function measureKind(m: MomentMeasure): MeasureKind {
  if (m.kind !== 'score') return m.kind;
  return m.maxColumn !== null ? 'scoreColumn' : 'scoreMax';
}

export function emptyMoment(label = '', measure: MeasureKind = 'percent'): MomentDraft {
  return { label, column: '', value: null, measure, max: Number.NaN, maxColumn: '', levelColumn: '' };
}

/** The form for an analysis (a guess, a saved view, the last one computed). */
export function draftOf(analysis: GainAnalysis): GainDraft {
  return {
    layout: analysis.layout,
    key: analysis.key,
    groupBy: analysis.groupBy ?? '',
    moments: analysis.moments.map((m) => ({
      label: m.label,
      column: m.column ?? '',
      value: m.value,
      measure: measureKind(m.measure),
      max: m.measure.kind === 'score' && m.measure.max !== null ? m.measure.max : Number.NaN,
      maxColumn: m.measure.kind === 'score' ? (m.measure.maxColumn ?? '') : '',
      levelColumn: m.levelColumn ?? '',
    })),
    momentColumn: analysis.momentColumn ?? '',
    scoreColumn: analysis.scoreColumn ?? '',
    levelColumn: analysis.levelColumn ?? '',
    levels: analysis.levels?.join(', ') ?? '',
    threshold: analysis.threshold,
    expectedGrowth: analysis.expectedGrowth,
    minGroup: analysis.minGroup,
  };
}

/** A form to start from when nothing could be guessed: wide, the first identifier as key, two empty moments. */
export function emptyDraft(columns: readonly ColumnInfo[]): GainDraft {
  const key = columns.find((c) => c.type === 'identifier') ?? columns[0];
  return {
    layout: 'wide',
    key: key?.name ?? '',
    groupBy: '',
    moments: [emptyMoment(), emptyMoment()],
    momentColumn: '',
    scoreColumn: '',
    levelColumn: '',
    levels: '',
    threshold: 0,
    expectedGrowth: false,
    minGroup: 5,
  };
}

/** Levels as typed: split on commas (or semicolons), trimmed, empty ones dropped. */
export function parseLevels(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function measureOf(m: MomentDraft): MomentMeasure {
  switch (m.measure) {
    case 'scoreMax':
      return { kind: 'score', max: m.max, maxColumn: null };
    case 'scoreColumn':
      return { kind: 'score', max: null, maxColumn: m.maxColumn };
    default:
      return { kind: m.measure };
  }
}

/** The analysis the form describes, or the first thing to fix (in the form's own words). */
export function analysisOf(draft: GainDraft): { analysis: GainAnalysis } | { problem: Message } {
  if (draft.key.trim() === '') return { problem: message('ui.gain.problems.key') };
  if (draft.moments.length < MIN_MOMENTS || draft.moments.length > MAX_MOMENTS) return { problem: message('ui.gain.problems.moments') };
  for (const m of draft.moments) {
    if (m.label.trim() === '') return { problem: message('ui.gain.problems.label') };
    if (m.measure === 'scoreMax' && !(Number.isFinite(m.max) && m.max > 0)) return { problem: message('ui.gain.problems.max', { moment: m.label.trim() }) };
    if (m.measure === 'scoreColumn' && m.maxColumn === '') return { problem: message('ui.gain.problems.maxColumn', { moment: m.label.trim() }) };
  }
  if (!(Number.isFinite(draft.threshold) && draft.threshold >= 0)) return { problem: message('ui.gain.problems.threshold') };
  if (!(Number.isInteger(draft.minGroup) && draft.minGroup >= 1 && draft.minGroup <= 100)) return { problem: message('ui.gain.problems.minGroup') };
  const long = draft.layout === 'long';
  const levels = parseLevels(draft.levels);
  if (long && draft.levelColumn !== '' && levels.length > 0 && new Set(levels).size < 2) return { problem: message('ui.gain.problems.levels') };
  const moments: GainMoment[] = draft.moments.map((m) => ({
    label: m.label.trim(),
    column: long ? null : orNull(m.column),
    value: long ? m.value : null,
    measure: measureOf(m),
    levelColumn: long ? null : orNull(m.levelColumn),
  }));
  return {
    analysis: {
      kind: 'gain',
      layout: draft.layout,
      key: draft.key,
      moments,
      momentColumn: long ? orNull(draft.momentColumn) : null,
      scoreColumn: long ? orNull(draft.scoreColumn) : null,
      levelColumn: long ? orNull(draft.levelColumn) : null,
      levels: long && draft.levelColumn !== '' && levels.length > 0 ? [...new Set(levels)] : null,
      groupBy: orNull(draft.groupBy),
      threshold: draft.threshold,
      expectedGrowth: draft.expectedGrowth,
      minGroup: draft.minGroup,
    },
  };
}

/** Moves the moment at `index` one place earlier (−1) or later (+1); out of range: unchanged. */
export function moveMoment(draft: GainDraft, index: number, delta: -1 | 1): GainDraft {
  const to = index + delta;
  if (index < 0 || to < 0 || index >= draft.moments.length || to >= draft.moments.length) return draft;
  const moments = [...draft.moments];
  [moments[index], moments[to]] = [moments[to]!, moments[index]!];
  return { ...draft, moments };
}

export function removeMoment(draft: GainDraft, index: number): GainDraft {
  if (draft.moments.length <= MIN_MOMENTS) return draft;
  return { ...draft, moments: draft.moments.filter((_, i) => i !== index) };
}

/** A new moment at the end, measured like the last one. */
export function addMoment(draft: GainDraft): GainDraft {
  if (draft.moments.length >= MAX_MOMENTS) return draft;
  const last = draft.moments[draft.moments.length - 1];
  return { ...draft, moments: [...draft.moments, { ...emptyMoment('', last?.measure), max: last?.max ?? Number.NaN, maxColumn: last?.maxColumn ?? '' }] };
}

export function updateMoment(draft: GainDraft, index: number, patch: Partial<MomentDraft>): GainDraft {
  return { ...draft, moments: draft.moments.map((m, i) => (i === index ? { ...m, ...patch } : m)) };
}

/** A long table's moments from the values of its moment column (already in time order), measured like the first moment. */
export function withMomentValues(draft: GainDraft, column: string, values: readonly Cell[]): GainDraft {
  const first = draft.moments[0] ?? emptyMoment();
  const kept = values.filter((v) => v !== null).slice(0, MAX_MOMENTS);
  const moments: MomentDraft[] = kept.map((v) => ({ ...first, label: String(v), value: v, column: '', levelColumn: '' }));
  while (moments.length < MIN_MOMENTS) moments.push({ ...first, label: '', value: null, column: '', levelColumn: '' });
  return { ...draft, momentColumn: column, moments };
}

const MOMENT_COLUMN = /afname|moment|meting|periode|toetsmoment|wave|occasion/i;

/** The column that looks like it names the moment in a long table (as guessGain reads it), if any. */
export function momentColumnCandidate(columns: readonly ColumnInfo[]): ColumnInfo | null {
  return columns.find((c) => MOMENT_COLUMN.test(c.name) && (c.type === 'text' || c.type === 'ordinal' || c.type === 'date')) ?? null;
}

/** Month names in school-year order (September first), Dutch and English, full and short. */
const MONTHS: [RegExp, number][] = [
  [/^sep/, 0],
  [/^(okt|oct)/, 1],
  [/^nov/, 2],
  [/^dec/, 3],
  [/^jan/, 4],
  [/^feb/, 5],
  [/^(maa|mrt|mar)/, 6],
  [/^apr/, 7],
  [/^(mei|may)/, 8],
  [/^jun/, 9],
  [/^jul/, 10],
  [/^aug/, 11],
];

function monthIndex(text: string): number | null {
  const t = text.trim().toLowerCase();
  return MONTHS.find(([re]) => re.test(t))?.[1] ?? null;
}

/**
 * The values of a moment column in time order, as well as they can be told: an ordinal column's
 * levels, dates and numbers ascending, month names in school-year order (September → August);
 * otherwise as given (the engine lists the most frequent first). Empty values are dropped.
 */
export function orderMomentValues(values: readonly Cell[], column: ColumnInfo, locale: Locale): Cell[] {
  const present = values.filter((v) => v !== null && !(typeof v === 'string' && v.trim() === ''));
  if (column.type === 'ordinal' && column.levels) {
    const rank = (v: Cell) => column.levels!.indexOf(String(v));
    return [...present].sort((a, b) => rank(a) - rank(b));
  }
  if (column.type === 'date') return [...present].sort((a, b) => String(a).localeCompare(String(b)));
  if (present.every((v) => typeof v === 'number')) return [...present].sort((a, b) => (a as number) - (b as number));
  const months = present.map((v) => monthIndex(String(v)));
  if (months.every((m) => m !== null)) return present.map((v, i) => [v, months[i]!] as const).sort((a, b) => a[1] - b[1]).map(([v]) => v);
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  // Values like `M1`, `M2`, `meting 3`: their numbers order them.
  if (present.every((v) => /\d/.test(String(v)))) return [...present].sort((a, b) => collator.compare(String(a), String(b)));
  return present;
}

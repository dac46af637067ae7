import { type Codebook, SurveyAnalysis } from '../../../../shared/model/analysis/survey';
import { guessCodebook } from '../../../../shared/model/analysis/survey-guess';
import { message, type Message } from '../../../../shared/model/message';
import { type Recipe, RECIPE_VERSION } from '../../../../shared/model/recipe';
import type { SourceInfo } from '../../../../shared/model/source';
import type { ColumnInfo } from '../../../../shared/model/table';

/**
 * The *Teambevraging* form as the user edits it: every choice a plain field ('' for none),
 * numbers as numbers (NaN while what was typed is not one, or for a self-placement left empty).
 * A moment is a survey file (a source of the project); the observations another. `analysisOf`
 * turns it into the engine's SurveyAnalysis, or says what to fix first.
 */

export interface SurveyMomentDraft {
  label: string;
  /** The source holding this moment's answers. */
  source: string;
  /** The team's own dot on the quadrant for this moment; NaN: none. */
  selfSkill: number;
  selfWill: number;
  /** The recipe a saved analysis had for this moment: kept while its source stays the same. */
  recipe: Recipe | null;
}

export interface ObservationDraft {
  /** '' : no observations. */
  source: string;
  element: string;
  block: string;
  score: string;
  teacher: string;
  teacherLevel: boolean;
  recipe: Recipe | null;
}

export interface SurveyDraft {
  moments: SurveyMomentDraft[];
  observations: ObservationDraft;
  groupBy: string;
  meanBelow: number;
  sdAtLeast: number;
  minGroup: number;
  bridge: number;
  /** Null: the engine proposes it from the first moment's headers (until the user confirms one). */
  codebook: Codebook | null;
}

/** The labels a proposal gives its moments, in the interface language. */
export interface MomentNames {
  first: string;
  last: string;
  nth(n: number): string;
}

export const MAX_MOMENTS = 6;

const BEGIN = /nul|sept|begin|start|pre\b|voormeting/i;
const END = /eind|juni|june|post\b|na-?meting|end/i;

/** Whether a table holds a survey: item columns with a code before the question (`IK1. …`). */
export function isSurvey(columns: ColumnInfo[]): boolean {
  return guessCodebook(columns) !== null;
}

const find = (columns: ColumnInfo[], pattern: RegExp) => columns.find((c) => pattern.test(c.name.trim()))?.name ?? '';

/** The observation columns a table suggests: an element and a score, a building block and a teacher if there. */
export function observationColumns(columns: ColumnInfo[]): Omit<ObservationDraft, 'source' | 'teacherLevel' | 'recipe'> {
  return {
    element: find(columns, /^element$/i) || find(columns, /element|indicator|item/i),
    block: find(columns, /bouwsteen|blok|block|domein/i),
    score: find(columns, /^score$/i) || find(columns, /score|niveau|waarde/i),
    teacher: find(columns, /leraar|leerkracht|docent|teacher|observant/i),
  };
}

function isObservations(columns: ColumnInfo[]): boolean {
  const c = observationColumns(columns);
  return c.element !== '' && c.score !== '' && !isSurvey(columns);
}

export function emptyMoment(label: string, source = ''): SurveyMomentDraft {
  return { label, source, selfSkill: Number.NaN, selfWill: Number.NaN, recipe: null };
}

export const NO_OBSERVATIONS: ObservationDraft = { source: '', element: '', block: '', score: '', teacher: '', teacherLevel: false, recipe: null };

/**
 * The form proposed from the project's sources: every survey a moment (a baseline's name first,
 * an end measurement's last, else in import order), the first table with an element and a score
 * the observations. `guessed` is false when no survey was found.
 */
export function guessSurveyDraft(sources: SourceInfo[], names: MomentNames): { draft: SurveyDraft; guessed: boolean } {
  const rank = (s: SourceInfo) => {
    const name = `${s.name} ${s.fileName}`;
    return END.test(name) ? 2 : BEGIN.test(name) ? 0 : 1;
  };
  const surveys = sources
    .filter((s) => isSurvey(s.columns))
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s)
    .slice(0, MAX_MOMENTS);
  const label = (i: number) => (i === 0 ? names.first : i === surveys.length - 1 ? names.last : names.nth(i + 1));
  const moments = surveys.length > 0 ? surveys.map((s, i) => emptyMoment(label(i), s.id)) : [emptyMoment(names.first)];
  const observed = sources.find((s) => isObservations(s.columns));
  const observations = observed ? { ...NO_OBSERVATIONS, source: observed.id, ...observationColumns(observed.columns) } : NO_OBSERVATIONS;
  const draft: SurveyDraft = { moments, observations, groupBy: '', meanBelow: 3, sdAtLeast: 0.8, minGroup: 5, bridge: 3, codebook: null };
  return { draft, guessed: surveys.length > 0 };
}

/** The form of a saved analysis. */
export function draftOf(analysis: SurveyAnalysis): SurveyDraft {
  const self = (label: string) => analysis.selfPlacement.find((p) => p.moment === label);
  const o = analysis.observations;
  return {
    moments: analysis.moments.map((m) => ({
      label: m.label,
      source: m.recipe.base,
      selfSkill: self(m.label)?.skill ?? Number.NaN,
      selfWill: self(m.label)?.will ?? Number.NaN,
      recipe: m.recipe,
    })),
    observations: o
      ? { source: o.recipe.base, element: o.element, block: o.block ?? '', score: o.score, teacher: o.teacher ?? '', teacherLevel: o.teacherLevel, recipe: o.recipe }
      : NO_OBSERVATIONS,
    groupBy: analysis.groupBy ?? '',
    meanBelow: analysis.flag.meanBelow,
    sdAtLeast: analysis.flag.sdAtLeast,
    minGroup: analysis.minGroup,
    bridge: analysis.bridge,
    codebook: analysis.codebook,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

/** A source's own table, or the saved recipe while it still starts from that source. */
function recipeFor(source: string, saved: Recipe | null): Recipe {
  return saved && saved.base === source ? saved : { version: RECIPE_VERSION, base: source, steps: [] };
}

const onScale = (x: number) => Number.isFinite(x) && x >= 1 && x <= 5;

/** The engine's analysis of the form, or the first thing to fix. */
export function analysisOf(draft: SurveyDraft): { analysis: SurveyAnalysis } | { problem: Message } {
  if (draft.moments.length === 0 || draft.moments.length > MAX_MOMENTS) return { problem: message('ui.survey.problems.moments', { max: MAX_MOMENTS }) };
  const seen = new Set<string>();
  for (const m of draft.moments) {
    const label = m.label.trim();
    if (label === '') return { problem: message('ui.survey.problems.label') };
    if (seen.has(label.toLowerCase())) return { problem: message('ui.survey.problems.labelTwice', { moment: label }) };
    seen.add(label.toLowerCase());
    if (m.source === '') return { problem: message('ui.survey.problems.source', { moment: label }) };
    const some = Number.isFinite(m.selfSkill) || Number.isFinite(m.selfWill);
    if (some && !(onScale(m.selfSkill) && onScale(m.selfWill))) return { problem: message('ui.survey.problems.selfPlacement', { moment: label }) };
  }
  const o = draft.observations;
  if (o.source !== '' && (o.element === '' || o.score === '')) return { problem: message('ui.survey.problems.observationColumns') };
  if (!Number.isFinite(draft.meanBelow) || !(Number.isFinite(draft.sdAtLeast) && draft.sdAtLeast > 0)) return { problem: message('ui.survey.problems.thresholds') };
  if (!(Number.isInteger(draft.minGroup) && draft.minGroup >= 1 && draft.minGroup <= 100)) return { problem: message('ui.survey.problems.minGroup') };
  if (!onScale(draft.bridge)) return { problem: message('ui.survey.problems.bridge') };
  const parsed = SurveyAnalysis.safeParse({
    kind: 'survey',
    codebook: draft.codebook,
    moments: draft.moments.map((m) => ({ label: m.label.trim(), recipe: recipeFor(m.source, m.recipe) })),
    groupBy: orNull(draft.groupBy),
    observations:
      o.source === ''
        ? null
        : { recipe: recipeFor(o.source, o.recipe), element: o.element, block: orNull(o.block), score: o.score, teacher: orNull(o.teacher), teacherLevel: o.teacherLevel },
    flag: { meanBelow: draft.meanBelow, sdAtLeast: draft.sdAtLeast },
    minGroup: draft.minGroup,
    bridge: draft.bridge,
    selfPlacement: draft.moments.filter((m) => onScale(m.selfSkill) && onScale(m.selfWill)).map((m) => ({ moment: m.label.trim(), skill: m.selfSkill, will: m.selfWill })),
  });
  // What the form cannot say wrong is the codebook's: an empty label or code, a scale of one label.
  return parsed.success ? { analysis: parsed.data } : { problem: message('ui.survey.problems.codebook') };
}

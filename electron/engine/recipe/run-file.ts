import { extname } from 'node:path';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/api/contract';
import type { ExportFormat } from '../../../shared/api/contract/export';
import { dispatch } from '../../../shared/api/dispatch';
import { WerkbankError } from '../../../shared/api/errors';
import { formatMessage } from '../../../shared/i18n';
import type { Message } from '../../../shared/model/message';
import type { AnalysisFile } from '../../../shared/model/analysis/file';
import type { GainResult } from '../../../shared/model/analysis/gain';
import type { ReferenceResult } from '../../../shared/model/analysis/reference';
import type { ItemFigures, ObservationFigures, SurveyResult } from '../../../shared/model/analysis/survey';
import type { RecipeResult } from '../../../shared/model/project';
import type { RecipeFile } from '../../../shared/model/recipe';
import type { ColumnInfo } from '../../../shared/model/table';
import type { Engine } from '../api';
import { rebindings, renamedSettings, stringsIn } from './rebind';

/**
 * Runs a recipe file headless on new files (`npm run cli -- run`): imports each of its sources
 * from the file given for its name, in the file's order and with its import options, sets the
 * recipe, and writes the result. Everything goes through the engine's API as the renderer calls
 * it, so the run checks what the app checks. A name-matching step accepts only its automatic band
 * here; what it leaves for review is reported in its step's warnings.
 */

export interface RunReport {
  recipe: string;
  sources: { name: string; file: string; id: string; rows: number; columns: number; warnings: ReportedMessage[] }[];
  steps: { id: string; kind: string; rowsAfter: number; warnings: ReportedMessage[]; [diagnostics: string]: unknown }[];
  result: { rows: number; columns: Pick<ColumnInfo, 'name' | 'type'>[]; out: string; format: ExportFormat };
}

/** A message with its Dutch text, for people reading the JSON. */
export interface ReportedMessage extends Message {
  message: string;
}

/** Calls a channel as the shells do (validated by dispatch); a refusal is thrown as its WerkbankError. */
async function call<C extends Channel>(engine: Engine, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const envelope = await dispatch(engine.handlers, channel, request, (error) => {
    throw error;
  });
  if (!envelope.ok) throw new WerkbankError(envelope.error.code, envelope.error.params);
  return envelope.value as ResponseOf<C>;
}

const reported = (m: Message): ReportedMessage => ({ ...m, message: formatMessage(m, 'nl-BE') });

/** The export format an output file's extension names; `csvDialect` picks the CSV kind. */
export function outputFormat(out: string, csvDialect: 'flemish' | 'international'): ExportFormat | null {
  switch (extname(out).toLowerCase()) {
    case '.csv':
      return csvDialect === 'flemish' ? 'csv-flemish' : 'csv-international';
    case '.xlsx':
      return 'xlsx';
    case '.json':
      return 'json';
    case '.parquet':
      return 'parquet';
    default:
      return null;
  }
}

/** What a headless run of a recipe found before writing or analysing anything: sources imported, per step. */
export type RecipeRun = Pick<RunReport, 'sources' | 'steps'> & { result: RecipeResult };

/**
 * Imports each source of a recipe file from the file given for its name, in the file's order and
 * with its import options, and sets the recipe as it was saved. A step that no longer fits these
 * files stops the run with errors.recipe.runStoppedAtStep, naming it. A column whose header is
 * spelled otherwise than the recipe (or `alsoRefersTo`, the analysis run on it) has it — in case,
 * accents or spacing only — is read under the recipe's name, with a warning (rebind.ts).
 */
export async function runRecipe(engine: Engine, file: RecipeFile, inputs: ReadonlyMap<string, string>, alsoRefersTo?: unknown): Promise<RecipeRun> {
  const sources: RunReport['sources'] = [];
  const referenced = stringsIn([file.recipe, file.sources.map((s) => s.options ?? {}), alsoRefersTo ?? null]);
  for (const source of file.sources) {
    const path = inputs.get(source.name.toLowerCase());
    if (!path) throw new WerkbankError('errors.recipe.runMissingSource', { source: source.name });
    const ref = engine.files.register(path);
    let state = await call(engine, 'source.import', { fileId: ref.fileId, options: source.options, name: source.name });
    let imported = state.sources[state.sources.length - 1]!;
    // Sources get s1, s2 … in import order: the recipe's ids must land on the right files.
    if (imported.id !== source.id) throw new Error(`source ${source.name} was imported as ${imported.id}, not ${source.id}`);
    const renames = rebindings(
      imported.columns.map((c) => c.name),
      referenced,
    );
    const rebound: Message[] = [];
    if (renames.length > 0) {
      // The settings name a column by its header as found in the file: the inspection gives it.
      const inspected = await call(engine, 'file.inspect', { fileId: ref.fileId, options: source.options ?? {} });
      const settings = renamedSettings(source.options?.columns, inspected.columns, renames);
      for (const { from, to } of renames) rebound.push({ code: 'engine.runColumnRebound', params: { source: source.name, from, to } });
      state = await call(engine, 'source.refresh', { sourceId: imported.id, fileId: ref.fileId, options: { ...source.options, columns: settings } });
      imported = state.sources.find((s) => s.id === source.id)!;
    }
    const warnings = [...rebound, ...imported.warnings].map(reported);
    sources.push({ name: source.name, file: ref.name, id: imported.id, rows: imported.rowCount, columns: imported.columns.length, warnings });
  }
  const state = await call(engine, 'recipe.set', { recipe: file.recipe, tolerant: true });
  const result = state.result!;
  const stopped = result.steps.findIndex((s) => s.error);
  if (stopped >= 0) {
    const { kind, error } = result.steps[stopped]!;
    throw new WerkbankError('errors.recipe.runStoppedAtStep', { step: stopped + 1, kind, reason: formatMessage(error!, 'nl-BE') });
  }
  const steps = result.steps.map(({ id, kind, rowsAfter, warnings, columns: _columns, ...diagnostics }) => ({
    id,
    kind,
    rowsAfter,
    warnings: warnings.map(reported),
    ...diagnostics,
  }));
  return { sources, steps, result };
}

export async function runRecipeFile(
  engine: Engine,
  file: RecipeFile,
  recipeName: string,
  inputs: ReadonlyMap<string, string>,
  out: { path: string; format: ExportFormat },
): Promise<RunReport> {
  const { sources, steps, result } = await runRecipe(engine, file, inputs);
  const output = engine.files.register(out.path);
  await call(engine, 'export.table', { recipe: null, format: out.format, fileId: output.fileId });
  return {
    recipe: recipeName,
    sources,
    steps,
    result: { rows: result.rowCount, columns: result.columns.map((c) => ({ name: c.name, type: c.type })), out: out.path, format: out.format },
  };
}

/** What `analyse` prints: the recipe's run, then the analysis's figures. */
export interface AnalysisReport extends Pick<RunReport, 'sources' | 'steps'> {
  analysis: string;
  recipe: string;
  /** The figures of a learning-gain analysis file. */
  gain?: GainResult;
  /** The figures of a reference-comparison analysis file. */
  reference?: ReferenceResult;
  /** The figures of a survey analysis file, keyed for reading: surveyByKey(). */
  survey?: SurveyReport;
}

/**
 * A survey's figures as `analyse` prints them: per item (by its code) its figures at every
 * moment, per observation element and building block (by name) its figures, the axis means and
 * the quadrant at every moment; then the codebook used and the warnings.
 */
export interface SurveyReport {
  items: Record<string, { text: string; layer: string; axis: string | null; reverse: boolean; moments: Record<string, Omit<ItemFigures, 'code' | 'text' | 'layer' | 'axis' | 'reverse'>> }>;
  axes: Record<string, { skill: number | null; will: number | null; quadrant: string | null; respondents: number }>;
  observations: { elements: Record<string, Omit<ObservationFigures, 'name'>>; blocks: Record<string, Omit<ObservationFigures, 'name' | 'block'>> } | null;
  links: SurveyResult['links'];
  codebook: SurveyResult['codebook'];
  proposed: boolean;
  warnings: SurveyResult['warnings'];
}

export function surveyByKey(result: SurveyResult): SurveyReport {
  const items: SurveyReport['items'] = {};
  for (const moment of result.moments) {
    for (const { code, text, layer, axis, reverse, ...figures } of moment.items) {
      const entry = (items[code] ??= { text, layer, axis, reverse, moments: {} });
      entry.moments[moment.label] = figures;
    }
  }
  const axes: SurveyReport['axes'] = {};
  for (const moment of result.moments) {
    const q = result.quadrant.find((p) => p.moment === moment.label);
    axes[moment.label] = { skill: moment.skill.meanOfItemMeans, will: moment.will.meanOfItemMeans, quadrant: q?.quadrant ?? null, respondents: moment.respondents };
  }
  const observations = result.observations && {
    elements: Object.fromEntries(result.observations.elements.map(({ name, ...rest }) => [name, rest])),
    blocks: Object.fromEntries(result.observations.blocks.map(({ name, block: _b, ...rest }) => [name, rest])),
  };
  return { items, axes, observations, links: result.links, codebook: result.codebook, proposed: result.proposed, warnings: result.warnings };
}

/** Runs the recipe of an analysis file on the files given, then the analysis on its result. */
export async function runAnalysisFile(
  engine: Engine,
  file: AnalysisFile,
  names: { analysis: string; recipe: string },
  recipe: RecipeFile,
  inputs: ReadonlyMap<string, string>,
): Promise<AnalysisReport> {
  const { sources, steps } = await runRecipe(engine, recipe, inputs, file.analysis);
  const report = { analysis: names.analysis, recipe: names.recipe, sources, steps };
  if (file.analysis.kind === 'reference') return { ...report, reference: await call(engine, 'analysis.reference', { recipe: null, analysis: file.analysis }) };
  if (file.analysis.kind === 'survey') return { ...report, survey: surveyByKey(await call(engine, 'analysis.survey', { analysis: file.analysis })) };
  return { ...report, gain: await call(engine, 'analysis.gain', { recipe: null, analysis: file.analysis }) };
}

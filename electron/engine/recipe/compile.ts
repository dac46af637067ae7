import { WerkbankError } from '../../../shared/api/errors';
import type { Recipe, StepKind } from '../../../shared/model/recipe';
import type { ColumnInfo } from '../../../shared/model/table';
import { ROW_ORDER_COLUMN } from '../db/reserved';
import { ident, type SqlParam, type SqlParams, type SqlQuery } from '../db/sql';
import { stepModule } from './steps';
import { orderColumnAt } from './steps/order';
import type { Relation, SourceTable, StepPart, WithSteps } from './steps/types';

export { columnOf, levelRank } from './steps/columns';
export type { SourceTable } from './steps/types';

/**
 * Compiles a Recipe to one SQL query with a CTE per step, in the spirit of Tad's reltab. Each
 * step kind is a module in steps/; this file only chains them. Every CTE carries the visible
 * columns plus hidden order columns, so paging with any sort is stable. Values the user typed are
 * bound parameters (`$s<step>_<n>`), never SQL text.
 */

export interface CompiledStep extends Relation {
  /** The recipe step's id; null for the base table. */
  id: string | null;
  kind: 'base' | StepKind;
  /** Null for the base table. */
  part: StepPart | null;
  /** The values bound to this step's parameters. */
  params: SqlParams;
}

export interface CompiledRecipe {
  /** `name AS (…)` definitions, in order. */
  ctes: string[];
  /** The base table first, then one entry per recipe step. */
  steps: CompiledStep[];
  /** Hidden order columns of the final CTE, most significant first. */
  orderColumns: string[];
  /**
   * The first step that no longer fits the table it gets (a column gone or retyped since it was
   * made, typically after a source was refreshed): compiled with `tolerant`, the recipe stops
   * before it and this says where and why. Always null without `tolerant` (it throws instead).
   */
  broken: BrokenStep | null;
}

export interface BrokenStep {
  id: string;
  /** 0-based position in `recipe.steps`. */
  index: number;
  error: WerkbankError;
  /** This step and the ones after it, which were not compiled. */
  unrun: { id: string; kind: StepKind }[];
}

/**
 * Throws the first step's WerkbankError where a step does not fit its input; with `tolerant`,
 * compiles the steps before it and reports it as `broken` instead (an unknown base source
 * still throws: there is no table to stop at).
 */
export function compileRecipe(recipe: Recipe, sources: ReadonlyMap<string, SourceTable>, options: { tolerant?: boolean } = {}): CompiledRecipe {
  const base = sources.get(recipe.base);
  if (!base) throw new WerkbankError('errors.recipe.unknownSource', { source: recipe.base });
  const order0 = orderColumnAt(0);
  const ctes = [`s0 AS (SELECT ${[...base.columns.map((c) => ident(c.name)), `${ident(ROW_ORDER_COLUMN)} AS ${ident(order0)}`].join(', ')} FROM ${ident(base.table)})`];
  const steps: CompiledStep[] = [{ id: null, kind: 'base', cte: 's0', columns: base.columns, orderColumns: [order0], part: null, params: {} }];

  let broken: BrokenStep | null = null;
  for (const [i, step] of recipe.steps.entries()) {
    const input = steps[steps.length - 1]!;
    const position = i + 1;
    const params: Record<string, SqlParam> = {};
    const bind = (value: SqlParam) => {
      const name = `s${position}_${Object.keys(params).length + 1}`;
      params[name] = value;
      return `$${name}`;
    };
    const env = { sources, position, bind };
    const module = stepModule(step);
    let columns: ColumnInfo[];
    let part: StepPart;
    try {
      // A disabled step keeps its place (and its report) but passes its table on as it came.
      columns = step.disabled ? input.columns : module.columns(step, input.columns, env);
      part = step.disabled ? passThrough(input) : module.compile(step, input, env);
    } catch (error) {
      if (!options.tolerant || !(error instanceof WerkbankError)) throw error;
      broken = { id: step.id, index: i, error, unrun: recipe.steps.slice(i).map((s) => ({ id: s.id, kind: s.kind })) };
      break;
    }
    const cte = `s${position}`;
    ctes.push(`${cte} AS (${part.body})`);
    steps.push({ id: step.id, kind: step.kind, cte, columns, orderColumns: part.orderColumns, part, params });
  }
  return { ctes, steps, orderColumns: finalStep({ steps }).orderColumns, broken };
}

function passThrough(input: Relation): StepPart {
  return { body: `SELECT * FROM ${input.cte}`, orderColumns: input.orderColumns, findings: async () => ({ warnings: [] }) };
}

export function finalStep(compiled: Pick<CompiledRecipe, 'steps'>): CompiledStep {
  return compiled.steps[compiled.steps.length - 1]!;
}

/** `WITH <all step CTEs> <body>`, with the parameters of every step. */
export function withCtes(compiled: CompiledRecipe, body: string, extraCtes: string[] = []): SqlQuery {
  return withStepsUpTo(compiled, compiled.steps.length - 1)(body, extraCtes);
}

/** `WITH <the CTEs up to step `index`> <body>`, with exactly those steps' parameters. */
export function withStepsUpTo(compiled: CompiledRecipe, index: number): WithSteps {
  const params = Object.assign({}, ...compiled.steps.slice(0, index + 1).map((s) => s.params)) as SqlParams;
  return (body, extraCtes = []) => ({ sql: `WITH ${[...compiled.ctes.slice(0, index + 1), ...extraCtes].join(',\n')}\n${body}`, params });
}

/** One query returning the row count after every step (base first). */
export function stepCountsSql(compiled: CompiledRecipe): SqlQuery {
  return withCtes(compiled, `SELECT ${compiled.steps.map((s) => `(SELECT count(*) FROM ${s.cte})`).join(', ')}`);
}

import type { Message } from '../../../../shared/model/message';
import type { JoinDiagnostics, RecipeStep } from '../../../../shared/model/recipe';
import type { MatchDiagnostics } from '../../../../shared/model/recipe/steps/match';
import type { ColumnInfo } from '../../../../shared/model/table';
import type { Session } from '../../db/session';
import type { SqlParam, SqlQuery } from '../../db/sql';

/** A loaded source as the compiler sees it. */
export interface SourceTable {
  id: string;
  name: string;
  /** Physical DuckDB table name. */
  table: string;
  columns: ColumnInfo[];
}

/** A table inside the recipe's query: a CTE with its visible and hidden order columns. */
export interface Relation {
  cte: string;
  columns: ColumnInfo[];
  /**
   * Hidden columns holding the row order, most significant first: sorting by them gives the
   * order a datateam expects (the base table's rows, each with its joined partners in their order).
   */
  orderColumns: string[];
}

/** What a step module knows of the recipe around it. */
export interface StepEnv {
  sources: ReadonlyMap<string, SourceTable>;
  /** The step's 1-based position: its CTE is `s<position>`, a hidden column it adds ends in it. */
  position: number;
  /**
   * Binds a value the user typed (a filter value, a constant) to a named parameter of the query
   * and returns its placeholder (`$s2_1`): user text never becomes SQL text. Cast the placeholder
   * where the type matters (`CAST($s2_1 AS DATE)`).
   */
  bind(value: SqlParam): string;
}

/** What a step found once the recipe ran: warnings, and diagnostics of its own kind. */
export interface StepFindings {
  warnings: Message[];
  join?: JoinDiagnostics;
  match?: MatchDiagnostics;
}

/** Row counts before and after a step; null when a preview asks without counting. */
export type StepRows = { before: number; after: number } | null;

/** A query over the CTEs up to a step (and `extraCtes` after them), with their parameters. */
export type WithSteps = (body: string, extraCtes?: string[]) => SqlQuery;

/** A step compiled: its CTE body, and how to ask it for its findings. */
export interface StepPart {
  /** `SELECT …` over the input CTE: the visible columns, then the order columns. */
  body: string;
  orderColumns: string[];
  /** Queries the step's diagnostics; `withSteps` puts a body behind the CTEs up to this step. */
  findings(session: Session, withSteps: WithSteps, rows: StepRows): Promise<StepFindings>;
}

/**
 * One step kind. Its schema lives in shared/model/recipe/steps/<kind>.ts; here it says what
 * columns it yields (computed from its input's columns, without running SQL), its SQL, and its
 * diagnostics. A step refers to columns by name; one that is not there is a WerkbankError.
 */
export interface StepModule<S extends RecipeStep> {
  columns(step: S, input: ColumnInfo[], env: StepEnv): ColumnInfo[];
  compile(step: S, input: Relation, env: StepEnv): StepPart;
}

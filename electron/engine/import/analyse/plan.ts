import type { InspectResult } from '../../../../shared/model/source';
import type { ColumnType } from '../../../../shared/model/table';
import type { DataSource } from './projection';

/** One column of the imported table and the SQL that computes it from the staged rows. */
export interface PlannedColumn {
  name: string;
  type: ColumnType;
  levels?: string[];
  /** SQL over the projection of `ConversionPlan.source` (see dataSql) giving the typed value (NULL when missing or not fitting). */
  value: string;
}

/**
 * How the staged raw table becomes the imported table: which rows (as a projection of the
 * data rows with their raw and trimmed cells) and the expression of every included column,
 * in order. Opaque to the callers of the pipeline; it holds SQL.
 */
export interface ConversionPlan {
  /** The staged table this plan reads (a plan never applies to another). */
  rawTable: string;
  /** The rows to import and the cells the values read. */
  source: DataSource;
  columns: PlannedColumn[];
  /**
   * Set when the rows `source` reads are exactly the raw rows `rowOffset + 1 … rowOffset + n`
   * (no gap, nothing left out in between; raw row numbers are unique): the row-order column
   * is then `__row - rowOffset - 1`, with no sort or window (see convert.ts). Null otherwise.
   */
  rowOffset: number | null;
}

export interface Analysis {
  inspect: InspectResult;
  plan: ConversionPlan;
}

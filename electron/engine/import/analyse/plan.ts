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
}

export interface Analysis {
  inspect: InspectResult;
  plan: ConversionPlan;
}

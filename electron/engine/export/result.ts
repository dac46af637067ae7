import type { ExportFormat } from '../../../shared/api/contract/export';
import type { Session } from '../db/session';
import { ident, str } from '../db/sql';
import { type PendingWrites, writeBeside } from '../infra/temp-root';
import type { Materialized } from '../recipe/cache';
import { FLEMISH_EXCEL, INTERNATIONAL, type RowStream, writeCsvRows } from './csv';
import { writeXlsxRows } from './xlsx';
import type { TableSuppression } from './table-privacy';

/**
 * A recipe's result rows in the order the grid shows them unsorted, streamed from DuckDB;
 * `onBatch` hears the rows written so far (progress) and may throw to cancel.
 */
function resultRows(session: Session, result: Materialized, onBatch: (rowsSoFar: number) => void, suppression: TablePlan | null): RowStream {
  const select = selectList(result, suppression);
  const order = result.orderColumns.map((o) => `${ident(o)} ASC`).join(', ');
  let done = 0;
  return (onRows) =>
    session.stream(`SELECT ${select} FROM ${ident(result.table)} ORDER BY ${order}`, async (rows) => {
      await onRows(rows);
      done += rows.length;
      onBatch(done);
    });
}

/**
 * What is written instead of the result's own columns: a select list and the columns it makes —
 * small-group suppression (table-privacy.ts, with `rowHidden`) or pupil codes (table-pseudonyms.ts).
 */
export type TablePlan = Pick<TableSuppression, 'select' | 'columns'> & Partial<Pick<TableSuppression, 'rowHidden'>>;

function selectList(result: Materialized, suppression: TablePlan | null): string {
  return suppression ? suppression.select.join(', ') : result.columns.map((c) => ident(c.name)).join(', ');
}

/**
 * Writes a recipe's result to `path` in one of the export formats; with `suppression`
 * (table-privacy.ts), small groups' figures are written empty and marked. `suppressed`: the rows
 * with anything withheld.
 */
export async function exportResult(
  session: Session,
  result: Materialized,
  format: ExportFormat,
  path: string,
  pending: PendingWrites,
  sheetName: string,
  onBatch: (rowsSoFar: number) => void = () => {},
  suppression: TablePlan | null = null,
): Promise<{ rows: number; cutCells: number; suppressed: number }> {
  const suppressed = suppression?.rowHidden
    ? Number((await session.query(`SELECT count(*) AS n FROM ${ident(result.table)} WHERE ${suppression.rowHidden}`)).rows[0]?.[0] ?? 0)
    : 0;
  const written = await writeResult(session, result, format, path, pending, sheetName, onBatch, suppression);
  return { ...written, suppressed };
}

async function writeResult(
  session: Session,
  result: Materialized,
  format: ExportFormat,
  path: string,
  pending: PendingWrites,
  sheetName: string,
  onBatch: (rowsSoFar: number) => void,
  suppression: TablePlan | null,
): Promise<{ rows: number; cutCells: number }> {
  if (format === 'parquet' || format === 'json') {
    // DuckDB writes both itself (its core parquet and json writers), in the result's row order.
    const select = selectList(result, suppression) || '1 AS "empty"';
    const order = result.orderColumns.map((o) => `${ident(o)} ASC`).join(', ');
    const options = format === 'parquet' ? 'FORMAT parquet' : 'FORMAT json, ARRAY true';
    await writeBeside(path, pending, (temp) => session.run(`COPY (SELECT ${select} FROM ${ident(result.table)} ORDER BY ${order}) TO ${str(temp)} (${options})`));
    onBatch(result.rowCount);
    return { rows: result.rowCount, cutCells: 0 };
  }
  const rows = resultRows(session, result, onBatch, suppression);
  const columns = suppression?.columns ?? result.columns;
  if (format === 'xlsx') return writeXlsxRows(rows, columns, path, pending, { sheetName, rowCount: result.rowCount });
  const written = await writeCsvRows(rows, columns, path, pending, format === 'csv-flemish' ? FLEMISH_EXCEL : INTERNATIONAL);
  return { ...written, cutCells: 0 };
}

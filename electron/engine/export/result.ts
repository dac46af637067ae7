import type { ExportFormat } from '../../../shared/api/contract/export';
import type { Session } from '../db/session';
import { ident, str } from '../db/sql';
import { type PendingWrites, writeBeside } from '../infra/temp-root';
import type { Materialized } from '../recipe/cache';
import { FLEMISH_EXCEL, INTERNATIONAL, type RowStream, writeCsvRows } from './csv';
import { writeXlsxRows } from './xlsx';

/**
 * A recipe's result rows in the order the grid shows them unsorted, streamed from DuckDB;
 * `onBatch` hears the rows written so far (progress) and may throw to cancel.
 */
function resultRows(session: Session, result: Materialized, onBatch: (rowsSoFar: number) => void): RowStream {
  const select = result.columns.map((c) => ident(c.name)).join(', ');
  const order = result.orderColumns.map((o) => `${ident(o)} ASC`).join(', ');
  let done = 0;
  return (onRows) =>
    session.stream(`SELECT ${select} FROM ${ident(result.table)} ORDER BY ${order}`, async (rows) => {
      await onRows(rows);
      done += rows.length;
      onBatch(done);
    });
}

/** Writes a recipe's result to `path` in one of the export formats. */
export async function exportResult(
  session: Session,
  result: Materialized,
  format: ExportFormat,
  path: string,
  pending: PendingWrites,
  sheetName: string,
  onBatch: (rowsSoFar: number) => void = () => {},
): Promise<{ rows: number; cutCells: number }> {
  if (format === 'parquet' || format === 'json') {
    // DuckDB writes both itself (its core parquet and json writers), in the result's row order.
    const select = result.columns.map((c) => ident(c.name)).join(', ') || '1 AS "empty"';
    const order = result.orderColumns.map((o) => `${ident(o)} ASC`).join(', ');
    const options = format === 'parquet' ? 'FORMAT parquet' : 'FORMAT json, ARRAY true';
    await writeBeside(path, pending, (temp) => session.run(`COPY (SELECT ${select} FROM ${ident(result.table)} ORDER BY ${order}) TO ${str(temp)} (${options})`));
    onBatch(result.rowCount);
    return { rows: result.rowCount, cutCells: 0 };
  }
  const rows = resultRows(session, result, onBatch);
  if (format === 'xlsx') return writeXlsxRows(rows, result.columns, path, pending, { sheetName, rowCount: result.rowCount });
  const written = await writeCsvRows(rows, result.columns, path, pending, format === 'csv-flemish' ? FLEMISH_EXCEL : INTERNATIONAL);
  return { ...written, cutCells: 0 };
}

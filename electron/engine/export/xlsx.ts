import ExcelJS from 'exceljs';
import { WerkbankError } from '../../../shared/api/errors';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { type PendingWrites, writeBeside } from '../infra/temp-root';
import type { RowStream } from './csv';

/**
 * Tables written as an Excel workbook with real cell types: numbers as numbers, dates as dates
 * (shown dd/mm/yyyy), yes/no as booleans, text as text. exceljs's streaming writer commits each
 * row as it comes, so memory stays flat however long the table. Text is written as a string
 * cell, never as a formula, so `=HYPERLINK(…)` in a name stays the text it was.
 */

/** Excel's own limits: rows per sheet (one is the header) and characters per cell. */
export const XLSX_MAX_ROWS = 1_048_576 - 1;
export const XLSX_MAX_CELL_CHARS = 32_767;

export interface XlsxResult {
  rows: number;
  /** Text cells cut to Excel's 32,767 characters (the file would not open otherwise). */
  cutCells: number;
}

export async function writeXlsxRows(
  stream: RowStream,
  columns: ColumnInfo[],
  path: string,
  pending: PendingWrites,
  options: { sheetName: string; rowCount: number },
): Promise<XlsxResult> {
  if (options.rowCount > XLSX_MAX_ROWS) throw new WerkbankError('errors.export.tooManyRowsForXlsx', { rows: options.rowCount, max: XLSX_MAX_ROWS });
  let rows = 0;
  let cutCells = 0;
  await writeBeside(path, pending, async (temp) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Datateam Werkbank';
    const sheet = workbook.addWorksheet(sheetName(options.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c) => ({
      header: c.name,
      width: Math.min(50, Math.max(10, c.name.length + 2)),
      ...(c.type === 'date' ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    await stream(async (page) => {
      for (const row of page) {
        const values = row.map((cell, i) => {
          const value = xlsxValue(cell, columns[i]!);
          if (typeof value === 'string' && value.length > XLSX_MAX_CELL_CHARS) {
            cutCells += 1;
            return `${value.slice(0, XLSX_MAX_CELL_CHARS - 1)}…`;
          }
          return value;
        });
        sheet.addRow(values).commit();
        rows += 1;
      }
    });
    sheet.commit();
    await workbook.commit();
  });
  return { rows, cutCells };
}

/** A cell as the value exceljs writes with the right cell type. */
function xlsxValue(cell: Cell, column: ColumnInfo): string | number | boolean | Date | null {
  if (cell === null) return null;
  if (column.type === 'date' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) {
    const [y, m, d] = cell.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return cell;
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`. */
function sheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31);
  return cleaned === '' ? 'Resultaat' : cleaned;
}

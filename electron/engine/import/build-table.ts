import { WerkbankError } from '../../../shared/api/errors';
import { type Message, message } from '../../../shared/model/message';
import type { InspectedColumn } from '../../../shared/model/source';
import type { Cell } from '../../../shared/model/table';
import { type CellGrid, type GridCell, isEmptyCell, isEmptyRow } from './grid';
import { columnNames, detectHeaderRow, headerText } from './header';
import { emptyKindCounts, inferType } from './infer-type';
import { countTrailingNotes, type DataRow } from './trailing-rows';
import { accepts, classify, convert, type DecimalSeparator, type ValueKind } from './values';

export interface BuiltTable {
  /** 1-based. */
  headerRow: number;
  columns: InspectedColumn[];
  rows: Cell[][];
  warnings: Message[];
}

const EXAMPLES = 3;
const LISTED_ROWS = 5;

/** `[4, 9, 12, 30, 31, 40]` → `"4, 9, 12, 30, 31, …"`: enough to find them in the file. */
export function listRows(rows: number[], max = LISTED_ROWS): string {
  return rows.slice(0, max).join(', ') + (rows.length > max ? ', …' : '');
}

/** Columns up to the last one with content in the header or any data row (ragged rows are padded). */
function tableWidth(header: GridCell[], data: DataRow[]): number {
  let width = 0;
  for (const cells of [header, ...data.map((d) => d.cells)]) {
    for (let c = cells.length - 1; c >= width; c--) if (!isEmptyCell(cells[c])) width = c + 1;
  }
  return width;
}

function resolveHeaderRow(grid: CellGrid, requested: number | undefined, decimal: DecimalSeparator): number {
  if (requested === undefined) return detectHeaderRow(grid.rows, decimal);
  if (requested > grid.rows.length) {
    throw new WerkbankError('errors.import.headerRowOutOfRange', { row: requested, lastRow: grid.rows.length });
  }
  return requested - 1;
}

/**
 * Grid → typed table: finds the header, takes the non-empty rows below it, leaves out totals
 * and notes under the data, names and types the columns and converts every cell.
 */
export function buildTable(grid: CellGrid, headerRowOption: number | undefined, decimal: DecimalSeparator): BuiltTable {
  const warnings: Message[] = [...grid.warnings];
  const h = resolveHeaderRow(grid, headerRowOption, decimal);
  const header = grid.rows[h] ?? [];

  let data: DataRow[] = [];
  for (let r = h + 1; r < grid.rows.length; r++) {
    if (!isEmptyRow(grid.rows[r])) data.push({ fileRow: r + 1, cells: grid.rows[r] });
  }

  let width = tableWidth(header, data);
  const notes = countTrailingNotes(data, width);
  if (notes > 0) {
    const left = data.slice(data.length - notes).map((d) => d.fileRow);
    warnings.push(message('import.rowsLeftOut', { count: notes, rows: listRows(left, 10) }));
    data = data.slice(0, data.length - notes);
    // A note may have been the only content of a column.
    width = tableWidth(header, data);
  }

  // Columns without a name and without data (a trailing `;` on every line) are dropped.
  const positions: number[] = [];
  for (let c = 0; c < width; c++) {
    if (!isEmptyCell(header[c]) || data.some((d) => !isEmptyCell(d.cells[c]))) positions.push(c);
  }
  const names = columnNames(header, positions);
  const rows: Cell[][] = data.map(() => new Array<Cell>(positions.length));
  const errorsByCol = new Map<number, number[]>();
  for (const e of grid.errorCells) {
    if (e.row <= h) continue;
    const list = errorsByCol.get(e.col) ?? [];
    list.push(e.row + 1);
    errorsByCol.set(e.col, list);
  }
  const keptRows = new Set(data.map((d) => d.fileRow));

  const columns = positions.map((col, j): InspectedColumn => {
    const typed = typeColumn(data, col, names[j], decimal);
    typed.values.forEach((value, i) => (rows[i][j] = value));
    warnings.push(...typed.warnings);
    const errorRows = (errorsByCol.get(col) ?? []).filter((r) => keptRows.has(r));
    if (errorRows.length > 0) {
      warnings.push(message('import.errorCells', { column: names[j], count: errorRows.length, rows: listRows(errorRows) }));
    }
    return typed.info;
  });

  const renamed = names.filter((name, j) => name !== headerText(header[positions[j]]));
  if (renamed.length > 0) warnings.push(message('import.columnsRenamed', { columns: renamed.join(', ') }));

  return { headerRow: h + 1, columns, rows, warnings };
}

interface TypedColumn {
  info: InspectedColumn;
  values: Cell[];
  warnings: Message[];
}

/** Infers one column's type from its cells, converts them, and says what was read as missing. */
function typeColumn(data: DataRow[], col: number, name: string, decimal: DecimalSeparator): TypedColumn {
  const kinds: ValueKind[] = new Array(data.length);
  const counts = emptyKindCounts();
  const tokens = new Map<string, number>();
  for (let i = 0; i < data.length; i++) {
    const cell = data[i].cells[col];
    const kind = classify(cell, decimal);
    kinds[i] = kind;
    counts[kind]++;
    if (kind === 'missing' && typeof cell === 'string' && cell.trim() !== '') {
      tokens.set(cell.trim(), (tokens.get(cell.trim()) ?? 0) + 1);
    }
  }
  const type = inferType(counts);

  let missing = 0;
  const values: Cell[] = new Array(data.length);
  const examples: Cell[] = [];
  const notFitting: number[] = [];
  const notFittingValues: string[] = [];
  for (let i = 0; i < data.length; i++) {
    const kind = kinds[i];
    let value: Cell = null;
    if (kind !== 'missing') {
      if (accepts(type, kind)) value = convert(data[i].cells[col], kind, type, decimal);
      else {
        notFitting.push(data[i].fileRow);
        if (notFittingValues.length < EXAMPLES) notFittingValues.push(String(data[i].cells[col]).trim());
      }
    }
    if (value === null) missing++;
    else if (examples.length < EXAMPLES) examples.push(value);
    values[i] = value;
  }

  const warnings: Message[] = [];
  if ((type === 'integer' || type === 'decimal') && tokens.size > 0) {
    const count = [...tokens.values()].reduce((a, b) => a + b, 0);
    warnings.push(message('import.missingTokens', { column: name, count, tokens: [...tokens.keys()].join(', ') }));
  }
  if (notFitting.length > 0) {
    warnings.push(
      message('import.valuesNotFitting', {
        column: name,
        count: notFitting.length,
        rows: listRows(notFitting),
        values: notFittingValues.join(', '),
      }),
    );
  }
  return { info: { name, type, missing, examples }, values, warnings };
}

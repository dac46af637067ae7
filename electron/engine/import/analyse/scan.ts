/** The one aggregate pass over all data rows: each cell's shape, tokens, unmapped and untrimmed cells. */

import type { SqlRunner } from '../stage/types';
import { dataSql, rawCell, ROW, shapeCell, trimmedCell } from './projection';
import { acceptedShapes, emptyCellSql, fractionPartSql, labelsSql, levelsSql, type Shape } from './sql-values';
import { COLUMN_CHUNK, MAX_LEFT_OUT, type SourceColumn, type ColumnDraft, type ColumnScan, parseJson, chunks } from './columns';

/** Cells with content (a missing-value token is content: the column is there). */
export function nonEmpty(scan: ColumnScan): number {
  return Object.entries(scan.shapes).reduce((sum, [shape, n]) => (shape === 'empty' ? sum : sum + (n ?? 0)), 0);
}

export interface Scan {
  /** Rows below the header that are not left out as totals or hidden rows (empty ones included). */
  rows: number;
  emptyRows: number;
  /** The first empty rows (at most MAX_LEFT_OUT). */
  emptyRowList: number[];
  columns: ColumnScan[];
}

/** Rows read to guess each column's common shape before the full pass. */
export const SAMPLE_ROWS = 1000;

/**
 * The shape most of these cells have, guessed in JavaScript: it only decides which test the
 * pass over all rows tries first (every choice gives the same shapes; see shapeSql), so a
 * guess is enough, and it spares a query as large as the pass itself.
 */
export function commonShape(cells: (string | null)[]): Shape | null {
  const counts: Partial<Record<Shape, number>> = {};
  for (const cell of cells) {
    const shape = guessShape(cell);
    if (shape) counts[shape] = (counts[shape] ?? 0) + 1;
  }
  return mostCommon(counts);
}

export function guessShape(cell: string | null): Shape | null {
  const t = cell?.trim() ?? '';
  if (t === '') return null;
  if (/^[+-]?\d+$/.test(t)) return /^[+-]?0\d/.test(t) || t.length >= 16 ? 'id' : 'int';
  const decimal = /^([+-]\d*|\d+)([.,])\d+$/.exec(t);
  if (decimal) {
    const ambiguous = /^[+-]?\d{1,3}[.,]\d{3}$/.test(t);
    return decimal[2] === ',' ? (ambiguous ? 'ac' : 'dc') : ambiguous ? 'ap' : 'dp';
  }
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(t)) return 'dS';
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) return 'dI';
  if (/^[+-]?\d/.test(t) && t.toLowerCase() !== t.toUpperCase() && !/[:eE]/.test(t)) return 'text';
  return null;
}

/** The most frequent shape that is not missing, or null. */
export function mostCommon(shapes: Partial<Record<Shape, number>>): Shape | null {
  let best: Shape | null = null;
  for (const [shape, n] of Object.entries(shapes) as [Shape, number][]) {
    if (shape === 'empty' || shape === 'token') continue;
    if (best === null || n > (shapes[best] ?? 0)) best = shape;
  }
  return best;
}

export async function scanColumns(
  sql: SqlRunner,
  table: string,
  where: string,
  columns: SourceColumn[],
  expected: (Shape | null)[],
): Promise<Scan> {
  const scan: Scan = { rows: 0, emptyRows: 0, emptyRowList: [], columns: [] };
  const emptyRow = { expr: `(${columns.map((c) => emptyCellSql(rawCell(c.index))).join(' AND ')})`, name: '"empty_row"' };
  for (const [k, chunk] of chunks(columns, COLUMN_CHUNK).entries()) {
    // The first slice also counts the rows and finds the empty ones (over every raw cell).
    const first = k === 0;
    const projection = dataSql(
      {
        table,
        where,
        columns: chunk.map((c) => ({ index: c.index, text: rawCell(c.index), tokens: c.tokens, expected: expected[columns.indexOf(c)] })),
      },
      { extra: first ? [emptyRow] : [] },
    );
    const aggregates = [
      ...(first ? ['count(*)', 'count_if("empty_row")', `to_json(min_by(${ROW}, ${ROW}, ${MAX_LEFT_OUT}) FILTER (WHERE "empty_row"))`] : []),
      ...chunk.flatMap((c) => {
        const s = shapeCell(c.index);
        const value = mappingValueSql(c, trimmedCell(c.index));
        return [
          `to_json(histogram(${s}))`,
          `to_json(histogram(${trimmedCell(c.index)}) FILTER (WHERE ${s} = 'token'))`,
          value === null ? 'NULL' : `count_if(${s} NOT IN ('empty', 'token') AND (${value}) IS NULL)`,
          `count_if(${trimmedCell(c.index)} <> ${rawCell(c.index)})`,
        ];
      }),
    ];
    const row = (await sql.rows(`SELECT ${aggregates.join(', ')} FROM (${projection})`))[0]!;
    let at = 0;
    if (first) {
      scan.rows = Number(row[0]);
      scan.emptyRows = Number(row[1]);
      scan.emptyRowList = parseJson<number[]>(row[2], []).map(Number);
      at = 3;
    }
    for (let j = 0; j < chunk.length; j++, at += 4) {
      scan.columns.push({
        shapes: parseJson(row[at], {}),
        tokens: parseJson(row[at + 1], {}),
        unmapped: row[at + 2] === null ? null : Number(row[at + 2]),
        untrimmed: Number(row[at + 3]),
      });
    }
  }
  return scan;
}

/** The SQL value of a mapping column, or null for a column without a mapping. */
export function mappingValueSql(src: SourceColumn, t: string): string | null {
  const mapping = src.setting.mapping;
  if (!mapping) return null;
  if (mapping.kind === 'labels') return labelsSql(t, mapping.labels, 'decimal');
  if (mapping.kind === 'ordinal') return levelsSql(t, mapping.levels);
  return fractionPartSql(t, 1);
}

/** Missing and not-fitting counts of a column from the shapes of its cells. */
export function countsFromScan(d: ColumnDraft, scan: ColumnScan, emptyRows: number): { missing: number; notFitting: number } {
  const shapes = scan.shapes;
  const missing = (shapes.empty ?? 0) - emptyRows + (shapes.token ?? 0);
  // A mapped column, or the `(max)` column a fraction mapping adds (it fits exactly where its score does).
  if (d.column.mapping || !d.first) return { missing, notFitting: scan.unmapped ?? 0 };
  const accepted = acceptedShapes(d.column.type, d.source.dialect);
  if (accepted === 'all') return { missing, notFitting: 0 };
  let notFitting = 0;
  for (const [shape, n] of Object.entries(shapes) as [Shape, number][]) {
    if (shape !== 'empty' && shape !== 'token' && !accepted.includes(shape)) notFitting += n;
  }
  return { missing, notFitting };
}

/**
 * The ways scan.ts finds a column's shapes, tokens, unmapped and untrimmed cells. Each gives
 * exactly what the full pass (every cell trimmed and put through the shape tree) gives; the
 * first rows only decide which is cheapest.
 *
 * - checked: a shape code from tests for the shapes the first rows seem to have
 *   (shape-codes.ts). When every cell gets a code, the codes are the shapes, no cell has
 *   whitespace around it, and the tokens are the cells coded as such. A cell no test decides
 *   (OTHER) sends the column to the full pass.
 * - grouped: the column's distinct raw values with how often each occurs, each value coded or
 *   put through the shape tree once. A column of classes, scores or dates has a few hundred
 *   values in a million rows: grouping costs a hash table, the values next to nothing.
 */

import type { SqlRunner } from '../stage/types';
import { type ColumnScan, COLUMN_CHUNK, chunks, parseJson, type SourceColumn } from './columns';
import { dataSql, type ProjectedColumn, rawCell, ROW, shapeCell, trimmedCell } from './projection';
import { checkable, OTHER_CODE, shapeCodeSql, TOKEN_CODE } from './shape-codes';
import { FALSE_WORDS, fractionPartSql, labelsSql, levelsSql, normalizeLabel, NO_WORDS, type Shape, TRUE_WORDS, YES_WORDS } from './sql-values';

/** Rows read to guess each column's shapes and number of values before the pass over all rows. */
export const SAMPLE_ROWS = 1000;

/** What the first rows show of a column (the shapes guessed in JavaScript). */
export interface Sample {
  rows: number;
  /** Distinct non-empty raw cells. */
  distinct: number;
  /** Shapes as guessed, `null` for what the guess leaves to the tree. */
  shapes: Map<Shape | null, number>;
}

/** How a column is scanned: grouped or cell by cell; by shape codes or the shape tree (`expected` tested first). */
export interface Way {
  grouped: boolean;
  checked: Shape[] | null;
  expected: Shape | null;
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

/** The SQL value of a mapping column, or null for a column without a mapping. */
export function mappingValueSql(src: SourceColumn, t: string): string | null {
  const mapping = src.setting.mapping;
  if (!mapping) return null;
  if (mapping.kind === 'labels') return labelsSql(t, mapping.labels, 'decimal');
  if (mapping.kind === 'ordinal') return levelsSql(t, mapping.levels);
  return fractionPartSql(t, 1);
}

/**
 * A guess at a cell's shape, close to the shape tree for the common shapes and null where it
 * is unsure: it only decides how a column is scanned, never what the scan finds.
 */
export function guessShape(cell: string | null, tokens: Set<string>): Shape | null {
  const t = cell?.trim() ?? '';
  if (t === '') return 'empty';
  if (tokens.has(normalizeLabel(t))) return 'token';
  if (/^[+-]?\d/.test(t)) {
    if (/^-?(0|[1-9]\d{0,14})$/.test(t)) return 'int';
    const decimal = /^([+-]\d*|\d+)([.,])\d+$/.exec(t);
    if (decimal) {
      const ambiguous = /^[+-]?\d{1,3}[.,]\d{3}$/.test(t);
      return decimal[2] === ',' ? (ambiguous ? 'ac' : 'dc') : ambiguous ? 'ap' : 'dp';
    }
    if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(t)) return 'dS';
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) return 'dI';
    if (/[a-zA-Z]/.test(t) && !/[:eE/]/.test(t)) return 'text';
    return null;
  }
  const lower = t.toLowerCase();
  if ([...TRUE_WORDS, ...FALSE_WORDS].includes(lower)) return 'bool';
  if ([...YES_WORDS, ...NO_WORDS].includes(lower)) return 'yesno';
  return 'text';
}

/** The first SAMPLE_ROWS rows `where` selects, per column: distinct cells and guessed shapes. */
export async function sampleColumns(sql: SqlRunner, table: string, where: string, columns: SourceColumn[]): Promise<Sample[]> {
  const out: Sample[] = [];
  for (const chunk of chunks(columns, COLUMN_CHUNK)) {
    const rows = await sql.rows(`SELECT ${chunk.map((c) => rawCell(c.index)).join(', ')} FROM ${table} WHERE ${where} ORDER BY ${ROW} LIMIT ${SAMPLE_ROWS}`);
    chunk.forEach((c, j) => {
      const tokens = new Set(c.tokens.map(normalizeLabel).filter((x) => x !== ''));
      const cells = rows.map((r) => (r[j] === null || r[j] === undefined ? null : String(r[j])));
      const shapes = new Map<Shape | null, number>();
      for (const cell of cells) {
        const shape = guessShape(cell, tokens);
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      }
      out.push({ rows: rows.length, distinct: new Set(cells.filter((x) => x !== null)).size, shapes });
    });
  }
  return out;
}

/**
 * Grouped when the first rows repeat their values (at most half of them distinct): the values
 * of all rows are then likely few, and if not, grouping them costs about what a pass over
 * every cell does. Checked when the first rows only seem to have shapes the raw cell can be
 * checked for, and no mapping asks for more; the most common shape is tested first.
 */
export function wayOf(column: SourceColumn, sample: Sample): Way {
  const grouped = sample.distinct <= sample.rows / 2;
  const seen = [...sample.shapes].filter(([shape]) => shape !== 'empty' && shape !== 'token').sort((a, b) => b[1] - a[1]);
  const shapes = seen.map(([shape]) => shape).filter((s): s is Shape => s !== null);
  const expected = shapes[0] ?? null;
  const ok = !column.setting.mapping && shapes.length === seen.length && checkable(shapes);
  return { grouped, checked: ok ? shapes : null, expected };
}

const codeCell = (index: number) => `"k${index}"`;

/** A checked column in the projection: its raw cell, untrimmed (the code decides whitespace). */
export function checkedProjection(c: SourceColumn): ProjectedColumn {
  return { index: c.index, text: rawCell(c.index), tokens: null, trim: false };
}

/** A checked column's code (an extra of the projection) and its aggregates: codes, tokens, undecided cells. */
export function checkedAggregates(c: SourceColumn, shapes: Shape[]): { code: { expr: string; name: string }; aggregates: string[] } {
  const k = codeCell(c.index);
  return {
    code: { expr: shapeCodeSql(rawCell(c.index), c.tokens, shapes), name: k },
    aggregates: [`to_json(histogram(${k}))`, `to_json(histogram(${rawCell(c.index)}) FILTER (WHERE ${k} = ${TOKEN_CODE}))`, `count_if(${k} = ${OTHER_CODE})`],
  };
}

/** A checked column's scan from its aggregates; null when some cell got no code (the full pass decides). */
export function checkedScan(shapes: Shape[], values: unknown[]): ColumnScan | null {
  if (Number(values[2]) > 0) return null;
  const counts: Record<string, number> = {};
  for (const [code, n] of Object.entries(parseJson<Record<string, number>>(values[0], {}))) counts[shapeOfCode(shapes, Number(code))] = n;
  return { shapes: sortedKeys(counts), tokens: parseJson(values[1], {}), unmapped: null, untrimmed: 0 };
}

function shapeOfCode(shapes: Shape[], code: number): Shape {
  return code === 0 ? 'empty' : code === TOKEN_CODE ? 'token' : shapes[code - 1]!;
}

/**
 * The scans of grouped columns: per column, its distinct raw values (with how often each
 * occurs) are coded (a checked way) or put through the full pass's projection, and the sums per
 * shape and token come back, a few rows per column; a slice of columns is one statement. Null
 * for a checked column with a value no test decided.
 */
export async function groupedScans(
  sql: SqlRunner,
  table: string,
  where: string,
  grouped: { column: SourceColumn; way: Way }[],
): Promise<Map<SourceColumn, ColumnScan | null>> {
  const found = new Map<SourceColumn, ColumnScan | null>();
  const n = '"__wb_n"';
  for (const chunk of chunks(grouped, COLUMN_CHUNK)) {
    const parts = chunk.map(({ column: c, way }, j) => {
      const cell = rawCell(c.index);
      const values = `(SELECT ${cell}, count(*) AS ${n}, 0 AS ${ROW} FROM ${table} WHERE ${where} GROUP BY ${cell})`;
      if (way.checked) {
        const coded = `(SELECT ${cell}, ${n}, ${shapeCodeSql(cell, c.tokens, way.checked)} AS s FROM ${values})`;
        return `SELECT ${j} AS k, s, CASE WHEN s = ${TOKEN_CODE} THEN ${cell} END AS token, sum(${n}) AS n, NULL AS unmapped, 0 AS untrimmed FROM ${coded} GROUP BY ALL`;
      }
      const projected: ProjectedColumn = { index: c.index, text: cell, tokens: c.tokens, expected: way.expected };
      const projection = dataSql({ table: values, where: 'true', columns: [projected] }, { extra: [{ expr: n, name: n }] });
      const s = shapeCell(c.index);
      const t = trimmedCell(c.index);
      const mapped = mappingValueSql(c, t);
      const unmapped = mapped === null ? 'NULL' : `coalesce(sum(${n}) FILTER (WHERE ${s} NOT IN ('empty', 'token') AND (${mapped}) IS NULL), 0)`;
      return (
        `SELECT ${j} AS k, ${s} AS s, CASE WHEN ${s} = 'token' THEN ${t} END AS token, sum(${n}) AS n, ${unmapped} AS unmapped, ` +
        `coalesce(sum(${n}) FILTER (WHERE ${t} <> ${cell}), 0) AS untrimmed FROM (${projection}) GROUP BY ALL`
      );
    });
    // The shape as text (the tree's) or a code (a checked way's): one type for the union.
    const rows = await sql.rows(parts.map((p) => `SELECT k, CAST(s AS VARCHAR) AS s, token, n, unmapped, untrimmed FROM (${p})`).join(' UNION ALL '));
    const scans = chunk.map(({ column }): ColumnScan => ({ shapes: {}, tokens: {}, unmapped: column.setting.mapping ? 0 : null, untrimmed: 0 }));
    const failed = new Set<number>();
    for (const [k, shape, token, count, unmapped, untrimmed] of rows) {
      const j = Number(k);
      const scan = scans[j]!;
      const checked = chunk[j]!.way.checked;
      if (checked && Number(shape) === OTHER_CODE) failed.add(j);
      const key = checked ? shapeOfCode(checked, Number(shape)) : String(shape);
      const shapes = scan.shapes as Record<string, number>;
      shapes[key] = (shapes[key] ?? 0) + Number(count);
      if (token !== null) scan.tokens[String(token)] = (scan.tokens[String(token)] ?? 0) + Number(count);
      if (scan.unmapped !== null) scan.unmapped += Number(unmapped);
      scan.untrimmed += Number(untrimmed);
    }
    chunk.forEach(({ column }, j) => {
      const scan = scans[j]!;
      found.set(column, failed.has(j) ? null : { ...scan, shapes: sortedKeys(scan.shapes), tokens: sortedKeys(scan.tokens) });
    });
  }
  return found;
}

/** The object with its keys in the order DuckDB's histogram gives them (by their UTF-8 bytes). */
function sortedKeys<T extends Record<string, number | undefined>>(counts: T): T {
  const keys = Object.keys(counts).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return Object.fromEntries(keys.map((key) => [key, counts[key]])) as T;
}

import type { ColumnInfo } from '../table';
import type { GainAnalysis, GainMoment, MomentMeasure } from './gain';

/**
 * A first learning-gain analysis proposed from a table's columns, for the panel to start from:
 * the pupil key, the class to group by, and the moments — wide when two or more columns look like
 * scores of moments (`sept_pct`, `Score (/40)`, a score with its `(max)` column), long when a
 * column names the moment (`Afname`) and its values are given. Only a proposal: the user checks
 * it, and a raw score whose maximum is unknown stays `raw` (refused until the maximum is stated).
 */

const KEY = /stamboek|leerling.?(nr|nummer|id)|^(nr|nummer|id)$|pupil.?id|student.?(id|number)/i;
const GROUP = /^(klas|klasgroep|class|groep|group)$/i;
const MOMENT = /afname|moment|meting|periode|toetsmoment|wave|occasion/i;
const SCORE = /score|vaardigheid|punten|resultaat|scale/i;
const LEVEL = /niveau|level|band|norm/i;
const PERCENT = /(_pct|%|procent|percent|pct)$/i;
const OF_MAX = /\(\s*\/\s*(\d+(?:[.,]\d+)?)\s*\)/;
const MAX_SUFFIX = ' (max)';
const NUMERIC = new Set(['integer', 'decimal']);
/** Norm bands as the Flemish tests and LVS use them: A is the highest. */
const BANDS = ['E', 'D', 'C', 'B', 'A'];

/** The measure a numeric column's name suggests. */
export function measureOf(column: ColumnInfo, columns: readonly ColumnInfo[]): MomentMeasure {
  if (PERCENT.test(column.name.trim())) return { kind: 'percent' };
  const ofMax = OF_MAX.exec(column.name);
  if (ofMax) return { kind: 'score', max: Number(ofMax[1]!.replace(',', '.')), maxColumn: null };
  const max = columns.find((c) => c.name.toLowerCase() === `${column.name}${MAX_SUFFIX}`.toLowerCase() && NUMERIC.has(c.type));
  if (max) return { kind: 'score', max: null, maxColumn: max.name };
  if (/percentiel|percentile/i.test(column.name)) return { kind: 'percentile' };
  if (/vaardigheid|scale/i.test(column.name)) return { kind: 'scale' };
  return { kind: 'raw' };
}

/** A moment's name from its column's (`sept_pct` → `sept`, `Score juni (/50)` → `Score juni`). */
export function momentLabel(name: string): string {
  const label = name.replace(OF_MAX, '').replace(PERCENT, '').replace(/[_\s-]+$/, '').trim();
  return label === '' ? name : label;
}

/** Levels from low to high for a level column: its own order (ordinal), or the norm bands A–E when its values are those. */
export function levelOrder(column: ColumnInfo, values: readonly string[] = []): string[] | null {
  if (column.levels && column.levels.length >= 2) return [...column.levels];
  const upper = values.map((v) => v.trim().toUpperCase());
  if (upper.length > 0 && upper.every((v) => BANDS.includes(v))) return [...BANDS];
  return null;
}

/**
 * The proposal; null when the table has no pupil key or nothing like two moments. `momentValues`:
 * the values of the column that looks like a moment column (most frequent first), when known.
 */
export function guessGain(columns: readonly ColumnInfo[], momentValues: readonly string[] | null = null): GainAnalysis | null {
  const key = columns.find((c) => c.type === 'identifier') ?? columns.find((c) => KEY.test(c.name.trim()));
  if (!key) return null;
  const group = columns.find((c) => GROUP.test(c.name.trim()) && c.name !== key.name) ?? null;
  const base = { kind: 'gain' as const, key: key.name, groupBy: group?.name ?? null, threshold: 0, expectedGrowth: false, minGroup: 5 };

  const momentColumn = columns.find((c) => MOMENT.test(c.name) && (c.type === 'text' || c.type === 'ordinal' || c.type === 'date'));
  const score = columns.find((c) => SCORE.test(c.name) && NUMERIC.has(c.type) && !c.name.endsWith(MAX_SUFFIX));
  if (momentColumn && score && momentValues && momentValues.length >= 2) {
    const level = columns.find((c) => LEVEL.test(c.name) && (c.type === 'text' || c.type === 'ordinal')) ?? null;
    const measure = measureOf(score, columns);
    const moments: GainMoment[] = momentValues.slice(0, 12).map((v) => ({ label: v, column: null, value: v, measure, levelColumn: null }));
    return {
      ...base,
      layout: 'long',
      moments,
      momentColumn: momentColumn.name,
      scoreColumn: score.name,
      levelColumn: level?.name ?? null,
      levels: level ? levelOrder(level) : null,
    };
  }

  // Wide: numeric columns whose names say they are scores of a moment, in the table's order.
  const scored = columns.filter((c) => NUMERIC.has(c.type) && c.name !== key.name && !c.name.endsWith(MAX_SUFFIX));
  const candidates = scored.filter((c) => measureOf(c, columns).kind !== 'raw' || SCORE.test(c.name));
  if (candidates.length < 2) return null;
  const moments: GainMoment[] = candidates.slice(0, 12).map((c) => ({ label: momentLabel(c.name), column: c.name, value: null, measure: measureOf(c, columns), levelColumn: null }));
  // Labels must differ: fall back to the column names.
  const labels = new Set(moments.map((m) => m.label.toLowerCase()));
  if (labels.size < moments.length) for (const m of moments) m.label = m.column!;
  return { ...base, layout: 'wide', moments, momentColumn: null, scoreColumn: null, levelColumn: null, levels: null };
}

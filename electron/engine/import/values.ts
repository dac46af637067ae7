import type { Cell, ColumnType } from '../../../shared/model/table';
import { DateCell, type GridCell } from './grid';
import { isMissingToken } from './missing';

export type DecimalSeparator = ',' | '.';

/**
 * What a single cell looks like. `idLike` is a whole number that must stay text: leading
 * zeros (`0045123`) or too many digits for a double.
 */
export type ValueKind = 'missing' | 'integer' | 'idLike' | 'decimal' | 'date' | 'datetime' | 'boolean' | 'text';

const INTEGER = /^[+-]?\d+$/;
const LEADING_ZERO = /^[+-]?0\d/;
const DECIMAL: Record<DecimalSeparator, RegExp> = { ',': /^[+-]?\d*,\d+$/, '.': /^[+-]?\d*\.\d+$/ };
const DATE_DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TRUE_WORDS = new Set(['true', 'waar']);
const FALSE_WORDS = new Set(['false', 'onwaar']);

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

/** A text date (`dd/mm/yyyy`, `d/m/yyyy`, `yyyy-mm-dd`) → ISO, or null if it is no real date. */
export function parseTextDate(text: string): string | null {
  let y: number, m: number, d: number;
  const dmy = DATE_DMY.exec(text);
  if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else {
    const iso = DATE_ISO.exec(text);
    if (!iso) return null;
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  }
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function parseBoolean(text: string): boolean | null {
  const t = text.toLowerCase();
  return TRUE_WORDS.has(t) ? true : FALSE_WORDS.has(t) ? false : null;
}

export function classify(cell: GridCell, decimal: DecimalSeparator): ValueKind {
  if (cell === null || cell === undefined) return 'missing';
  if (typeof cell === 'number') return Number.isInteger(cell) ? 'integer' : 'decimal';
  if (typeof cell === 'boolean') return 'boolean';
  if (cell instanceof DateCell) return cell.date !== null && cell.time === null ? 'date' : 'datetime';
  const text = cell.trim();
  if (isMissingToken(text)) return 'missing';
  if (INTEGER.test(text)) {
    return LEADING_ZERO.test(text) || !Number.isSafeInteger(Number(text)) ? 'idLike' : 'integer';
  }
  if (DECIMAL[decimal].test(text)) return 'decimal';
  if (parseTextDate(text) !== null) return 'date';
  if (parseBoolean(text) !== null) return 'boolean';
  return 'text';
}

/** Kinds a column type accepts as values. */
const ACCEPTS: Record<ColumnType, ReadonlySet<ValueKind>> = {
  integer: new Set(['integer']),
  decimal: new Set(['integer', 'decimal']),
  identifier: new Set(['integer', 'idLike']),
  date: new Set(['date']),
  boolean: new Set(['boolean']),
  text: new Set(['integer', 'idLike', 'decimal', 'date', 'datetime', 'boolean', 'text']),
};

export function accepts(type: ColumnType, kind: ValueKind): boolean {
  return ACCEPTS[type].has(kind);
}

/**
 * A cell as a value of the column's type: numbers as number, dates as ISO strings, text
 * trimmed, missing as null. Call only for kinds the type accepts.
 */
export function convert(cell: GridCell, kind: ValueKind, type: ColumnType, decimal: DecimalSeparator): Cell {
  if (kind === 'missing' || cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return type === 'integer' || type === 'decimal' ? cell : String(cell);
  if (typeof cell === 'boolean') return type === 'boolean' ? cell : String(cell);
  if (cell instanceof DateCell) return type === 'date' ? cell.date : cell.toString();
  const text = cell.trim();
  switch (type) {
    case 'integer':
      return Number(text);
    case 'decimal':
      return Number(decimal === ',' ? text.replace(',', '.') : text);
    case 'date':
      return parseTextDate(text);
    case 'boolean':
      return parseBoolean(text);
    default:
      return text;
  }
}

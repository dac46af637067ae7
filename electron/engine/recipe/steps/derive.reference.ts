import type { Expr, FunctionId } from '../../../../shared/expr';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';

/**
 * A reference evaluator of the expression language, for derive.test.ts: written from the rules
 * (README.md, expr-sql.ts's header) in plain JavaScript, sharing no code with the type checker or
 * the SQL compiler. Whole numbers are BigInts (exact, like DuckDB's BIGINT), decimals doubles,
 * dates `{ date: 'yyyy-mm-dd' }` (so they are not text), empty is null.
 */

type Value = null | bigint | number | string | boolean | { date: string };
type RefType = 'integer' | 'decimal' | 'text' | 'date' | 'boolean';
export type Row = Record<string, Cell>;

export function evaluate(expr: Expr, row: Row, columns: ColumnInfo[]): Cell {
  return toCell(new Reference(row, columns).value(expr));
}

/** As the engine hands cells over: whole numbers as numbers, dates as ISO text, -0 as 0. */
function toCell(v: Value): Cell {
  if (v === null) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return Object.is(v, -0) ? 0 : v;
  if (typeof v === 'object') return v.date;
  return v;
}

const isDate = (v: Value): v is { date: string } => typeof v === 'object' && v !== null;
const num = (v: Value): number => Number(v as bigint | number);
/** Text compares by code point after lower-casing, as DuckDB compares `lower()` bytes of UTF-8. */
const codePoints = (s: string) => [...s];
const compareText = (a: string, b: string) => {
  const x = codePoints(a.toLowerCase()).map((c) => c.codePointAt(0)!);
  const y = codePoints(b.toLowerCase()).map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};
const isBlankText = (s: string) => s.replace(/^ +| +$/g, '') === '';
const days = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
/** (year·12 + month)·100 + day: complete months between two dates are the difference ÷ 100, rounded down. */
const stamp = (iso: string) => (Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7))) * 100 + Number(iso.slice(8, 10));

/** DuckDB's round(DOUBLE, n): std::round(x·10ⁿ)/10ⁿ, half away from zero; the input when that overflows. */
function roundDouble(x: number, digits: number): number {
  const half = (v: number) => {
    const t = Math.trunc(v);
    return Math.abs(v - t) >= 0.5 ? t + Math.sign(v) : t;
  };
  if (digits >= 0) {
    const m = 10 ** digits;
    const r = half(x * m) / m;
    return Number.isFinite(r) ? r : x;
  }
  const m = 10 ** -digits;
  const r = half(x / m) * m;
  return Number.isFinite(r) ? r : 0;
}

class Reference {
  constructor(
    private readonly row: Row,
    private readonly columns: ColumnInfo[],
  ) {}

  private column(name: string): ColumnInfo {
    return this.columns.find((c) => c.name === name) ?? this.columns.find((c) => c.name.toLowerCase() === name.toLowerCase())!;
  }

  /** The static type, by the rules (the checker's rules, written again). */
  type(e: Expr): RefType {
    switch (e.kind) {
      case 'number':
        return e.decimal || !Number.isSafeInteger(e.value) ? 'decimal' : 'integer';
      case 'text':
        return 'text';
      case 'boolean':
        return 'boolean';
      case 'column': {
        const t = this.column(e.name).type;
        return t === 'identifier' || t === 'ordinal' ? 'text' : t;
      }
      case 'negate':
        return this.type(e.operand);
      case 'binary':
        if (['and', 'or', '=', '<>', '<', '<=', '>', '>='].includes(e.op)) return 'boolean';
        if (e.op === '&') return 'text';
        if (e.op === '/') return 'decimal';
        return this.type(e.left) === 'integer' && this.type(e.right) === 'integer' ? 'integer' : 'decimal';
      case 'call':
        return this.callType(e.fn, e.args);
    }
  }

  private callType(fn: FunctionId, args: Expr[]): RefType {
    const joined = (xs: Expr[]): RefType => {
      const types = xs.map((x) => this.type(x));
      return types.every((t) => t === 'integer') ? 'integer' : types.includes('decimal') ? 'decimal' : types[0]!;
    };
    switch (fn) {
      case 'if':
        return joined(args.slice(1));
      case 'coalesce':
      case 'min':
      case 'max':
        return joined(args);
      case 'round':
      case 'abs':
        return this.type(args[0]!);
      case 'len':
      case 'year':
      case 'month':
      case 'day':
      case 'days':
      case 'datedif':
        return 'integer';
      case 'upper':
      case 'lower':
      case 'trim':
      case 'left':
      case 'right':
        return 'text';
      case 'date':
        return 'date';
      default:
        return 'boolean';
    }
  }

  /** The value, as the node's static type (a whole number where a decimal is due becomes one). */
  value(e: Expr): Value {
    const v = this.raw(e);
    return typeof v === 'bigint' && this.type(e) === 'decimal' ? Number(v) : v;
  }

  private raw(e: Expr): Value {
    switch (e.kind) {
      case 'number':
        return this.type(e) === 'integer' ? BigInt(e.value) : e.value;
      case 'text':
      case 'boolean':
        return e.value;
      case 'column': {
        const column = this.column(e.name);
        const cell = this.row[column.name] ?? null;
        if (cell === null) return null;
        if (column.type === 'integer') return BigInt(cell as number);
        if (column.type === 'date') return { date: cell as string };
        return cell;
      }
      case 'negate': {
        const v = this.value(e.operand);
        return v === null ? null : typeof v === 'bigint' ? -v : -num(v);
      }
      case 'binary':
        return this.binary(e.op, e.left, e.right);
      case 'call':
        return this.call(e.fn, e.args);
    }
  }

  private binary(op: string, left: Expr, right: Expr): Value {
    if (op === 'and' || op === 'or') return this.logic(op, [left, right]);
    const l = this.value(left);
    const r = this.value(right);
    if (op === '&') return this.asText(l) + this.asText(r);
    if (l === null || r === null) return null;
    if (op === '/') return num(r) === 0 ? null : num(l) / num(r);
    if (op === '+' || op === '-' || op === '*') {
      if (typeof l === 'bigint' && typeof r === 'bigint') return op === '+' ? l + r : op === '-' ? l - r : l * r;
      return op === '+' ? num(l) + num(r) : op === '-' ? num(l) - num(r) : num(l) * num(r);
    }
    const c = this.compare(l, r);
    return { '=': c === 0, '<>': c !== 0, '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 }[op]!;
  }

  private compare(l: Value, r: Value): number {
    if (typeof l === 'string' && typeof r === 'string') return compareText(l, r);
    if (isDate(l) && isDate(r)) return l.date < r.date ? -1 : l.date > r.date ? 1 : 0;
    if (typeof l === 'boolean' && typeof r === 'boolean') return Number(l) - Number(r);
    if (typeof l === 'bigint' && typeof r === 'bigint') return l < r ? -1 : l > r ? 1 : 0;
    return Math.sign(num(l) - num(r));
  }

  /** SQL's three-valued AND / OR. */
  private logic(op: 'and' | 'or', args: Expr[]): Value {
    const values = args.map((a) => this.value(a) as boolean | null);
    const decisive = op === 'and' ? false : true;
    if (values.includes(decisive)) return decisive;
    return values.includes(null) ? null : !decisive;
  }

  private asText(v: Value): string {
    if (v === null) return '';
    return isDate(v) ? v.date : String(v);
  }

  private call(fn: FunctionId, args: Expr[]): Value {
    const arg = (i: number) => this.value(args[i]!);
    const type = this.callType(fn, args);
    const as = (v: Value) => (typeof v === 'bigint' && type === 'decimal' ? Number(v) : v);
    switch (fn) {
      case 'if': {
        const c = arg(0);
        if (c === null) return null;
        return as(c ? arg(1) : args[2] ? arg(2) : null);
      }
      case 'and':
      case 'or':
        return this.logic(fn, args);
      case 'not': {
        const c = arg(0);
        return c === null ? null : !c;
      }
      case 'isblank': {
        const v = arg(0);
        return v === null || (typeof v === 'string' && isBlankText(v));
      }
      case 'coalesce':
        return as(args.map((a) => this.value(a)).find((v) => v !== null && !(typeof v === 'string' && isBlankText(v))) ?? null);
      case 'round':
        return this.round(arg(0), args[1] ? Number(this.value(args[1])) : 0);
      case 'abs': {
        const v = arg(0);
        return v === null ? null : typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(num(v));
      }
      case 'min':
      case 'max': {
        const values = args.map((a) => as(this.value(a))).filter((v) => v !== null);
        if (values.length === 0) return null;
        return values.reduce((best, v) => ((fn === 'min' ? this.compare(v, best) < 0 : this.compare(v, best) > 0) ? v : best));
      }
      case 'len': {
        const s = arg(0) as string | null;
        return s === null ? null : BigInt(codePoints(s).length);
      }
      case 'upper':
      case 'lower':
      case 'trim': {
        const s = arg(0) as string | null;
        if (s === null) return null;
        if (fn === 'upper') return s.toUpperCase();
        if (fn === 'lower') return s.toLowerCase();
        return s.replace(/ +/g, ' ').replace(/^ | $/g, '');
      }
      case 'left':
      case 'right': {
        const s = arg(0) as string | null;
        const n = args[1] ? (arg(1) as bigint | null) : 1n;
        if (s === null || n === null || n < 0n) return null;
        const cps = codePoints(s);
        const count = Math.min(Number(n), cps.length);
        return (fn === 'left' ? cps.slice(0, count) : cps.slice(cps.length - count)).join('');
      }
      case 'contains': {
        const [a, b] = [arg(0), arg(1)] as (string | null)[];
        return a === null || b === null ? null : a.toLowerCase().includes(b.toLowerCase());
      }
      case 'year':
      case 'month':
      case 'day': {
        const d = arg(0) as { date: string } | null;
        if (d === null) return null;
        return BigInt(Number(fn === 'year' ? d.date.slice(0, 4) : fn === 'month' ? d.date.slice(5, 7) : d.date.slice(8, 10)));
      }
      case 'days': {
        const [end, start] = [arg(0), arg(1)] as ({ date: string } | null)[];
        return end === null || start === null ? null : BigInt(days(end.date) - days(start.date));
      }
      case 'datedif': {
        const [start, end] = [arg(0), arg(1)] as ({ date: string } | null)[];
        const unit = (args[2] as Extract<Expr, { kind: 'text' }>).value.trim().toLowerCase();
        if (start === null || end === null || start.date > end.date) return null;
        if (unit === 'd') return BigInt(days(end.date) - days(start.date));
        return BigInt(Math.floor((stamp(end.date) - stamp(start.date)) / (unit === 'm' ? 100 : 1200)));
      }
      case 'date': {
        const [y, m, d] = [arg(0), arg(1), arg(2)] as (bigint | null)[];
        if (y === null || m === null || d === null) return null;
        const dt = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
        const valid = m >= 1n && m <= 12n && d >= 1n && dt.getUTCMonth() === Number(m) - 1 && dt.getUTCDate() === Number(d);
        return valid ? { date: dt.toISOString().slice(0, 10) } : null;
      }
    }
  }

  /** Half away from zero: DuckDB's double rounding, and for whole numbers to tens, hundreds … */
  private round(v: Value, digits: number): Value {
    if (v === null) return null;
    if (typeof v !== 'bigint') return roundDouble(num(v), digits);
    if (digits >= 0) return v;
    const p = 10n ** BigInt(-digits);
    const magnitude = ((v < 0n ? -v : v) + p / 2n) / p;
    return (v < 0n ? -magnitude : magnitude) * p;
  }
}

import type { ColumnInfo } from '../model/table';
import { type ColumnRef, COMPARISON_OPS, type Expr, type ExprProblem, excerpt, problemAt, type Span } from './ast';
import { arity, DATE_UNITS, type ExprType, functionSpec, MAX_ROUND_DIGITS, paramAt, type ParamType } from './functions';

/** An expression that checked: its type, the type of every node in it, the column each `[name]` means. */
export interface Checked {
  type: ExprType;
  typeOf(expr: Expr): ExprType;
  columnOf(ref: ColumnRef): ColumnInfo;
}

export type CheckResult = ({ ok: true } & Checked) | { ok: false; problem: ExprProblem };

/**
 * Types an expression against the table's columns. `text` is what it was parsed from: a problem
 * points into it (unknown column, wrong number or type of arguments, values that do not go
 * together). Rules: `/` always gives a decimal; + - * give a whole number from whole numbers;
 * `&` joins text, whole numbers and dates; a comparison needs two values of one kind (a whole
 * number and a decimal are one kind); identifier and ordinal columns are text.
 */
export function checkExpression(expr: Expr, columns: readonly ColumnInfo[], text: string): CheckResult {
  const types = new Map<Expr, ExprType>();
  const refs = new Map<ColumnRef, ColumnInfo>();
  try {
    const type = new Checker(columns, text, types, refs).type(expr);
    return {
      ok: true,
      type,
      typeOf: (e) => types.get(e) ?? fail(`expression not checked: ${e.kind}`),
      columnOf: (ref) => refs.get(ref) ?? fail(`column not checked: ${ref.name}`),
    };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, problem: e.problem };
    throw e;
  }
}

function fail(what: string): never {
  throw new Error(what);
}

/**
 * The column a `[name]` means: the column of exactly that name, else the one name that differs
 * only in case (DuckDB compares column names case-insensitively, so there is at most one).
 */
export function resolveColumn(columns: readonly ColumnInfo[], name: string): ColumnInfo | null {
  return columns.find((c) => c.name === name) ?? columns.find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? null;
}

/**
 * The derived column's type: a bare `[column]` keeps its column's type (an identifier stays one,
 * an ordinal keeps its levels); anything else has the type of its value.
 */
export function derivedColumnType(expr: Expr, checked: Checked): Pick<ColumnInfo, 'type' | 'levels'> {
  if (expr.kind === 'column') {
    const { type, levels } = checked.columnOf(expr);
    return levels ? { type, levels } : { type };
  }
  return { type: checked.type };
}

class Refusal extends Error {
  constructor(readonly problem: ExprProblem) {
    super(problem.code);
  }
}

const isNumeric = (t: ExprType) => t === 'integer' || t === 'decimal';

/** The one type two values share, or null: a whole number and a decimal share decimal. */
export function unify(a: ExprType, b: ExprType): ExprType | null {
  if (a === b) return a;
  if (isNumeric(a) && isNumeric(b)) return 'decimal';
  return null;
}

/** What each parameter type accepts, and the message when it does not. */
const NEEDS: Record<Exclude<ParamType, 'any' | 'digits' | 'dateUnit'>, { accepts(t: ExprType): boolean; code: string }> = {
  number: { accepts: isNumeric, code: 'errors.expr.needsNumber' },
  integer: { accepts: (t) => t === 'integer', code: 'errors.expr.needsWholeNumber' },
  text: { accepts: (t) => t === 'text', code: 'errors.expr.needsText' },
  date: { accepts: (t) => t === 'date', code: 'errors.expr.needsDate' },
  boolean: { accepts: (t) => t === 'boolean', code: 'errors.expr.needsCondition' },
  numberOrDate: { accepts: (t) => isNumeric(t) || t === 'date', code: 'errors.expr.needsNumberOrDate' },
};

class Checker {
  constructor(
    private readonly columns: readonly ColumnInfo[],
    private readonly text: string,
    private readonly types: Map<Expr, ExprType>,
    private readonly refs: Map<ColumnRef, ColumnInfo>,
  ) {}

  type(expr: Expr): ExprType {
    const t = this.infer(expr);
    this.types.set(expr, t);
    return t;
  }

  private refuse(code: string, span: Span, params: Record<string, string | number> = {}): never {
    throw new Refusal(problemAt(this.text, code, span.start, span.end, params));
  }

  private what(expr: Expr): string {
    return excerpt(this.text, expr.span);
  }

  private need(expr: Expr, param: keyof typeof NEEDS): ExprType {
    const t = this.type(expr);
    if (!NEEDS[param].accepts(t)) this.refuse(NEEDS[param].code, expr.span, { what: this.what(expr) });
    return t;
  }

  private infer(expr: Expr): ExprType {
    switch (expr.kind) {
      case 'number':
        return expr.decimal || !Number.isSafeInteger(expr.value) ? 'decimal' : 'integer';
      case 'text':
        return 'text';
      case 'boolean':
        return 'boolean';
      case 'column': {
        const column = resolveColumn(this.columns, expr.name);
        if (!column) return this.refuse('errors.expr.unknownColumn', expr.span, { column: expr.name });
        this.refs.set(expr, column);
        return column.type === 'identifier' || column.type === 'ordinal' ? 'text' : column.type;
      }
      case 'negate':
        return this.need(expr.operand, 'number');
      case 'binary':
        return this.binary(expr);
      case 'call':
        return this.call(expr);
    }
  }

  private binary(expr: Extract<Expr, { kind: 'binary' }>): ExprType {
    const { op, left, right } = expr;
    if (op === 'and' || op === 'or') {
      this.need(left, 'boolean');
      this.need(right, 'boolean');
      return 'boolean';
    }
    if (op === '&') {
      for (const side of [left, right]) {
        const t = this.type(side);
        if (t !== 'text' && t !== 'integer' && t !== 'date') this.refuse('errors.expr.needsJoinable', side.span, { what: this.what(side) });
      }
      return 'text';
    }
    if ((COMPARISON_OPS as readonly string[]).includes(op)) {
      const l = this.type(left);
      const r = this.type(right);
      if (unify(l, r) === null) this.refuse('errors.expr.mixedTypes', expr.span, { left: this.what(left), right: this.what(right) });
      return 'boolean';
    }
    const l = this.need(left, 'number');
    const r = this.need(right, 'number');
    return op === '/' ? 'decimal' : (unify(l, r) as ExprType);
  }

  private call(expr: Extract<Expr, { kind: 'call' }>): ExprType {
    const spec = functionSpec(expr.fn);
    const { min, max } = arity(spec);
    const count = expr.args.length;
    if (count < min || count > max) {
      // The function's name as the user wrote it: the word the call starts with.
      const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.text.slice(expr.span.start, expr.span.end))?.[0] ?? spec.nl;
      const params = { name, found: count, min, max: max === Infinity ? 0 : max };
      const code = max === Infinity ? 'argumentsAtLeast' : min === max ? 'argumentsExactly' : 'argumentsBetween';
      this.refuse(`errors.expr.${code}`, expr.span, params);
    }
    let unified: { type: ExprType; arg: Expr } | null = null;
    const argTypes: ExprType[] = [];
    expr.args.forEach((arg, i) => {
      const param = paramAt(spec, i);
      const t = this.argument(arg, param.type);
      argTypes.push(t);
      if (!param.unify) return;
      if (unified === null) {
        unified = { type: t, arg };
        return;
      }
      const both: ExprType | null = unify(unified.type, t);
      if (both === null) this.refuse('errors.expr.mixedTypes', arg.span, { left: this.what(unified.arg), right: this.what(arg) });
      unified = { type: both, arg: unified.arg };
    });
    if (spec.result === 'first') return argTypes[0]!;
    if (spec.result === 'unify') return (unified as { type: ExprType } | null)?.type ?? fail(`${spec.id} has no unified argument`);
    return spec.result;
  }

  private argument(arg: Expr, type: ParamType): ExprType {
    switch (type) {
      case 'any':
        return this.type(arg);
      case 'digits': {
        const digits = constantWholeNumber(arg);
        if (digits === null || Math.abs(digits) > MAX_ROUND_DIGITS) this.refuse('errors.expr.digits', arg.span, { max: MAX_ROUND_DIGITS });
        return this.type(arg);
      }
      case 'dateUnit':
        if (dateUnitOf(arg) === null) this.refuse('errors.expr.dateUnit', arg.span, { what: this.what(arg) });
        return this.type(arg);
      default:
        return this.need(arg, type);
    }
  }
}

/** A whole number written in the expression (`2`, `-1`), or null. */
export function constantWholeNumber(expr: Expr): number | null {
  if (expr.kind === 'number') return expr.decimal || !Number.isSafeInteger(expr.value) ? null : expr.value;
  if (expr.kind === 'negate') {
    const inner = constantWholeNumber(expr.operand);
    return inner === null ? null : -inner;
  }
  return null;
}

/** The unit of DATUMVERSCHIL written as text (`"m"`, any case), or null. */
export function dateUnitOf(expr: Expr): (typeof DATE_UNITS)[number] | null {
  if (expr.kind !== 'text') return null;
  const unit = expr.value.trim().toLowerCase();
  return (DATE_UNITS as readonly string[]).includes(unit) ? (unit as (typeof DATE_UNITS)[number]) : null;
}

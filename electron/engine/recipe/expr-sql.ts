import { type Binary, type Call, type Checked, constantWholeNumber, dateUnitOf, type Expr, type ExprType, unify } from '../../../shared/expr';
import { duckType, ident } from '../db/sql';
import type { StepEnv } from './steps/types';
import { LAMBDA_PREFIX } from '../db/reserved';

/**
 * A checked expression (shared/expr) as DuckDB SQL. Column names go through `ident()`, every value
 * written in the expression is a bound parameter cast to its type: no text of the user becomes
 * SQL. The SQL of a node has exactly the DuckDB type of its expression type (`duckType`), so the
 * derived column's DESCRIBE agrees with the type checker.
 *
 * The rules the SQL keeps, which derive.test.ts checks against a reference evaluator:
 * - an empty value (NULL) makes an operation, comparison or function empty, except where noted;
 * - `/` divides as decimals; dividing by zero gives empty;
 * - text compares without regard to case; `&` joins with an empty value read as "";
 * - EN/OF follow SQL's three-valued logic; ALS with an empty condition is empty;
 * - ISLEEG: empty, or text of spaces only; EERSTE.NIET.LEEG: the first argument that is not so;
 * - MIN/MAX skip empty values; AFRONDEN rounds half away from zero;
 * - LINKS/RECHTS with a negative count, DATUMVERSCHIL with the start after the end, and DATUM of
 *   a day that does not exist give empty.
 */
export function expressionSql(expr: Expr, checked: Checked, bind: StepEnv['bind']): string {
  return new SqlWriter(checked, bind).sql(expr);
}

// Lambda parameters (`__wb_v1` …) name a value computed once (see `once`). User columns never
// start with `__` (db/reserved.ts: RESERVED_PREFIX), so these names never hide one.

/** SQL that is cheap and short to repeat: a column, a bound value, a lambda parameter. */
const REPEATABLE = new RegExp(`^(?:"(?:[^"]|"")*"|CAST\\(\\$\\w+ AS [A-Z]+\\)|${LAMBDA_PREFIX}\\d+)$`);

class SqlWriter {
  private lambdas = 0;

  constructor(
    private readonly checked: Checked,
    private readonly bind: StepEnv['bind'],
  ) {}

  private type(expr: Expr): ExprType {
    return this.checked.typeOf(expr);
  }

  private value(value: string | number | boolean, type: ExprType): string {
    return `CAST(${this.bind(value)} AS ${duckType(type)})`;
  }

  /** The SQL of a node as `type` (a whole number where a decimal is wanted is cast). */
  private as(expr: Expr, type: ExprType): string {
    const sql = this.sql(expr);
    return this.type(expr) === type ? sql : `CAST(${sql} AS ${duckType(type)})`;
  }

  /**
   * `body` over a value used more than once, computed once: written out twice, nested conditions
   * would double the SQL at every level. A DuckDB lambda over a one-element list names the value.
   */
  private once(sql: string, body: (ref: string) => string): string {
    if (REPEATABLE.test(sql)) return body(sql);
    const ref = `${LAMBDA_PREFIX}${++this.lambdas}`;
    return `list_transform([${sql}], lambda ${ref}: ${body(ref)})[1]`;
  }

  sql(expr: Expr): string {
    switch (expr.kind) {
      case 'number':
        return this.value(expr.value, this.type(expr));
      case 'text':
        return this.value(expr.value, 'text');
      case 'boolean':
        return this.value(expr.value, 'boolean');
      case 'column':
        return ident(this.checked.columnOf(expr).name);
      case 'negate':
        return `(-${this.sql(expr.operand)})`;
      case 'binary':
        return this.binary(expr);
      case 'call':
        return this.call(expr);
    }
  }

  private binary(expr: Binary): string {
    const { op, left, right } = expr;
    switch (op) {
      case 'and':
        return `(${this.sql(left)} AND ${this.sql(right)})`;
      case 'or':
        return `(${this.sql(left)} OR ${this.sql(right)})`;
      case '&':
        return `concat(${this.text(left)}, ${this.text(right)})`;
      case '/':
        return `(${this.as(left, 'decimal')} / nullif(${this.as(right, 'decimal')}, 0))`;
      case '+':
      case '-':
      case '*': {
        const type = this.type(expr);
        return `(${this.as(left, type)} ${op} ${this.as(right, type)})`;
      }
      default: {
        const type = unify(this.type(left), this.type(right))!;
        const side = (e: Expr) => (type === 'text' ? `lower(${this.sql(e)})` : this.as(e, type));
        return `(${side(left)} ${op} ${side(right)})`;
      }
    }
  }

  /** A value `&` joins: text as it is, a whole number or a date as its text (ISO for dates). */
  private text(expr: Expr): string {
    return this.type(expr) === 'text' ? this.sql(expr) : `CAST(${this.sql(expr)} AS VARCHAR)`;
  }

  private call(expr: Call): string {
    const args = expr.args;
    const arg = (i: number) => this.sql(args[i]!);
    const all = (type: ExprType) => args.map((a) => this.as(a, type)).join(', ');
    const type = this.type(expr);
    switch (expr.fn) {
      case 'if': {
        const then = this.as(args[1]!, type);
        if (args.length === 2) return `(CASE WHEN ${arg(0)} THEN ${then} END)`;
        const otherwise = this.as(args[2]!, type);
        return this.once(arg(0), (c) => `(CASE WHEN ${c} THEN ${then} WHEN NOT ${c} THEN ${otherwise} END)`);
      }
      case 'and':
        return `(${args.map((a) => this.sql(a)).join(' AND ')})`;
      case 'or':
        return `(${args.map((a) => this.sql(a)).join(' OR ')})`;
      case 'not':
        return `(NOT ${arg(0)})`;
      case 'isblank':
        return this.type(args[0]!) === 'text' ? `(coalesce(trim(${arg(0)}), '') = '')` : `(${arg(0)} IS NULL)`;
      case 'coalesce': {
        const values = args.map((a) => (type === 'text' ? this.once(this.sql(a), (v) => `(CASE WHEN trim(${v}) <> '' THEN ${v} END)`) : this.as(a, type)));
        return `coalesce(${values.join(', ')})`;
      }
      case 'round': {
        const digits = args[1] ? constantWholeNumber(args[1]) ?? 0 : 0;
        return `round(${arg(0)}, CAST(${this.bind(digits)} AS INTEGER))`;
      }
      case 'abs':
        return `abs(${arg(0)})`;
      case 'min':
        return `least(${all(type)})`;
      case 'max':
        return `greatest(${all(type)})`;
      case 'len':
        return `length(${arg(0)})`;
      case 'upper':
        return `upper(${arg(0)})`;
      case 'lower':
        return `lower(${arg(0)})`;
      case 'trim':
        // As in a spreadsheet: spaces at the ends go, runs of spaces inside become one.
        return `trim(regexp_replace(${arg(0)}, ' +', ' ', 'g'))`;
      case 'left':
      case 'right': {
        const count = args[1] ? arg(1) : this.value(1, 'integer');
        // A negative count gives NULL (DuckDB would count from the other end).
        return `${expr.fn}(${arg(0)}, nullif(greatest(${count}, -1), -1))`;
      }
      case 'contains':
        return `contains(lower(${arg(0)}), lower(${arg(1)}))`;
      case 'year':
      case 'month':
      case 'day':
        return `${expr.fn}(${arg(0)})`;
      case 'days':
        return `date_diff('day', ${arg(1)}, ${arg(0)})`;
      case 'datedif':
        return this.dateDifference(arg(0), arg(1), dateUnitOf(args[2]!) ?? 'd');
      case 'date':
        return `try(make_date(${arg(0)}, ${arg(1)}, ${arg(2)}))`;
    }
  }

  /**
   * DATUMVERSCHIL as spreadsheets count it: whole days, complete months (the day of the month
   * reached: 31 January to 28 February is 0 months), complete years. Empty when start > end.
   * Months from `(year·12 + month)·100 + day`: the difference divided by 100, rounded down.
   */
  private dateDifference(start: string, end: string, unit: 'd' | 'm' | 'y'): string {
    return this.once(start, (s) =>
      this.once(end, (e) => {
        const stamp = (d: string) => `((year(${d}) * 12 + month(${d})) * 100 + day(${d}))`;
        const value =
          unit === 'd' ? `date_diff('day', ${s}, ${e})` : `((${stamp(e)} - ${stamp(s)}) // ${unit === 'm' ? 100 : 1200})`;
        return `(CASE WHEN ${s} > ${e} THEN NULL ELSE ${value} END)`;
      }),
    );
  }
}

import fc from 'fast-check';
import type { BinaryOp, Expr, Span } from './ast';
import { COMPARISON_OPS } from './ast';
import { FUNCTIONS, type ExprType, type FunctionId } from './functions';

/**
 * fast-check generators of ASTs, for the tests of the parser, the printer, the checker and the
 * engine's SQL. Spans are left empty: compare trees with `withoutSpans`.
 */

const NO_SPAN: Span = { start: 0, end: 0 };

export const num = (value: number, decimal = !Number.isInteger(value)): Expr => ({ kind: 'number', value, decimal, span: NO_SPAN });
export const txt = (value: string): Expr => ({ kind: 'text', value, span: NO_SPAN });
export const bool = (value: boolean): Expr => ({ kind: 'boolean', value, span: NO_SPAN });
export const col = (name: string): Expr => ({ kind: 'column', name, span: NO_SPAN });
export const neg = (operand: Expr): Expr => ({ kind: 'negate', operand, span: NO_SPAN });
export const bin = (op: BinaryOp, left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right, span: NO_SPAN });
export const call = (fn: FunctionId, ...args: Expr[]): Expr => ({ kind: 'call', fn, args, span: NO_SPAN });

const BINARY_OPS: BinaryOp[] = ['+', '-', '*', '/', '&', 'and', 'or', ...COMPARISON_OPS];

/** Text with the characters the grammar treats specially. */
const trickyText = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({ unit: fc.constantFrom('"', ']', '[', ';', ',', '.', ' ', 'é', '\n', '(', ')', 'a', '1', '😀'), maxLength: 8 }),
);

/** A number as the grammar can write it: never negative, and never -0. */
const numberLiteral: fc.Arbitrary<Expr> = fc.oneof(
  fc.nat().map((n) => num(n, false)),
  fc.maxSafeNat().map((n) => num(n, false)),
  fc.nat(1000).map((n) => num(n, true)),
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }).map((d) => num(Object.is(d, -0) ? 0 : d, true)),
  // Integral doubles beyond 2^53 written without a decimal mark.
  fc.double({ min: 2 ** 54, max: 1e300, noNaN: true }).map((d) => num(Math.floor(d), false)),
);

/** Any tree the grammar can write, typed or not (for parsing and printing). */
export function anyExpr(depth: number): fc.Arbitrary<Expr> {
  const leaf = fc.oneof(numberLiteral, trickyText.map(txt), fc.boolean().map(bool), trickyText.filter((s) => s.length > 0).map(col));
  if (depth <= 0) return leaf;
  const sub = anyExpr(depth - 1);
  return fc.oneof(
    { arbitrary: leaf, weight: 3 },
    { arbitrary: sub.map(neg), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...BINARY_OPS), sub, sub).map(([op, l, r]) => bin(op, l, r)), weight: 3 },
    {
      arbitrary: fc.tuple(fc.constantFrom(...FUNCTIONS.map((f) => f.id)), fc.array(sub, { maxLength: 3 })).map(([fn, args]) => call(fn, ...args)),
      weight: 2,
    },
  );
}

/** Columns by expression type, for well-typed trees. */
export type ColumnsByType = Record<ExprType, string[]>;

/** Characters of generated text: letters whose case DuckDB and JavaScript change alike, spaces, a quote. */
export const TEXT_CHARS = ['a', 'B', 'é', 'Ë', ' ', 'z', '1', '"'];
export const textValue = fc.string({ unit: fc.constantFrom(...TEXT_CHARS), maxLength: 6 });

/**
 * Well-typed trees of a type over the given columns, up to `depth` operations deep: every
 * operator and function of the language appears with arguments of the types it takes.
 */
export function typedExpr(columns: ColumnsByType, type: ExprType, depth: number): fc.Arbitrary<Expr> {
  const memo = new Map<string, fc.Arbitrary<Expr>>();
  const gen = (t: ExprType, d: number): fc.Arbitrary<Expr> => {
    const key = `${t}:${d}`;
    let found = memo.get(key);
    if (!found) {
      found = build(t, d);
      memo.set(key, found);
    }
    return found;
  };
  const colOf = (t: ExprType) => (columns[t].length > 0 ? [fc.constantFrom(...columns[t]).map(col)] : []);
  const int = fc.integer({ min: 0, max: 40 }).map((n) => num(n, false));
  const dec = fc.double({ min: 0, max: 100, noNaN: true }).map((d) => num(Object.is(d, -0) ? 0 : d, true));
  const leaves: Record<ExprType, fc.Arbitrary<Expr>[]> = {
    integer: [int, ...colOf('integer')],
    decimal: [dec, ...colOf('decimal')],
    text: [textValue.map(txt), ...colOf('text')],
    date: colOf('date'),
    boolean: [fc.boolean().map(bool), ...colOf('boolean')],
  };
  const digits = fc.integer({ min: -2, max: 2 }).map((n) => (n < 0 ? neg(num(-n, false)) : num(n, false)));
  const unit = fc.constantFrom('d', 'm', 'y', 'M').map(txt);
  const intLeaf = fc.oneof(fc.integer({ min: -1, max: 32 }).map((n) => (n < 0 ? neg(num(-n, false)) : num(n, false))), ...colOf('integer'));
  const some = (a: fc.Arbitrary<Expr>) => fc.array(a, { minLength: 1, maxLength: 3 });

  function build(t: ExprType, d: number): fc.Arbitrary<Expr> {
    const own = leaves[t];
    if (d <= 0) return fc.oneof(...own);
    const s = (u: ExprType) => gen(u, d - 1);
    const number = fc.oneof(s('integer'), s('decimal'));
    const cond = s('boolean');
    const composite: fc.Arbitrary<Expr>[] = [];
    const maybe = (a: fc.Arbitrary<Expr>) => fc.option(a, { nil: undefined });
    const ifOf = (a: fc.Arbitrary<Expr>, b: fc.Arbitrary<Expr>) =>
      fc.tuple(cond, a, maybe(b)).map(([c, x, y]) => (y === undefined ? call('if', c, x) : call('if', c, x, y)));
    switch (t) {
      case 'integer':
        composite.push(
          s('integer').map(neg),
          fc.tuple(fc.constantFrom<BinaryOp>('+', '-', '*'), s('integer'), s('integer')).map(([op, l, r]) => bin(op, l, r)),
          fc.tuple(s('integer'), maybe(digits)).map(([x, n]) => (n === undefined ? call('round', x) : call('round', x, n))),
          s('integer').map((x) => call('abs', x)),
          fc.tuple(fc.constantFrom<FunctionId>('min', 'max', 'coalesce'), some(s('integer'))).map(([fn, xs]) => call(fn, ...xs)),
          s('text').map((x) => call('len', x)),
          fc.tuple(fc.constantFrom<FunctionId>('year', 'month', 'day'), s('date')).map(([fn, x]) => call(fn, x)),
          fc.tuple(s('date'), s('date')).map(([a, b]) => call('days', a, b)),
          fc.tuple(s('date'), s('date'), unit).map(([a, b, u]) => call('datedif', a, b, u)),
          ifOf(s('integer'), s('integer')),
        );
        break;
      case 'decimal':
        composite.push(
          s('decimal').map(neg),
          fc.tuple(fc.constantFrom<BinaryOp>('+', '-', '*'), s('decimal'), number, fc.boolean()).map(([op, a, b, swap]) => (swap ? bin(op, b, a) : bin(op, a, b))),
          fc.tuple(number, number).map(([l, r]) => bin('/', l, r)),
          fc.tuple(s('decimal'), maybe(digits)).map(([x, n]) => (n === undefined ? call('round', x) : call('round', x, n))),
          s('decimal').map((x) => call('abs', x)),
          fc.tuple(fc.constantFrom<FunctionId>('min', 'max', 'coalesce'), s('decimal'), fc.array(number, { maxLength: 2 })).map(([fn, x, xs]) => call(fn, ...xs, x)),
          ifOf(s('decimal'), number),
        );
        break;
      case 'text':
        composite.push(
          fc.tuple(fc.constantFrom<FunctionId>('upper', 'lower', 'trim'), s('text')).map(([fn, x]) => call(fn, x)),
          fc.tuple(fc.constantFrom<FunctionId>('left', 'right'), s('text'), maybe(intLeaf)).map(([fn, x, n]) => (n === undefined ? call(fn, x) : call(fn, x, n))),
          fc.tuple(fc.oneof(s('text'), s('integer'), s('date')), fc.oneof(s('text'), s('integer'), s('date'))).map(([l, r]) => bin('&', l, r)),
          ifOf(s('text'), s('text')),
          some(s('text')).map((xs) => call('coalesce', ...xs)),
        );
        break;
      case 'date':
        composite.push(
          fc.tuple(fc.integer({ min: 1995, max: 2030 }), intLeaf, intLeaf).map(([y, m, day]) => call('date', num(y, false), m, day)),
          ifOf(s('date'), s('date')),
          fc.tuple(fc.constantFrom<FunctionId>('min', 'max', 'coalesce'), some(s('date'))).map(([fn, xs]) => call(fn, ...xs)),
        );
        break;
      case 'boolean': {
        const op = fc.constantFrom(...COMPARISON_OPS);
        const pair = fc.oneof(
          fc.tuple(number, number),
          fc.tuple(s('text'), s('text')),
          fc.tuple(s('date'), s('date')),
          fc.tuple(s('boolean'), s('boolean')),
        );
        const any = fc.oneof(s('integer'), s('decimal'), s('text'), s('date'), s('boolean'));
        composite.push(
          fc.tuple(op, pair).map(([o, [l, r]]) => bin(o, l, r)),
          fc.tuple(fc.constantFrom<BinaryOp>('and', 'or'), cond, cond).map(([o, l, r]) => bin(o, l, r)),
          fc.tuple(fc.constantFrom<FunctionId>('and', 'or'), some(cond)).map(([fn, xs]) => call(fn, ...xs)),
          cond.map((x) => call('not', x)),
          any.map((x) => call('isblank', x)),
          fc.tuple(s('text'), s('text')).map(([a, b]) => call('contains', a, b)),
          ifOf(cond, cond),
        );
        break;
      }
    }
    return fc.oneof({ arbitrary: fc.oneof(...own), weight: 2 }, { arbitrary: fc.oneof(...composite), weight: 3 });
  }
  return gen(type, depth);
}

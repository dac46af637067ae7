import type { FunctionId } from './functions';

/**
 * The typed AST of the expression language of derived columns. Every node carries its span in
 * the text it was parsed from: `start` and `end` are UTF-16 offsets (end exclusive), and a
 * node's span covers the parentheses around it, so `text.slice(start, end)` parses to the same
 * node. Parentheses, unary `+` and the spelling of names (Dutch or English, upper or lower case)
 * leave no trace: the AST is what the expression means, the printer writes it back canonically.
 */

export interface Span {
  start: number;
  end: number;
}

/** The ways of writing an expression: argument separator and decimal mark (see README.md). */
export type Dialect = 'nl' | 'en';
export const DIALECTS: readonly Dialect[] = ['nl', 'en'];

/** A number as written: never negative (a minus is an operator); `decimal` when it had a decimal mark. */
export interface NumberLit {
  kind: 'number';
  value: number;
  decimal: boolean;
  span: Span;
}

export interface TextLit {
  kind: 'text';
  value: string;
  span: Span;
}

export interface BooleanLit {
  kind: 'boolean';
  value: boolean;
  span: Span;
}

/** `[name]`: the column's name as written between the brackets (`]]` read as `]`). */
export interface ColumnRef {
  kind: 'column';
  name: string;
  span: Span;
}

export interface Negate {
  kind: 'negate';
  operand: Expr;
  span: Span;
}

export type ArithmeticOp = '+' | '-' | '*' | '/';
export type ComparisonOp = '=' | '<>' | '<' | '<=' | '>' | '>=';
export type LogicalOp = 'and' | 'or';
export type BinaryOp = ArithmeticOp | ComparisonOp | LogicalOp | '&';

export interface Binary {
  kind: 'binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
  span: Span;
}

/** A function call; `fn` is the function's id whatever language its name was written in. */
export interface Call {
  kind: 'call';
  fn: FunctionId;
  args: Expr[];
  span: Span;
}

export type Expr = NumberLit | TextLit | BooleanLit | ColumnRef | Negate | Binary | Call;

export const COMPARISON_OPS: readonly ComparisonOp[] = ['=', '<>', '<', '<=', '>', '>='];
export const ARITHMETIC_OPS: readonly ArithmeticOp[] = ['+', '-', '*', '/'];

/**
 * What went wrong with an expression, as a catalogue message (`errors.expr.*`) and where: the
 * offsets of the part of the text it is about. `params.position` is the 1-based character the
 * user reads in the message.
 */
export interface ExprProblem {
  code: string;
  params: Record<string, string | number>;
  start: number;
  end: number;
}

/** Longest expression read: a formula of a page and more is no formula. */
export const MAX_EXPRESSION_CHARS = 10_000;

/**
 * Deepest nesting of operations (parentheses, function calls, operators in a chain). DuckDB
 * refuses expressions nested more than 1000 deep; each level here becomes a few in SQL.
 */
export const MAX_EXPRESSION_DEPTH = 100;

/** The 1-based character a user counts to an offset (a character outside the BMP counts once). */
export function positionOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The high half of a pair is counted; its low half is not.
    if (!(code >= 0xdc00 && code <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) n++;
  }
  return n;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** A problem about `text.slice(start, end)`, with its position among `params`. */
export function problemAt(text: string, code: string, start: number, end: number, params: Record<string, string | number> = {}): ExprProblem {
  return { code, params: { position: positionOf(text, start), ...params }, start, end };
}

/** The part of the text a node was parsed from, cut for a message. */
export function excerpt(text: string, span: Span, max = 40): string {
  const part = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return part.length <= max ? part : `${part.slice(0, max - 1)}…`;
}

/** The node without spans, for comparing what two texts mean. */
export function withoutSpans(expr: Expr): unknown {
  switch (expr.kind) {
    case 'number':
      return { kind: expr.kind, value: expr.value, decimal: expr.decimal };
    case 'text':
    case 'boolean':
      return { kind: expr.kind, value: expr.value };
    case 'column':
      return { kind: expr.kind, name: expr.name };
    case 'negate':
      return { kind: expr.kind, operand: withoutSpans(expr.operand) };
    case 'binary':
      return { kind: expr.kind, op: expr.op, left: withoutSpans(expr.left), right: withoutSpans(expr.right) };
    case 'call':
      return { kind: expr.kind, fn: expr.fn, args: expr.args.map(withoutSpans) };
  }
}

/** The node's children, in order. */
export function childrenOf(expr: Expr): Expr[] {
  switch (expr.kind) {
    case 'negate':
      return [expr.operand];
    case 'binary':
      return [expr.left, expr.right];
    case 'call':
      return expr.args;
    default:
      return [];
  }
}

import type { BinaryOp, Dialect, Expr } from './ast';
import { functionName } from './functions';

/**
 * Writes an AST back as canonical text in a dialect: the dialect's function names in capitals,
 * one space around operators, parentheses only where the grammar needs them. Reading the text
 * back in the same dialect gives the same AST (print.test.ts checks it on generated trees).
 */
export function printExpression(expr: Expr, dialect: Dialect, options: { names?: Dialect } = {}): string {
  return show(expr, { dialect, names: options.names ?? dialect }).text;
}

/** How to write: the dialect (separator, decimal mark), and the language of names and keywords. */
interface Style {
  dialect: Dialect;
  names: Dialect;
}

/** How tightly each operator binds (the grammar's rule order, loosest first). */
const PRECEDENCE: Record<BinaryOp, number> = {
  or: 1,
  and: 2,
  '=': 3,
  '<>': 3,
  '<': 3,
  '<=': 3,
  '>': 3,
  '>=': 3,
  '&': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
};
const COMPARISON = 3;
const NEGATE = 7;
const PRIMARY = 8;

interface Shown {
  text: string;
  precedence: number;
}

function show(expr: Expr, style: Style): Shown {
  const { dialect, names } = style;
  switch (expr.kind) {
    case 'number':
      return { text: numberText(expr.value, expr.decimal, dialect), precedence: PRIMARY };
    case 'text':
      return { text: `"${expr.value.replaceAll('"', '""')}"`, precedence: PRIMARY };
    case 'boolean':
      return { text: booleanWord(expr.value, names), precedence: PRIMARY };
    case 'column':
      return { text: `[${expr.name.replaceAll(']', ']]')}]`, precedence: PRIMARY };
    case 'negate':
      return { text: `-${wrap(show(expr.operand, style), (p) => p < NEGATE)}`, precedence: NEGATE };
    case 'call': {
      const separator = dialect === 'nl' ? '; ' : ', ';
      const args = expr.args.map((a) => show(a, style).text).join(separator);
      return { text: `${functionName(expr.fn, names)}(${args})`, precedence: PRIMARY };
    }
    case 'binary': {
      const own = PRECEDENCE[expr.op];
      // Left-associative chains; a comparison takes no comparison on either side.
      const left = wrap(show(expr.left, style), (p) => (own === COMPARISON ? p <= own : p < own));
      const right = wrap(show(expr.right, style), (p) => p <= own);
      return { text: `${left} ${operatorText(expr.op, names)} ${right}`, precedence: own };
    }
  }
}

function wrap(shown: Shown, needsParentheses: (precedence: number) => boolean): string {
  return needsParentheses(shown.precedence) ? `(${shown.text})` : shown.text;
}

function operatorText(op: BinaryOp, names: Dialect): string {
  if (op === 'and') return names === 'nl' ? 'EN' : 'AND';
  if (op === 'or') return names === 'nl' ? 'OF' : 'OR';
  return op;
}

function booleanWord(value: boolean, names: Dialect): string {
  if (names === 'nl') return value ? 'WAAR' : 'ONWAAR';
  return value ? 'TRUE' : 'FALSE';
}

/** A number in plain digits (the language has no exponent), with the dialect's decimal mark. */
export function numberText(value: number, decimal: boolean, dialect: Dialect): string {
  let text = plainDigits(value);
  if (decimal && !text.includes('.')) text += '.0';
  return dialect === 'nl' ? text.replace('.', ',') : text;
}

/** The shortest digits that read back as the same double, without an exponent (`1e-7` → `0.0000001`). */
function plainDigits(value: number): string {
  const shortest = String(value);
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!m) return shortest;
  const digits = m[1]! + (m[2] ?? '');
  const point = 1 + Number(m[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

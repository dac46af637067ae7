import { type Dialect, type Expr, type ExprProblem, MAX_EXPRESSION_CHARS, MAX_EXPRESSION_DEPTH, problemAt } from './ast';
import { BOOLEAN_WORDS, functionByName } from './functions';
import { parse as peggyParse, SyntaxError as PeggySyntaxError, type Expectation } from './parser.generated';

export type ParseResult = { ok: true; expr: Expr } | { ok: false; problem: ExprProblem };

/**
 * Reads an expression as the user wrote it, in a dialect (`nl`: `;` between arguments and a
 * decimal comma; `en`: `,` and a decimal point). Never throws: a text that is no expression
 * gives a problem with its position, in the catalogue's words (errors.expr.*).
 */
export function parseExpression(text: string, dialect: Dialect): ParseResult {
  if (text.length > MAX_EXPRESSION_CHARS) {
    return fail(problemAt(text, 'errors.expr.tooLong', MAX_EXPRESSION_CHARS, text.length, { length: text.length, max: MAX_EXPRESSION_CHARS }));
  }
  if (text.trim() === '') return fail(problemAt(text, 'errors.expr.empty', 0, text.length));
  // The parser recurses into parentheses: refuse deep nesting before it can exhaust the stack.
  const scan = scanParentheses(text);
  if (scan.tooDeep !== null) {
    return fail(problemAt(text, 'errors.expr.tooDeep', scan.tooDeep, scan.tooDeep + 1, { max: MAX_EXPRESSION_DEPTH }));
  }
  try {
    const expr = peggyParse(text, { dialect, maxDepth: MAX_EXPRESSION_DEPTH, functionByName, booleanWords: BOOLEAN_WORDS });
    return { ok: true, expr };
  } catch (e) {
    if (e instanceof PeggySyntaxError) return fail(syntaxProblem(text, dialect, e, scan.unclosed));
    throw e;
  }
}

const fail = (problem: ExprProblem): ParseResult => ({ ok: false, problem });

/** Codes the grammar's actions raise (grammar.peggy, `fail`). */
const ACTION_CODES = new Set(['tooDeep', 'numberTooLarge', 'unclosedText', 'unclosedColumn', 'emptyColumn', 'bareName', 'unknownFunction']);

function syntaxProblem(text: string, dialect: Dialect, e: PeggySyntaxError, unclosed: number | null): ExprProblem {
  const start = e.location.start.offset;
  const end = Math.max(start, e.location.end.offset);
  if (e.expected === null && ACTION_CODES.has(e.message)) {
    const code = `errors.expr.${e.message}`;
    switch (e.message) {
      case 'bareName':
      case 'unknownFunction':
        return problemAt(text, code, start, end, { name: text.slice(start, end) });
      case 'tooDeep':
        return problemAt(text, code, start, end, { max: MAX_EXPRESSION_DEPTH });
      default:
        return problemAt(text, code, start, end);
    }
  }
  const expected = e.expected ?? [];
  const literal = (s: string) => expected.some((x: Expectation) => x.type === 'literal' && x.text === s);
  const separator = dialect === 'nl' ? ';' : ',';
  const other = dialect === 'nl' ? ',' : ';';
  const mark = dialect === 'nl' ? ',' : '.';
  const previous = text[start - 1] ?? '';
  const next = text[start + 1] ?? '';
  if (e.found === null) {
    // The text stops where more was needed: a missing `)` is the likeliest, and where it opened is known.
    if (literal(')') && unclosed !== null) return problemAt(text, 'errors.expr.unclosedParenthesis', unclosed, unclosed + 1);
    // Said as "after character n": the last one written.
    const last = Math.max(0, text.trimEnd().length - 1);
    return problemAt(text, 'errors.expr.incomplete', last, last + 1);
  }
  if (e.found === other && literal(separator)) {
    return problemAt(text, 'errors.expr.separator', start, start + 1, { separator, found: other });
  }
  // `23.5` in Dutch, `23,5` outside a function in English: a decimal mark of the other dialect.
  if ((e.found === '.' || e.found === ',') && e.found !== mark && /[0-9]/.test(previous) && /[0-9]/.test(next)) {
    return problemAt(text, 'errors.expr.decimalMark', start, start + 1, { mark, found: e.found });
  }
  // `a < b < c`: after a whole comparison (an operator may follow, but no comparison), another one.
  if (/^[<>=]$/.test(e.found) && literal('&') && !literal('<')) return problemAt(text, 'errors.expr.chainedComparison', start, start + 1);
  if (e.found === ')' && scanParentheses(text, start).open === 0) return problemAt(text, 'errors.expr.unopenedParenthesis', start, start + 1);
  const found = tokenAt(text, start);
  return problemAt(text, 'errors.expr.unexpected', start, start + found.length, { found });
}

/** What stands at an offset: a word or number whole, else one character (a surrogate pair kept whole). */
function tokenAt(text: string, offset: number): string {
  const word = /^[A-Za-z0-9_.,]+/.exec(text.slice(offset, offset + 40))?.[0];
  return word ?? String.fromCodePoint(text.codePointAt(offset) ?? 0xfffd);
}

/**
 * One pass over the text (up to `end`) outside text literals and column names: where parentheses
 * nest deeper than MAX_EXPRESSION_DEPTH, how many are open at the end, and the innermost of those.
 */
function scanParentheses(text: string, end = text.length): { tooDeep: number | null; open: number; unclosed: number | null } {
  const open: number[] = [];
  let i = 0;
  while (i < end) {
    const c = text[i]!;
    if (c === '"' || c === '[') {
      const close = c === '"' ? '"' : ']';
      i++;
      // A doubled closing character stays inside (`""`, `]]`).
      while (i < text.length && !(text[i] === close && text[i + 1] !== close)) i += text[i] === close ? 2 : 1;
      i++;
      continue;
    }
    if (c === '(') {
      open.push(i);
      if (open.length > MAX_EXPRESSION_DEPTH) return { tooDeep: i, open: open.length, unclosed: null };
    } else if (c === ')') {
      open.pop();
    }
    i++;
  }
  return { tooDeep: null, open: open.length, unclosed: open.length > 0 ? open[open.length - 1]! : null };
}

/**
 * A cell's shape checked on the raw cell, for the shapes a column was seen to have: each cell
 * gets a small code (`shapeCodeSql`), which is exactly its shape (shapeSql on the trimmed
 * cell) or OTHER. A column whose cells all get a shape code needs no trim and no shape tree:
 * its histogram is the codes' (see scan.ts). A cell with whitespace around it, a shape not
 * expected, or anything the tests here do not decide is OTHER; its column then gets the full
 * pass. So the tests may refuse what has a shape, but never give a shape a cell does not have.
 */
import { str } from '../../db/sql';
import { FALSE_WORDS, hoistedSql, normalizeLabel, NO_WORDS, type Shape, tokenFirstCodes, tokenSql, TRUE_WORDS, WHITESPACE_CODES, YES_WORDS } from './sql-values';

/** The code of an empty cell (NULL or ''), of a missing-value token, and of every other cell. */
export const EMPTY_CODE = 0;
export const TOKEN_CODE = 254;
export const OTHER_CODE = 255;

/**
 * Shapes written with digits, signs and separators only: never a letter, never whitespace.
 * A cell of one of them equals its trimmed, lower-cased form, so it is a token exactly when it
 * is one of the tokens as they are written (see shapeCodeSql).
 */
const LETTERLESS: Shape[] = ['int', 'dc', 'dp', 'ac', 'ap', 'dI', 'dS'];
/** Shapes with letters: the token test comes first for them, as in the shape tree. */
const LETTERED: Shape[] = ['text', 'bool', 'yesno'];

/** Whether every shape can be checked on the raw cell. */
export function checkable(shapes: Shape[]): boolean {
  return shapes.every((s) => LETTERLESS.includes(s) || LETTERED.includes(s));
}

const list = (items: string[]) => items.map(str).join(', ');

/** The shape tree's "starts like a number" (a digit, + or -), by byte comparison. */
function digitFirstSql(c: string): string {
  return `((${c} >= '0' AND ${c} < ':') OR prefix(${c}, '+') OR prefix(${c}, '-'))`;
}

/** Whitespace (as trimmedSql trims it) last in a non-empty cell. */
function whitespaceLastSql(c: string): string {
  return WHITESPACE_CODES.map((code) => `suffix(${c}, chr(${code}))`).join(' OR ');
}

/**
 * Holds for a non-empty raw cell exactly when the shape tree gives it this letterless shape and
 * it has no whitespace around it. The hoisted tests (sql-values.ts hoistedSql) are the tree's
 * own for a trimmed cell; what they need more on a raw cell is said at each.
 */
function letterlessSql(c: string, shape: Shape): string {
  // A canonical integer or a full regular expression match: no whitespace can be in it.
  if (shape !== 'dS') return `(${hoistedSql(c, shape)!})`;
  // strptime skips whitespace before and after the date (`1/01/202 ` would be the year 202):
  // a digit first and no whitespace last.
  return `(${c} >= '0' AND ${c} < ':' AND NOT (${whitespaceLastSql(c)}) AND ${hoistedSql(c, 'dS')!})`;
}

/**
 * Holds exactly for the raw cells whose first byte is an ASCII letter that starts no token and
 * no boolean or yes/no word (in either case): null when no letter is left. Byte comparisons
 * over ranges of letters, cheaper than `ascii()` and a list.
 */
function plainLetterFirstSql(c: string, tokens: string[]): string | null {
  const words = [...TRUE_WORDS, ...FALSE_WORDS, ...YES_WORDS, ...NO_WORDS].map((w) => w[0]!);
  const excluded = new Set<number>(tokenFirstCodes(tokens));
  for (const w of words) for (const variant of [w.toLowerCase(), w.toUpperCase()]) excluded.add(variant.codePointAt(0)!);
  const ranges: string[] = [];
  for (const [from, to] of [
    [65, 90],
    [97, 122],
  ] as const) {
    for (let start = from; start <= to; ) {
      if (excluded.has(start)) {
        start += 1;
        continue;
      }
      let end = start;
      while (end + 1 <= to && !excluded.has(end + 1)) end += 1;
      // First byte in start…end: at least the one-letter string, below the letter after end.
      ranges.push(`(${c} >= ${str(String.fromCharCode(start))} AND ${c} < ${str(String.fromCharCode(end + 1))})`);
      start = end + 1;
    }
  }
  return ranges.length > 0 ? `(${ranges.join(' OR ')})` : null;
}

/**
 * The code of a raw cell (UTINYINT): EMPTY_CODE, TOKEN_CODE, `index + 1` for `shapes[index]`,
 * or OTHER_CODE. One flat CASE, in the shape tree's order (DuckDB tests a WHEN only on the
 * rows no earlier WHEN took, and an AND or OR in it only as far as it must):
 *
 * 1. empty: NULL or '' (a cell of whitespace is OTHER);
 *    then, where text is expected, the cells most text columns consist of: a first letter that
 *    starts no token and no boolean or yes/no word, and no whitespace last. Every later test
 *    but the last fails for them, so they are text (one test instead of the walk: the bench's
 *    name column 40 against 87 ms of CPU);
 * 2. the letterless shapes. The tree tests tokens first, but a cell of such a shape is lower
 *    case and holds no space, so it is a token only if it is literally one of the tokens as
 *    normalised, which a list test finds without lower-casing; tokens without a digit cannot
 *    be such a cell at all;
 * 3. a token, tested on the raw cell: a token never has whitespace around it (the tokens are
 *    normalised without), so it is the trimmed cell's token test;
 * 4. the lettered shapes, once whitespace around the cell is ruled out (the cell is then its
 *    own trimmed cell): starting like a number, text by the hoisted test or OTHER; else the
 *    tree's last three branches, boolean, yes/no or text.
 */
export function shapeCodeSql(c: string, tokens: string[], shapes: Shape[]): string {
  const code = (shape: Shape) => (shapes.includes(shape) ? shapes.indexOf(shape) + 1 : OTHER_CODE);
  const literal = [...new Set(tokens.map(normalizeLabel))].filter((x) => x !== '' && !x.includes(' ') && /[0-9]/.test(x));
  const notToken = literal.length > 0 ? ` AND NOT list_contains([${list(literal)}], ${c})` : '';
  const whens = [`WHEN ${c} IS NULL OR ${c} = '' THEN ${EMPTY_CODE}`];
  const letterFirst = shapes.includes('text') ? plainLetterFirstSql(c, tokens) : null;
  if (letterFirst !== null) whens.push(`WHEN ${letterFirst} AND NOT (${whitespaceLastSql(c)}) THEN ${code('text')}`);
  for (const shape of shapes) if (LETTERLESS.includes(shape)) whens.push(`WHEN ${letterlessSql(c, shape)}${notToken} THEN ${code(shape)}`);
  whens.push(`WHEN ${tokenSql(c, tokens)} THEN ${TOKEN_CODE}`);
  let last = `${OTHER_CODE}`;
  if (shapes.some((s) => LETTERED.includes(s))) {
    const wide = WHITESPACE_CODES.filter((w) => w > 127).map((w) => `prefix(${c}, chr(${w}))`);
    const text = code('text') === OTHER_CODE ? `${OTHER_CODE}` : `CASE WHEN ${hoistedSql(c, 'text')!} THEN ${code('text')} ELSE ${OTHER_CODE} END`;
    whens.push(
      // `c < '!'`: the first byte is a space or a control character (a byte comparison, much cheaper than ascii()).
      `WHEN ${c} < '!' OR (${c} >= chr(128) AND (${wide.join(' OR ')})) OR ${whitespaceLastSql(c)} THEN ${OTHER_CODE}`,
      `WHEN ${digitFirstSql(c)} THEN ${text}`,
      `WHEN strlen(${c}) <= 6 AND list_contains([${list([...TRUE_WORDS, ...FALSE_WORDS])}], lower(${c})) THEN ${code('bool')}`,
      `WHEN strlen(${c}) <= 3 AND list_contains([${list([...YES_WORDS, ...NO_WORDS])}], lower(${c})) THEN ${code('yesno')}`,
    );
    last = `${code('text')}`;
  }
  return `CAST((CASE ${whens.join(' ')} ELSE ${last} END) AS UTINYINT)`;
}

/**
 * Whether a raw row is empty (every cell NULL, '' or whitespace), as the AND of emptyCellSql
 * over its cells, but deciding most rows on their first cell: a cell whose first byte is
 * printable ASCII is not empty.
 */
export function emptyRowSql(cells: string[], emptyCell: (c: string) => string): string {
  if (cells.length === 0) return 'true';
  const whens = cells.map((c) => `WHEN ${c} >= '!' AND ${c} < chr(128) THEN false WHEN NOT ${emptyCell(c)} THEN false`);
  return `(CASE ${whens.join(' ')} ELSE true END)`;
}

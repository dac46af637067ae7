import type { ColumnType } from '../../../../shared/model/table';
import { num, str } from '../../db/sql';

/**
 * SQL that reads the raw table's text cells as values, in two steps that analysis and
 * conversion share:
 *
 *   1. `shapeSql`: what a trimmed cell looks like, as a short code (`int`, `dc` = decimal
 *      comma, `dS` = date with slashes …). It does not depend on the file's decimal
 *      separator, so one pass over the data gives both the separator and the types.
 *   2. `valueSql`: the value of a cell of a given shape as a column type, for the shapes the
 *      type accepts (`ACCEPTS`), NULL for the others. Analysis counts values that do not fit
 *      from the shapes; conversion turns exactly the accepted shapes into values.
 *
 * Performance matters (a million rows): cheap tests first (first character, `contains`),
 * regular expressions only where they decide, and a trim only for cells with whitespace at
 * either end. DuckDB's `try_strptime` with a list of formats costs ~3 s per million cells,
 * so every date shape has its own single format (measured on this machine).
 */

/** Whitespace trimmed around cells: spaces, tabs, line breaks and the no-break spaces Excel writes. */
export const WHITESPACE_CODES = [32, 9, 10, 13, 160, 8239, 8199];
const WHITESPACE_SQL = WHITESPACE_CODES.map((c) => `chr(${c})`).join(' || ');

/** A raw cell trimmed of surrounding whitespace; cells without any there are passed through untouched. */
export function trimmedSql(cell: string): string {
  const endsWithSpace = WHITESPACE_CODES.map((c) => `ends_with(${cell}, chr(${c}))`).join(' OR ');
  return `CASE WHEN list_contains([${WHITESPACE_CODES.join(', ')}], ascii(${cell})) OR ${endsWithSpace} THEN trim(${cell}, ${WHITESPACE_SQL}) ELSE ${cell} END`;
}

/** Whether a raw cell is empty (NULL, '' or only whitespace). */
export function emptyCellSql(cell: string): string {
  // CASE rather than OR/AND: DuckDB evaluates every operand of a boolean expression in a
  // projection, but only the rows still undecided in a CASE branch.
  return `(CASE WHEN ${cell} IS NULL OR ${cell} = '' THEN true WHEN list_contains([${WHITESPACE_CODES.join(', ')}], ascii(${cell})) THEN trim(${cell}, ${WHITESPACE_SQL}) = '' ELSE false END)`;
}

/**
 * How numbers are written in a column: with a decimal comma or point (and the matching
 * thousands separators), or as a spreadsheet stores them (`canonical`: `23.5`, `1e-7`,
 * never a thousands separator).
 */
export type NumberDialect = ',' | '.' | 'canonical';

/** The shapes `shapeSql` tells apart. */
export type Shape =
  | 'empty'
  | 'token'
  | 'int' // 123, -5
  | 'id' // 0045123, or 16 digits and more
  | 'dc' // 23,5 (not 1,234)
  | 'dp' // 23.5 (not 1.234)
  | 'ac' // 1,234: a decimal comma or a thousands comma
  | 'ap' // 1.234: a decimal point or a thousands dot
  | 'gc' // 1.234,5 or 1 234,5
  | 'gp' // 1,234.5 or 1 234.5
  | 'gic' // 1.234.567
  | 'gip' // 1,234,567
  | 'gis' // 1 234 or 1 234 567
  | 'exp' // 1e-7
  | 'dI' // 2026-05-28
  | 'dS' // 28/05/2026
  | 'dH' // 28-05-2026
  | 'dD' // 28.05.2026
  | 'dt0' // a date-time at midnight
  | 'dtt' // a date-time with a time of day
  | 'frac' // 34/50
  | 'bool' // true, false, waar, onwaar
  | 'yesno' // ja, nee
  | 'text';

/** The kinds type inference counts (see infer.ts). */
export type Kind = 'empty' | 'token' | 'int' | 'id' | 'dec' | 'date' | 'dt0' | 'dtt' | 'frac' | 'bool' | 'yesno' | 'text';

const INTEGER_SHAPES: Record<NumberDialect, Shape[]> = {
  ',': ['int', 'ap', 'gic', 'gis'],
  '.': ['int', 'ac', 'gip', 'gis'],
  canonical: ['int'],
};
const DECIMAL_SHAPES: Record<NumberDialect, Shape[]> = {
  ',': ['dc', 'ac', 'gc'],
  '.': ['dp', 'ap', 'gp'],
  canonical: ['dp', 'ap', 'exp'],
};
const DATE_SHAPES: Shape[] = ['dI', 'dS', 'dH', 'dD'];

/** The kind a shape counts as in a column of this dialect. */
export function kindOf(shape: Shape, dialect: NumberDialect): Kind {
  if (INTEGER_SHAPES[dialect].includes(shape)) return 'int';
  if (DECIMAL_SHAPES[dialect].includes(shape)) return 'dec';
  if (DATE_SHAPES.includes(shape)) return 'date';
  switch (shape) {
    case 'empty':
    case 'token':
    case 'id':
    case 'dt0':
    case 'dtt':
    case 'frac':
    case 'bool':
    case 'yesno':
    case 'text':
      return shape;
    default:
      return 'text';
  }
}

/** The shapes a column type turns into values; every other non-missing shape does not fit. */
export function acceptedShapes(type: ColumnType, dialect: NumberDialect): Shape[] | 'all' {
  switch (type) {
    case 'integer':
      return INTEGER_SHAPES[dialect];
    case 'decimal':
      return [...INTEGER_SHAPES[dialect], 'id', ...DECIMAL_SHAPES[dialect]];
    case 'date':
      return [...DATE_SHAPES, 'dt0', 'dtt'];
    case 'boolean':
      return ['bool', 'yesno'];
    case 'text':
    case 'identifier':
    case 'ordinal':
      return 'all';
  }
}

export const TRUE_WORDS = ['true', 'waar'];
export const FALSE_WORDS = ['false', 'onwaar'];
/** Read as yes/no only when the user chooses the boolean type; otherwise such a column stays text. */
export const YES_WORDS = ['ja'];
export const NO_WORDS = ['nee'];

const full = (t: string, pattern: string) => `regexp_full_match(${t}, ${str(pattern)})`;
const list = (items: string[]) => items.map(str).join(', ');
const SPACE_GROUP = '[ \u00a0\u202f]';

/** Lower case with runs of whitespace as one space: how labels and tokens are compared. */
export function normalizedSql(t: string): string {
  return `lower(regexp_replace(${t}, '\\s+', ' ', 'g'))`;
}

/** The same normalisation in JavaScript, for the labels, levels and tokens of the settings. */
export function normalizeLabel(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The first characters (as code points) a cell must start with to be one of the tokens, as
 * `tokenSql` tests them: each token's first character as written, upper- and lower-cased.
 */
export function tokenFirstCodes(tokens: string[]): Set<number> {
  const firsts = new Set<number>();
  for (const token of new Set(tokens.map(normalizeLabel))) {
    if (token === '') continue;
    const first = [...token][0]!;
    for (const variant of [first, first.toUpperCase(), first.toLowerCase()]) firsts.add(variant.codePointAt(0)!);
  }
  return firsts;
}

/**
 * Whether a trimmed, non-empty cell is one of the missing-value tokens (compared
 * case-insensitively, runs of inner whitespace as one space). Only cells whose first
 * character starts a token are lower-cased.
 */
export function tokenSql(t: string, tokens: string[]): string {
  const normalized = [...new Set(tokens.map(normalizeLabel).filter((x) => x !== ''))];
  if (normalized.length === 0) return 'false';
  const firsts = tokenFirstCodes(tokens);
  const longest = Math.max(...normalized.map((x) => new TextEncoder().encode(x).length));
  // list_contains rather than IN: DuckDB plans a long IN list as a join, computed for every row.
  const plain = `list_contains([${list(normalized)}], lower(${t}))`;
  const spaced = normalized.some((x) => x.includes(' '))
    ? ` OR (contains(${t}, ' ') AND list_contains([${list(normalized)}], ${normalizedSql(t)}))`
    : '';
  return `(list_contains([${[...firsts].join(', ')}], ascii(${t})) AND strlen(${t}) <= ${longest * 4 + 8} AND (${plain}${spaced}))`;
}

/** Whether a trimmed cell is missing: NULL, empty or a token. */
export function missingSql(t: string, tokens: string[]): string {
  return `(${t} IS NULL OR ${t} = '' OR ${tokenSql(t, tokens)})`;
}

const ISO_DATETIME = '\\d{4}-\\d{1,2}-\\d{1,2}[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?';
const DMY_DATETIME = (sep: string) => `\\d{1,2}${sep}\\d{1,2}${sep}\\d{4} \\d{1,2}:\\d{2}(:\\d{2})?`;
const MIDNIGHT = '[ T]0?0:00(:00(\\.0+)?)?$';
const EXPONENT = '[+-]?\\d+(\\.\\d+)?[eE][+-]?\\d+';
const FRACTION = '(\\d+([.,]\\d+)?)\\s*/\\s*(\\d+([.,]\\d+)?)';

/** A date-time cell as a TIMESTAMP (NULL when it is none): ISO by cast, day-first with one format per separator. */
function dateTimeSql(t: string): string {
  const dmy = (sep: string, escaped: string) =>
    `WHEN ${full(t, DMY_DATETIME(escaped))} THEN try_strptime(${t}, [${list([`%d${sep}%m${sep}%Y %H:%M:%S`, `%d${sep}%m${sep}%Y %H:%M`])}])`;
  return `(CASE WHEN ${full(t, ISO_DATETIME)} THEN TRY_CAST(${t} AS TIMESTAMP) ${dmy('/', '/')} ${dmy('-', '-')} ${dmy('.', '\\.')} END)`;
}

/** A date cell of a date shape as a DATE (NULL when no real date, e.g. 31/02/2026). */
function dateOfShapeSql(t: string, shape: 'dI' | 'dS' | 'dH' | 'dD'): string {
  switch (shape) {
    case 'dI':
      return `TRY_CAST(${t} AS DATE)`;
    case 'dS':
      return `CAST(try_strptime(${t}, '%d/%m/%Y') AS DATE)`;
    case 'dH':
      return `CAST(try_strptime(${t}, '%d-%m-%Y') AS DATE)`;
    case 'dD':
      return `CAST(try_strptime(${t}, '%d.%m.%Y') AS DATE)`;
  }
}

/** SQL for what to give at a leaf of the shape tree: the shape's code, or the value of a cell of that shape. */
type Leaf = (shape: Shape) => string;

/**
 * The decision tree that tells a trimmed cell's shape, with `leaf(shape)` at every end. The
 * same tree gives the shape codes for analysis (`shapeSql`) and the values for conversion
 * (`valueSql`), so what is counted as fitting is exactly what converts. The order is by cost:
 * cheap tests (first character, casts, `contains`) decide most cells before any regular
 * expression runs. (DuckDB evaluates a CASE branch only for the rows that reach it; the
 * operands of AND/OR in a projection it evaluates for every row, hence CASE throughout.)
 */
function shapeTree(t: string, tokens: string[], leaf: Leaf, expected: Shape | null = null): string {
  const checked = (shape: 'dI' | 'dS' | 'dH' | 'dD') => {
    const date = dateOfShapeSql(t, shape);
    // A date leaf that is the date itself (conversion to date): no need to parse it twice.
    if (leaf('text') === 'NULL' && leaf(shape) === date) return date;
    return `CASE WHEN ${date} IS NULL THEN ${leaf('text')} ELSE ${leaf(shape)} END`;
  };
  const dateTime = `CASE WHEN ${dateTimeSql(t)} IS NULL THEN ${leaf('text')} WHEN regexp_matches(${t}, ${str(MIDNIGHT)}) THEN ${leaf('dt0')} ELSE ${leaf('dtt')} END`;
  // One separator (`23,5`, `1.234`): 1–3 digits before and exactly 3 after may be a thousands separator.
  const separatorAt = `(strpos(${t}, ',') + strpos(${t}, '.'))`;
  const digitsBefore = `(${separatorAt} - 1 - CASE WHEN ascii(${t}) = 43 OR ascii(${t}) = 45 THEN 1 ELSE 0 END)`;
  const ambiguous = `${digitsBefore} BETWEEN 1 AND 3 AND strlen(${t}) - ${separatorAt} = 3`;
  const comma = `contains(${t}, ',')`;
  // Numbers hold only digits, signs and separators: a slash, a colon or an inner dash decides first.
  const hoisted = expected === null ? null : hoistedSql(t, expected);
  return `CASE
    WHEN ${t} IS NULL OR ${t} = '' THEN ${leaf('empty')}
    WHEN ${tokenSql(t, tokens)} THEN ${leaf('token')}
    ${hoisted === null ? '' : `WHEN ${hoisted} THEN ${leaf(expected!)}`}
    WHEN ascii(${t}) BETWEEN 48 AND 57 OR ascii(${t}) = 43 OR ascii(${t}) = 45 THEN CASE
      WHEN CAST(TRY_CAST(${t} AS BIGINT) AS VARCHAR) = ${t} THEN CASE WHEN strlen(${t}) >= 16 THEN ${leaf('id')} ELSE ${leaf('int')} END
      WHEN contains(${t}, '/') THEN CASE
        WHEN strlen(split_part(${t}, '/', 3)) = 4 AND NOT contains(${t}, ':') THEN ${checked('dS')}
        WHEN ${full(t, FRACTION)} THEN ${leaf('frac')}
        WHEN ${full(t, DMY_DATETIME('/'))} THEN ${dateTime}
        ELSE ${leaf('text')} END
      WHEN contains(${t}, ':') THEN CASE WHEN ${full(t, `${ISO_DATETIME}|${DMY_DATETIME('[.-]')}`)} THEN ${dateTime} ELSE ${leaf('text')} END
      WHEN lower(${t}) <> upper(${t}) THEN CASE WHEN ${full(t, EXPONENT)} THEN ${leaf('exp')} ELSE ${leaf('text')} END
      WHEN contains(substr(${t}, 2), '-') THEN CASE
        WHEN ${full(t, '\\d{4}-\\d{1,2}-\\d{1,2}')} THEN ${checked('dI')}
        WHEN ${full(t, '\\d{1,2}-\\d{1,2}-\\d{4}')} THEN ${checked('dH')}
        ELSE ${leaf('text')} END
      WHEN ${full(t, '[+-]?\\d*[.,]\\d+')} THEN CASE
        WHEN ${ambiguous} THEN CASE WHEN ${comma} THEN ${leaf('ac')} ELSE ${leaf('ap')} END
        WHEN ${comma} THEN ${leaf('dc')} ELSE ${leaf('dp')} END
      WHEN ${full(t, '[+-]?\\d+')} THEN CASE WHEN regexp_matches(${t}, '^[+-]?0\\d') OR strlen(${t}) >= 16 THEN ${leaf('id')} ELSE ${leaf('int')} END
      WHEN ${full(t, `[+-]?\\d{1,3}([. \u00a0\u202f]\\d{3})+,\\d+`)} THEN ${leaf('gc')}
      WHEN ${full(t, `[+-]?\\d{1,3}([, \u00a0\u202f]\\d{3})+\\.\\d+`)} THEN ${leaf('gp')}
      WHEN ${full(t, `[+-]?\\d{1,3}(${SPACE_GROUP}\\d{3})+`)} THEN ${leaf('gis')}
      WHEN ${full(t, '[+-]?\\d{1,3}(\\.\\d{3}){2,}')} THEN ${leaf('gic')}
      WHEN ${full(t, '[+-]?\\d{1,3}(,\\d{3}){2,}')} THEN ${leaf('gip')}
      WHEN ${full(t, '\\d{1,2}\\.\\d{1,2}\\.\\d{4}')} THEN ${checked('dD')}
      ELSE ${leaf('text')} END
    WHEN strlen(${t}) <= 6 AND list_contains([${list([...TRUE_WORDS, ...FALSE_WORDS])}], lower(${t})) THEN ${leaf('bool')}
    WHEN strlen(${t}) <= 3 AND list_contains([${list([...YES_WORDS, ...NO_WORDS])}], lower(${t})) THEN ${leaf('yesno')}
    ELSE ${leaf('text')} END`;
}

/**
 * For the shape most cells of a column have: a flat condition that holds exactly for the
 * cells the tree sends to that shape, tested first. Nested CASE levels cost DuckDB more than
 * the tests in them; one flat test for the common case measured 2–3× cheaper per cell than
 * the walk down the tree. Null for shapes without one (the tree decides those).
 */
export function hoistedSql(t: string, shape: Shape): string | null {
  // Tested right after the empty and token tests, so those need no repeating. Only cheap
  // tests under NOT: DuckDB evaluates a negated expression for every row, not just the
  // undecided ones.
  const separatorAt = `(strpos(${t}, ',') + strpos(${t}, '.'))`;
  const digitsBefore = `(${separatorAt} - 1 - CASE WHEN ascii(${t}) = 43 OR ascii(${t}) = 45 THEN 1 ELSE 0 END)`;
  const ambiguous = `(${digitsBefore} BETWEEN 1 AND 3 AND strlen(${t}) - ${separatorAt} = 3)`;
  // A digit or a sign first, then digits, one separator, digits: what the tree calls a decimal.
  const decimal = (sep: string) => full(t, `([+-]\\d*|\\d+)${sep}\\d+`);
  const digitFirst = `(ascii(${t}) BETWEEN 48 AND 57 OR ascii(${t}) = 43 OR ascii(${t}) = 45)`;
  switch (shape) {
    case 'int':
      return `CAST(TRY_CAST(${t} AS BIGINT) AS VARCHAR) = ${t} AND strlen(${t}) < 16`;
    case 'dc':
      return `${decimal(',')} AND NOT ${ambiguous}`;
    case 'dp':
      return `${decimal('\\.')} AND NOT ${ambiguous}`;
    case 'ac':
      return `${decimal(',')} AND ${ambiguous}`;
    case 'ap':
      return `${decimal('\\.')} AND ${ambiguous}`;
    case 'dS':
      return `strlen(split_part(${t}, '/', 3)) = 4 AND ${dateOfShapeSql(t, 'dS')} IS NOT NULL`;
    case 'dI':
      return `${full(t, '\\d{4}-\\d{1,2}-\\d{1,2}')} AND ${dateOfShapeSql(t, 'dI')} IS NOT NULL`;
    case 'text':
      // Letters, and none of what makes lettered cells something else: a date-time `T`, an
      // exponent after a digit, a yes/no word. Only worth it for text that starts with a digit
      // (`2A`): other text is decided by the tree in two tests anyway.
      return (
        `(CASE WHEN NOT ${digitFirst} OR contains(${t}, ':') THEN false ` +
        `ELSE lower(${t}) <> upper(${t}) AND NOT contains(${t}, 'e') AND NOT contains(${t}, 'E') END)`
      );
    default:
      return null;
  }
}

/** The shape of a trimmed cell (see `Shape`), as its code; `expected`: the column's most common shape, tested first. */
export function shapeSql(t: string, tokens: string[], expected: Shape | null = null): string {
  return shapeTree(t, tokens, (shape) => `'${shape}'`, expected);
}

/** The value of a number shape as a DOUBLE, in a column of this dialect. */
function numberOfShapeSql(t: string, shape: Shape, dialect: NumberDialect): string {
  const double = (expr: string) => `TRY_CAST(${expr} AS DOUBLE)`;
  switch (shape) {
    case 'int':
    case 'id':
    case 'dp':
    case 'exp':
      return double(t);
    case 'dc':
      return double(`replace(${t}, ',', '.')`);
    case 'ac':
      return double(dialect === ',' ? `replace(${t}, ',', '.')` : `replace(${t}, ',', '')`);
    case 'ap':
      return double(dialect === ',' ? `replace(${t}, '.', '')` : t);
    case 'gc':
      return double(`replace(regexp_replace(${t}, ${str(`[. \u00a0\u202f]`)}, '', 'g'), ',', '.')`);
    case 'gp':
      return double(`regexp_replace(${t}, ${str(`[, \u00a0\u202f]`)}, '', 'g')`);
    case 'gic':
      return double(`replace(${t}, '.', '')`);
    case 'gip':
      return double(`replace(${t}, ',', '')`);
    case 'gis':
      return double(`regexp_replace(${t}, ${str(SPACE_GROUP)}, '', 'g')`);
    default:
      return 'NULL';
  }
}

/** The shapes analysis found in a column: all of them, and the most common non-missing one. */
export interface KnownShapes {
  present: Set<Shape>;
  common: Shape | null;
}

/**
 * The value of a trimmed cell as a column type without a mapping: NULL for missing cells
 * (empty or a token) and for shapes the type does not accept. With the shapes analysis
 * found in the column (`known`; valid because a plan only ever runs on the staged table it
 * was made for), a column with one shape skips the tree, and otherwise its common shape is
 * tested first.
 */
export function valueSql(t: string, tokens: string[], type: ColumnType, dialect: NumberDialect, known: KnownShapes | null = null): string {
  const accepted = acceptedShapes(type, dialect);
  // Without a token in the column, a missing cell is NULL or ''.
  const tokenless = known !== null && !known.present.has('token');
  const missing = tokenless ? `(${t} IS NULL OR ${t} = '')` : missingSql(t, tokens);
  if (accepted === 'all') return tokenless ? `nullif(${t}, '')` : `CASE WHEN ${missing} THEN NULL ELSE ${t} END`;
  const valueOf = (shape: Shape): string => {
    if (!accepted.includes(shape)) return 'NULL';
    switch (type) {
      case 'integer':
        return shape === 'int' ? `TRY_CAST(${t} AS BIGINT)` : `CAST(${numberOfShapeSql(t, shape, dialect)} AS BIGINT)`;
      case 'decimal':
        return numberOfShapeSql(t, shape, dialect);
      case 'date':
        return shape === 'dt0' || shape === 'dtt' ? `CAST(${dateTimeSql(t)} AS DATE)` : dateOfShapeSql(t, shape as 'dI');
      default:
        return `list_contains([${list([...TRUE_WORDS, ...YES_WORDS])}], lower(${t}))`;
    }
  };
  const cast = type === 'integer' ? 'BIGINT' : type === 'decimal' ? 'DOUBLE' : type === 'date' ? 'DATE' : 'BOOLEAN';
  if (known) {
    const shapes = [...known.present].filter((x) => x !== 'empty' && x !== 'token');
    if (shapes.length === 0) return `CAST(NULL AS ${cast})`;
    // One shape, or shapes that all convert alike (`12` and `12.5` in a decimal column are
    // both TRY_CAST … AS DOUBLE): no tree. A 1M-row decimal column: 0.2 s less (measured).
    const values = new Set(shapes.map(valueOf));
    const value = [...values][0]!;
    // Every number and date value (a TRY_CAST, strptime or date-time CASE) is NULL for NULL
    // and '', so a tokenless column needs no test for missing cells (a boolean's does: a
    // list_contains is false there). The bench file's conversion: 226 against 254 ms of CPU.
    if (values.size === 1 && tokenless && type !== 'boolean') return `CAST(${value} AS ${cast})`;
    if (values.size === 1) return `CAST((CASE WHEN ${missing} THEN NULL ELSE ${value} END) AS ${cast})`;
  }
  return `CAST((${shapeTree(t, tokens, valueOf, known?.common ?? null)}) AS ${cast})`;
}

/** A trimmed cell through a label mapping (normalised comparison), as BIGINT or DOUBLE; NULL for other text. */
export function labelsSql(t: string, labels: { label: string; value: number }[], type: 'integer' | 'decimal'): string {
  const seen = new Set<string>();
  const whens: string[] = [];
  const numbered: string[] = [];
  const n = normalizedSql(t);
  // `1 - Helemaal oneens`, `2. Oneens`: a label after its own number, as some forms word their
  // options. It fits only where the number is the label's value (`3 - Eens` does not).
  const number = `TRY_CAST(regexp_extract(${n}, '^(\\d{1,2}) ?[-.):]', 1) AS DOUBLE)`;
  for (const { label, value } of labels) {
    const key = normalizeLabel(label);
    if (seen.has(key)) continue; // the first mapping of a label wins
    seen.add(key);
    whens.push(`WHEN ${str(key)} THEN ${num(value)}`);
    numbered.push(`WHEN ${str(key)} THEN (CASE WHEN ${number} = ${num(value)} THEN ${num(value)} END)`);
  }
  const direct = `CASE ${n} ${whens.join(' ')} END`;
  const afterNumber = `CASE WHEN ${number} IS NOT NULL THEN (CASE regexp_replace(${n}, '^\\d{1,2} ?[-.):] ?', '') ${numbered.join(' ')} END) END`;
  return `CAST(coalesce(${direct}, ${afterNumber}) AS ${type === 'integer' ? 'BIGINT' : 'DOUBLE'})`;
}

/** A trimmed cell as one of the ordinal levels (normalised comparison, the level as written in the setting). */
export function levelsSql(t: string, levels: string[]): string {
  const seen = new Set<string>();
  const whens: string[] = [];
  for (const level of levels) {
    const key = normalizeLabel(level);
    if (seen.has(key)) continue;
    seen.add(key);
    whens.push(`WHEN ${str(key)} THEN ${str(level.trim())}`);
  }
  return `(CASE ${normalizedSql(t)} ${whens.join(' ')} END)`;
}

/** One part of a `behaald/totaal` score (`34/50`, `34,5 / 50`) as a DOUBLE: 1 the score, 2 the maximum. */
export function fractionPartSql(t: string, part: 1 | 2): string {
  const group = part === 1 ? 1 : 3;
  return `CASE WHEN ${full(t, FRACTION)} THEN TRY_CAST(replace(regexp_extract(${t}, ${str(FRACTION)}, ${group}), ',', '.') AS DOUBLE) END`;
}

/** Shapes that are evidence for the file's decimal separator (ambiguous ones like `1.234` are not). */
export const COMMA_EVIDENCE: Shape[] = ['dc', 'gc'];
export const POINT_EVIDENCE: Shape[] = ['dp', 'gp'];

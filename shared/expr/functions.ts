/**
 * The functions of the expression language, in one table: their Dutch and English names (both
 * accepted in either dialect, in any case), their parameters and their result type. The type
 * checker reads the table; the SQL compiler (electron/engine/recipe/expr-sql.ts) has one case per
 * id, and the derive dialog lists the table.
 */

/** The types of values in an expression. Identifier and ordinal columns are text here. */
export type ExprType = 'integer' | 'decimal' | 'text' | 'date' | 'boolean';

/**
 * What a parameter takes. `number`: integer or decimal; `numberOrDate`: either, all arguments of
 * one kind; `digits`: a whole number written in the expression (`2`, `-1`); `dateUnit`: the text
 * `"d"`, `"m"` or `"y"` written in the expression.
 */
export type ParamType = 'any' | 'number' | 'integer' | 'text' | 'date' | 'boolean' | 'numberOrDate' | 'digits' | 'dateUnit';

/** A parameter's name, for the function list (`ui.derive.param.<name>`). */
export type ParamName =
  | 'condition'
  | 'then'
  | 'else'
  | 'value'
  | 'number'
  | 'digits'
  | 'text'
  | 'part'
  | 'count'
  | 'date'
  | 'start'
  | 'end'
  | 'unit'
  | 'year'
  | 'month'
  | 'day';

export interface FunctionParam {
  name: ParamName;
  type: ParamType;
  /** May be left out (only trailing parameters). */
  optional?: boolean;
  /** May be given any number of times (at least once), as the last parameter. */
  repeats?: boolean;
  /** Takes part in the result type: the arguments of these parameters must share one type. */
  unify?: boolean;
}

export interface FunctionSpec {
  id: FunctionId;
  nl: string;
  en: string;
  params: FunctionParam[];
  /** A fixed type, `unify` (the common type of the `unify` arguments) or `first` (the first argument's type). */
  result: ExprType | 'unify' | 'first';
}

export type FunctionId =
  | 'if'
  | 'and'
  | 'or'
  | 'not'
  | 'isblank'
  | 'coalesce'
  | 'round'
  | 'abs'
  | 'min'
  | 'max'
  | 'len'
  | 'upper'
  | 'lower'
  | 'trim'
  | 'left'
  | 'right'
  | 'contains'
  | 'year'
  | 'month'
  | 'day'
  | 'days'
  | 'datedif'
  | 'date';

const p = (name: ParamName, type: ParamType, more: Omit<FunctionParam, 'name' | 'type'> = {}): FunctionParam => ({ name, type, ...more });

export const FUNCTIONS: readonly FunctionSpec[] = [
  // Logic
  { id: 'if', nl: 'ALS', en: 'IF', params: [p('condition', 'boolean'), p('then', 'any', { unify: true }), p('else', 'any', { optional: true, unify: true })], result: 'unify' },
  { id: 'and', nl: 'EN', en: 'AND', params: [p('condition', 'boolean', { repeats: true })], result: 'boolean' },
  { id: 'or', nl: 'OF', en: 'OR', params: [p('condition', 'boolean', { repeats: true })], result: 'boolean' },
  { id: 'not', nl: 'NIET', en: 'NOT', params: [p('condition', 'boolean')], result: 'boolean' },
  { id: 'isblank', nl: 'ISLEEG', en: 'ISBLANK', params: [p('value', 'any')], result: 'boolean' },
  { id: 'coalesce', nl: 'EERSTE.NIET.LEEG', en: 'COALESCE', params: [p('value', 'any', { repeats: true, unify: true })], result: 'unify' },
  // Numbers
  { id: 'round', nl: 'AFRONDEN', en: 'ROUND', params: [p('number', 'number'), p('digits', 'digits', { optional: true })], result: 'first' },
  { id: 'abs', nl: 'ABS', en: 'ABS', params: [p('number', 'number')], result: 'first' },
  { id: 'min', nl: 'MIN', en: 'MIN', params: [p('value', 'numberOrDate', { repeats: true, unify: true })], result: 'unify' },
  { id: 'max', nl: 'MAX', en: 'MAX', params: [p('value', 'numberOrDate', { repeats: true, unify: true })], result: 'unify' },
  // Text
  { id: 'len', nl: 'LENGTE', en: 'LEN', params: [p('text', 'text')], result: 'integer' },
  { id: 'upper', nl: 'HOOFDLETTERS', en: 'UPPER', params: [p('text', 'text')], result: 'text' },
  { id: 'lower', nl: 'KLEINE.LETTERS', en: 'LOWER', params: [p('text', 'text')], result: 'text' },
  { id: 'trim', nl: 'SPATIES.WISSEN', en: 'TRIM', params: [p('text', 'text')], result: 'text' },
  { id: 'left', nl: 'LINKS', en: 'LEFT', params: [p('text', 'text'), p('count', 'integer', { optional: true })], result: 'text' },
  { id: 'right', nl: 'RECHTS', en: 'RIGHT', params: [p('text', 'text'), p('count', 'integer', { optional: true })], result: 'text' },
  { id: 'contains', nl: 'BEVAT', en: 'CONTAINS', params: [p('text', 'text'), p('part', 'text')], result: 'boolean' },
  // Dates
  { id: 'year', nl: 'JAAR', en: 'YEAR', params: [p('date', 'date')], result: 'integer' },
  { id: 'month', nl: 'MAAND', en: 'MONTH', params: [p('date', 'date')], result: 'integer' },
  { id: 'day', nl: 'DAG', en: 'DAY', params: [p('date', 'date')], result: 'integer' },
  { id: 'days', nl: 'DAGEN', en: 'DAYS', params: [p('end', 'date'), p('start', 'date')], result: 'integer' },
  { id: 'datedif', nl: 'DATUMVERSCHIL', en: 'DATEDIF', params: [p('start', 'date'), p('end', 'date'), p('unit', 'dateUnit')], result: 'integer' },
  { id: 'date', nl: 'DATUM', en: 'DATE', params: [p('year', 'integer'), p('month', 'integer'), p('day', 'integer')], result: 'date' },
];

const byId = new Map(FUNCTIONS.map((f) => [f.id, f]));
const byName = new Map<string, FunctionId>();
for (const f of FUNCTIONS) {
  byName.set(f.nl, f.id);
  byName.set(f.en, f.id);
}

export function functionSpec(id: FunctionId): FunctionSpec {
  return byId.get(id)!;
}

/** The function a name stands for, in either language and any case; null for an unknown name. */
export function functionByName(name: string): FunctionId | null {
  return byName.get(name.toUpperCase()) ?? null;
}

/** The function's name as the dialect writes it. */
export function functionName(id: FunctionId, language: 'nl' | 'en'): string {
  const f = functionSpec(id);
  return language === 'nl' ? f.nl : f.en;
}

/** The number of arguments a function takes: at least `min`, at most `max` (Infinity for a repeating parameter). */
export function arity(spec: FunctionSpec): { min: number; max: number } {
  const min = spec.params.filter((q) => !q.optional).length;
  return { min, max: spec.params.some((q) => q.repeats) ? Infinity : spec.params.length };
}

/** The parameter an argument at `index` fills. */
export function paramAt(spec: FunctionSpec, index: number): FunctionParam {
  const last = spec.params[spec.params.length - 1]!;
  return spec.params[index] ?? last;
}

/** The units of DATUMVERSCHIL / DATEDIF: days, complete months, complete years. */
export const DATE_UNITS = ['d', 'm', 'y'] as const;
export type DateUnit = (typeof DATE_UNITS)[number];

/** The range of AFRONDEN's digits: beyond it a double has nothing left to round. */
export const MAX_ROUND_DIGITS = 15;

/** Keywords: the boolean constants and the infix logic operators (functions EN/OF too). */
export const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = { WAAR: true, TRUE: true, ONWAAR: false, FALSE: false };

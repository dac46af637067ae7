import fc from 'fast-check';
import { z } from 'zod';

/**
 * Hostile requests for the boundary fuzz (boundary-fuzz.test.ts, host/boundary-fuzz.test.ts),
 * derived from the contract's zod schemas so that a new call or a new field is covered without
 * writing a generator by hand.
 *
 * `validShape(schema)` walks the schema and generates values that fit it, with hostile content:
 * path-traversal names, NUL bytes, unpaired surrogates, SQL and expression fragments, megabyte
 * strings, the largest numbers the bounds allow, prototype keys in records, and the ids and
 * names of a real project (the vocabulary), so that many requests reach deep into the engine.
 * Object schemas also draw on seeds: sub-values of a real project that fit them (its recipe,
 * views, stories, profiles), so valid requests are often real ones with one hostile part.
 *
 * `hostileRequest(schema)` mixes those with mutated ones (a field of the wrong type, a field
 * missing, an extra or prototype-polluting key, deep nesting, NaN, Infinity, BigInt …) and with
 * garbage of any shape. A schema kind the walker does not know throws: a new kind in the
 * contract must get a generator here before the fuzz passes again.
 */

export interface Vocabulary {
  /** Strings that mean something to the engine: ids, names and columns of the project, file ids. */
  strings: readonly string[];
  /**
   * Strings by the key they were found under (`viewId`, `column`, `id` …): a field of that name
   * draws on them first, and a field named `…Id` on every `id` too, so ids are often real ones.
   */
  keyed: Readonly<Record<string, readonly string[]>>;
  /** Sub-values of a real project; an object schema draws on those that fit it. */
  seeds: readonly unknown[];
  /** Files to hand to `file.upload` (hostile and ordinary). */
  files: readonly Uint8Array[];
}

/** `ipc`: structured clone (Electron), so BigInt, Map and Date can arrive; `json`: the browser host. */
export type Transport = 'ipc' | 'json';

/** A generated request, printed short when a property fails (the megabyte strings are cut). */
export interface HostileCase {
  kind: string;
  request: unknown;
}

const MB = 2 ** 20;
/** Megabyte strings, made once. */
const HUGE = ['A'.repeat(MB), '../'.repeat(MB / 3), 'é€'.repeat(MB / 4), `[x]${' +[x]'.repeat(MB / 5)}`];

/** Short hostile strings: each probes one way a value could escape its meaning. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\System32',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'file:///etc/passwd',
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDFFF\uD800',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  "'; DROP TABLE s1; --",
  '"s1"; DROP TABLE "s1"',
  "read_text('/etc/passwd')",
  "[Klas] || read_text('/etc/passwd')",
  'getenv(\'HOME\')',
  '${process.env.HOME}',
  '{{constructor.constructor}}',
  '<script>alert(1)</script>',
  '\u202Egnp.exe',
  '\u200B',
  '\r\n',
  '\t',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'undefined',
  'CON',
  'nul.txt',
  '.werkbank',
  '😀👩‍👩‍👧',
  'e\u0301',
  'ﬀ',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];

/** Values of every wrong kind, made fresh per use (some are mutable). */
function wrongValues(transport: Transport): Array<() => unknown> {
  const deep = (n: number, wrap: (v: unknown) => unknown) => {
    let v: unknown = 1;
    for (let i = 0; i < n; i++) v = wrap(v);
    return v;
  };
  const common: Array<() => unknown> = [
    () => null,
    () => undefined,
    () => NaN,
    () => Infinity,
    () => -Infinity,
    () => -0,
    () => -1,
    () => 1e308,
    () => -(2 ** 53) - 2,
    () => 2 ** 53 + 2,
    () => 0.5,
    () => true,
    () => '',
    () => '../../etc/passwd',
    () => 'a\u0000b',
    () => '\uD800',
    () => HUGE[0],
    () => [],
    () => ({}),
    () => [null],
    // Structured clone stops at a few thousand levels; JSON text has no such limit (the host test sends deeper).
    () => deep(1000, (v) => [v]),
    () => deep(1000, (v) => ({ a: v })),
    () => JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
    () => Object.assign([1, 2], { extra: 'x' }),
    // eslint-disable-next-line no-sparse-arrays
    () => [, 1],
  ];
  if (transport === 'json') return common;
  return [
    ...common,
    () => 10n,
    () => new Date(NaN),
    () => new Map([['a', 1]]),
    () => new Set(['a']),
    () => /.*/,
    () => new Uint8Array([0, 255]),
    () => new Float64Array([NaN]),
    () => new Error('x'),
    () => Object.create(null) as object,
  ];
}

type Schema = z.core.$ZodType;
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}
interface Def {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  innerType?: Schema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: Schema;
  valueType?: Schema;
  items?: Schema[];
  rest?: Schema | null;
  in?: Schema;
}

/** The key a value is generated for: `(root).view.chart.groupBy` → `groupBy`, `(root).keys[]` → `keys`. */
const keyOf = (where: string) => where.replace(/(\[\d*\]|\{\w*\})+$/, '').split('.').pop() ?? '';
const defOf = (schema: Schema) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const optionalKey = (schema: Schema) => (schema as unknown as { _zod: { optin?: string } })._zod.optin === 'optional';
const fits = (schema: Schema, value: unknown) => z.safeParse(schema, value).success;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);

/** The checks of a schema, by kind; a check the walker cannot satisfy throws. */
function checksOf(def: Def, where: string) {
  const out: { min?: number; max?: number; lo?: number; loIncl?: boolean; hi?: number; hiIncl?: boolean; int?: boolean; patterns: RegExp[] } = {
    patterns: [],
  };
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'min_length') out.min = c.minimum;
    else if (c.check === 'max_length') out.max = c.maximum;
    else if (c.check === 'greater_than') [out.lo, out.loIncl] = [c.value, c.inclusive];
    else if (c.check === 'less_than') [out.hi, out.hiIncl] = [c.value, c.inclusive];
    else if (c.check === 'number_format' && c.format === 'safeint') out.int = true;
    else if (c.check === 'string_format' && c.format === 'regex' && c.pattern) out.patterns.push(c.pattern);
    // A refinement: values that miss it are refused at validation, which is fine for a fuzz.
    else if (c.check !== 'custom') throw new Error(`no generator for the zod check '${c.check}${c.format ? `:${c.format}` : ''}' at ${where}`);
  }
  return out;
}

/** Walks zod schemas into fast-check arbitraries of values that fit them, with hostile content. */
export class SchemaArbitraries {
  /** By schema and by the key it is generated for (strings follow the key's vocabulary). */
  private readonly cache = new Map<Schema, Map<string, fc.Arbitrary<unknown>>>();
  private readonly strings: fc.Arbitrary<string>;

  constructor(private readonly vocabulary: Vocabulary) {
    const known = vocabulary.strings.length ? vocabulary.strings : ['x'];
    this.strings = fc.oneof(
      { arbitrary: fc.constantFrom(...known), weight: 8 },
      { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 6 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 4 },
      // A known name, nearly: other case, padded, with a NUL or a surrogate half inside.
      {
        arbitrary: fc.tuple(fc.constantFrom(...known), fc.constantFrom('upper', 'pad', 'nul', 'surrogate')).map(([s, how]) =>
          how === 'upper' ? s.toUpperCase() : how === 'pad' ? ` ${s} ` : how === 'nul' ? `${s}\u0000` : `${s}\uD83D`,
        ),
        weight: 2,
      },
      { arbitrary: fc.constantFrom(...HUGE), weight: 1 },
    );
  }

  /** Any string of the vocabulary or the hostile lists. */
  text(): fc.Arbitrary<string> {
    return this.strings;
  }

  /** Values that fit `schema` (mostly: refinements are not aimed at) with hostile content. */
  validShape(schema: Schema, where = '(root)'): fc.Arbitrary<unknown> {
    const key = keyOf(where);
    const byKey = this.cache.get(schema) ?? new Map<string, fc.Arbitrary<unknown>>();
    this.cache.set(schema, byKey);
    let arbitrary = byKey.get(key);
    if (!arbitrary) {
      arbitrary = this.build(schema, where);
      byKey.set(key, arbitrary);
    }
    return arbitrary;
  }

  private build(schema: Schema, where: string): fc.Arbitrary<unknown> {
    const def = defOf(schema);
    switch (def.type) {
      case 'string':
        return this.string(def, where);
      case 'number':
        return this.number(def, where);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'undefined':
        return fc.constant(undefined);
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries!));
      case 'literal':
        return fc.constantFrom(...def.values!);
      case 'optional':
        return fc.option(this.validShape(def.innerType!, where), { nil: undefined, freq: 4 });
      case 'nullable':
        return fc.option(this.validShape(def.innerType!, where), { nil: null, freq: 4 });
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return this.validShape(def.innerType!, where);
      case 'pipe':
        return this.validShape(def.in!, where);
      case 'array': {
        const { min = 0, max = Infinity } = checksOf(def, where);
        return fc.array(this.validShape(def.element!, `${where}[]`), { minLength: min, maxLength: Math.min(max, min + 4) });
      }
      case 'tuple':
        if (def.rest) throw new Error(`no generator for a zod tuple with a rest at ${where}`);
        return fc.tuple(...def.items!.map((item, i) => this.validShape(item, `${where}[${i}]`)));
      case 'union':
        return fc.oneof(...def.options!.map((option) => this.validShape(option, where)));
      case 'object':
        return this.object(schema, def, where);
      case 'record': {
        const keys = fc.oneof(
          { arbitrary: this.validShape(def.keyType!, `${where}{key}`) as fc.Arbitrary<string>, weight: 3 },
          { arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype'), weight: 1 },
        );
        return fc.dictionary(keys, this.validShape(def.valueType!, `${where}{}`), { maxKeys: 4 });
      }
      case 'custom':
        if (fits(schema, new Uint8Array(0)) && this.vocabulary.files.length) {
          return fc.oneof(fc.constantFrom(...this.vocabulary.files), fc.uint8Array({ maxLength: 4096 }));
        }
        throw new Error(`no generator for a zod custom schema at ${where}`);
      default:
        throw new Error(`no generator for the zod kind '${def.type}' at ${where}`);
    }
  }

  private string(def: Def, where: string): fc.Arbitrary<string> {
    const { min = 0, max = Infinity, patterns } = checksOf(def, where);
    const ok = (s: string) => s.length >= min && s.length <= max && patterns.every((p) => p.test(s));
    if (patterns.length) {
      const known = [...this.vocabulary.strings, ...HOSTILE_STRINGS].filter(ok);
      const matching = fc.stringMatching(patterns[0]!).filter(ok);
      return known.length ? fc.oneof(matching, fc.constantFrom(...known)) : matching;
    }
    const key = keyOf(where);
    const keyed = [...(this.vocabulary.keyed[key] ?? []), ...(/Id$/.test(key) ? (this.vocabulary.keyed.id ?? []) : [])];
    const strings = keyed.length ? fc.oneof({ arbitrary: fc.constantFrom(...keyed), weight: 3 }, { arbitrary: this.strings, weight: 2 }) : this.strings;
    // Cut or padded to the bounds: the content stays hostile, the length fits.
    return strings.map((s) => {
      const cut = s.length > max ? s.slice(0, max) : s;
      return cut.length < min ? cut + 'x'.repeat(min - cut.length) : cut;
    });
  }

  private number(def: Def, where: string): fc.Arbitrary<number> {
    const c = checksOf(def, where);
    if (c.int) {
      const lo = c.lo === undefined ? Number.MIN_SAFE_INTEGER : c.loIncl ? Math.ceil(c.lo) : Math.floor(c.lo) + 1;
      const hi = c.hi === undefined ? Number.MAX_SAFE_INTEGER : c.hiIncl ? Math.floor(c.hi) : Math.ceil(c.hi) - 1;
      const small = fc.integer({ min: Math.max(lo, -3), max: Math.min(hi, Math.max(lo, -3) + 12) });
      const edges = [lo, hi, 0, 1, lo + 1, hi - 1].filter((n) => n >= lo && n <= hi);
      return fc.oneof({ arbitrary: small, weight: 3 }, { arbitrary: fc.integer({ min: lo, max: hi }), weight: 1 }, { arbitrary: fc.constantFrom(...edges), weight: 2 });
    }
    const lo = c.lo ?? -Number.MAX_VALUE;
    const hi = c.hi ?? Number.MAX_VALUE;
    const inRange = (n: number) => (c.loIncl === false ? n > lo : n >= lo) && (c.hiIncl === false ? n < hi : n <= hi);
    const doubles = fc.double({ min: lo, max: hi, minExcluded: c.loIncl === false, maxExcluded: c.hiIncl === false, noNaN: true, noDefaultInfinity: true });
    const edges = [lo, hi, 0, -0, 5e-324, 1, 0.1, 1e308, -1e308, 2 ** 53 + 2].filter(inRange);
    return edges.length ? fc.oneof(doubles, fc.constantFrom(...edges)) : doubles;
  }

  private object(schema: Schema, def: Def, where: string): fc.Arbitrary<unknown> {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const [key, field] of Object.entries(def.shape!)) {
      model[key] = this.validShape(field, `${where}.${key}`);
      if (!optionalKey(field)) required.push(key);
    }
    const generated = fc.record(model, { requiredKeys: required });
    const seeds = this.vocabulary.seeds.filter((s) => isPlainObject(s) && required.every((k) => k in s) && fits(schema, s));
    return seeds.length ? fc.oneof({ arbitrary: fc.constantFrom(...seeds), weight: 2 }, { arbitrary: generated, weight: 1 }) : generated;
  }
}

/** Every container slot of a value: where a mutation may land. */
function slots(root: unknown): Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> {
  const out: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 50) return;
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : isPlainObject(value) ? Object.entries(value) : [];
    for (const [key, v] of entries) {
      out.push({ parent: value as Record<string, unknown> | unknown[], key });
      visit(v, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}

/** Sets an own property, `__proto__` included (an assignment would set the prototype instead). */
function defineKey(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation =
  | { kind: 'wrongType'; value: () => unknown }
  | { kind: 'missingField' }
  | { kind: 'extraKey'; key: string; value: () => unknown }
  /** A string or number inside swapped for another of its type: the request mostly still fits. */
  | { kind: 'swapLeaf'; text: string; number: number };

/** `value` with one part broken; the value is copied first (seeds are shared). */
function mutate(value: unknown, at: number, mutation: Mutation): HostileCase {
  const copy: unknown = structuredClone(value);
  const all = slots(copy);
  if (mutation.kind === 'extraKey') {
    const objects = [copy, ...all.map((s) => (s.parent as Record<string, unknown>)[s.key as string])].filter(isPlainObject);
    if (!objects.length) return { kind: 'wrongType(root)', request: mutation.value() };
    defineKey(objects[at % objects.length]!, mutation.key, mutation.value());
    return { kind: `extraKey(${mutation.key.slice(0, 40)})`, request: copy };
  }
  const leaf = (s: (typeof all)[number]) => ['string', 'number'].includes(typeof (s.parent as Record<string, unknown>)[s.key as string]);
  const fields = mutation.kind === 'missingField' ? all.filter((s) => !Array.isArray(s.parent)) : mutation.kind === 'swapLeaf' ? all.filter(leaf) : all;
  // Nothing to break inside (a scalar or `{}`): break the request itself.
  if (!fields.length) return { kind: `${mutation.kind}(root)`, request: mutation.kind === 'wrongType' ? mutation.value() : undefined };
  const { parent, key } = fields[at % fields.length]!;
  const record = parent as Record<string, unknown>;
  if (mutation.kind === 'missingField') delete record[key as string];
  else if (mutation.kind === 'swapLeaf') record[key as string] = typeof record[key as string] === 'string' ? mutation.text : mutation.number;
  else if (Array.isArray(parent)) parent[key as number] = mutation.value();
  else defineKey(parent, key as string, mutation.value());
  return { kind: `${mutation.kind}(${String(key).slice(0, 40)})`, request: copy };
}

/**
 * Hostile requests for one call: fitting ones with hostile content (about half), changed ones
 * (a string or number inside swapped, a wrong type, a missing field, an extra key) and garbage
 * of any shape.
 */
export function hostileRequest(arbitraries: SchemaArbitraries, schema: Schema, transport: Transport): fc.Arbitrary<HostileCase> {
  const valid = arbitraries.validShape(schema);
  const wrong = wrongValues(transport);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc
      .tuple(arbitraries.text(), fc.constantFrom(0, -1, 1, 0.5, 1e308, -1e308, 2 ** 53 + 2, 5e-324))
      .map(([text, number]): Mutation => ({ kind: 'swapLeaf', text, number })),
    fc.constantFrom(...wrong).map((value): Mutation => ({ kind: 'wrongType', value })),
    fc.constant<Mutation>({ kind: 'missingField' }),
    fc
      .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'polluted', HUGE[0]!), fc.constantFrom(...wrong))
      .map(([key, value]): Mutation => ({ kind: 'extraKey', key, value })),
  );
  const garbage = fc.anything({
    maxDepth: 3,
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype')),
    withBigInt: transport === 'ipc',
    withDate: transport === 'ipc',
    withMap: transport === 'ipc',
    withSet: transport === 'ipc',
    withTypedArray: transport === 'ipc',
    withNullPrototype: true,
    withSparseArray: true,
  });
  return fc.oneof(
    { arbitrary: valid.map((request): HostileCase => ({ kind: 'validShape', request })), weight: 5 },
    { arbitrary: fc.tuple(valid, fc.nat(), mutation).map(([v, at, m]) => mutate(v, at, m)), weight: 4 },
    { arbitrary: garbage.map((request): HostileCase => ({ kind: 'garbage', request })), weight: 1 },
  );
}

/** A short picture of a request for failure messages: long strings and deep values cut. */
export function summarise(value: unknown, depth = 0): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…(${value.length} chars)` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value !== 'object' || value === null) return String(value);
  if (depth > 4) return '…';
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${value.byteLength})`;
  if (Array.isArray(value)) return `[${value.slice(0, 8).map((v) => summarise(v, depth + 1)).join(', ')}${value.length > 8 ? ', …' : ''}]`;
  const entries = Object.entries(value).slice(0, 12);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k.slice(0, 40))}: ${summarise(v, depth + 1)}`).join(', ')}}`;
}

/** Every string (up to 200 characters, also by its key) and every object inside a value: the vocabulary of a project. */
export function harvest(values: unknown[]): Omit<Vocabulary, 'files'> {
  const strings = new Set<string>();
  const keyed = new Map<string, Set<string>>();
  const seeds = new Map<string, unknown>();
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (value.length > 200) return;
      strings.add(value);
      keyed.set(key, (keyed.get(key) ?? new Set()).add(value));
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (isPlainObject(value)) {
      seeds.set(JSON.stringify(value), value);
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  values.forEach((v) => visit(v, ''));
  return { strings: [...strings], keyed: Object.fromEntries([...keyed].map(([k, set]) => [k, [...set]])), seeds: [...seeds.values()] };
}

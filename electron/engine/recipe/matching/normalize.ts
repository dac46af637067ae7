import type { MatchSupportKind, NameFields } from '../../../../shared/model/recipe/steps/match';
import type { ColumnInfo } from '../../../../shared/model/table';
import { ident, str } from '../../db/sql';

/**
 * SQL expressions that bring names and supporting fields to the forms the matcher compares.
 * Every input is a quoted column; the constants here (particles, patterns) are ours, not the user's.
 */

/**
 * Particles (tussenvoegsels and their French, Arabic and Iberian kin) that are glued to the word
 * after them, so `Van den Broeck`, `Vanden Broeck` and `Vandenbroeck` fold alike. `d`, `l`, `t`
 * are what `D' Hondt`, `L' Hoest` and `'t Kint` leave once the apostrophe is gone.
 */
const SINGLE_PARTICLES = [
  'van', 'von', 'vom', 'de', 'den', 'der', 'des', 'del', 'della', 'di', 'da', 'du', 'dos', 'das',
  'le', 'la', 'les', 'ten', 'ter', 'te', 'het', 'op', 'in', 'uit', 'el', 'al', 'd', 'l', 't',
];

/**
 * Two particles written as one word (`vanden`, `opde`, `inde`, `vanhet`, `dela`): a writer who
 * glues the particles but not the name (`opde Lamb` for `Op de Lamb`) must fold like the others.
 */
const GLUED_PARTICLES = ['van', 'op', 'in', 'uit', 'ten', 'ter', 'de', 'du'].flatMap((first) =>
  ['de', 'den', 'der', 'het', 't', 'la', 'le', 'les'].map((second) => first + second),
);

export const PARTICLES = [...new Set([...GLUED_PARTICLES, ...SINGLE_PARTICLES])];

const PARTICLE_GROUP = `(?:${PARTICLES.join('|')})`;

/** The longest normal name compared, and the most words of one used for blocking. */
export const MAX_NAME_CHARS = 120;
export const MAX_BLOCK_WORDS = 6;

/** The name of a record as one text: `first last` for two columns, the column itself for one. */
export function rawName(fields: NameFields, columns: ColumnInfo[]): string {
  const col = (name: string) => `CAST(${ident(columnNamed(columns, name))} AS VARCHAR)`;
  if (fields.kind === 'split') return `nullif(trim(concat_ws(' ', ${col(fields.first)}, ${col(fields.last)})), '')`;
  return col(fields.column);
}

function columnNamed(columns: ColumnInfo[], name: string): string {
  return columns.find((c) => c.name === name)?.name ?? name;
}

/**
 * A name as lower-case ASCII words separated by single spaces, in reading order (`''` for no
 * name): accents stripped (`Zoë` → `zoe`) and the letters strip_accents keeps (`ı`, `ł`, `ø`, `ß`,
 * `æ`) spelled out; apostrophes dropped (`D'Hondt` → `dhondt`); any other punctuation a space. In
 * last-first order, particles at the end (`Vries, Jan de`) move to the front of the name.
 */
export function normalName(raw: string, order: 'auto' | 'firstLast' | 'lastFirst' | 'split'): string {
  let s = `lower(strip_accents(coalesce(${raw}, '')))`;
  s = `translate(${s}, 'ıłøđþ', 'ilodt')`;
  s = `replace(replace(replace(${s}, 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe')`;
  s = `regexp_replace(${s}, ${str("['`´’‘ʼ]")}, '', 'g')`;
  s = `regexp_replace(${s}, '[^a-z0-9,]+', ' ', 'g')`;
  if (order === 'lastFirst' || order === 'auto') {
    // `last, first particles` → `particles last first`.
    s = `regexp_replace(${s}, ${str(`^([^,]*),([^,]*?)((?:\\s+${PARTICLE_GROUP})+)\\s*$`)}, '\\3 \\1 \\2')`;
  }
  if (order === 'lastFirst') {
    // Without a comma: `Vries Jan de` → `de Vries Jan`.
    s = `regexp_replace(${s}, ${str(`^([^,]*?)((?:\\s+${PARTICLE_GROUP})+)\\s*$`)}, '\\2 \\1')`;
  }
  // A name is short: a longer text (a wrong column, a hostile cell) is cut, so that no comparison
  // can take long (Jaro-Winkler grows with the square of a word's length).
  return `trim(left(trim(regexp_replace(replace(${s}, ',', ' '), '\\s+', ' ', 'g')), ${MAX_NAME_CHARS}))`;
}

/** The normal name with each particle glued to the word after it (`van den broeck marie` → `vandenbroeck marie`). */
export function foldedName(normal: string): string {
  return `regexp_replace(${normal}, ${str(`\\b(${PARTICLE_GROUP}) `)}, '\\1', 'g')`;
}

/** The words of a normal name, sorted (order-free comparison); NULL for no name. */
export function sortedTokens(normal: string): string {
  return `CASE WHEN ${normal} = '' THEN NULL ELSE list_sort(string_split(${normal}, ' ')) END`;
}

/** A supporting field in the form its kind compares (NULL when empty or unreadable). */
export function supportValue(column: ColumnInfo, kind: MatchSupportKind): string {
  const c = ident(column.name);
  switch (kind) {
    case 'class':
      return `nullif(regexp_replace(lower(strip_accents(CAST(${c} AS VARCHAR))), '[^a-z0-9]', '', 'g'), '')`;
    case 'birthDate':
      if (column.type === 'date') return c;
      return `CAST(try_strptime(trim(CAST(${c} AS VARCHAR)), ['%d/%m/%Y', '%d-%m-%Y', '%d.%m.%Y', '%Y-%m-%d']) AS DATE)`;
    case 'exact':
      return exactValue(column);
  }
}

/** Trimmed lower-case text; numbers in one written form (45123, 45123,0 and `045123` agree). */
function exactValue(column: ColumnInfo): string {
  const c = ident(column.name);
  switch (column.type) {
    case 'integer':
    case 'date':
    case 'boolean':
      return `CAST(${c} AS VARCHAR)`;
    case 'decimal':
      return `CASE WHEN ${c} = trunc(${c}) AND abs(${c}) < 1e15 THEN CAST(CAST(${c} AS BIGINT) AS VARCHAR) ELSE CAST(${c} AS VARCHAR) END`;
    case 'text':
    case 'identifier':
    case 'ordinal': {
      const t = `nullif(lower(trim(${c})), '')`;
      return `CASE WHEN regexp_full_match(${t}, '[0-9]+') THEN coalesce(nullif(ltrim(${t}, '0'), ''), '0') ELSE ${t} END`;
    }
  }
}

/**
 * The comparison level of two support values (1 agree, 2 close, 3 differ, 4 missing: the order
 * of SUPPORT_LEVELS). A class is close in the same grade (`lGrade`, `rGrade`: classDigits of
 * each, computed once per record) or as a subgroup (`2A` vs `2Aa`).
 */
export function supportLevel(kind: MatchSupportKind, l: string, r: string, lGrade: string, rGrade: string): string {
  const missing = `${l} IS NULL OR ${r} IS NULL`;
  switch (kind) {
    case 'class':
      return `CASE WHEN ${missing} THEN 4 WHEN ${l} = ${r} THEN 1 WHEN starts_with(${l}, ${r}) OR starts_with(${r}, ${l}) OR ${lGrade} = ${rGrade} THEN 2 ELSE 3 END`;
    case 'birthDate': {
      const [yl, ml, dl, yr, mr, dr] = [`year(${l})`, `month(${l})`, `day(${l})`, `year(${r})`, `month(${r})`, `day(${r})`];
      const close = `(${yl} = ${yr} AND (${ml} = ${mr} OR ${dl} = ${dr} OR (${dl} = ${mr} AND ${ml} = ${dr}))) OR (${ml} = ${mr} AND ${dl} = ${dr} AND abs(${yl} - ${yr}) = 1)`;
      return `CASE WHEN ${missing} THEN 4 WHEN ${l} = ${r} THEN 1 WHEN ${close} THEN 2 ELSE 3 END`;
    }
    case 'exact':
      return `CASE WHEN ${missing} THEN 4 WHEN ${l} = ${r} THEN 1 ELSE 3 END`;
  }
}

/** The digits of a normal class code (`3` of `3b`, `013` of `s013b`), NULL without any: the grade. */
export function classDigits(v: string): string {
  return `nullif(regexp_replace(${v}, '[^0-9]', '', 'g'), '')`;
}

/** A field's value in a record key: text without spaces, lower case; `''` for an empty cell. */
export function keyText(column: ColumnInfo): string {
  return `coalesce(lower(regexp_replace(CAST(${ident(column.name)} AS VARCHAR), '\\s+', '', 'g')), '')`;
}

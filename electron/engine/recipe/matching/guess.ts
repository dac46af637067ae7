import type { Recipe } from '../../../../shared/model/recipe';
import type { MatchGuess, MatchSupport, NameFields } from '../../../../shared/model/recipe/steps/match';
import type { ColumnInfo } from '../../../../shared/model/table';
import type { Session } from '../../db/session';
import { ident } from '../../db/sql';
import { compileRecipe, finalStep, withCtes } from '../compile';
import { sourceOf } from '../steps/match';
import type { SourceTable } from '../steps/types';
import { isTextType } from '../steps/columns';

/**
 * What the match dialog proposes, from the headers and a sample of the values: the name column(s)
 * of each side, a full name's order, and the supporting columns both sides have (class, birth date).
 * Only a proposal: the dialog shows it for the user to check.
 */
export async function guessMatch(session: Session, recipe: Recipe, sources: ReadonlyMap<string, SourceTable>, rightId: string): Promise<MatchGuess> {
  const compiled = compileRecipe(recipe, sources);
  const left = finalStep(compiled);
  const right = sourceOf(rightId, { sources });
  const sample = async (side: 'left' | 'right', column: string): Promise<string[]> => {
    const body = `SELECT DISTINCT CAST(${ident(column)} AS VARCHAR) AS v FROM ${side === 'left' ? left.cte : ident(right.table)} WHERE ${ident(column)} IS NOT NULL LIMIT ${SAMPLE}`;
    const result = await session.query(side === 'left' ? withCtes(compiled, body) : body);
    return result.rows.map((r) => String(r[0])).filter((v) => v.trim() !== '');
  };
  const leftFields = nameFieldsOf(left.columns);
  const rightFields = nameFieldsOf(right.columns);
  const withOrder = async (side: 'left' | 'right', fields: NameFields | null, other: NameFields | null): Promise<NameFields | null> => {
    if (fields?.kind !== 'full') return fields;
    const values = await sample(side, fields.column);
    const lastNames = other?.kind === 'split' ? new Set((await sample(side === 'left' ? 'right' : 'left', other.last)).map(fold)) : null;
    return { ...fields, order: guessOrder(values, lastNames) };
  };
  return {
    leftName: await withOrder('left', leftFields, rightFields),
    rightName: await withOrder('right', rightFields, leftFields),
    support: supportOf(left.columns, right.columns),
  };
}

const SAMPLE = 200;

const FIRST = /^(voornaam|voornamen|roepnaam|first ?name|given ?names?|prenom|prénom)$/;
const LAST = /^(naam|achternaam|familienaam|last ?name|surname|family ?name|nom)$/;
const FULL = /^(leerling|leerlingnaam|naam leerling|volledige naam|student|pupil|full ?name|name|naam|kind|deelnemer)$/;
const CLASS = /^(klas|klasgroep|klascode|klasnaam|groep|class|group|form)\b/;
const BIRTH = /(geboorte|geb\.? ?datum|birth|dob\b|geboren)/;

/** A header as compared: lower case, without accents, spaces folded. */
function header(name: string): string {
  return fold(name).replace(/[_.]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/** First and last name columns when both exist; else one full-name column; null when nothing fits. */
export function nameFieldsOf(columns: ColumnInfo[]): NameFields | null {
  const text = columns.filter((c) => isTextType(c.type));
  const first = text.find((c) => FIRST.test(header(c.name)));
  const last = text.find((c) => c !== first && LAST.test(header(c.name)));
  if (first && last) return { kind: 'split', first: first.name, last: last.name };
  const full = text.find((c) => FULL.test(header(c.name))) ?? text.find((c) => /naam|name|leerling/.test(header(c.name)));
  return full ? { kind: 'full', column: full.name, order: 'auto' } : null;
}

/**
 * The order of full names: a comma in most means `NAAM, Voornaam`; else, when the other side has
 * a last-name column, whichever end of the names its last names are found at; else capitals at the
 * start (`PEETERS Marie`); else `auto`.
 */
export function guessOrder(values: string[], lastNames: Set<string> | null): 'auto' | 'firstLast' | 'lastFirst' {
  if (values.length === 0) return 'auto';
  const share = (test: (v: string) => boolean) => values.filter(test).length / values.length;
  if (share((v) => v.includes(',')) > 0.5) return 'lastFirst';
  const words = (v: string) => fold(v).split(/\s+/).filter(Boolean);
  if (lastNames && lastNames.size > 0) {
    const atStart = share((v) => [...lastNames].some((l) => fold(v).startsWith(`${l} `)));
    const atEnd = share((v) => [...lastNames].some((l) => fold(v).endsWith(` ${l}`)));
    if (atStart > atEnd && atStart > 0.3) return 'lastFirst';
    if (atEnd > atStart && atEnd > 0.3) return 'firstLast';
  }
  const capitalFirst = share((v) => {
    const first = v.trim().split(/\s+/)[0] ?? '';
    return first.length > 1 && first === first.toUpperCase() && first !== first.toLowerCase() && words(v).length > 1;
  });
  return capitalFirst > 0.5 ? 'lastFirst' : 'auto';
}

/** Supporting fields both sides have: the class, the birth date. */
function supportOf(left: ColumnInfo[], right: ColumnInfo[]): MatchSupport[] {
  const find = (columns: ColumnInfo[], test: RegExp, types: ColumnInfo['type'][]) =>
    columns.find((c) => types.includes(c.type) && test.test(header(c.name)));
  const out: MatchSupport[] = [];
  const lc = find(left, CLASS, ['text', 'identifier', 'ordinal', 'integer']);
  const rc = find(right, CLASS, ['text', 'identifier', 'ordinal', 'integer']);
  if (lc && rc) out.push({ left: lc.name, right: rc.name, kind: 'class' });
  const lb = find(left, BIRTH, ['date', 'text']);
  const rb = find(right, BIRTH, ['date', 'text']);
  if (lb && rb) out.push({ left: lb.name, right: rb.name, kind: 'birthDate' });
  return out;
}

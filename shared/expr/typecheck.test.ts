import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n';
import type { ColumnInfo } from '../model/table';
import { printExpression } from './print';
import { readExpression } from './read';
import { FUNCTIONS, type ExprType } from './functions';
import { type ColumnsByType, typedExpr } from './testing';

const COLUMNS: ColumnInfo[] = [
  { name: 'Score (/40)', type: 'decimal' },
  { name: 'Punt', type: 'integer' },
  { name: 'Naam', type: 'text' },
  { name: 'Nr', type: 'identifier' },
  { name: 'Niveau', type: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] },
  { name: 'Geboren', type: 'date' },
  { name: 'Zorg', type: 'boolean' },
];
const BY_TYPE: ColumnsByType = {
  integer: ['Punt'],
  decimal: ['Score (/40)'],
  text: ['Naam', 'Nr', 'Niveau'],
  date: ['Geboren'],
  boolean: ['Zorg'],
};

function typeOf(text: string, dialect: 'nl' | 'en' = 'nl') {
  const read = readExpression(text, dialect, COLUMNS);
  if (!read.ok) throw new Error(`${text}: ${read.problem.code}`);
  return read.column;
}

function problem(text: string, dialect: 'nl' | 'en' = 'nl') {
  const read = readExpression(text, dialect, COLUMNS);
  if (read.ok) throw new Error(`${text} checked`);
  for (const locale of ['nl-BE', 'en'] as const) {
    expect(formatMessage({ code: read.problem.code, params: read.problem.params }, locale)).toContain(`${read.problem.params.position}:`);
  }
  return { code: read.problem.code.replace('errors.expr.', ''), ...read.problem.params };
}

describe('the type checker', () => {
  it.each<ExprType>(['integer', 'decimal', 'text', 'date', 'boolean'])('gives a generated tree of type %s that type', (type) => {
    fc.assert(
      fc.property(typedExpr(BY_TYPE, type, 3), fc.constantFrom('nl' as const, 'en' as const), (expr, dialect) => {
        const read = readExpression(printExpression(expr, dialect), dialect, COLUMNS);
        expect(read.ok && read.checked.type).toBe(type);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('types by the rules: / is decimal, + - * of whole numbers whole, text-like columns text', () => {
    expect(typeOf('[Score (/40)] / 40 * 100')).toEqual({ type: 'decimal' });
    expect(typeOf('[Punt] * 2 - 1')).toEqual({ type: 'integer' });
    expect(typeOf('[Punt] / 2')).toEqual({ type: 'decimal' });
    expect(typeOf('[Punt] + 0,5')).toEqual({ type: 'decimal' });
    expect(typeOf('AFRONDEN([Punt]; -1)')).toEqual({ type: 'integer' });
    expect(typeOf('AFRONDEN([Score (/40)])')).toEqual({ type: 'decimal' });
    expect(typeOf('[Nr] & "-" & [Punt] & [Geboren]')).toEqual({ type: 'text' });
    expect(typeOf('ALS([Zorg]; [Punt]; 0,5)')).toEqual({ type: 'decimal' });
    expect(typeOf('MAX([Geboren]; DATUM(2026; 6; 30))')).toEqual({ type: 'date' });
    expect(typeOf('DATUMVERSCHIL([Geboren]; DATUM(2026; 6; 30); "Y")')).toEqual({ type: 'integer' });
    expect(typeOf('[Niveau] = "c"')).toEqual({ type: 'boolean' });
    // A bare column keeps its own type, an ordinal its levels; [naam] finds Naam (DuckDB ignores case).
    expect(typeOf('[Niveau]')).toEqual({ type: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] });
    expect(typeOf('[nr]')).toEqual({ type: 'identifier' });
  });

  it('refuses with the position of what does not fit', () => {
    expect(problem('[Score] / 40')).toEqual({ code: 'unknownColumn', position: 1, column: 'Score' });
    expect(problem('1 + [Naam]')).toEqual({ code: 'needsNumber', position: 5, what: '[Naam]' });
    expect(problem('LINKS([Naam]; 1,5)')).toEqual({ code: 'needsWholeNumber', position: 15, what: '1,5' });
    expect(problem('ALS([Punt]; 1; 2)')).toEqual({ code: 'needsCondition', position: 5, what: '[Punt]' });
    expect(problem('JAAR([Naam])')).toEqual({ code: 'needsDate', position: 6, what: '[Naam]' });
    expect(problem('LENGTE([Punt])')).toEqual({ code: 'needsText', position: 8, what: '[Punt]' });
    expect(problem('MIN([Naam]; 1)')).toEqual({ code: 'needsNumberOrDate', position: 5, what: '[Naam]' });
    expect(problem('"x" & [Zorg]')).toEqual({ code: 'needsJoinable', position: 7, what: '[Zorg]' });
    expect(problem('[Naam] = 1')).toEqual({ code: 'mixedTypes', position: 1, left: '[Naam]', right: '1' });
    expect(problem('ALS([Zorg]; 1; "nee")')).toEqual({ code: 'mixedTypes', position: 16, left: '1', right: '"nee"' });
    expect(problem('ABS(1; 2)')).toEqual({ code: 'argumentsExactly', position: 1, name: 'ABS', found: 2, min: 1, max: 1 });
    expect(problem('round(1, 2, 3)', 'en')).toEqual({ code: 'argumentsBetween', position: 1, name: 'round', found: 3, min: 1, max: 2 });
    expect(problem('EERSTE.NIET.LEEG()')).toEqual({ code: 'argumentsAtLeast', position: 1, name: 'EERSTE.NIET.LEEG', found: 0, min: 1, max: 0 });
    expect(problem('AFRONDEN([Score (/40)]; [Punt])')).toEqual({ code: 'digits', position: 25, max: 15 });
    expect(problem('AFRONDEN(1; 16)')).toEqual({ code: 'digits', position: 13, max: 15 });
    expect(problem('DATUMVERSCHIL([Geboren]; [Geboren]; "w")')).toEqual({ code: 'dateUnit', position: 37, what: '"w"' });
  });

  it('has one id per name across both languages', () => {
    const names = FUNCTIONS.flatMap((f) => [f.nl, f.en].map((n) => [n, f.id] as const));
    const ids = new Map<string, string>();
    for (const [name, id] of names) {
      expect(ids.get(name) ?? id).toBe(id);
      ids.set(name, id);
      expect(name).toMatch(/^[A-Z][A-Z.]*$/);
    }
  });
});

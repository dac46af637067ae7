import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type Expr, printExpression } from '../../../../shared/expr';
import { formatMessage } from '../../../../shared/i18n';
import { type ColumnsByType, textValue, typedExpr } from '../../../../shared/expr/testing';
import { type DeriveStep, type Recipe, RECIPE_VERSION, type RecipeStep } from '../../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';
import { HIDDEN_PREFIX } from '../../db/reserved';
import { Session } from '../../db/session';
import { duckType } from '../../db/sql';
import { rowsTable } from '../../project/demo';
import { Project } from '../../project/project';
import { finalStep, withCtes } from '../compile';
import { evaluate, type Row } from './derive.reference';

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

const COLUMNS: ColumnInfo[] = [
  { name: 'Score (/40)', type: 'decimal' },
  { name: 'Punt', type: 'integer' },
  { name: 'Aantal', type: 'integer' },
  { name: 'Naam', type: 'text' },
  { name: 'Nr', type: 'identifier' },
  { name: 'Niveau', type: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] },
  { name: 'Datum', type: 'date' },
  { name: 'Start', type: 'date' },
  { name: 'Geslaagd', type: 'boolean' },
];
const BY_TYPE: ColumnsByType = {
  integer: ['Punt', 'Aantal'],
  decimal: ['Score (/40)'],
  text: ['Naam', 'Nr', 'Niveau'],
  date: ['Datum', 'Start'],
  boolean: ['Geslaagd'],
};

async function projectWith(columns: ColumnInfo[], rows: Cell[][]): Promise<Project> {
  const ws = new Project(session);
  await ws.addRows(rowsTable('csv', columns, rows), { fileName: 'lln.csv', fileHash: 'lln', options: {} });
  return ws;
}

const recipe = (...steps: RecipeStep[]): Recipe => ({ version: RECIPE_VERSION, base: 's1', steps });
const derive = (name: string, expression: string, dialect: 'nl' | 'en' = 'nl', id = name.toLowerCase().replace(/[^a-z0-9]/g, '') || 'd'): DeriveStep => ({
  id: /^[a-z]/.test(id) ? id : `d${id}`,
  kind: 'derive',
  name,
  expression,
  dialect,
});

/** The table's rows as the engine holds them, keyed by column name (the reference reads these). */
async function storedRows(ws: Project, columns: ColumnInfo[]): Promise<Row[]> {
  const page = await ws.page(recipe(), 0, 1000, []);
  return page.rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.name, r[i]!])));
}

const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 4 });
const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const row: fc.Arbitrary<Cell[]> = fc.tuple(
  // Thousandths: no value is so small that a quotient overflows to infinity.
  maybe(fc.integer({ min: 0, max: 40_000 }).map((n) => n / 1000)),
  maybe(fc.integer({ min: -5, max: 40 })),
  maybe(fc.integer({ min: -5, max: 40 })),
  maybe(fc.oneof(textValue, fc.constantFrom(' ', '  ', ' Zoë  Van den  Broeck '))),
  maybe(fc.constantFrom('0045', '12', 'A7')),
  maybe(fc.constantFrom('E', 'D', 'c', 'B', 'A')),
  maybe(isoDate),
  maybe(isoDate),
  maybe(fc.boolean()),
);

describe('a derived column', () => {
  it('holds what the reference evaluator computes, for random expressions on random rows, with the type columns() says', async () => {
    const types = ['integer', 'decimal', 'text', 'date', 'boolean'] as const;
    const expressions = fc.tuple(...types.map((t) => typedExpr(BY_TYPE, t, 3)));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 25 }), expressions, fc.constantFrom(...DIALECTS), async (rows, exprs, dialect) => {
        const ws = await projectWith(COLUMNS, rows);
        try {
          const steps = exprs.map((e, i) => derive(`d${i}`, printExpression(e, dialect), dialect));
          const r = recipe(...steps);
          const stored = await storedRows(ws, COLUMNS);
          const page = await ws.page(r, 0, 1000, []);
          const derived = page.rows.map((cells) => cells.slice(COLUMNS.length).map((c) => (Object.is(c, -0) ? 0 : c)));
          const expected = stored.map((values) => exprs.map((e) => evaluate(e as Expr, values, COLUMNS)));
          expect({ exprs: steps.map((s) => s.expression), derived }).toEqual({ exprs: steps.map((s) => s.expression), derived: expected });
          // The types columns() gives without SQL are the types DuckDB finds.
          const compiled = ws.compile(r);
          const last = finalStep(compiled);
          const select = withCtes(compiled, `SELECT * FROM ${last.cte}`);
          const described = await session.query({ sql: `DESCRIBE (${select.sql})`, params: select.params });
          const visible = described.rows.filter((d) => !String(d[0]).startsWith(HIDDEN_PREFIX)).map((d) => [d[0], d[1]]);
          expect(visible).toEqual(last.columns.map((c) => [c.name, duckType(c.type)]));
          // A bare [Nr] or [Niveau] keeps its identifier or ordinal type: text all the same.
          const asText = (t: ColumnInfo['type']) => (t === 'identifier' || t === 'ordinal' ? 'text' : t);
          expect(last.columns.slice(COLUMNS.length).map((c) => asText(c.type))).toEqual([...types]);
        } finally {
          await ws.dispose();
        }
      }),
      { numRuns: 80, seed: 528 },
    );
  });

  it('computes the example recipe\'s percentage from "Score (/40)", leaving empty scores empty', async () => {
    const ws = await projectWith(COLUMNS.slice(0, 2), [[20, 1], [null, 2], [40, 3], [0, 4], [10.5, null]]);
    const page = await ws.page(recipe(derive('sept_pct', '[Score (/40)] / 40 * 100')), 0, 10, []);
    expect(page.columns.map((c) => [c.name, c.type])).toEqual([
      ['Score (/40)', 'decimal'],
      ['Punt', 'integer'],
      ['sept_pct', 'decimal'],
    ]);
    expect(page.rows.map((r) => r[2])).toEqual([50, null, 100, 0, 26.25]);
    // The same in English notation, and a later step reads the new column.
    const en = await ws.page(recipe(derive('pct', '[score (/40)] / 40.0 * 100', 'en'), derive('high', 'IF([pct] >= 50, "yes", "no")', 'en')), 0, 10, []);
    expect(en.rows.map((r) => [r[2], r[3]])).toEqual([[50, 'yes'], [null, null], [100, 'yes'], [0, 'no'], [26.25, 'no']]);
    await ws.dispose();
  });

  it('follows the rules of each function on values picked by hand', async () => {
    const ws = await projectWith(
      [
        { name: 'Naam', type: 'text' },
        { name: 'Leeg', type: 'integer' },
      ],
      [[' Zoë  Van den  Broeck ', null]],
    );
    // [expression, value worked out by hand from the rule]
    const cases: [string, Cell][] = [
      ['SPATIES.WISSEN([Naam])', 'Zoë Van den Broeck'],
      ['LENGTE([Naam])', 22],
      ['LINKS(SPATIES.WISSEN([Naam]); 3) & RECHTS([Naam]; 2)', 'Zoëk '],
      ['LINKS([Naam]; -1)', null],
      ['BEVAT([Naam]; "OË  v")', true],
      ['"a" = "A"', true],
      ['AFRONDEN(2,675; 2)', 2.68],
      ['AFRONDEN(-2,5)', -3],
      ['AFRONDEN(1250; -2)', 1300],
      ['AFRONDEN(-1249; -2)', -1200],
      ['DATUMVERSCHIL(DATUM(2024; 1; 31); DATUM(2024; 2; 29); "m")', 0],
      ['DATUMVERSCHIL(DATUM(2024; 1; 29); DATUM(2024; 2; 29); "m")', 1],
      ['DATUMVERSCHIL(DATUM(2020; 2; 29); DATUM(2021; 2; 28); "y")', 0],
      ['DATUMVERSCHIL(DATUM(2020; 2; 29); DATUM(2021; 3; 1); "Y")', 1],
      ['DATUMVERSCHIL(DATUM(2021; 3; 1); DATUM(2020; 2; 29); "d")', null],
      ['DAGEN(DATUM(2024; 3; 1); DATUM(2024; 1; 1))', 60],
      ['DATUM(2025; 2; 29)', null],
      ['DATUM(2026; 5; 28) & " " & 5 & [Leeg]', '2026-05-28 5'],
      ['ISLEEG("  ")', true],
      ['EERSTE.NIET.LEEG(" "; [Naam])', ' Zoë  Van den  Broeck '],
      ['EERSTE.NIET.LEEG([Leeg]; 7)', 7],
      ['MIN(3; [Leeg]; 1,5)', 1.5],
      ['MAX([Leeg])', null],
      ['ALS([Leeg] > 1; 1; 2)', null],
      ['ALS(ONWAAR; 1)', null],
      ['WAAR OF [Leeg] > 1', true],
      ['ONWAAR EN [Leeg] > 1', false],
      ['WAAR EN [Leeg] > 1', null],
      ['NIET([Leeg] > 1)', null],
    ];
    const steps = cases.map(([expression], i) => derive(`c${i}`, expression));
    const page = await ws.page(recipe(...steps), 0, 10, []);
    expect(cases.map(([expression], i) => [expression, page.rows[0]![2 + i]])).toEqual(cases);
    await ws.dispose();
  });

  it('is empty where a division divides by zero, never an error', async () => {
    const ws = await projectWith(COLUMNS.slice(0, 3), [[10, 0, 5], [10, 2, 5], [0, 0, null]]);
    const page = await ws.page(recipe(derive('a', '[Score (/40)] / [Punt]'), derive('b', '[Aantal] / ([Punt] - [Punt])'), derive('c', '1 / 0,0')), 0, 10, []);
    expect(page.rows.map((r) => r.slice(3))).toEqual([
      [null, null, null],
      [5, null, null],
      [null, null, null],
    ]);
    await ws.dispose();
  });

  it('keeps values the user typed out of the SQL: they are bound parameters', async () => {
    const nasty = ["'; DROP TABLE p1_src1; --", '$s9_9', '"quoted"', '\\'];
    const ws = await projectWith([{ name: 'Naam', type: 'text' }], nasty.map((n) => [n]));
    for (const value of nasty) {
      const r = recipe(derive('same', `[Naam] = "${value.replaceAll('"', '""')}"`));
      const compiled = ws.compile(r);
      expect(compiled.ctes.join('\n')).not.toContain(value);
      expect(Object.values(compiled.steps[1]!.params)).toEqual([value]);
      const page = await ws.page(r, 0, 10, []);
      expect(page.rows.map((cells) => cells[1])).toEqual(nasty.map((n) => n === value));
    }
    await ws.dispose();
  });

  it('runs expressions as deep as the language allows, in SQL that grows with the text only', async () => {
    const ws = await projectWith(COLUMNS.slice(0, 3), [[1, 2, 3], [null, 1, 0]]);
    // 99 additions: a tree 100 deep.
    const sum = Array.from({ length: 100 }, () => '[Punt]').join(' + ');
    // Conditions nested in conditions: written out twice at every level, the SQL would double 40 times.
    let nested = '[Punt] > 1';
    for (let i = 0; i < 40; i++) nested = `ALS(${nested}; [Aantal] > 0; [Punt] < 2)`;
    const r = recipe(derive('sum', sum), derive('nested', nested));
    const sql = ws.compile(r).ctes.join('\n');
    expect(sql.length).toBeLessThan(40 * (sum.length + nested.length));
    const page = await ws.page(r, 0, 10, []);
    expect(page.rows.map((cells) => cells.slice(3))).toEqual([
      [200, true],
      [100, false],
    ]);
    await ws.dispose();
  });

  it('refuses a name that is empty, reserved, unclean or taken, and an expression that does not check, with a message', async () => {
    const ws = await projectWith(COLUMNS.slice(0, 2), [[1, 2]]);
    const refusal = (step: DeriveStep) => {
      try {
        ws.compile(recipe(step));
      } catch (e) {
        const { code, params } = e as { code: string; params: Record<string, string | number> };
        for (const locale of ['nl-BE', 'en'] as const) expect(formatMessage({ code, params }, locale)).not.toBe(code);
        return { code, params };
      }
      throw new Error('compiled');
    };
    expect(refusal(derive(' ', '1', 'nl', 'x'))).toEqual({ code: 'errors.derive.nameEmpty', params: {} });
    expect(refusal(derive('__wb_row', '1', 'nl', 'x'))).toEqual({ code: 'errors.derive.nameReserved', params: { name: '__wb_row' } });
    expect(refusal(derive('a\u202eb', '1', 'nl', 'x')).code).toBe('errors.name.notClean');
    expect(refusal(derive('punt', '1'))).toEqual({ code: 'errors.derive.nameTaken', params: { name: 'punt', column: 'Punt' } });
    expect(refusal(derive('pct', '[Score] / 40'))).toEqual({ code: 'errors.expr.unknownColumn', params: { position: 1, column: 'Score' } });
    expect(refusal(derive('pct', '[Punt] / 40,5', 'en'))).toEqual({ code: 'errors.expr.decimalMark', params: { position: 12, mark: '.', found: ',' } });
    await ws.dispose();
  });
});

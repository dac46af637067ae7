/**
 * Recipe benchmark: a 1,000,000-row pupil table joined with a 100,000-row table, filtered and
 * grouped — once as the workbench's recipe (one query of CTEs, materialised as the result table)
 * and once as the same query written by hand in DuckDB, in the same run, alternating. Then the
 * first grid page (100 rows, sorted by a column) of the 1M-row result of a join alone.
 * `benchRecipe()` returns the lines; run this file directly to print them. Never part of `npm test`.
 */
import { fileURLToPath } from 'node:url';

const RUNS = 5;
const PUPILS = 1_000_000;
const RESULTS = 100_000;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]! };
};
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function benchRecipe(): Promise<string[]> {
  const { Session } = await import('../electron/engine/db/session');
  const { Project } = await import('../electron/engine/project/project');
  const { RECIPE_VERSION, LENIENT_KEY, EXACT_KEY } = await import('../shared/model/recipe');
  type Recipe = import('../shared/model/recipe').Recipe;

  const session = await Session.create();
  const lines: string[] = [];
  try {
    const project = new Project(session);
    // Tables made in DuckDB itself (generating a million rows in JS would measure JS); then
    // attached as sources the way an import leaves them (columns plus the hidden row order).
    const pupils = await project.addSource({ fileName: 'leerlingen.csv', fileHash: 'p', format: 'csv', options: {}, name: 'leerlingen', sheet: null, headerRow: 1, warnings: [] }, async (table) => {
      await session.run(
        `CREATE TABLE "${table}" AS SELECT CAST(2000000 + i AS VARCHAR) AS "Stamboeknummer", (1 + i % 6) || chr(65 + CAST(i % 4 AS INTEGER)) AS "Klas",
           CASE WHEN i % 2 = 0 THEN 'V' ELSE 'M' END AS "Geslacht", i AS "__wb_row" FROM range(${PUPILS}) t(i)`,
      );
      return { columns: [col('Stamboeknummer', 'identifier'), col('Klas', 'text'), col('Geslacht', 'text')], rowCount: PUPILS };
    });
    const results = await project.addSource({ fileName: 'toets.csv', fileHash: 't', format: 'csv', options: {}, name: 'toets', sheet: null, headerRow: 1, warnings: [] }, async (table) => {
      await session.run(
        `CREATE TABLE "${table}" AS SELECT CAST(2000000 + (i * 7) % ${PUPILS} AS VARCHAR) AS "Stamboeknr", (i * 37 % 401) / 10.0 AS "Score", i AS "__wb_row" FROM range(${RESULTS}) t(i)`,
      );
      return { columns: [col('Stamboeknr', 'identifier'), col('Score', 'decimal')], rowCount: RESULTS };
    });
    const recipeWith = (keyOptions: typeof EXACT_KEY): Recipe =>
      ({
        version: RECIPE_VERSION,
        base: pupils.id,
        steps: [
          { id: 'koppel', kind: 'join', right: results.id, how: 'inner', keys: [{ left: 'Stamboeknummer', right: 'Stamboeknr', ...keyOptions }] },
          { id: 'meisjes', kind: 'filter', match: 'all', conditions: [{ column: 'Geslacht', op: 'eq', value: 'V' }] },
          { id: 'per-klas', kind: 'group', keys: ['Klas'], countName: 'n', aggregates: [{ fn: 'mean', column: 'Score', name: 'gemiddelde Score' }] },
        ],
      }) as Recipe;
    const { withCtes, finalStep } = await import('../electron/engine/recipe/compile');
    const p = `"${project.tableName(pupils.id)}"`;
    const r = `"${project.tableName(results.id)}"`;
    // The same question by hand: girls only, mean per class; keys compared as the recipe's key
    // options say — exactly, or trimmed and case-folded with leading zeros of a number dropped.
    const lenient = (c: string) =>
      `CASE WHEN regexp_full_match(lower(trim(${c})), '[0-9]+') THEN coalesce(nullif(ltrim(lower(trim(${c})), '0'), ''), '0') ELSE nullif(lower(trim(${c})), '') END`;
    const byHand = (key: (c: string) => string) => `SELECT l."Klas", count(*) AS n, avg(t."Score") AS "gemiddelde Score"
      FROM ${p} l JOIN ${r} t ON ${key('l."Stamboeknummer"')} = ${key('t."Stamboeknr"')}
      WHERE l."Geslacht" = 'V' GROUP BY l."Klas"`;

    for (const [label, options, key] of [
      ['exact keys', EXACT_KEY, (c: string) => c],
      ['lenient keys', LENIENT_KEY, lenient],
    ] as const) {
      const compiled = project.compile(recipeWith(options));
      const recipeSql = withCtes(compiled, `SELECT * FROM ${finalStep(compiled).cte}`);
      const viaRecipe: number[] = [];
      const viaHand: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        let t0 = performance.now();
        await session.run({ sql: `CREATE OR REPLACE TEMP TABLE bench_recipe AS ${recipeSql.sql}`, params: recipeSql.params });
        viaRecipe.push(performance.now() - t0);
        t0 = performance.now();
        await session.run(`CREATE OR REPLACE TEMP TABLE bench_hand AS ${byHand(key)}`);
        viaHand.push(performance.now() - t0);
      }
      const same = await session.query(
        `SELECT count(*) FROM (SELECT "Klas", n, round("gemiddelde Score", 9) FROM bench_recipe EXCEPT ALL SELECT "Klas", n, round("gemiddelde Score", 9) FROM bench_hand)`,
      );
      const a = stats(viaRecipe);
      const b = stats(viaHand);
      lines.push(
        `join 1M × 100k + filter + group, ${label}: recipe ${sec(a.min)} (median ${sec(a.median)}) · by hand ${sec(b.min)} (median ${sec(b.median)}) · ratio ${(a.median / b.median).toFixed(2)}× (median) · rows differ: ${Number(same.rows[0]![0])}`,
      );
    }

    // The first grid page of a 1M-row result, sorted by a column, after the result is materialised.
    const lenientRecipe = recipeWith(LENIENT_KEY);
    const joinOnly: Recipe = { ...lenientRecipe, steps: [{ ...lenientRecipe.steps[0]!, how: 'left' } as Recipe['steps'][number]] };
    let t0 = performance.now();
    await project.page(joinOnly, 0, 100, []);
    const materialise = performance.now() - t0;
    const pages: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      t0 = performance.now();
      await project.page(joinOnly, i * 100, 100, [{ column: 'Klas', direction: i % 2 ? 'asc' : 'desc' }]);
      pages.push(performance.now() - t0);
    }
    const g = stats(pages);
    lines.push(`1M-row result: materialised in ${sec(materialise)}; a sorted grid page of 100 rows ${g.min.toFixed(0)} ms (median ${g.median.toFixed(0)} ms)`);
  } finally {
    session.close();
  }
  return lines;
}

const col = (name: string, type: 'identifier' | 'text' | 'decimal') => ({ name, type });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await benchRecipe()) console.log(line);
}

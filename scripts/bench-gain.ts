/**
 * Learning-gain benchmark (issue 9): 100,000 pupils with a September and a June percentage and a
 * level at each moment, in 20 classes — the whole analysis in the engine (pairs, figures per
 * group with their effect sizes and CIs, expected growth with residuals, the points for the
 * charts) and the level transitions, each timed over RUNS runs after a warm-up; the recipe's
 * result is materialised once before. `benchGain()` returns the lines; run this file directly
 * to print them. Never part of `npm test`.
 */
import { fileURLToPath } from 'node:url';

const RUNS = 5;
const PUPILS = 100_000;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]! };
};

export async function benchGain(): Promise<string[]> {
  const { Session } = await import('../electron/engine/db/session');
  const { Project } = await import('../electron/engine/project/project');
  const { RECIPE_VERSION } = await import('../shared/model/recipe');
  const { GainAnalysis } = await import('../shared/model/analysis/gain');

  const session = await Session.create();
  const lines: string[] = [];
  try {
    const project = new Project(session);
    // Made in DuckDB (a deterministic spread of scores, no JS generation to measure).
    const source = await project.addSource({ fileName: 'leerwinst.csv', fileHash: 'g', format: 'csv', options: {}, name: 'leerwinst', sheet: null, headerRow: 1, warnings: [] }, async (table) => {
      await session.run(
        `CREATE TABLE "${table}" AS SELECT CAST(3000000 + i AS VARCHAR) AS "Stamboeknummer", 'K' || (i % 20) AS "Klas",
           CASE WHEN i % 97 = 0 THEN NULL ELSE 30 + (i * 37 % 600) / 10.0 END AS "sept_pct",
           CASE WHEN i % 89 = 0 THEN NULL ELSE 35 + (i * 53 % 600) / 10.0 END AS "juni_pct",
           chr(65 + CAST(i * 7 % 5 AS INTEGER)) AS "niveau_sept", chr(65 + CAST(i * 11 % 5 AS INTEGER)) AS "niveau_juni",
           i AS "__wb_row" FROM range(${PUPILS}) t(i)`,
      );
      const col = (name: string, type: 'identifier' | 'text' | 'decimal') => ({ name, type });
      return {
        columns: [col('Stamboeknummer', 'identifier'), col('Klas', 'text'), col('sept_pct', 'decimal'), col('juni_pct', 'decimal'), col('niveau_sept', 'text'), col('niveau_juni', 'text')],
        rowCount: PUPILS,
      };
    });
    const recipe = { version: RECIPE_VERSION, base: source.id, steps: [] } as import('../shared/model/recipe').Recipe;
    const percent = { kind: 'percent' as const };
    const gain = GainAnalysis.parse({
      kind: 'gain',
      layout: 'wide',
      key: 'Stamboeknummer',
      groupBy: 'Klas',
      expectedGrowth: true,
      moments: [
        { label: 'september', column: 'sept_pct', measure: percent },
        { label: 'juni', column: 'juni_pct', measure: percent },
      ],
    });
    const transitions = GainAnalysis.parse({
      ...gain,
      expectedGrowth: false,
      groupBy: null,
      levels: ['E', 'D', 'C', 'B', 'A'],
      moments: [
        { label: 'september', column: 'sept_pct', measure: percent, levelColumn: 'niveau_sept' },
        { label: 'juni', column: 'juni_pct', measure: percent, levelColumn: 'niveau_juni' },
      ],
    });
    await project.gain(recipe, gain); // materialises the result and warms up

    for (const [label, analysis] of [
      ['groups, effect sizes, residual gain', gain],
      ['level transitions', transitions],
    ] as const) {
      const times: number[] = [];
      let pairs = 0;
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        const result = await project.gain(recipe, analysis);
        times.push(performance.now() - t0);
        pairs = result.overall.figures?.n ?? 0;
      }
      const t = stats(times);
      lines.push(`learning gain, ${label}: ${pairs.toLocaleString('en')} pairs of ${PUPILS.toLocaleString('en')} pupils in ${t.min.toFixed(0)} ms (median ${t.median.toFixed(0)} ms; target ≤ 200 ms)`);
    }
  } finally {
    session.close();
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await benchGain()) console.log(line);
}

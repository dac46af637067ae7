/**
 * Name matching benchmark: generated cohorts (electron/engine/recipe/matching/cohort.ts) of
 * 2,000 × 2,000 and 20,000 × 20,000 pupils (a school group), names in every variant, matched on
 * name and class. Prints, per size, the min and median of a few runs of
 * - the match: the step's query, every result row counted (blocking, scoring, assignment, join);
 * - the step's report: row counts and the match's findings, what setting the recipe costs.
 * `benchMatch()` returns the lines; run this file directly to print them. Never part of `npm test`.
 */
import { fileURLToPath } from 'node:url';

const RUNS = 5;
const SIZES = [2000, 20000];

export async function benchMatch(): Promise<string[]> {
  const { Session } = await import('../electron/engine/db/session');
  const { Project } = await import('../electron/engine/project/project');
  const { rowsTable } = await import('../electron/engine/project/demo');
  const { withCtes } = await import('../electron/engine/recipe/compile');
  const { evaluateRecipe } = await import('../electron/engine/recipe/evaluate');
  const { generateCohort } = await import('../electron/engine/recipe/matching/cohort');
  const { RECIPE_VERSION } = await import('../shared/model/recipe');

  const lines: string[] = [];
  const session = await Session.create();
  try {
    for (const pupils of SIZES) {
      const cohort = generateCohort({ pupils, seed: 2026, rightNames: 'mixed', birthDate: false });
      const project = new Project(session);
      await project.addRows(rowsTable('csv', cohort.left.columns, cohort.left.rows), { fileName: 'lijst.csv', fileHash: 'l', options: {} });
      await project.addRows(rowsTable('csv', cohort.right.columns, cohort.right.rows), { fileName: 'toets.csv', fileHash: 'r', options: {} });
      const compiled = project.compile({
        version: RECIPE_VERSION,
        base: 's1',
        steps: [
          {
            id: 'koppel',
            kind: 'matchNames',
            right: 's2',
            how: 'left',
            leftName: { kind: 'split', first: 'Voornaam', last: 'Naam' },
            rightName: { kind: 'full', column: 'Leerling', order: 'auto' },
            support: [{ left: 'Klas', right: 'Klas', kind: 'class' }],
            decisions: [],
            scoreColumn: 'Koppelscore',
          },
        ],
      });
      const match: number[] = [];
      const report: number[] = [];
      let pairs = 0;
      for (let i = 0; i < RUNS; i++) {
        let t0 = performance.now();
        await session.query(withCtes(compiled, 'SELECT count(*) FROM s1'));
        match.push(performance.now() - t0);
        t0 = performance.now();
        const result = await evaluateRecipe(session, compiled);
        report.push(performance.now() - t0);
        pairs = result.steps[0]!.match!.pairs;
      }
      const size = `${cohort.left.rows.length.toLocaleString('en')} × ${cohort.right.rows.length.toLocaleString('en')}`;
      lines.push(`name match ${size} pupils (${pairs.toLocaleString('en')} candidate pairs scored): match ${figures(match)}; step report ${figures(report)}`);
      await project.dispose();
    }
  } finally {
    session.close();
  }
  return lines;
}

function figures(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return `min ${(sorted[0]! / 1000).toFixed(2)} s, median ${(median / 1000).toFixed(2)} s`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await benchMatch()) console.log(line);
}

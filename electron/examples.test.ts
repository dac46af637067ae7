import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MatchCandidate, type MatchStep, RecipeFile } from '../shared/model/recipe';
import { runCli } from './cli';
import { createEngine } from './engine/api';
import { samplePath } from './engine/import/testing/samples';
import type { RunReport } from './engine/recipe/run-file';
import { apiCaller } from './engine/testing/api-caller';
import { dropAccents, generateSchool, type PupilTruth, writeSchool } from './engine/testing/school-generator';

/**
 * examples/leerwinst-wiskunde/recipe.json, run as a datateam runs it (`cli run`), on the sample
 * school and on generated schools with quirks of their own. The truth is never the engine's: the
 * sample's comes from expected.json (pandas), a generated school's from its generator.
 */

const RECIPE = fileURLToPath(new URL('../examples/leerwinst-wiskunde/recipe.json', import.meta.url));

interface Inputs {
  lvs: string;
  sept: string;
  juni: string;
}

interface ResultRow {
  Stamboeknummer: string;
  Klas: string;
  'Remediëring wiskunde': string | null;
  sept_pct: number | null;
  juni_pct: number | null;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkbank-examples-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runRecipe(inputs: Inputs, out: string): Promise<{ report: RunReport; rows: ResultRow[] }> {
  const io = { out: '', err: '' };
  const code = await runCli(
    ['run', RECIPE, '--source', `leerlingen=${inputs.lvs}`, '--source', `sept=${inputs.sept}`, '--source', `juni=${inputs.juni}`, '--out', out],
    { stdout: (t) => void (io.out += t), stderr: (t) => void (io.err += t) },
  );
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return { report: JSON.parse(io.out) as RunReport, rows: JSON.parse(readFileSync(out, 'utf8')) as ResultRow[] };
}

/** A score as a percentage of its maximum, rounded past floating-point noise; null stays null. */
const round = (x: number | null) => (x === null ? null : Math.round(x * 1e9) / 1e9);
const pct = (score: number | null, max: number) => (score === null ? null : round((score / max) * 100));

/** A name as a person reads it: accents, case and spacing aside. */
const fold = (s: string | null) => dropAccents(s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const classKey = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, '');

describe('examples/leerwinst-wiskunde on the sample school', () => {
  it('gives every pupil of expected.json its class and both percentages', async () => {
    const expected = (JSON.parse(readFileSync(samplePath('expected.json'), 'utf8')) as { pupil_scores: Record<string, { klas: string; sept: number | null; juni: number | null }> }).pupil_scores;
    const inputs = { lvs: samplePath('lvs-leerlingen.xlsx'), sept: samplePath('toets-wiskunde-sept.csv'), juni: samplePath('toets-wiskunde-juni.xlsx') };
    const { report, rows } = await runRecipe(inputs, join(dir, 'sample.json'));

    expect(report.result.columns.map((c) => c.name)).toEqual(['Stamboeknummer', 'Klas', 'Remediëring wiskunde', 'sept_pct', 'juni_pct']);
    expect(rows.map((r) => String(r.Stamboeknummer)).sort()).toEqual(Object.keys(expected).sort());
    for (const row of rows) {
      const id = String(row.Stamboeknummer);
      const truth = expected[id]!;
      expect({ id, klas: row.Klas, sept: round(row.sept_pct), juni: round(row.juni_pct) }).toEqual({ id, klas: truth.klas, sept: pct(truth.sept, 40), juni: pct(truth.juni, 50) });
    }
    const match = report.steps.find((s) => s.kind === 'matchNames')!;
    expect(match.warnings).toEqual([]);
  });
});

/** The review list of the recipe's name match on these files, every page (the engine's API, as the dialog asks it). */
async function reviewCandidates(inputs: Inputs): Promise<MatchCandidate[]> {
  const file = RecipeFile.parse(JSON.parse(readFileSync(RECIPE, 'utf8')));
  const engine = await createEngine({ shell: 'browser', version: 'test' });
  try {
    const { ok } = apiCaller(() => engine);
    await ok('project.new');
    const paths: Record<string, string> = { leerlingen: inputs.lvs, sept: inputs.sept, juni: inputs.juni };
    for (const source of file.sources) {
      await ok('source.import', { fileId: engine.files.register(paths[source.name]!).fileId, options: source.options, name: source.name });
    }
    const state = await ok('recipe.set', { recipe: file.recipe });
    const step = file.recipe.steps.find((s) => s.kind === 'matchNames') as MatchStep;
    const out: MatchCandidate[] = [];
    for (let total = Infinity; out.length < total; ) {
      const page = await ok('match.candidates', { recipe: state.recipe!, step, bands: ['review'], offset: out.length, limit: 500 });
      total = page.total;
      out.push(...page.candidates);
      if (page.candidates.length === 0) break;
    }
    return out;
  } finally {
    engine.close();
  }
}

/** Seeds and cohort sizes: from one class of 20 to a school group of 400. */
const RUNS: [seed: number, pupils: number][] = [
  [1, 20],
  [2, 35],
  [3, 60],
  [4, 95],
  [5, 135],
  [6, 180],
  [7, 240],
  [8, 300],
  [9, 360],
  [10, 400],
];

describe('examples/leerwinst-wiskunde on generated schools', () => {
  it.each(RUNS)('seed %i, %i pupils: every pupil comes out with the right two percentages', async (seed, pupils) => {
    const school = generateSchool({ seed, pupils });
    const at = join(dir, `school-${seed}`);
    mkdirSync(at);
    const inputs = writeSchool(school, at);
    const { report, rows } = await runRecipe(inputs, join(at, 'resultaat.json'));

    // Every source read whole: the student list with its duplicates, every September and June row.
    expect(report.sources.map((s) => [s.name, s.rows])).toEqual([
      ['leerlingen', pupils + school.quirks.duplicated.length],
      ['sept', school.truth.length - school.quirks.lateArrivals.length],
      ['juni', school.truth.length - school.quirks.left.length],
    ]);
    // One row per pupil.
    expect(rows).toHaveLength(pupils);
    const byId = new Map(rows.map((r) => [String(r.Stamboeknummer), r]));
    expect(byId.size).toBe(pupils);

    const describePupil = (t: PupilTruth) => `${t.id} ${t.name} (${t.klas}${t.juniKlas !== t.klas ? ` → ${t.juniKlas}` : ''}, June: "${t.juniName}")`;
    const wrong: string[] = [];
    const unmatched: PupilTruth[] = [];
    let right = 0;
    for (const t of school.truth) {
      const row = byId.get(t.id);
      if (!row) {
        wrong.push(`${describePupil(t)}: no row`);
        continue;
      }
      const [klas, rem, sept] = [row.Klas, row['Remediëring wiskunde'], round(row.sept_pct)];
      if (klas !== t.klas || rem !== t.remediering) wrong.push(`${describePupil(t)}: class ${klas}, remediëring ${rem}`);
      if (sept !== pct(t.sept, 40)) wrong.push(`${describePupil(t)}: sept_pct ${sept}, not ${pct(t.sept, 40)}`);
      const [got, want] = [round(row.juni_pct), pct(t.juni, 50)];
      if (got === want) right += want === null ? 0 : 1;
      else if (got === null) unmatched.push(t);
      else wrong.push(`${describePupil(t)}: juni_pct ${got}, not ${want}`);
    }

    // A pupil left out of the automatic band must be on the review list, paired with their own June row.
    const match = report.steps.find((s) => s.kind === 'matchNames')!;
    const review = unmatched.length > 0 ? await reviewCandidates(inputs) : [];
    const isOwnPair = (c: MatchCandidate, t: PupilTruth) =>
      fold(c.left.name) === fold(t.name) && classKey(c.left.key.fields.Klas) === classKey(t.klas) && fold(c.right.name) === fold(t.juniName);
    const toReview = unmatched.filter((t) => review.some((c) => isOwnPair(c, t)));
    const silent = unmatched.filter((t) => !toReview.includes(t));
    const inJune = school.truth.filter((t) => t.juni !== null).length;
    const q = school.quirks;
    console.log(
      `seed ${seed}: ${pupils} pupils, ${q.classes.length} classes (${q.classes[0]} …), ${inJune} in June, ${q.classChanges.length} changed class, ` +
        `${q.namesakes.length + q.nearNamesakes.length} namesake pairs — ${right} matched right, ${wrong.length} wrong, ` +
        `${unmatched.length} unmatched (${toReview.length} left for review, ${toReview.filter((t) => t.juniKlas !== t.klas).length} of them changed class; ` +
        `${silent.length} not reported)` +
        silent.map((t) => `\n    not reported: ${describePupil(t)}`).join(''),
    );

    expect(wrong).toEqual([]);
    expect((match.match as { acceptedAuto: number }).acceptedAuto).toBe(right);
    expect(silent.map(describePupil)).toEqual([]);
    const warned = match.warnings.find((w) => w.code === 'engine.match.toReview');
    if (unmatched.length > 0) expect(Number(warned?.params.left)).toBeGreaterThanOrEqual(unmatched.length);
  });
});

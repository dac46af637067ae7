import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli';
import { dashboardByHand, expected as readExpected, samplePath } from './engine/import/testing/samples';
import type { AnalysisReport } from './engine/recipe/run-file';

/**
 * The analysis examples on another school's spelling of the same exports: headers in lower case,
 * moments and levels written otherwise, a title above the table and a note under it, another
 * delimiter and date form. The figures are the sample's (expected.json, computed independently;
 * the dashboard's own numbers); the run says which columns it read under the example's names.
 */

const example = (path: string) => fileURLToPath(new URL(`../examples/${path}`, import.meta.url));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkbank-quirks-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<string> {
  const io = { out: '', err: '' };
  const code = await runCli(args, { stdout: (t) => void (io.out += t), stderr: (t) => void (io.err += t) });
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return io.out;
}

const analyse = async (file: string, sources: string[]) =>
  JSON.parse(await cli(['analyse', file, ...sources.flatMap((s) => ['--source', s])])) as AnalysisReport;

/** The rows of a `;` CSV without quotes (what the CLI's own export of a sample writes here). */
const rowsOf = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.split(';'));

const rebound = (report: AnalysisReport, source: string) =>
  report.sources
    .find((s) => s.name === source)!
    .warnings.filter((w) => w.code === 'engine.runColumnRebound')
    .map((w) => `${String(w.params.from)}→${String(w.params.to)}`)
    .sort();

describe('examples/lvs-toetsen on another spelling of the LVS export', () => {
  it('gives the transitions of expected.json with lower-case headers and levels, and moments written otherwise', async () => {
    const plain = join(dir, 'lvs.csv');
    await cli(['import', samplePath('lvs-toetsen.xlsx'), '--out', plain]);
    const [header, ...rows] = rowsOf(readFileSync(plain, 'utf8'));
    const at = (name: string) => header!.indexOf(name);
    const [moment, level] = [at('Afname'), at('Niveau')];
    expect(Math.min(moment, level)).toBeGreaterThanOrEqual(0);
    const respelled = rows.map((r) =>
      r.map((cell, i) => (i === moment ? (cell === 'juni' ? ' JUNI' : 'Januari') : i === level ? cell.toLowerCase() : cell)),
    );
    const lines = ['LVS-toetsen wiskunde 2025-2026', '', header!.map((h) => h.toLowerCase()).join(';'), ...respelled.map((r) => r.join(';'))];
    const file = join(dir, 'lvs-anders.csv');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);

    const report = await analyse(example('lvs-toetsen/transitions.analysis.json'), [`toetsen=${file}`]);
    const e = (readExpected() as unknown as { lvs_toetsen: unknown }).lvs_toetsen as { levels_low_to_high: string[]; transitions: Record<string, Record<string, number>>; n_paired: number; moved_up: number; same: number; moved_down: number };
    const t = report.gain!.transitions!;
    expect(t.matrix).toEqual(e.levels_low_to_high.map((from) => e.levels_low_to_high.map((to) => e.transitions[from]![to]!)));
    expect([t.n, t.movedUp, t.same, t.movedDown, t.outside]).toEqual([e.n_paired, e.moved_up, e.same, e.moved_down, 0]);
    // The columns the example names, read under its names; the others keep the file's.
    expect(rebound(report, 'toetsen')).toEqual(['afname→Afname', 'klas→Klas', 'niveau→Niveau', 'score→Score', 'stamboeknummer→Stamboeknummer']);
  });
});

describe('examples/schoolfeedback on another spelling of the dashboard', () => {
  it("gives the file's own figures from a comma CSV with lower-case headers, a title and a source line", async () => {
    const rows = dashboardByHand();
    const ours = 'Onze School';
    const lines = [
      '"Schoolfeedback Vlaamse toetsen 2026"',
      '',
      'toetsonderdeel,groep,gemiddelde vaardigheidsscore,aantal leerlingen',
      ...rows.map(([c, g, mean, n]) => `"${c}",${g === 'Onze school' ? ours : g},${mean.toFixed(1)},${n}`),
      '',
      '"Bron: AHOVOKS, mei 2026"',
    ];
    const file = join(dir, 'dashboard-anders.csv');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);

    const report = await analyse(example('schoolfeedback/reference.analysis.json'), [`dashboard=${file}`]);
    const reference = report.reference!;
    expect(reference.ours).toBe(ours);
    expect(reference.components.map((c) => c.component)).toEqual([...new Set(rows.map((r) => r[0]))]);
    for (const c of reference.components) {
      const own = rows.find((r) => r[0] === c.component && r[1] === 'Onze school')![2];
      for (const r of c.rows) {
        const [, , mean, n] = rows.find((x) => x[0] === c.component && (x[1] === r.group || (r.group === ours && x[1] === 'Onze school')))!;
        expect(r.mean).toBeCloseTo(mean, 9);
        expect(r.n).toBe(n);
        if (r.group !== ours) expect(r.difference).toBeCloseTo(own - mean, 9);
      }
    }
    expect(rebound(report, 'dashboard')).toEqual([
      'aantal leerlingen→Aantal leerlingen',
      'gemiddelde vaardigheidsscore→Gemiddelde vaardigheidsscore',
      'groep→Groep',
      'toetsonderdeel→Toetsonderdeel',
    ]);
  });
});

describe('examples/skill-will on another spelling of the observations', () => {
  it('gives the observation figures of expected.json from a ; file with lower-case headers, d/m/yyyy dates and scores as 4,0', async () => {
    const text = readFileSync(samplePath('lesobservaties.csv'), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = text.split(/\r?\n/).filter((l) => l !== '').map((l) => l.split(','));
    const date = header!.indexOf('Datum');
    const score = header!.indexOf('Score');
    const dmy = (iso: string) => {
      const [y, m, d] = iso.split('-');
      return `${Number(d)}/${m}/${y}`;
    };
    // The scores as a spreadsheet with one decimal writes them: 4,0.
    const lines = [header!.map((h) => h.toLowerCase()).join(';'), ...rows.map((r) => r.map((c, i) => (i === date ? dmy(c) : i === score ? `${c},0` : c)).join(';'))];
    const file = join(dir, 'observaties-anders.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);

    const report = await analyse(example('skill-will/skill-will.analysis.json'), [
      `enquete=${samplePath('enquete-team.xlsx')}`,
      `enquete_eind=${samplePath('enquete-team-juni.xlsx')}`,
      `observaties=${file}`,
    ]);
    const want = (readExpected() as unknown as { observations: { by_element: Record<string, { bouwsteen: string; n: number; mean: number; sd: number }>; by_bouwsteen: Record<string, number> } }).observations;
    const obs = report.survey!.observations!;
    expect(Object.keys(obs.elements).sort()).toEqual(Object.keys(want.by_element).sort());
    for (const [name, w] of Object.entries(want.by_element)) {
      const got = obs.elements[name]!;
      expect({ block: got.block, n: got.n }, name).toEqual({ block: w.bouwsteen, n: w.n });
      // expected.json rounds to 3 decimals.
      expect(Math.abs(got.mean! - w.mean), name).toBeLessThanOrEqual(0.0005 + 1e-9);
      expect(Math.abs(got.sd! - w.sd), name).toBeLessThanOrEqual(0.0005 + 1e-9);
    }
    for (const [block, mean] of Object.entries(want.by_bouwsteen)) expect(Math.abs(obs.blocks[block]!.mean! - mean), block).toBeLessThanOrEqual(0.0005 + 1e-9);
    expect(rebound(report, 'observaties')).toEqual(['bouwsteen→Bouwsteen', 'element→Element', 'leraar→Leraar', 'score→Score']);
  });
});

describe('examples/skill-will on a survey worded with akkoord and item codes in brackets', () => {
  it('gives the item figures and axis means of expected.json', async () => {
    // The sample's answers as labels (no profile: no mapping), then worded as another school's form.
    const words: Record<string, string> = {
      'Helemaal oneens': 'Helemaal niet akkoord',
      Oneens: 'Niet akkoord',
      Neutraal: 'Neutraal',
      Eens: 'Akkoord',
      'Helemaal eens': 'Helemaal akkoord',
    };
    const reworded = async (sample: string, name: string) => {
      const plain = join(dir, `${name}-labels.csv`);
      await cli(['import', samplePath(sample), '--profile', 'none', '--out', plain]);
      const [header, ...rows] = rowsOf(readFileSync(plain, 'utf8'));
      const coded = header!.map((h) => h.replace(/^(IK|WIJ|OV|PC)(\d+)\.\s*/, '[$1$2] '));
      const file = join(dir, `${name}-akkoord.csv`);
      writeFileSync(file, [coded, ...rows.map((r) => r.map((c) => words[c] ?? c))].map((r) => r.join(';')).join('\r\n'));
      return file;
    };
    const report = await analyse(example('skill-will/skill-will.analysis.json'), [
      `enquete=${await reworded('enquete-team.xlsx', 'nul')}`,
      `enquete_eind=${await reworded('enquete-team-juni.xlsx', 'eind')}`,
      `observaties=${samplePath('lesobservaties.csv')}`,
    ]);
    type Item = { n: number; mean: number; sd: number };
    const want = readExpected() as unknown as {
      survey_items: Record<string, Item>;
      survey_items_eind: Record<string, Item>;
      skill_will: { skill_mean_of_item_means: number; will_mean_of_item_means: number };
    };
    const survey = report.survey!;
    for (const [key, moment] of [['survey_items', 'nulmeting'], ['survey_items_eind', 'eindmeting']] as const) {
      expect(Object.keys(survey.items).sort()).toEqual(Object.keys(want[key]).sort());
      for (const [code, w] of Object.entries(want[key])) {
        const got = survey.items[code]!.moments[moment]!;
        expect(got.n, `${moment} ${code}`).toBe(w.n);
        expect(Math.abs(got.mean! - w.mean), `${moment} ${code}`).toBeLessThanOrEqual(0.0005 + 1e-9);
        expect(Math.abs(got.sd! - w.sd), `${moment} ${code}`).toBeLessThanOrEqual(0.0005 + 1e-9);
      }
    }
    expect(Math.abs(survey.axes.nulmeting!.skill! - want.skill_will.skill_mean_of_item_means)).toBeLessThanOrEqual(0.0005 + 1e-9);
    expect(Math.abs(survey.axes.nulmeting!.will! - want.skill_will.will_mean_of_item_means)).toBeLessThanOrEqual(0.0005 + 1e-9);
  });
});

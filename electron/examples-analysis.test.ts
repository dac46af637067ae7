import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GainResult, PairedFigures } from '../shared/model/analysis/gain';
import { runCli } from './cli';
import { dashboardByHand, expected as readExpected, samplePath } from './engine/import/testing/samples';
import type { AnalysisReport } from './engine/recipe/run-file';

/**
 * The learning-gain examples run as a datateam runs them (`cli analyse`) on the sample school's
 * raw exports: import → recipe (the June test matched by name) → analysis. Every figure is
 * checked to 3 decimals against expected.json, computed independently (pandas/scipy).
 */

const GAIN_BY_CLASS = fileURLToPath(new URL('../examples/leerwinst-wiskunde/gain-by-class.analysis.json', import.meta.url));
const TRANSITIONS = fileURLToPath(new URL('../examples/lvs-toetsen/transitions.analysis.json', import.meta.url));

interface ExpectedPaired {
  n: number;
  sd_gain: number;
  ci95: [number, number];
  d_z: number;
  sd_pre: number;
  sd_post: number;
  r_pre_post: number;
  d_z_ci95: [number, number];
  d_av: number;
  hedges_j: number;
  g_av: number;
  improved: number;
  unchanged: number;
  declined: number;
}
interface Expected {
  gain_by_class_pct: Record<string, ExpectedPaired & { mean_pre_pct: number; mean_post_pct: number; mean_gain_pct_points: number }>;
  gain_overall_pct: ExpectedPaired & { mean_pre: number; mean_post: number; mean_gain: number };
  gain_by_remediering: Record<string, { n: number; mean_gain_pct_points: number; d_z: number }>;
  residual_gain_pct: { model: { intercept: number; slope: number; r2: number; n: number }; by_class: Record<string, { n: number; mean_residual: number; ci95: [number, number] }> };
  lvs_toetsen: {
    levels_low_to_high: string[];
    n_paired: number;
    missing_januari: number;
    missing_juni: number;
    transitions: Record<string, Record<string, number>>;
    moved_up: number;
    same: number;
    moved_down: number;
    gain_by_class_scale: Record<string, ExpectedPaired & { mean_pre: number; mean_post: number; mean_gain: number }>;
  };
}
const expected = readExpected() as unknown as Expected;

async function runAnalyse(file: string, sources: string[]): Promise<AnalysisReport> {
  const io = { out: '', err: '' };
  const code = await runCli(['analyse', file, ...sources.flatMap((s) => ['--source', s])], { stdout: (t) => void (io.out += t), stderr: (t) => void (io.err += t) });
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.out) as AnalysisReport;
}

/** A learning-gain analysis file's report. */
async function analyse(file: string, sources: string[]): Promise<AnalysisReport & { gain: GainResult }> {
  const report = await runAnalyse(file, sources);
  expect(report.gain).toBeDefined();
  return report as AnalysisReport & { gain: GainResult };
}

const close = (actual: number | null | undefined, wanted: number, digits = 3) => {
  expect(actual, `${actual} ≈ ${wanted}`).not.toBeNull();
  expect(Math.abs((actual as number) - wanted)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9);
};
const closePair = (actual: [number, number] | null, wanted: [number, number]) => {
  expect(actual).not.toBeNull();
  close(actual![0], wanted[0]);
  close(actual![1], wanted[1]);
};

/** Every paired figure but the means, whose keys differ per expected.json block. */
function checkPaired(f: PairedFigures, e: ExpectedPaired): void {
  expect(f.n).toBe(e.n);
  close(f.sdGain, e.sd_gain);
  closePair(f.ci95, e.ci95);
  close(f.dz, e.d_z);
  close(f.sdPre, e.sd_pre);
  close(f.sdPost, e.sd_post);
  // r is given to 2 or 3 decimals.
  close(f.rPrePost, e.r_pre_post, String(e.r_pre_post).split('.')[1]?.length ?? 3);
  closePair(f.dzCi95, e.d_z_ci95);
  close(f.dAv, e.d_av);
  close(f.hedgesJ, e.hedges_j, 4);
  close(f.gAv, e.g_av);
  expect([f.improved, f.unchanged, f.declined]).toEqual([e.improved, e.unchanged, e.declined]);
}

const group = (gain: GainResult, key: string) => {
  const found = gain.groups.find((g) => g.key === key);
  expect(found, `group ${key}`).toBeDefined();
  expect(found!.suppressed).toBe(false);
  return found!.figures!;
};

const SAMPLE_SOURCES = [`leerlingen=${samplePath('lvs-leerlingen.xlsx')}`, `sept=${samplePath('toets-wiskunde-sept.csv')}`, `juni=${samplePath('toets-wiskunde-juni.xlsx')}`];

describe('examples/leerwinst-wiskunde/gain-by-class.analysis.json on the sample school', () => {
  it('gives every figure of gain_by_class_pct, gain_overall_pct and residual_gain_pct', async () => {
    const { gain, steps } = await analyse(GAIN_BY_CLASS, SAMPLE_SOURCES);
    expect(steps.length).toBeGreaterThan(0);
    expect(gain.unit).toBe('percentPoints');
    expect([gain.from, gain.to]).toEqual(['september', 'juni']);
    expect(gain.groups.map((g) => g.key)).toEqual(Object.keys(expected.gain_by_class_pct).sort());
    for (const [klas, e] of Object.entries(expected.gain_by_class_pct)) {
      const f = group(gain, klas);
      close(f.meanPre, e.mean_pre_pct);
      close(f.meanPost, e.mean_post_pct);
      close(f.meanGain, e.mean_gain_pct_points);
      checkPaired(f, e);
    }
    const o = gain.overall.figures!;
    const e = expected.gain_overall_pct;
    close(o.meanPre, e.mean_pre);
    close(o.meanPost, e.mean_post);
    close(o.meanGain, e.mean_gain);
    checkPaired(o, e);

    const model = gain.expected!.model!;
    const r = expected.residual_gain_pct;
    close(model.intercept, r.model.intercept);
    close(model.slope, r.model.slope, 4);
    close(model.r2, r.model.r2, 4);
    expect(model.n).toBe(r.model.n);
    for (const [klas, c] of Object.entries(r.by_class)) {
      const g = gain.expected!.groups.find((x) => x.key === klas)!;
      expect(g.n).toBe(c.n);
      close(g.meanResidual, c.mean_residual);
      closePair(g.ci95, c.ci95);
    }
    // Who was left out and why: absent in September, left before June.
    const missing = Object.fromEntries(gain.leftOut.filter((l) => l.reason === 'missingAt').map((l) => [l.moment, l.n]));
    expect(missing.september + missing.juni).toBeGreaterThan(0);
    expect(gain.warnings.map((w) => w.code)).toContain('engine.gain.regressionToMean');
  });

  it('gives gain_by_remediering with the remediation column as the group', async () => {
    const { readFileSync, writeFileSync, mkdtempSync, rmSync, copyFileSync } = await import('node:fs');
    const { join, dirname } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'werkbank-gain-'));
    try {
      const file = JSON.parse(readFileSync(GAIN_BY_CLASS, 'utf8')) as { analysis: { groupBy: string } };
      file.analysis.groupBy = 'Remediëring wiskunde';
      copyFileSync(join(dirname(GAIN_BY_CLASS), 'recipe.json'), join(dir, 'recipe.json'));
      writeFileSync(join(dir, 'by-remediation.analysis.json'), JSON.stringify(file));
      const { gain } = await analyse(join(dir, 'by-remediation.analysis.json'), SAMPLE_SOURCES);
      for (const [key, e] of Object.entries(expected.gain_by_remediering)) {
        const f = group(gain, key.replace('remediering_', ''));
        expect(f.n).toBe(e.n);
        close(f.meanGain, e.mean_gain_pct_points);
        close(f.dz, e.d_z);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('examples/lvs-toetsen/transitions.analysis.json on the sample school', () => {
  it('gives the transition matrix, moved up/same/down and the gain in scale scores per class', async () => {
    const { gain } = await analyse(TRANSITIONS, [`toetsen=${samplePath('lvs-toetsen.xlsx')}`]);
    const e = expected.lvs_toetsen;
    expect(gain.unit).toBe('scalePoints');
    const t = gain.transitions!;
    expect(t.order).toEqual(e.levels_low_to_high);
    expect(t.matrix).toEqual(e.levels_low_to_high.map((from) => e.levels_low_to_high.map((to) => e.transitions[from]![to]!)));
    expect([t.n, t.movedUp, t.same, t.movedDown, t.outside]).toEqual([e.n_paired, e.moved_up, e.same, e.moved_down, 0]);
    expect(gain.overall.figures!.n).toBe(e.n_paired);
    const missing = Object.fromEntries(gain.leftOut.filter((l) => l.reason === 'missingAt').map((l) => [l.moment, l.n]));
    expect(missing).toEqual({ januari: e.missing_januari, juni: e.missing_juni });
    for (const [klas, c] of Object.entries(e.gain_by_class_scale)) {
      const f = group(gain, klas);
      close(f.meanPre, c.mean_pre);
      close(f.meanPost, c.mean_post);
      close(f.meanGain, c.mean_gain);
      checkPaired(f, c);
    }
  });
});

describe('examples/schoolfeedback/reference.analysis.json on the sample school', () => {
  it('gives our mean beside Flanders and similar schools per component, with n and the differences of the file', async () => {
    const file = fileURLToPath(new URL('../examples/schoolfeedback/reference.analysis.json', import.meta.url));
    const { reference } = await runAnalyse(file, [`dashboard=${samplePath('schoolfeedback-dashboard.csv')}`]);
    const rows = dashboardByHand();
    const ours = 'Onze school';
    expect(reference!.ours).toBe(ours);
    expect(reference!.components.map((c) => c.component)).toEqual([...new Set(rows.map((r) => r[0]))]);
    for (const c of reference!.components) {
      const own = rows.find((r) => r[0] === c.component && r[1] === ours)![2];
      expect(c.rows.map((r) => r.group)).toEqual(rows.filter((r) => r[0] === c.component).map((r) => r[1]).sort((a, b) => Number(b === ours) - Number(a === ours)));
      for (const r of c.rows) {
        const [, , mean, n] = rows.find((x) => x[0] === c.component && x[1] === r.group)!;
        close(r.mean, mean);
        expect(r.n).toBe(n);
        if (r.group !== ours) close(r.difference, own - mean);
      }
    }
  });
});

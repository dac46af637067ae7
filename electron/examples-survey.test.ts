import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli';
import { expected as readExpected, samplePath } from './engine/import/testing/samples';
import type { AnalysisReport } from './engine/recipe/run-file';

/**
 * The skill–will example run as a datateam runs it (`cli analyse`) on the sample school's raw
 * exports — two surveys and the lesson observations, through import — checked to 3 decimals
 * against expected.json (computed independently).
 */

const SKILL_WILL = fileURLToPath(new URL('../examples/skill-will/skill-will.analysis.json', import.meta.url));

interface ExpectedItem {
  layer: string;
  n: number;
  mean: number;
  sd: number;
  red_flag: boolean;
}
interface ExpectedElement {
  bouwsteen: string;
  n: number;
  mean: number;
  sd: number;
  red_flag: boolean;
  share_per_level: Record<string, number>;
}
interface Expected {
  survey_items: Record<string, ExpectedItem>;
  survey_items_eind: Record<string, ExpectedItem>;
  skill_will: { skill_mean_of_item_means: number; will_mean_of_item_means: number };
  skill_will_eind: { skill_mean_of_item_means: number; will_mean_of_item_means: number };
  observations: { by_element: Record<string, ExpectedElement>; by_bouwsteen: Record<string, number> };
}
const expected = readExpected() as unknown as Expected;

/** Equal to 3 decimals as expected.json rounds them (half to even: 3.3125 is written 3.312). */
function near(got: number | null | undefined, want: number, what: string, tolerance = 0.0005): void {
  expect(got, what).not.toBeNull();
  expect(Math.abs(got! - want), `${what}: ${got} against ${want}`).toBeLessThanOrEqual(tolerance + 1e-9);
}

async function analyse(file: string): Promise<NonNullable<AnalysisReport['survey']>> {
  const io = { out: '', err: '' };
  const code = await runCli(
    [
      'analyse',
      file,
      '--source',
      `enquete=${samplePath('enquete-team.xlsx')}`,
      '--source',
      `enquete_eind=${samplePath('enquete-team-juni.xlsx')}`,
      '--source',
      `observaties=${samplePath('lesobservaties.csv')}`,
    ],
    { stdout: (t) => void (io.out += t), stderr: (t) => void (io.err += t) },
  );
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return (JSON.parse(io.out) as AnalysisReport).survey!;
}

describe('the skill–will example on the sample school', () => {
  it('gives the same figures with the answers kept as labels, and then counts Weet niet apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbank-survey-'));
    try {
      const file = JSON.parse(readFileSync(SKILL_WILL, 'utf8')) as { recipe: { sources: { name: string; options: Record<string, unknown> }[] } };
      for (const source of file.recipe.sources) if (source.name.startsWith('enquete')) source.options = { profileId: 'builtin-survey-labels' };
      const copy = join(dir, 'skill-will.analysis.json');
      writeFileSync(copy, JSON.stringify(file));
      const [labels, numbers] = [await analyse(copy), await analyse(SKILL_WILL)];
      for (const [code, item] of Object.entries(numbers.items)) {
        for (const [moment, figures] of Object.entries(item.moments)) {
          const other = labels.items[code]!.moments[moment]!;
          expect({ n: other.n, mean: other.mean, sd: other.sd, counts: other.counts }, `${moment} ${code}`).toEqual({ n: figures.n, mean: figures.mean, sd: figures.sd, counts: figures.counts });
          expect(other.dontKnowApart).toBe(true);
          expect(figures.dontKnowApart).toBe(false);
          // Every respondent is a score, a don't-know, an empty answer or an unknown one.
          expect(other.n + other.dontKnow + other.empty + other.unknown).toBe(labels.axes[moment]!.respondents);
        }
      }
      expect(labels.warnings.map((w) => w.code)).not.toContain('engine.survey.dontKnowAsEmpty');
      expect(numbers.warnings.map((w) => w.code)).toContain('engine.survey.dontKnowAsEmpty');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives every item, axis mean and observation element of expected.json, from the raw files', async () => {
    const survey = await analyse(SKILL_WILL);
    expect(survey.proposed).toBe(true);

    for (const [key, moment] of [['survey_items', 'nulmeting'], ['survey_items_eind', 'eindmeting']] as const) {
      expect(Object.keys(survey.items).sort()).toEqual(Object.keys(expected[key]).sort());
      for (const [code, want] of Object.entries(expected[key])) {
        const item = survey.items[code]!;
        const got = item.moments[moment]!;
        const what = `${moment} ${code}`;
        expect({ layer: item.layer, n: got.n, red_flag: got.flagged }, what).toEqual({ layer: want.layer, n: want.n, red_flag: want.red_flag });
        near(got.mean, want.mean, `${what} mean`);
        near(got.sd, want.sd, `${what} sd`);
        // Answers per label add up to n: nothing counted twice or lost.
        expect(got.counts.reduce((a, b) => a + b, 0)).toBe(got.n);
      }
    }
    for (const [key, moment] of [['skill_will', 'nulmeting'], ['skill_will_eind', 'eindmeting']] as const) {
      near(survey.axes[moment]!.skill, expected[key].skill_mean_of_item_means, `${moment} skill`);
      near(survey.axes[moment]!.will, expected[key].will_mean_of_item_means, `${moment} will`);
    }
    // Skill above the bridge (3.0), will under it at both moments.
    expect(survey.axes.nulmeting!.quadrant).toBe('highSkillLowWill');

    const obs = survey.observations!;
    expect(Object.keys(obs.elements).sort()).toEqual(Object.keys(expected.observations.by_element).sort());
    for (const [name, want] of Object.entries(expected.observations.by_element)) {
      const got = obs.elements[name]!;
      expect({ bouwsteen: got.block, n: got.n, red_flag: got.flagged }, name).toEqual({ bouwsteen: want.bouwsteen, n: want.n, red_flag: want.red_flag });
      near(got.mean, want.mean, `${name} mean`);
      near(got.sd, want.sd, `${name} sd`);
      [1, 2, 3, 4, 5].forEach((level, i) => near(got.shares[i], want.share_per_level[String(level)]!, `${name} level ${level}`));
      // The sum of two values rounded to 3 decimals: within twice the rounding.
      near(got.highShare, want.share_per_level['4']! + want.share_per_level['5']!, `${name} 4–5`, 0.001);
    }
    for (const [block, mean] of Object.entries(expected.observations.by_bouwsteen)) near(obs.blocks[block]!.mean, mean, block);
  });
});

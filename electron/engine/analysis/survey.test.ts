import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guessCodebook } from '../../../shared/model/analysis/survey-guess';
import { type SurveyAnalysis, SurveyAnalysis as SurveyAnalysisSchema } from '../../../shared/model/analysis/survey';
import { type Recipe, RECIPE_VERSION } from '../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { Session } from '../db/session';
import { Project } from '../project/project';

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1));

/** A survey table: an id, a department, and answers as the forms tool writes them. */
async function surveyProject(columns: ColumnInfo[], rows: Cell[][]): Promise<{ ws: Project; recipe: Recipe }> {
  const ws = new Project(session, 'enquête');
  const source = await ws.addRows({ format: 'csv', columns, rows }, { fileName: 'enquete.csv', fileHash: 'e', options: {} });
  return { ws, recipe: { version: RECIPE_VERSION, base: source.id, steps: [] } };
}

const text = (name: string): ColumnInfo => ({ name, type: 'text' });

describe('survey items', () => {
  it('scores labels without regard to case or spaces, counts Weet niet, empty and unknown answers apart, turns a reverse-coded item', async () => {
    const answers = [
      ['Helemaal eens', 'oneens', 'Weet niet', null, 'Eens', 'A'],
      [' eens ', 'ONEENS', 'Weet niet', null, 'Eens', 'A'],
      ['Neutraal', 'Helemaal oneens', 'weet niet', null, 'Eens', 'A'],
      ['Eens', 'Eens', 'Weet niet', null, 'Eens', 'B'],
      ['Misschien', '', 'Weet niet', null, 'Eens', 'B'],
    ];
    const { ws, recipe } = await surveyProject(
      [text('IK1. Ik geef erkenning'), text('OV1. Er is ruimte voor meningsverschil (R)'), text('PC1. We observeren elkaar'), text('PC2. Niemand antwoordde'), text('WIJ1. Wij geven erkenning'), text('Vakgroep')],
      answers,
    );
    const analysis = SurveyAnalysisSchema.parse({ kind: 'survey', moments: [{ label: 'nul', recipe }], groupBy: 'Vakgroep', minGroup: 3 });
    const result = await ws.survey(analysis);
    expect(result.proposed).toBe(true);
    const item = (code: string) => result.moments[0]!.items.find((i) => i.code === code)!;

    // IK1: 5, 4, 3, 4 and one answer the scale does not know.
    expect(item('IK1')).toMatchObject({ n: 4, counts: [0, 0, 1, 2, 1], dontKnow: 0, empty: 0, unknown: 1, dontKnowApart: true });
    expect(item('IK1').mean).toBeCloseTo(mean([5, 4, 3, 4]), 12);
    expect(item('IK1').sd).toBeCloseTo(sd([5, 4, 3, 4]), 12);
    // OV1 is reverse-coded (the header says so): oneens 2 → 4, helemaal oneens 1 → 5, eens 4 → 2.
    expect(item('OV1').reverse).toBe(true);
    expect(item('OV1')).toMatchObject({ n: 4, empty: 1, counts: [0, 1, 0, 2, 1] });
    expect(item('OV1').mean).toBeCloseTo(mean([4, 4, 5, 2]), 12);
    // Everyone answered Weet niet: no score, counted apart, never a mean.
    expect(item('PC1')).toMatchObject({ n: 0, mean: null, sd: null, dontKnow: 5, flagged: false });
    // Nobody answered.
    expect(item('PC2')).toMatchObject({ n: 0, mean: null, sd: null, empty: 5, flagged: false });
    // All answers equal: SD 0, flagged neither for the mean (4) nor the spread.
    expect(item('WIJ1')).toMatchObject({ n: 5, mean: 4, sd: 0, flagged: false, reasons: [] });

    // The axes: the mean of the item means that exist (skill: IK1 and WIJ1; will: OV1 only).
    expect(result.moments[0]!.skill.meanOfItemMeans).toBeCloseTo((mean([5, 4, 3, 4]) + 4) / 2, 12);
    expect(result.moments[0]!.will).toEqual({ meanOfItemMeans: mean([4, 4, 5, 2]), items: 1 });
    // Department B has 2 respondents, under k = 3: not shown, its size neither.
    expect(result.moments[0]!.groups).toEqual([
      expect.objectContaining({ key: 'A', respondents: 3, suppressed: false }),
      { key: 'B', respondents: null, suppressed: true, skill: null, will: null },
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(['engine.survey.unknownAnswers', 'engine.survey.groupsSuppressed']);
    expect(JSON.stringify(result)).not.toContain('Misschien');
    await ws.dispose();
  });

  it('scores the agreement scale in the wordings forms use (akkoord, volledig, English) and options after their own number', async () => {
    // Per row: the answer as written and the point it is (written out here, not from the scale).
    const answers: [string, number | null][] = [
      ['Helemaal niet akkoord', 1],
      ['Niet  akkoord', 2],
      ['Noch eens, noch oneens', 3],
      ['Akkoord', 4],
      ['Volledig eens', 5],
      ['Strongly agree', 5],
      ['2 - Oneens', 2],
      ['4. Eens', 4],
      ['3 - Eens', null],
    ];
    const { ws, recipe } = await surveyProject([text('IK1. Ik geef erkenning')], answers.map(([a]) => [a]));
    const result = await ws.survey(SurveyAnalysisSchema.parse({ kind: 'survey', moments: [{ label: 'nul', recipe }] }));
    const points = answers.flatMap(([, p]) => (p === null ? [] : [p]));
    const item = result.moments[0]!.items[0]!;
    expect(item).toMatchObject({ n: points.length, unknown: 1, counts: [1, 2, 1, 2, 2] });
    expect(item.mean).toBeCloseTo(mean(points), 12);
    expect(item.sd).toBeCloseTo(sd(points), 12);
    await ws.dispose();
  });

  it('flags a mean under the threshold and a spread at or over it, with the settings given', async () => {
    const rows = [[1], [2], [3], [4], [5]].map(([v]) => [v]);
    const { ws, recipe } = await surveyProject([{ name: 'IK1. Spreiding', type: 'integer' }], rows);
    const base = { kind: 'survey' as const, moments: [{ label: 'nul', recipe }] };
    const one = await ws.survey(SurveyAnalysisSchema.parse(base));
    // Mean 3 (not under 3.0), SD 1.58 (≥ 0.8): flagged for the spread only.
    expect(one.moments[0]!.items[0]).toMatchObject({ mean: 3, flagged: true, reasons: ['sd'], dontKnowApart: false });
    const strict = await ws.survey(SurveyAnalysisSchema.parse({ ...base, flag: { meanBelow: 3.5, sdAtLeast: 2 } }));
    expect(strict.moments[0]!.items[0]!.reasons).toEqual(['mean']);
    expect(one.warnings.map((w) => w.code)).toEqual(['engine.survey.dontKnowAsEmpty']);
    await ws.dispose();
  });

  it('refuses a table without a single coded question, saying how to go on', async () => {
    const { ws, recipe } = await surveyProject([text('Naam'), text('Opmerking')], [['a', 'b']]);
    const analysis: SurveyAnalysis = SurveyAnalysisSchema.parse({ kind: 'survey', moments: [{ label: 'nul', recipe }] });
    await expect(ws.survey(analysis)).rejects.toMatchObject({ code: 'errors.survey.noItems' });
    await ws.dispose();
  });
});

describe('the codebook proposed from headers', () => {
  it('reads codes written in several ways, knows the four layers and links self, team and an observation element', () => {
    const columns: ColumnInfo[] = [
      { name: 'ID', type: 'integer' },
      text('IK 1 - Ik geef leerlingen erkenning en waardering'),
      text('wij1: Wij geven leerlingen erkenning en waardering'),
      text('IK2) Ik transformeer negatieve kantelmomenten'),
      { name: 'OV3. Er is tijd voor reflectie', type: 'integer' },
      text('PC1 Gemeenschappelijke afspraken'),
      text('XY4. Iets anders'),
      text('Vakgroep'),
      { name: 'IK9. Een datum', type: 'date' },
    ];
    const codebook = guessCodebook(columns, ['Erkennen en waarderen', 'Positieve kantelmomenten organiseren', 'Negatieve kantelmomenten transformeren'])!;
    expect(codebook.items.map((i) => [i.code, i.layer, i.axis])).toEqual([
      ['IK1', 'Ik als professional', 'skill'],
      ['WIJ1', 'Wij als team', 'skill'],
      ['IK2', 'Ik als professional', 'skill'],
      ['OV3', 'Onze overlegmomenten', 'will'],
      ['PC1', 'Onze professionele codes', 'will'],
      ['XY4', 'XY', null],
    ]);
    expect(codebook.items.find((i) => i.code === 'WIJ1')!.link).toBe('IK1');
    expect(codebook.elementLinks).toEqual({ 'Erkennen en waarderen': 'IK1', 'Negatieve kantelmomenten transformeren': 'IK2' });
    expect(guessCodebook([text('Naam')])).toBeNull();
  });
});

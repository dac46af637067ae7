import { describe, expect, it } from 'vitest';
import type { SourceInfo } from '../../../../shared/model/source';
import type { ColumnInfo } from '../../../../shared/model/table';
import { analysisOf, draftOf, guessSurveyDraft, type SurveyDraft } from './surveyDraft';

const names = { first: 'nulmeting', last: 'eindmeting', nth: (n: number) => `meting ${n}` };
const int = (name: string): ColumnInfo => ({ name, type: 'integer' });
const text = (name: string): ColumnInfo => ({ name, type: 'text' });

function source(id: string, name: string, columns: ColumnInfo[]): SourceInfo {
  return { id, name, fileName: `${name}.xlsx`, fileHash: id, format: 'xlsx', options: {}, sheet: null, headerRow: 1, columns, rowCount: 18, warnings: [], importedAt: '' } as SourceInfo;
}

const surveyColumns = [int('ID'), int('IK1. Ik geef leerlingen erkenning en waardering'), int('WIJ1. Wij geven leerlingen erkenning'), int('OV1. Er is ruimte voor meningsverschil')];
const june = source('s2', 'enquete-team-juni', surveyColumns);
const september = source('s1', 'enquete-team', surveyColumns);
const observations = source('s3', 'lesobservaties', [text('Leraar'), text('Datum'), text('Bouwsteen'), text('Element'), int('Score')]);
const pupils = source('s4', 'lvs-leerlingen', [text('Stamboeknummer'), text('Klas')]);

describe('the survey form proposed from the sources', () => {
  it('takes every table with coded headers as a moment (the June one last) and the table of elements and scores as the observations', () => {
    const { draft, guessed } = guessSurveyDraft([june, pupils, observations, september], names);
    expect(guessed).toBe(true);
    expect(draft.moments.map((m) => [m.label, m.source])).toEqual([
      ['nulmeting', 's1'],
      ['eindmeting', 's2'],
    ]);
    expect(draft.observations).toMatchObject({ source: 's3', element: 'Element', block: 'Bouwsteen', score: 'Score', teacher: 'Leraar', teacherLevel: false });
    expect(draft).toMatchObject({ meanBelow: 3, sdAtLeast: 0.8, minGroup: 5, bridge: 3, codebook: null, groupBy: '' });
  });

  it('starts nearly empty without a survey', () => {
    const { draft, guessed } = guessSurveyDraft([pupils], names);
    expect(guessed).toBe(false);
    expect(draft.moments).toEqual([expect.objectContaining({ label: 'nulmeting', source: '' })]);
    expect(draft.observations.source).toBe('');
  });
});

describe('the survey analysis of the form', () => {
  const { draft } = guessSurveyDraft([september, june, observations], names);

  it('gives each moment its own source’s table, the observations theirs, and the self-placement where both numbers are given', () => {
    const withSelf: SurveyDraft = { ...draft, moments: [{ ...draft.moments[0]!, selfSkill: 3.5, selfWill: 3 }, draft.moments[1]!] };
    const out = analysisOf(withSelf);
    if (!('analysis' in out)) throw new Error(out.problem.code);
    const a = out.analysis;
    expect(a.moments).toEqual([
      { label: 'nulmeting', recipe: { version: 3, base: 's1', steps: [] } },
      { label: 'eindmeting', recipe: { version: 3, base: 's2', steps: [] } },
    ]);
    expect(a.observations).toEqual({ recipe: { version: 3, base: 's3', steps: [] }, element: 'Element', block: 'Bouwsteen', score: 'Score', teacher: 'Leraar', teacherLevel: false });
    expect(a.selfPlacement).toEqual([{ moment: 'nulmeting', skill: 3.5, will: 3 }]);
    expect(a.codebook).toBeNull();
    expect(a.flag).toEqual({ meanBelow: 3, sdAtLeast: 0.8 });
    // And back: the form of a saved analysis gives the same analysis.
    expect(analysisOf(draftOf(a))).toEqual({ analysis: a });
  });

  it('says what to fix first', () => {
    const problem = (d: SurveyDraft) => ('problem' in analysisOf(d) ? (analysisOf(d) as { problem: { code: string } }).problem.code : null);
    const m = draft.moments;
    expect(problem({ ...draft, moments: [{ ...m[0]!, label: ' ' }] })).toBe('ui.survey.problems.label');
    expect(problem({ ...draft, moments: [m[0]!, { ...m[1]!, label: 'Nulmeting' }] })).toBe('ui.survey.problems.labelTwice');
    expect(problem({ ...draft, moments: [{ ...m[0]!, source: '' }] })).toBe('ui.survey.problems.source');
    expect(problem({ ...draft, moments: [{ ...m[0]!, selfSkill: 4 }] })).toBe('ui.survey.problems.selfPlacement');
    expect(problem({ ...draft, moments: [{ ...m[0]!, selfSkill: 4, selfWill: 6 }] })).toBe('ui.survey.problems.selfPlacement');
    expect(problem({ ...draft, observations: { ...draft.observations, score: '' } })).toBe('ui.survey.problems.observationColumns');
    expect(problem({ ...draft, sdAtLeast: 0 })).toBe('ui.survey.problems.thresholds');
    expect(problem({ ...draft, minGroup: 2.5 })).toBe('ui.survey.problems.minGroup');
    expect(problem({ ...draft, moments: [] })).toBe('ui.survey.problems.moments');
    expect(problem({ ...draft, codebook: { items: [], scale: { labels: ['a', 'b'], dontKnow: [] }, elementLinks: {} } })).toBe('ui.survey.problems.codebook');
    // No observations at all is fine.
    expect(problem({ ...draft, observations: { ...draft.observations, source: '' } })).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MatchStep, type MatchStepDraft, type Recipe, RECIPE_VERSION } from '../../../../shared/model/recipe';
import type { Cell } from '../../../../shared/model/table';
import { createEngine, type Engine } from '../../api';
import { HIDDEN_PREFIX } from '../../db/reserved';
import { Session } from '../../db/session';
import { duckType } from '../../db/sql';
import { rowsTable } from '../../project/demo';
import { Project } from '../../project/project';
import { apiCaller } from '../../testing/api-caller';
import { withCtes } from '../compile';

/** The sample school beside the repository, with figures computed independently (pandas). */
const SAMPLES = fileURLToPath(new URL('../../../../../shared/samples/', import.meta.url));
const expected = JSON.parse(readFileSync(join(SAMPLES, 'expected.json'), 'utf8')) as {
  juni: { rows: number };
  join: { lvs_x_juni: { in_juni: number; left_school: number; matched: number; juni_without_student: number } };
  pupil_scores: Record<string, { klas: string; sept: number | null; juni: number | null }>;
};

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ shell: 'browser', version: 'test' });
});
afterAll(() => engine.close());
const { ok } = apiCaller(() => engine);

/** A name as a person reads it: accents, case and spacing aside (written here, not taken from the engine). */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

const matchStep = (id: string, fields: Omit<MatchStepDraft, 'kind' | 'how' | 'decisions' | 'scoreColumn'> & Partial<MatchStepDraft>): MatchStep => ({
  id,
  kind: 'matchNames',
  how: 'left',
  decisions: [],
  scoreColumn: null,
  ...fields,
});

async function rowsOf(recipe: Recipe, columns: string[]): Promise<Record<string, Cell>[]> {
  const page = await ok('table.page', { recipe, offset: 0, limit: 1000 });
  const index = columns.map((c) => page.columns.findIndex((x) => x.name === c));
  expect(index.every((i) => i >= 0)).toBe(true);
  return page.rows.map((r) => Object.fromEntries(columns.map((c, k) => [c, r[index[k]!]!])));
}

describe('matching the sample school by name', () => {
  it('matches every June row to the right pupil, none wrongly, and leaves the pupils who left unmatched', async () => {
    await ok('project.new');
    await ok('source.import', { fileId: engine.files.register(join(SAMPLES, 'lvs-leerlingen.xlsx')).fileId });
    await ok('source.import', { fileId: engine.files.register(join(SAMPLES, 'toets-wiskunde-juni.xlsx')).fileId });
    const base: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [] };

    // The dialog's proposal: first and last name apart on the list, `Voornaam Naam` in June, the class on both.
    const guess = await ok('match.guess', { recipe: base, right: 's2' });
    expect(guess).toEqual({
      leftName: { kind: 'split', first: 'Voornaam', last: 'Naam' },
      rightName: { kind: 'full', column: 'Leerling', order: 'firstLast' },
      support: [{ left: 'Klas', right: 'Klas', kind: 'class' }],
    });
    const recipe: Recipe = { ...base, steps: [matchStep('step1', { right: 's2', leftName: guess.leftName!, rightName: guess.rightName!, support: guess.support })] };
    const state = await ok('recipe.set', { recipe });
    const figures = expected.join.lvs_x_juni;
    expect(state.result!.steps[0]!.match).toMatchObject({
      rightRows: figures.in_juni,
      acceptedAuto: figures.matched,
      acceptedByUser: 0,
      reviewPairs: 0,
      unmatchedRight: figures.juni_without_student,
      unmatchedLeft: figures.left_school,
    });

    // The truth, independently: each June row's pupil is the one of that class whose first and last
    // name read the same (the sample is made so that exactly one does).
    const lvs = await rowsOf(base, ['Stamboeknummer', 'Voornaam', 'Naam', 'Klas']);
    const juni = await rowsOf({ ...base, base: 's2' }, ['Leerling', 'Klas', 'Score']);
    const truth = new Map<string, string>();
    for (const j of juni) {
      const ids = new Set(lvs.filter((p) => fold(`${p.Voornaam} ${p.Naam}`) === fold(String(j.Leerling)) && p.Klas === j.Klas).map((p) => String(p.Stamboeknummer)));
      expect([j.Leerling, ids.size]).toEqual([j.Leerling, 1]);
      truth.set(String(j.Leerling), [...ids][0]!);
    }

    const result = await rowsOf(recipe, ['Stamboeknummer', 'Leerling', 'Score']);
    expect(result).toHaveLength(lvs.length);
    const matchedJune = new Set<string>();
    const unmatchedPupils = new Set<string>();
    for (const row of result) {
      const id = String(row.Stamboeknummer);
      expect([id, row.Score]).toEqual([id, expected.pupil_scores[id]!.juni]);
      if (row.Leerling === null) unmatchedPupils.add(id);
      else {
        expect([row.Leerling, id]).toEqual([row.Leerling, truth.get(String(row.Leerling))]);
        matchedJune.add(String(row.Leerling));
      }
    }
    expect(matchedJune.size).toBe(figures.matched);
    expect(unmatchedPupils.size).toBe(figures.left_school);
    expect([...unmatchedPupils].every((id) => expected.pupil_scores[id]!.juni === null)).toBe(true);

    // Nora Desmet and Nora De Smet share class 2D: folded alike, but each keeps her own June row.
    const nora = result.filter((r) => String(r.Leerling).startsWith('Nora De'));
    expect(nora.map((r) => r.Leerling).sort()).toEqual(['Nora De Smet', 'Nora Desmet']);

    // The review list explains each accepted pair: `Zoe Willems` is Zoë Willems, equal once accents go.
    const accepted = await ok('match.candidates', { recipe, step: recipe.steps[0] as MatchStep, bands: ['accepted'], limit: 500 });
    expect(accepted.total).toBe(figures.matched);
    const zoe = accepted.candidates.find((c) => c.right.name === 'Zoe Willems')!;
    expect(zoe.left).toMatchObject({ name: 'Zoë Willems', first: 'Zoë', last: 'Willems' });
    expect(zoe.evidence.find((e) => e.field === 'name')).toMatchObject({ level: 'exact', leftNormal: 'willems zoe', rightNormal: 'willems zoe', similarity: 1 });
    expect(zoe.evidence.find((e) => e.field === 'class')).toMatchObject({ level: 'agree', left: '2E', right: '2E' });
    expect(zoe.evidence.reduce((sum, e) => sum + e.weight, 0)).toBeCloseTo(zoe.total, 9);
    expect(zoe.right).toMatchObject({ first: 'Zoe', last: 'Willems', key: { name: 'willems zoe', fields: { Klas: '2e' } } });
  });
});

/** Tables held in memory as CSV uploads, so a refresh can bring a new version of a file. */
const csv = (header: string[], rows: Cell[][]) =>
  strToU8(`${header.join(';')}\r\n${rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(';')).join('\r\n')}\r\n`);
const upload = async (name: string, header: string[], rows: Cell[][]) => (await ok('file.upload', { name, data: csv(header, rows) })).fileId;

const LIST = ['Nr', 'Naam', 'Voornaam', 'Klas'];
const TEST = ['Leerling', 'Klas', 'Score'];

describe('decisions of the review list', () => {
  it('are stored by content and survive a refresh of both files', async () => {
    await ok('project.new');
    const pupils: Cell[][] = [
      ['1', 'Peeters', 'Lars', '2A'],
      ['2', 'Peeters', 'Lars', '2B'],
      ['3', 'Van den Broeck', 'Marie', '2B'],
      ['4', 'Janssens', 'Lukas', '2C'],
      ['5', 'Maes', 'Zoë', '2A'],
      ['6', 'Claes', 'Nora', '2C'],
    ];
    // Lars Peeters moved to 2C: both pupils named so are as likely; `Lukas Janssen` of another
    // grade may be a typo for Lukas Janssens.
    const june: Cell[][] = [
      ['Lars Peeters', '2C', 30],
      ['Marie Vandenbroeck', '2B', 40],
      ['Lukas Janssen', '3A', 25],
      ['Zoe Maes', '2A', 20],
      ['Nora Claes', '2C', 33],
    ];
    await ok('source.import', { fileId: await upload('lijst.csv', LIST, pupils) });
    await ok('source.import', { fileId: await upload('juni.csv', TEST, june) });
    const step = matchStep('koppel', {
      right: 's2',
      leftName: { kind: 'split', first: 'Voornaam', last: 'Naam' },
      rightName: { kind: 'full', column: 'Leerling', order: 'auto' },
      support: [{ left: 'Klas', right: 'Klas', kind: 'class' }],
      scoreColumn: 'Koppelscore',
    });
    const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [step] };
    await ok('recipe.set', { recipe });

    const review = await ok('match.candidates', { recipe, step });
    const lars = review.candidates.filter((c) => c.right.name === 'Lars Peeters').sort((a, b) => a.left.key.fields.Klas!.localeCompare(b.left.key.fields.Klas!));
    expect(lars.map((c) => c.left.key)).toEqual([
      { name: 'lars peeters', fields: { Klas: '2a' } },
      { name: 'lars peeters', fields: { Klas: '2b' } },
    ]);
    expect(lars.every((c) => c.band === 'review' && c.rivals === 1 && !c.mutualBest)).toBe(true);
    expect(lars[0]!.total).toBe(lars[1]!.total);
    const lukas = review.candidates.find((c) => c.right.name === 'Lukas Janssen');
    expect(lukas?.evidence[0]).toMatchObject({ field: 'name', level: 'typo' });

    // The user picks Lars of 2B, and says Lukas Janssen is not Lukas Janssens.
    const decided: MatchStep = {
      ...step,
      decisions: [
        { left: lars[1]!.left.key, right: lars[1]!.right.key, verdict: 'accept' },
        { left: lukas!.left.key, right: lukas!.right.key, verdict: 'reject' },
      ],
    };
    const withDecisions: Recipe = { ...recipe, steps: [decided] };
    const pairsOf = async (r: Recipe) =>
      (await rowsOf(r, ['Nr', 'Leerling', 'Score'])).filter((x) => x.Leerling !== null).map((x) => [String(x.Nr), x.Leerling, x.Score]);
    const state = await ok('recipe.set', { recipe: withDecisions });
    expect(state.result!.steps[0]!.match).toMatchObject({ acceptedByUser: 1, reviewPairs: 0, decisionsApplied: 2, decisionsNotApplied: 0 });
    const before = await pairsOf(withDecisions);
    expect(before).toContainEqual(['2', 'Lars Peeters', 30]);
    expect(before.find((p) => p[0] === '1' || p[0] === '4')).toBeUndefined();

    // New versions of both files: other row order, other scores, a pupil more on each side.
    await ok('source.refresh', { sourceId: 's1', fileId: await upload('lijst-2.csv', LIST, [['7', 'Wouters', 'Emma', '2A'], ...[...pupils].reverse()]) });
    const june2: Cell[][] = [['Emma Wouters', '2A', 12], ...june.map((r) => [r[0]!, r[1]!, (r[2] as number) + 1]).reverse()];
    const refreshed = await ok('source.refresh', { sourceId: 's2', fileId: await upload('juni-2.csv', TEST, june2) });
    expect(refreshed.recipe).toEqual(withDecisions);
    expect(refreshed.result!.steps[0]!.match).toMatchObject({ acceptedByUser: 1, decisionsApplied: 2, decisionsNotApplied: 0, reviewPairs: 0 });
    const after = await pairsOf(withDecisions);
    expect(after).toContainEqual(['2', 'Lars Peeters', 31]);
    expect(after.find((p) => p[0] === '1' || p[0] === '4')).toBeUndefined();
    expect(after).toContainEqual(['7', 'Emma Wouters', 12]);

    // A file where Lars Peeters is gone: the decision finds nothing, and says so.
    const gone = await ok('source.refresh', { sourceId: 's2', fileId: await upload('juni-3.csv', TEST, june2.filter((r) => r[0] !== 'Lars Peeters')) });
    expect(gone.result!.steps[0]!.match).toMatchObject({ decisionsApplied: 1, decisionsNotApplied: 1 });
    expect(gone.result!.steps[0]!.warnings.map((w) => w.code)).toContain('engine.match.staleDecisions');
  });

  it('name namesakes in the same class by every column, so a decision picks one of them', async () => {
    await ok('project.new');
    await ok('source.import', { fileId: await upload('lijst.csv', LIST, [['1', 'Peeters', 'Lars', '2A'], ['2', 'Peeters', 'Lars', '2A']]) });
    await ok('source.import', { fileId: await upload('juni.csv', TEST, [['Lars Peeters', '2A', 30]]) });
    const step = matchStep('koppel', {
      right: 's2',
      leftName: { kind: 'split', first: 'Voornaam', last: 'Naam' },
      rightName: { kind: 'full', column: 'Leerling', order: 'auto' },
      support: [{ left: 'Klas', right: 'Klas', kind: 'class' }],
    });
    const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [step] };
    const review = await ok('match.candidates', { recipe, step });
    review.candidates.sort((a, b) => a.left.key.fields.Nr!.localeCompare(b.left.key.fields.Nr!));
    expect(review.candidates.map((c) => c.left.key)).toEqual([
      { name: 'lars peeters', fields: { Nr: '1', Naam: 'peeters', Voornaam: 'lars', Klas: '2a' } },
      { name: 'lars peeters', fields: { Nr: '2', Naam: 'peeters', Voornaam: 'lars', Klas: '2a' } },
    ]);
    const picked = review.candidates[1]!;
    const decided: Recipe = { ...recipe, steps: [{ ...step, decisions: [{ left: picked.left.key, right: picked.right.key, verdict: 'accept' }] }] };
    expect((await rowsOf(decided, ['Nr', 'Score'])).map((r) => [String(r.Nr), r.Score])).toEqual([
      ['1', null],
      ['2', 30],
    ]);
  });
});

describe('name matching', () => {
  it('tells namesakes apart by class, and by birth date within a class; without either they wait for review', async () => {
    await ok('project.new');
    const list: Cell[][] = [
      ['1', 'Peeters', 'Lars', '2A', '2012-03-04'],
      ['2', 'Peeters', 'Lars', '2B', '2012-11-20'],
      ['3', 'Maes', 'Emma', '3A', '2011-02-03'],
      ['4', 'Maes', 'Emma', '3A', '2011-09-11'],
    ];
    const test: Cell[][] = [
      ['PEETERS, Lars', '2B', '20/11/2012', 21],
      ['Lars Peeters', '2A', '04/03/2012', 22],
      ['Emma Maes', '3A', '11/09/2011', 23],
      ['Maes Emma', '3A', '03/02/2011', 24],
    ];
    await ok('source.import', { fileId: await upload('lijst.csv', [...LIST, 'Geboortedatum'], list) });
    await ok('source.import', { fileId: await upload('toets.csv', ['Leerling', 'Klas', 'Geboren', 'Score'], test) });
    const fields = {
      right: 's2',
      leftName: { kind: 'split', first: 'Voornaam', last: 'Naam' },
      rightName: { kind: 'full', column: 'Leerling', order: 'auto' },
    } as const;
    const byClassAndDate = matchStep('koppel', { ...fields, support: [{ left: 'Klas', right: 'Klas', kind: 'class' }, { left: 'Geboortedatum', right: 'Geboren', kind: 'birthDate' }] });
    const r1: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [byClassAndDate] };
    expect((await rowsOf(r1, ['Nr', 'Score'])).map((r) => [String(r.Nr), r.Score])).toEqual([
      ['1', 22],
      ['2', 21],
      ['3', 24],
      ['4', 23],
    ]);

    // By class alone: the Peeters are told apart, the two Emmas of 3A are not.
    const byClass: Recipe = { ...r1, steps: [{ ...byClassAndDate, support: [{ left: 'Klas', right: 'Klas', kind: 'class' }] }] };
    const state = await ok('recipe.set', { recipe: byClass });
    expect(state.result!.steps[0]!.match).toMatchObject({ acceptedAuto: 2, reviewPairs: 4, ambiguousLeft: 2, ambiguousRight: 2 });
    expect((await rowsOf(byClass, ['Nr', 'Score'])).map((r) => [String(r.Nr), r.Score])).toEqual([
      ['1', 22],
      ['2', 21],
      ['3', null],
      ['4', null],
    ]);
    expect(state.result!.steps[0]!.warnings.map((w) => w.code)).toEqual(['engine.match.toReview']);
  });

  it('agrees on names in either order, in capitals, without accents, with other tussenvoegsels and stray spaces', async () => {
    await ok('project.new');
    const list: Cell[][] = [
      ['1', 'Van den Broeck', 'Marie', '2A'],
      ['2', 'Desmet', 'Nora', '2D'],
      ['3', 'De Smet', 'Nora', '2D'],
      ['4', 'Maes', 'Zoë', '2E'],
      ['5', "D'Hondt", 'Louise', '2C'],
      ['6', 'El Amrani', 'Noé', '2E'],
      ['7', 'Yılmaz', 'Ruben', '2B'],
      ['8', 'Vandenbroeck', 'Lukas', '2A'],
      ['9', 'Van de Velde', 'Febe', '2B'],
    ];
    const test: Cell[][] = [
      ['VANDEN BROECK, Marie', '2A', 1],
      ['  Nora   Desmet ', '2D', 2],
      ['De Smet Nora', '2 D', 3],
      ['Zoe MAES', '2e', 4],
      ['Louise Dhondt', '2C', 5],
      ['El-Amrani, Noe', '2E', 6],
      ['Ruben Yilmaz', '2B', 7],
      ['Lukas Van den Broeck', '2A', 8],
      ['Velde, Febe van de', '2B', 9],
    ];
    await ok('source.import', { fileId: await upload('lijst.csv', LIST, list) });
    await ok('source.import', { fileId: await upload('toets.csv', TEST, test) });
    const step = matchStep('koppel', {
      right: 's2',
      leftName: { kind: 'split', first: 'Voornaam', last: 'Naam' },
      rightName: { kind: 'full', column: 'Leerling', order: 'lastFirst' },
      support: [{ left: 'Klas', right: 'Klas', kind: 'class' }],
    });
    const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [step] };
    expect((await rowsOf(recipe, ['Nr', 'Score'])).map((r) => [String(r.Nr), r.Score])).toEqual(list.map((p) => [p[0], Number(p[0])]));
    const accepted = await ok('match.candidates', { recipe, step, bands: ['accepted'] });
    const level = (name: string) => accepted.candidates.find((c) => c.right.name === name)?.evidence[0]!.level;
    expect([level('VANDEN BROECK, Marie'), level('Nora   Desmet'), level('De Smet Nora'), level('Ruben Yilmaz'), level('Velde, Febe van de')]).toEqual([
      'folded',
      'exact',
      'exact',
      'exact',
      'exact',
    ]);
  });

  it('says its output columns without running SQL, and the SQL yields exactly those, its order columns hidden', async () => {
    const session = await Session.create();
    const project = new Project(session);
    try {
      const text = (name: string) => ({ name, type: 'text' as const });
      await project.addRows(rowsTable('csv', [text('Naam'), text('Voornaam'), text('Klas')], [['Maes', 'Zoë', '2A'], ['Claes', 'Nora', '2B']]), { fileName: 'lijst.csv', fileHash: 'l', options: {} });
      await project.addRows(rowsTable('csv', [text('Leerling'), text('Klas'), { name: 'Score', type: 'integer' }], [['Zoe Maes', '2A', 7]]), { fileName: 'toets.csv', fileHash: 't', options: {} });
      const step = matchStep('koppel', {
        right: 's2',
        how: 'inner',
        leftName: { kind: 'split', first: 'Voornaam', last: 'Naam' },
        rightName: { kind: 'full', column: 'Leerling', order: 'auto' },
        support: [{ left: 'Klas', right: 'Klas', kind: 'class' }],
        scoreColumn: 'Koppelscore',
      });
      const compiled = project.compile({ version: RECIPE_VERSION, base: 's1', steps: [step] });
      const last = compiled.steps[1]!;
      expect(last.columns.map((c) => c.name)).toEqual(['Naam', 'Voornaam', 'Klas', 'Leerling', 'Klas (toets)', 'Score', 'Koppelscore']);
      const select = withCtes(compiled, `SELECT * FROM ${last.cte}`);
      const described = await project.session.query({ sql: `DESCRIBE (${select.sql})`, params: select.params });
      const visible = described.rows.filter((r) => !String(r[0]).startsWith(HIDDEN_PREFIX)).map((r) => [r[0], r[1]]);
      expect(visible).toEqual(last.columns.map((c) => [c.name, duckType(c.type)]));
      expect(described.rows.filter((r) => String(r[0]).startsWith(HIDDEN_PREFIX)).map((r) => r[0])).toEqual(last.orderColumns);
      // `inner` keeps the matched rows only.
      const rows = await project.session.query(withCtes(compiled, `SELECT "Naam", "Score" FROM ${last.cte}`));
      expect(rows.rows).toEqual([['Maes', 7]]);
    } finally {
      await project.dispose();
      session.close();
    }
  });
});

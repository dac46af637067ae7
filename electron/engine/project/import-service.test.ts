import { readFile } from 'node:fs/promises';
import { strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '../../../shared/import/builtin-profiles';
import type { ProfileDraft } from '../../../shared/model/profile';
import type { Cell } from '../../../shared/model/table';
import { createEngine, type Engine } from '../api';
import { apiCaller } from '../testing/api-caller';
import * as realPipeline from '../import/index';
import type { SqlRunner } from '../import/stage/types';
import type { ImportPipeline } from './import-service';

/** A promise and its resolve, to hold work at a point the test chooses. */
function gate<T = void>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * The real pipeline, counting its calls and able to hold a call until the test lets it go
 * (the work is done, the result not yet handed back).
 */
function instrumented() {
  const calls = { stage: 0, analyse: 0, convert: 0, drop: 0 };
  const holds: { stage?: { reached: () => void; release: Promise<void> }; convert?: { reached: () => void; release: Promise<void> } } = {};
  let sql: SqlRunner | null = null;
  const pipeline: ImportPipeline = {
    ...realPipeline,
    async stageFile(request, context, runner) {
      calls.stage++;
      sql = runner;
      const hold = holds.stage;
      if (hold) {
        context.progress('reading', 0.4);
        hold.reached();
        await hold.release;
      }
      return realPipeline.stageFile(request, context, runner);
    },
    async analyse(...args) {
      calls.analyse++;
      return realPipeline.analyse(...(args as Parameters<typeof realPipeline.analyse>));
    },
    async convert(runner, staged, analysis, table, context) {
      calls.convert++;
      const out = await realPipeline.convert(runner, staged, analysis as realPipeline.Analysis, table, context);
      const hold = holds.convert;
      if (hold) {
        context?.progress('converting', 0.5);
        hold.reached();
        await hold.release;
      }
      return out;
    },
    async dropStaged(runner, staged) {
      calls.drop++;
      return realPipeline.dropStaged(runner, staged);
    },
  };
  /** Holds the next call of `stage` or `convert`; resolves `reached` once it is held. */
  const hold = (at: 'stage' | 'convert') => {
    const reached = gate();
    const release = gate();
    holds[at] = { reached: () => reached.open(), release: release.promise };
    return {
      reached: reached.promise,
      release: () => {
        delete holds[at];
        release.open();
      },
    };
  };
  const tables = async () => {
    const rows = await sql!.rows(`SELECT table_name FROM duckdb_tables() ORDER BY 1`);
    return rows.map((r) => String(r[0]));
  };
  return { pipeline, calls, hold, tables };
}

let engine: Engine;
afterEach(() => engine.close());

const { call, ok, failsWith } = apiCaller(() => engine);

/** A small gradebook-like CSV: pupil number, class, score. */
function scoresCsv(rows: Cell[][], header = 'Stamboeknummer;Klas;Score'): Uint8Array {
  return strToU8(`${header}\r\n${rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(';')).join('\r\n')}\r\n`);
}
const ROWS: Cell[][] = Array.from({ length: 40 }, (_, i) => [2024001 + i, `1${'ABCD'[i % 4]}`, (i * 7) % 41]);

async function upload(name: string, data: Uint8Array): Promise<string> {
  return (await ok('file.upload', { name, data: new Uint8Array(data) })).fileId;
}

describe('import jobs through the API', () => {
  it('answer job.progress at once while an import runs, then report it done', async () => {
    const t = instrumented();
    engine = await createEngine({ shell: 'browser', version: 'test', pipeline: t.pipeline });
    const fileId = await upload('toets.csv', scoresCsv(ROWS));
    const held = t.hold('convert');
    const importing = ok('source.import', { fileId, jobId: 'job-progress-1' });
    await held.reached;
    expect(await ok('job.progress', { jobId: 'job-progress-1' })).toEqual({
      jobId: 'job-progress-1',
      state: 'running',
      phase: 'converting',
      fraction: 0.5,
    });
    held.release();
    const state = await importing;
    expect(state.sources.map((s) => [s.name, s.rowCount])).toEqual([['toets', ROWS.length]]);
    expect(await ok('job.progress', { jobId: 'job-progress-1' })).toMatchObject({ state: 'done', fraction: 1 });
    expect(await ok('job.progress', { jobId: 'never-started' })).toEqual({ jobId: 'never-started', state: 'unknown', phase: '', fraction: null });
  });

  it('cancel an import that has converted its table: the project and DuckDB are left as they were', async () => {
    const t = instrumented();
    engine = await createEngine({ shell: 'browser', version: 'test', pipeline: t.pipeline });
    await ok('project.demo');
    const before = await ok('project.get');
    const pageBefore = await ok('table.page', { recipe: null, offset: 0, limit: 1000 });
    const fileId = await upload('toets.csv', scoresCsv(ROWS));
    await ok('import.preview', { fileId }); // stages the file
    const tablesBefore = await t.tables();

    const held = t.hold('convert');
    const importing = call('source.import', { fileId, jobId: 'job-cancel-01' });
    await held.reached;
    expect((await t.tables()).length).toBe(tablesBefore.length + 1); // the half-made source table
    expect(await ok('job.cancel', { jobId: 'job-cancel-01' })).toEqual({ cancelled: true });
    held.release();
    const result = await importing;
    expect(result.ok ? 'ok' : result.error.code).toBe('errors.import.cancelled');
    expect(await ok('job.progress', { jobId: 'job-cancel-01' })).toMatchObject({ state: 'cancelled' });
    expect(await ok('project.get')).toEqual(before);
    expect(await ok('table.page', { recipe: null, offset: 0, limit: 1000 })).toEqual(pageBefore);
    expect(await t.tables()).toEqual(tablesBefore);
    expect(await ok('job.cancel', { jobId: 'job-cancel-01' })).toEqual({ cancelled: false });
  });

  it('cancel while staging, and cancel a job still waiting behind another', async () => {
    const t = instrumented();
    engine = await createEngine({ shell: 'browser', version: 'test', pipeline: t.pipeline });
    const fileId = await upload('toets.csv', scoresCsv(ROWS));
    const held = t.hold('stage');
    const staging = call('import.preview', { fileId, jobId: 'job-staging-1' });
    await held.reached;
    expect(await ok('job.progress', { jobId: 'job-staging-1' })).toMatchObject({ state: 'running', phase: 'reading', fraction: 0.4 });
    // A second call waits behind the first; it is a job from the moment it arrives.
    const waiting = call('source.import', { fileId, jobId: 'job-waiting-1' });
    expect(await ok('job.progress', { jobId: 'job-waiting-1' })).toMatchObject({ state: 'running', phase: 'waiting' });
    expect(await ok('job.cancel', { jobId: 'job-waiting-1' })).toEqual({ cancelled: true });
    expect(await ok('job.cancel', { jobId: 'job-staging-1' })).toEqual({ cancelled: true });
    held.release();
    for (const result of [await staging, await waiting]) expect(result.ok ? 'ok' : result.error.code).toBe('errors.import.cancelled');
    expect(t.calls.stage).toBe(1); // the waiting import never started
    expect((await ok('project.get')).sources).toEqual([]);
    // A cancelled staging is not kept: the next preview stages afresh and works.
    const preview = await ok('import.preview', { fileId });
    expect(preview.inspect.rowCount).toBe(ROWS.length);
    expect(t.calls.stage).toBe(2);
  });

  it('refuse a job id that is already running', async () => {
    const t = instrumented();
    engine = await createEngine({ shell: 'browser', version: 'test', pipeline: t.pipeline });
    const fileId = await upload('toets.csv', scoresCsv(ROWS));
    const held = t.hold('stage');
    const first = call('import.preview', { fileId, jobId: 'job-twice-001' });
    await held.reached;
    await failsWith('import.preview', { fileId, jobId: 'job-twice-001' }, 'errors.job.busy');
    held.release();
    expect((await first).ok).toBe(true);
  });
});

describe('the stage cache', () => {
  it('stages a file once while the dialog changes options, and drops it on import, replace and close', async () => {
    const t = instrumented();
    engine = await createEngine({ shell: 'browser', version: 'test', pipeline: t.pipeline });
    const fileId = await upload('toets.csv', scoresCsv(ROWS));
    const first = await ok('import.preview', { fileId });
    expect(first.inspect.columns.map((c) => c.type)).toEqual(['integer', 'text', 'integer']);
    const retyped = await ok('import.preview', {
      fileId,
      options: { columns: [{ source: 'Stamboeknummer', type: 'identifier' }, { source: 'Score', type: 'decimal' }] },
    });
    expect(retyped.inspect.columns.map((c) => c.type)).toEqual(['identifier', 'text', 'decimal']);
    expect(retyped.rows[0]).toEqual([String(ROWS[0]![0]), ROWS[0]![1], ROWS[0]![2]]);
    await ok('import.preview', { fileId, options: { headerRow: 1 } });
    expect(t.calls.stage).toBe(1);
    // Another delimiter is another staging.
    await ok('import.preview', { fileId, options: { delimiter: ';' } });
    expect(t.calls.stage).toBe(2);
    // Importing with options previewed before reuses that analysis.
    const analyses = t.calls.analyse;
    await ok('source.import', { fileId });
    expect(t.calls.analyse).toBe(analyses);
    expect(t.calls.stage).toBe(2);
    expect(t.calls.drop).toBe(2); // both stagings of the imported file

    const other = await upload('ander.csv', scoresCsv(ROWS.slice(0, 5)));
    await ok('import.preview', { fileId: other });
    await ok('project.new');
    expect(t.calls.drop).toBe(3);
    await ok('import.preview', { fileId: other });
    expect(t.calls.stage).toBe(4);
    const leftBeforeClose = (await t.tables()).length;
    expect(leftBeforeClose).toBe(1);
    // close() drops it (checked through the pipeline's drop count, the session being closed after).
    await engine.close();
    expect(t.calls.drop).toBe(4);
    engine = await createEngine({ shell: 'browser', version: 'test' });
  });

  it('keeps only a few staged files', async () => {
    const t = instrumented();
    engine = await createEngine({ shell: 'browser', version: 'test', pipeline: t.pipeline });
    const ids = [];
    for (let i = 0; i < 7; i++) ids.push(await upload(`f${i}.csv`, scoresCsv(ROWS.slice(0, i + 2))));
    for (const fileId of ids) await ok('import.preview', { fileId });
    expect((await t.tables()).length).toBe(4);
    expect(t.calls.drop).toBe(3);
  });
});

describe('profiles at import', () => {
  it('apply the best matching profile under the user’s options, unless the user chose another profile or none', async () => {
    engine = await createEngine({ shell: 'browser', version: 'test' });
    // A pupil list with the LVS headers: the built-in profile keeps the pupil number as text.
    const lvs = await upload(
      'leerlingen.csv',
      strToU8('Stamboeknummer;Naam;Voornaam;Klas;Geboortedatum\r\n0045123;Peeters;Jana;2A;17/07/2013\r\n0045124;Aerts;Bram;2B;01/02/2013\r\n'),
    );
    const auto = await ok('import.preview', { fileId: lvs });
    expect(auto.inspect.profile?.id).toBe('builtin-student-list');
    expect(auto.rows[0]![0]).toBe('0045123');

    const none = await ok('import.preview', { fileId: lvs, options: { profileId: null } });
    expect(none.inspect.profile).toBeNull();

    // The user renames a column in the dialog: the profile keeps applying to the rest.
    const own = await ok('import.preview', {
      fileId: lvs,
      options: { columns: [{ source: 'Klas', name: 'Klasgroep' }, { source: 'Geboortedatum', type: 'text' }] },
    });
    expect(own.inspect.profile?.id).toBe('builtin-student-list');
    expect(own.inspect.columns.map((c) => [c.name, c.type])).toEqual([
      ['Stamboeknummer', 'identifier'],
      ['Naam', 'text'],
      ['Voornaam', 'text'],
      ['Klasgroep', 'text'],
      ['Geboortedatum', 'text'],
    ]);

    // A project profile for the same headers wins over the built-in one.
    const draft: ProfileDraft = {
      name: 'Onze leerlingenlijst',
      kind: 'studentList',
      signature: ['Stamboeknummer', 'Klas'],
      options: { columns: [{ source: 'Klas', name: 'Klasgroep' }, { source: 'Stamboeknummer', type: 'identifier' }] },
    };
    const withProfile = await ok('profile.save', { profile: draft });
    const mine = withProfile.profiles[0]!;
    const preferred = await ok('import.preview', { fileId: lvs });
    expect(preferred.inspect.profile?.id).toBe(mine.id);
    expect(preferred.inspect.columns.map((c) => c.name)).toContain('Klasgroep');

    // Chosen explicitly, a profile applies whatever the headers; the user's settings go over it.
    const gradebook = BUILTIN_PROFILES.find((p) => p.kind === 'gradebook')!;
    const explicit = await ok('import.preview', {
      fileId: lvs,
      options: { profileId: mine.id, columns: [{ source: 'Klas', name: 'Groep' }] },
    });
    expect(explicit.inspect.columns.map((c) => c.name)).toContain('Groep');
    expect((await ok('import.preview', { fileId: lvs, options: { profileId: gradebook.id } })).inspect.profile?.id).toBe(gradebook.id);
    await failsWith('import.preview', { fileId: lvs, options: { profileId: 'p99' } }, 'errors.profile.unknown');

    // The source keeps the applied profile and the settings in effect, for a refresh.
    const imported = await ok('source.import', { fileId: lvs });
    expect(imported.sources[0]!.options).toMatchObject({ profileId: mine.id, columns: draft.options.columns });
    expect(imported.sources[0]!.columns.map((c) => c.name)).toEqual(['Stamboeknummer', 'Naam', 'Voornaam', 'Klasgroep', 'Geboortedatum']);
  });

  it('round-trip through profile files, and refuse files that are not profiles', async () => {
    engine = await createEngine({ shell: 'browser', version: 'test' });
    const listed = await ok('profile.list');
    expect(listed.profiles.map((p) => p.id)).toEqual(BUILTIN_PROFILES.map((p) => p.id));
    const draft: ProfileDraft = { name: 'Puntenboek 2A', kind: 'gradebook', signature: ['Leerling', 'Score'], options: { missingTokens: ['afw', 'ziek'] } };
    const saved = (await ok('profile.save', { profile: draft })).profiles[0]!;
    expect(saved).toMatchObject({ ...draft, id: 'p1', builtIn: false });
    expect((await ok('profile.list')).profiles).toHaveLength(BUILTIN_PROFILES.length + 1);
    await failsWith('profile.save', { profile: { ...draft, id: BUILTIN_PROFILES[0]!.id } }, 'errors.profile.builtInReadOnly');
    await failsWith('profile.delete', { profileId: BUILTIN_PROFILES[0]!.id }, 'errors.profile.builtInReadOnly');

    const file = await ok('profile.export', { profileId: 'p1', fileId: null });
    expect(file.name).toBe('Puntenboek 2A.werkbankprofiel.json');
    const bytes = await readFile(engine.files.resolve(file.fileId).path);
    expect(JSON.parse(new TextDecoder().decode(bytes))).toMatchObject({ format: 'datateam-werkbank-profile', formatVersion: 1, profile: saved });

    // Exporting to a file the user chose replaces it.
    const chosen = await upload('gekozen.werkbankprofiel.json', strToU8('old'));
    expect(await ok('profile.export', { profileId: BUILTIN_PROFILES[1]!.id, fileId: chosen })).toEqual({ fileId: chosen, name: 'gekozen.werkbankprofiel.json' });
    expect(JSON.parse(await readFile(engine.files.resolve(chosen).path, 'utf8')).profile.id).toBe(BUILTIN_PROFILES[1]!.id);

    await ok('project.new');
    const reimported = await ok('profile.import', { fileId: file.fileId });
    expect(reimported.profiles).toEqual([saved]);
    expect(reimported.dirty).toBe(true);
    const again = await ok('profile.import', { fileId: file.fileId });
    expect(again.profiles.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect((await ok('profile.delete', { profileId: 'p1' })).profiles.map((p) => p.id)).toEqual(['p2']);
    await failsWith('profile.delete', { profileId: 'p1' }, 'errors.profile.unknown');

    const before = await ok('project.get');
    const newer = await upload('nieuw.werkbankprofiel.json', strToU8(JSON.stringify({ format: 'datateam-werkbank-profile', formatVersion: 2, profile: {} })));
    const refused = await failsWith('profile.import', { fileId: newer }, 'errors.profile.newerVersion');
    expect(!refused.ok && refused.error.params).toEqual({ found: 2, supported: 1 });
    const csv = await upload('toets.csv', scoresCsv(ROWS));
    await failsWith('profile.import', { fileId: csv }, 'errors.profile.notAProfile');
    expect(await ok('project.get')).toEqual(before);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InspectResult } from '../shared/model/source';
import { runCli } from './cli';
import { capture } from './cli-testing';
import { Session } from './engine/db/session';
import { str } from './engine/db/sql';
import { expected, samplePath } from './engine/import/testing/samples';
import { createTempRoot, OWNER_FILE, ROOT_PREFIX } from './engine/infra/temp-root';


interface ImportSummary {
  file: string;
  out: string;
  rows: number;
  columns: { name: string; type: string; levels?: string[] }[];
  profile: { id: string; name: string } | null;
  warnings: { code: string; params: Record<string, unknown> }[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkbank-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli inspect', () => {
  it('prints the InspectResult of the September test as JSON', async () => {
    const io = capture();
    expect(await runCli(['inspect', samplePath('toets-wiskunde-sept.csv')], io)).toBe(0);
    expect(io.err).toBe('');
    const result = InspectResult.parse(JSON.parse(io.out));
    expect(result.rowCount).toBe(expected().sept.rows);
    expect(result.encoding).toBe('windows-1252');
    expect(result.columns.find((c) => c.name === 'Score (/40)')?.missing).toBe(expected().sept.absent);
    expect(result.profile).toBeNull();
  });

  it('passes --sheet and --header-row to the importer', async () => {
    const io = capture();
    const code = await runCli(
      ['inspect', samplePath('vlaamse-toetsen-overzicht.xlsx'), '--sheet', 'Nederlands lezen', '--header-row', '2'],
      io,
    );
    expect(code).toBe(0);
    const result = InspectResult.parse(JSON.parse(io.out));
    expect([result.sheet, result.headerRow, result.rowCount]).toEqual(['Nederlands lezen', 2, expected().vt.rows['Nederlands lezen']]);
  });

  it('applies the best matching built-in profile, or the one named, or none', async () => {
    const matched = capture();
    expect(await runCli(['inspect', samplePath('toets-wiskunde-juni.xlsx')], matched)).toBe(0);
    const withProfile = InspectResult.parse(JSON.parse(matched.out));
    expect(withProfile.profile?.id).toBe('builtin-gradebook');
    expect(withProfile.columns.map((c) => c.name)).toContain('Score (max)');

    const none = capture();
    expect(await runCli(['inspect', samplePath('toets-wiskunde-juni.xlsx'), '--profile', 'none'], none)).toBe(0);
    const plain = InspectResult.parse(JSON.parse(none.out));
    expect(plain.profile).toBeNull();
    expect(plain.columns.find((c) => c.name === 'Score')?.type).toBe('text');

    const named = capture();
    expect(await runCli(['inspect', samplePath('vlaamse-toetsen-overzicht.xlsx'), '--profile', 'Vlaamse toetsen: overzicht per leerling'], named)).toBe(0);
    const vt = InspectResult.parse(JSON.parse(named.out));
    expect(vt.profile?.id).toBe('builtin-flemish-tests');
    expect(vt.columns.find((c) => c.name === 'Niveau')).toMatchObject({ type: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] });
  });

  it('reports a missing file as a JSON error with a Dutch message on stderr, exit 1', async () => {
    const io = capture();
    expect(await runCli(['inspect', samplePath('bestaat-niet.csv')], io)).toBe(1);
    expect(io.out).toBe('');
    const { error } = JSON.parse(io.err) as { error: { code: string; params: Record<string, unknown>; message: string } };
    expect(error.code).toBe('errors.import.fileNotFound');
    expect(error.params).toEqual({ file: 'bestaat-niet.csv' });
    expect(error.message).toBe('Het bestand bestaat-niet.csv werd niet gevonden.');
  });

  it.each([
    [[]],
    [['inspect']],
    [['inspect', 'a.csv', '--header-row', 'nul']],
    [['inspect', 'a.csv', '--nope']],
    [['inspect', 'a.csv', '--profile', 'geen-zo-profiel']],
    [['import', 'a.csv']],
    [['import', 'a.csv', '--out', 'x.xlsx']],
    [['import', 'a.csv', '--out', 'x.csv', '--csv-dialect', 'klingon']],
    [['verwijder']],
  ])('exits 2 with the usage text for %j', async (argv) => {
    const io = capture();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err).toContain('Usage:');
    expect(io.out).toBe('');
  });
});

describe('cli import', () => {
  it('writes the June test as Parquet with the gradebook profile: score and maximum', async () => {
    const out = join(dir, 'juni.parquet');
    const io = capture();
    expect(await runCli(['import', samplePath('toets-wiskunde-juni.xlsx'), '--profile', 'builtin-gradebook', '--out', out], io)).toBe(0);
    expect(io.err).toBe('');
    const summary = JSON.parse(io.out) as ImportSummary;
    expect(summary).toMatchObject({ file: 'toets-wiskunde-juni.xlsx', out, rows: expected().juni.rows });
    expect(summary.columns).toEqual([
      { name: 'Leerling', type: 'text' },
      { name: 'Klas', type: 'text' },
      { name: 'Evaluatie', type: 'text' },
      { name: 'Datum', type: 'date' },
      { name: 'Score', type: 'decimal' },
      { name: 'Score (max)', type: 'decimal' },
    ]);
    // Read back by DuckDB itself.
    const session = await Session.create();
    try {
      const described = await session.query(`DESCRIBE SELECT * FROM read_parquet(${str(out)})`);
      expect(described.rows.map((r) => [r[0], r[1]])).toEqual([
        ['Leerling', 'VARCHAR'],
        ['Klas', 'VARCHAR'],
        ['Evaluatie', 'VARCHAR'],
        ['Datum', 'DATE'],
        ['Score', 'DOUBLE'],
        ['Score (max)', 'DOUBLE'],
      ]);
      const { rows } = await session.query(`SELECT count(*), sum("Score"), min("Score (max)"), max("Score (max)") FROM read_parquet(${str(out)})`);
      const juni = expected().juni as { rows: number; score_sum?: number; max?: number };
      expect(rows[0]).toEqual([juni.rows, juni.score_sum, juni.max, juni.max]);
    } finally {
      session.close();
    }
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('writes the LVS list as CSV for Flemish Excel that imports back the same', async () => {
    const out = join(dir, 'lvs.csv');
    const io = capture();
    expect(await runCli(['import', samplePath('lvs-leerlingen.xlsx'), '--out', out], io)).toBe(0);
    const summary = JSON.parse(io.out) as ImportSummary;
    expect(summary.rows).toBe(expected().lvs.data_rows_including_duplicate);
    expect(summary.profile?.id).toBe('builtin-student-list');
    expect(summary.columns.map((c) => c.name)).toEqual(expected().lvs.columns);
    expect(summary.warnings.map((w) => w.code)).toContain('import.rowsLeftOut');

    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(expected().lvs.columns.join(';'));
    expect(lines.filter((l) => l !== '')).toHaveLength(1 + summary.rows);
    expect(lines[1]).toMatch(/^2023059;Bogaert;Marie;2A;2013-07-17;/);

    // The CSV read back by the workbench: the same columns, types and rows.
    const again = capture();
    expect(await runCli(['inspect', out, '--profile', 'none'], again)).toBe(0);
    const back = InspectResult.parse(JSON.parse(again.out));
    expect([back.encoding, back.delimiter, back.decimalSeparator, back.rowCount]).toEqual(['utf-8-bom', ';', ',', summary.rows]);
    expect(back.columns.map((c) => c.name)).toEqual(summary.columns.map((c) => c.name));
    // The profile made the pupil number an identifier; the CSV alone reads it as a whole number.
    expect(back.columns.map((c) => c.type)).toEqual(summary.columns.map((c) => (c.type === 'identifier' ? 'integer' : c.type)));
  });

  it('refuses a file it cannot read with exit 1 and leaves no output file', async () => {
    const out = join(dir, 'nothing.parquet');
    const io = capture();
    expect(await runCli(['import', samplePath('bestaat-niet.xlsx'), '--out', out], io)).toBe(1);
    expect(JSON.parse(io.err).error.code).toBe('errors.import.fileNotFound');
    expect(readdirSync(dir)).not.toContain('nothing.parquet');
  });
});

describe('cli temp files', () => {
  it('stages and spills inside a temp root of its own and removes it when the command ends', async () => {
    const base = mkdtempSync(join(tmpdir(), 'werkbank-cli-tmp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = base;
    const create = vi.spyOn(Session, 'create');
    try {
      const io = capture();
      expect(await runCli(['import', samplePath('toets-wiskunde-sept.csv'), '--out', join(dir, 'sept.parquet')], io)).toBe(0);
      const tempDir = (create.mock.calls[0]![0] as { tempDir: string }).tempDir;
      expect(tempDir.startsWith(join(base, ROOT_PREFIX))).toBe(true);
      expect(tempDir.split(sep)).toHaveLength(base.split(sep).length + 2);
      expect(readdirSync(base).filter((n) => !n.startsWith('tsx-'))).toEqual([]);
    } finally {
      create.mockRestore();
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(base, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform === 'win32')('as a process: removes a crashed run\'s temp root at start, and its own at exit', async () => {
    const base = mkdtempSync(join(tmpdir(), 'werkbank-cli-tmp-'));
    try {
      const crashed = await createTempRoot({ base });
      writeFileSync(join(crashed.dir, 'upload.csv'), 'pupil data');
      const gone = spawnSync(process.execPath, ['-e', '']);
      writeFileSync(join(crashed.dir, OWNER_FILE), JSON.stringify({ pid: gone.pid, started: 1, procStart: null }));
      const cli = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'cli.ts'), 'inspect', samplePath('toets-wiskunde-sept.csv')], {
        env: { ...process.env, TMPDIR: base },
        encoding: 'utf8',
      });
      expect(cli.status).toBe(0);
      expect(InspectResult.parse(JSON.parse(cli.stdout)).rowCount).toBe(expected().sept.rows);
      // tsx keeps its compile cache in the temp dir too: not ours.
      expect(readdirSync(base).filter((n) => !n.startsWith('tsx-'))).toEqual([]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../db/session';
import { type AtomicIo, nodeIo, writeFileAtomic } from '../project/store';
import { cleanStaleRoots, createTempRoot, OWNER_FILE, ownerAlive, PENDING_DIR, procStartOf, ROOT_PREFIX, type RootOwner, type TempRoot } from './temp-root';

let base: string;
let elsewhere: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'werkbank-roots-'));
  elsewhere = mkdtempSync(join(tmpdir(), 'werkbank-chosen-'));
});
afterEach(() => {
  rmSync(base, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

const roots = () => readdirSync(base).filter((n) => n.startsWith(ROOT_PREFIX));

/** The pid of a process that has ended (reused only after the pid counter wraps). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

/** Makes `root` look like the root of a run that was killed: its owner is gone. */
function orphan(root: TempRoot, owner: Partial<RootOwner> = {}): void {
  writeFileSync(join(root.dir, OWNER_FILE), JSON.stringify({ pid: deadPid(), started: 1, procStart: null, ...owner }));
}

describe('the run temp root', () => {
  it('is a private folder under the temp dir, owned by this process', async () => {
    const root = await createTempRoot({ base });
    expect(roots()).toEqual([root.dir.slice(base.length + 1)]);
    if (process.platform !== 'win32') expect(statSync(root.dir).mode & 0o777).toBe(0o700);
    const owner = JSON.parse(readFileSync(join(root.dir, OWNER_FILE), 'utf8')) as RootOwner;
    expect(owner.pid).toBe(process.pid);
    expect(ownerAlive(owner)).toBe(true);
    await root.dispose();
    expect(existsSync(root.dir)).toBe(false);
  });

  it('removes the roots of dead processes at start and keeps those of live ones', async () => {
    const crashed = await createTempRoot({ base });
    writeFileSync(join(crashed.dir, 'upload.csv'), 'pupil data');
    orphan(crashed);
    const live = await createTempRoot({ base }); // this process: alive
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const other = await createTempRoot({ base });
      orphan(other, { pid: sleeper.pid! }); // another live process, procStart unknown: kept
      // A root whose owner file is not written yet (mkdtemp just ran) is kept...
      const young = mkdtempSync(join(base, ROOT_PREFIX));
      // ...but one that never got it is removed once it is old.
      const unfinished = mkdtempSync(join(base, ROOT_PREFIX));
      utimesSync(unfinished, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));

      const next = await createTempRoot({ base });
      expect(existsSync(crashed.dir)).toBe(false);
      expect(existsSync(unfinished)).toBe(false);
      for (const kept of [live.dir, other.dir, young, next.dir]) expect(existsSync(kept)).toBe(true);
      expect(roots()).toHaveLength(4);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it.skipIf(process.platform !== 'linux')('tells a reused pid from its owner by the start time in /proc', async () => {
    const root = await createTempRoot({ base });
    const mine = procStartOf(process.pid);
    expect(mine).toMatch(/^\d+$/);
    // Our own pid, but a process that started at another time: the pid was reused.
    orphan(root, { pid: process.pid, procStart: String(Number(mine) - 1) });
    expect(await cleanStaleRoots({ base })).toEqual([root.dir]);
  });

  it('removes the partial atomic-write file a crashed run left beside the chosen file', async () => {
    const target = join(elsewhere, 'leerwinst.werkbank');
    writeFileSync(target, 'the saved project');
    const root = await createTempRoot({ base });
    let partial = '';
    // A save still writing when the process dies: the temp file is there, nothing follows.
    const dying: AtomicIo = {
      ...nodeIo,
      async writeAndSync(path, data) {
        await nodeIo.writeAndSync(path, data);
        partial = path;
        await new Promise(() => undefined);
      },
    };
    void writeFileAtomic(target, new Uint8Array(4096), root, dying);
    await expect.poll(() => partial).not.toBe('');
    expect(readdirSync(join(root.dir, PENDING_DIR))).toHaveLength(1);
    expect(existsSync(partial)).toBe(true);
    orphan(root);

    // A record pointing at something that is not our temp file is never followed.
    writeFileSync(join(root.dir, PENDING_DIR, 'forged.path'), target);

    await createTempRoot({ base });
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(root.dir)).toBe(false);
    expect(readdirSync(elsewhere)).toEqual(['leerwinst.werkbank']);
    expect(readFileSync(target, 'utf8')).toBe('the saved project');
  });

  it('forgets an atomic write once it is done, and removes a failed one at once', async () => {
    const root = await createTempRoot({ base });
    const target = join(elsewhere, 'p.werkbank');
    await writeFileAtomic(target, new TextEncoder().encode('new'), root);
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(join(root.dir, PENDING_DIR))).toEqual([]);
    const failing: AtomicIo = { ...nodeIo, rename: async () => Promise.reject(new Error('disk full')) };
    await expect(writeFileAtomic(target, new Uint8Array(10), root, failing)).rejects.toThrow('disk full');
    expect(readdirSync(elsewhere)).toEqual(['p.werkbank']);
    expect(readdirSync(join(root.dir, PENDING_DIR))).toEqual([]);
    await root.dispose();
  });

  it('gives DuckDB a spill folder inside the root', async () => {
    const root = await createTempRoot({ base });
    const session = await Session.create({ tempDir: join(root.dir, 'duckdb') });
    try {
      const { rows } = await session.query("SELECT current_setting('temp_directory')");
      expect(rows[0]![0]).toBe(join(root.dir, 'duckdb'));
    } finally {
      session.close();
      await root.dispose();
    }
    // Without a folder DuckDB never spills, rather than into `.tmp` where the app was started.
    const plain = await Session.create();
    expect((await plain.query("SELECT current_setting('temp_directory')")).rows[0]![0]).toBe('');
    plain.close();
  });
});

/** Starts the child run (../testing/temp-root-child.ts) and waits until it holds its files. */
async function startChild(target: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'testing', 'temp-root-child.ts'), base, target], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`child ended early (${code})`)));
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, ended, ...(JSON.parse(line) as { root: string; partial: string }) };
}

describe.skipIf(process.platform === 'win32')('a run that is killed', () => {
  it('kill -9: the next start removes its root and its partial file', async () => {
    const run = await startChild(join(elsewhere, 'project.werkbank'));
    expect(existsSync(join(run.root, 'files-x', 'leerlingen.csv'))).toBe(true);
    expect(existsSync(run.partial)).toBe(true);
    run.child.kill('SIGKILL');
    expect((await run.ended).signal).toBe('SIGKILL');
    // Nothing could clean up: the pupil data is still there...
    expect(existsSync(run.root)).toBe(true);
    expect(existsSync(run.partial)).toBe(true);
    // ...until the next run starts.
    const next = await createTempRoot({ base });
    expect(existsSync(run.root)).toBe(false);
    expect(existsSync(run.partial)).toBe(false);
    expect(roots()).toEqual([next.dir.slice(base.length + 1)]);
    expect(readdirSync(elsewhere)).toEqual([]);
    await next.dispose();
  });

  it('SIGHUP (a closed console window): the run removes everything itself, at once', async () => {
    const run = await startChild(join(elsewhere, 'project.werkbank'));
    run.child.kill('SIGHUP');
    expect(await run.ended).toEqual({ code: 129, signal: null });
    expect(existsSync(run.root)).toBe(false);
    expect(existsSync(run.partial)).toBe(false);
    expect(roots()).toEqual([]);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('SIGTERM and SIGINT: the same', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const run = await startChild(join(elsewhere, `${signal}.werkbank`));
      run.child.kill(signal);
      expect((await run.ended).code).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(existsSync(run.root)).toBe(false);
      expect(existsSync(run.partial)).toBe(false);
    }
    expect(roots()).toEqual([]);
  });
});

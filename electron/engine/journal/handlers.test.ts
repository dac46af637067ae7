import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Engine, createEngine } from '../api';
import { apiCaller } from '../testing/api-caller';
import { META, sha256 } from './journal';

let dir: string;
let engines: Engine[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkbank-journal-api-'));
  engines = [];
});
afterEach(async () => {
  for (const e of engines) await e.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

const journalDir = () => join(dir, 'journal');
const slots = () => readdirSync(journalDir()).filter((n) => /^[0-9a-f]{16}$/.test(n));

async function engine(): Promise<{ engine: Engine; api: ReturnType<typeof apiCaller> }> {
  const e = await createEngine({ shell: 'browser', version: '1.0.0', journalDir: journalDir(), autosaveDelayMs: 5 });
  engines.push(e);
  return { engine: e, api: apiCaller(() => e) };
}

/** A pid that certainly ran and is gone: the slot's owner "crashed". */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** Makes every slot in the journal look like one a dead run left (as after kill -9). */
function orphanAll(): void {
  for (const slot of slots()) {
    const path = join(journalDir(), slot, META);
    const body = JSON.parse(readFileSync(path, 'utf8').split('\n')[0]!) as { owner: object };
    const moved = JSON.stringify({ ...body, owner: { pid: deadPid(), started: 0, procStart: null } });
    writeFileSync(path, `${moved}\n${sha256(new TextEncoder().encode(moved))}\n`);
  }
}

async function untilAutosaved(api: ReturnType<typeof apiCaller>): Promise<string> {
  for (let i = 0; i < 500; i++) {
    const { autosavedAt } = await api.ok('journal.status');
    if (autosavedAt) return autosavedAt;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('never autosaved');
}

describe('the journal through the API', () => {
  it('autosaves a change, offers it after the run is gone, and recovers it as unsaved work', async () => {
    const first = await engine();
    await first.api.ok('project.demo');
    expect((await first.api.ok('journal.status')).autosavedAt).toBeNull();
    const views = (await first.api.ok('project.get')).views;
    await first.api.ok('view.duplicate', { viewId: views[0]!.id, locale: 'nl-BE' });
    const at = await untilAutosaved(first.api);
    orphanAll();

    const second = await engine();
    const { slots: offered } = await second.api.ok('recovery.list');
    expect(offered).toEqual([expect.objectContaining({ name: 'Demoschool', encrypted: false, damaged: false, journaledAt: at, fileName: null })]);
    const state = await second.api.ok('recovery.open', { slotId: offered[0]!.slotId });
    expect(state.views).toHaveLength(views.length + 1);
    expect(state.dirty).toBe(true);
    expect(state.autosavedAt).toBe(at);
    expect((await second.api.ok('recovery.list')).slots).toEqual([]);
  });

  it('an encrypted project’s work: its passphrase asked, a wrong one changes nothing, the right one recovers', async () => {
    const first = await engine();
    await first.api.ok('project.demo');
    const target = first.engine.files.register(join(dir, 'zorg.werkbank'));
    await first.api.ok('project.save', { fileId: target.fileId, passphrase: 'wachtwoord van het team' });
    const views = (await first.api.ok('project.get')).views;
    await first.api.ok('view.duplicate', { viewId: views[0]!.id, locale: 'nl-BE' });
    await untilAutosaved(first.api);
    // The journal's snapshot of an encrypted project shows nothing of it.
    const snapshot = readFileSync(join(journalDir(), slots()[0]!, 'project.werkbank'));
    for (const secret of ['Stamboeknummer', 'Demoschool', 'PAR1', 'manifest.json']) expect(snapshot.includes(secret), secret).toBe(false);
    orphanAll();

    const second = await engine();
    await second.api.ok('project.demo');
    const before = await second.api.ok('project.get');
    const { slots: offered } = await second.api.ok('recovery.list');
    expect(offered).toEqual([expect.objectContaining({ name: null, encrypted: true, fileName: 'zorg.werkbank' })]);
    await second.api.failsWith('recovery.open', { slotId: offered[0]!.slotId }, 'errors.project.needsPassphrase');
    await second.api.failsWith('recovery.open', { slotId: offered[0]!.slotId, passphrase: 'fout' }, 'errors.sealed.wrongPassphrase');
    expect(await second.api.ok('project.get')).toEqual(before);
    expect((await second.api.ok('recovery.list')).slots).toHaveLength(1);
    const state = await second.api.ok('recovery.open', { slotId: offered[0]!.slotId, passphrase: 'wachtwoord van het team' });
    expect(state.encrypted).toBe(true);
    expect(state.views.length).toBe((await first.api.ok('project.get')).views.length);
  });

  it('a damaged slot is offered only for removal; discarding removes it', async () => {
    const first = await engine();
    await first.api.ok('project.demo');
    await first.api.ok('view.duplicate', { viewId: (await first.api.ok('project.get')).views[0]!.id, locale: 'nl-BE' });
    await untilAutosaved(first.api);
    orphanAll();
    const slot = slots()[0]!;
    const snapshot = join(journalDir(), slot, 'project.werkbank');
    const bytes = readFileSync(snapshot);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x40;
    writeFileSync(snapshot, bytes);

    const second = await engine();
    const { slots: offered } = await second.api.ok('recovery.list');
    expect(offered).toEqual([expect.objectContaining({ slotId: slot, damaged: true })]);
    await second.api.failsWith('recovery.open', { slotId: slot }, 'errors.recovery.damaged');
    expect((await second.api.ok('recovery.discard', { slotId: slot })).slots).toEqual([]);
    expect(existsSync(join(journalDir(), slot))).toBe(false);
  });

  it('another window with the same file open is told so', async () => {
    const first = await engine();
    await first.api.ok('project.demo');
    const target = first.engine.files.register(join(dir, 'leerwinst.werkbank'));
    await first.api.ok('project.save', { fileId: target.fileId });
    // The first window's slot belongs to another (running) process.
    const meta = join(journalDir(), slots()[0]!, META);
    const body = JSON.parse(readFileSync(meta, 'utf8').split('\n')[0]!) as object;
    const moved = JSON.stringify({ ...body, owner: { pid: process.ppid, started: 0, procStart: null } });
    writeFileSync(meta, `${moved}\n${sha256(new TextEncoder().encode(moved))}\n`);

    const second = await engine();
    const file = second.engine.files.register(join(dir, 'leerwinst.werkbank'));
    expect((await second.api.ok('project.open', { fileId: file.fileId })).openElsewhere).toBe(true);
    expect((await second.api.ok('journal.status')).openElsewhere).toBe(true);
    expect((await second.api.ok('project.new')).openElsewhere).toBe(false);
  });

  it('wipes the project: its journal slot, the temporary files and the chosen project file; refuses other files', async () => {
    const { engine: e, api } = await engine();
    await api.ok('project.demo');
    const target = e.files.register(join(dir, 'wis-mij.werkbank'));
    await api.ok('project.save', { fileId: target.fileId });
    await api.ok('view.duplicate', { viewId: (await api.ok('project.get')).views[0]!.id, locale: 'nl-BE' });
    await untilAutosaved(api);
    const upload = await api.ok('file.upload', { name: 'leerlingen.csv', data: new TextEncoder().encode('Naam;Klas\nAn;1A\n') });
    const uploadPath = e.files.resolve(upload.fileId).path;
    const other = join(dir, 'notities.txt');
    writeFileSync(other, 'niet wissen');
    await api.failsWith('project.wipe', { fileId: e.files.register(other).fileId }, 'errors.project.wipeNotAProject');
    expect(existsSync(other)).toBe(true);

    const before = slots();
    const state = await api.ok('project.wipe', { fileId: target.fileId });
    expect(state.sources).toEqual([]);
    expect(state.dirty).toBe(false);
    expect(existsSync(join(dir, 'wis-mij.werkbank'))).toBe(false);
    expect(existsSync(uploadPath)).toBe(false);
    const after = slots();
    expect(after).toHaveLength(1);
    expect(before).not.toContain(after[0]);
    expect(readdirSync(join(journalDir(), after[0]!))).toEqual([META]);
  });
});

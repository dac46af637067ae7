import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/api/errors';
import { Journal, META, readMeta, sha256, SNAPSHOT } from './journal';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journal-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = { fileName: 'leerwinst.werkbank', filePath: '/home/juf/leerwinst.werkbank', fileHash: 'a'.repeat(64), name: 'Leerwinst', encrypted: false };
const bytes = (text: string) => new TextEncoder().encode(text);

/** A run that wrote `snapshot` and then died: its slot, seen from a later run. */
async function deadRunWith(snapshot: string | null): Promise<{ slot: string }> {
  const dead = await Journal.open(dir);
  await dead.begin(file);
  if (snapshot !== null) await dead.write(bytes(snapshot), { name: 'Leerwinst', encrypted: false });
  return { slot: dead.current! };
}

const laterRun = () => Journal.open(dir, { isAlive: (owner) => owner.pid !== process.pid });

describe('the journal', () => {
  it('offers a dead run’s unsaved work, checked against its checksum, and gives it to one run only', async () => {
    const { slot } = await deadRunWith('snapshot-1');
    const later = await laterRun();
    const found = await later.recoverable();
    expect(found).toEqual([expect.objectContaining({ slotId: slot, damaged: false })]);
    expect(found[0]!.meta).toMatchObject({ fileName: 'leerwinst.werkbank', name: 'Leerwinst', dirty: true, snapshotHash: sha256(bytes('snapshot-1')) });

    const { meta, bytes: got } = await later.peek(slot);
    expect(new TextDecoder().decode(got)).toBe('snapshot-1');
    await later.adopt(slot, meta);
    // Adopted: the slot is this run's now (another name), and no longer offered.
    expect(later.current).not.toBe(slot);
    expect(await later.recoverable()).toEqual([]);
    const other = await laterRun();
    await expect(other.peek(slot)).rejects.toMatchObject({ code: 'errors.recovery.gone' });
  });

  it('a running window’s slot is neither offered nor removed', async () => {
    const running = await Journal.open(dir);
    await running.begin(file);
    await running.write(bytes('x'), { name: 'Leerwinst', encrypted: false });
    const other = await Journal.open(dir, { isAlive: () => true });
    expect(await other.recoverable()).toEqual([]);
    await expect(other.discard(running.current!)).rejects.toMatchObject({ code: 'errors.recovery.gone' });
    expect(await readdir(dir)).toContain(running.current);
  });

  it('a dead run with nothing unsaved leaves nothing to offer, and its slot goes', async () => {
    const dead = await Journal.open(dir);
    await dead.begin(file);
    await dead.write(bytes('work'), { name: 'Leerwinst', encrypted: false });
    await dead.saved(file);
    const slot = dead.current!;
    expect(await readdir(join(dir, slot))).toEqual([META]);
    expect(await (await laterRun()).recoverable()).toEqual([]);
    expect(await readdir(dir)).not.toContain(slot);
  });

  it('a torn snapshot, a flipped byte in the meta or a meta cut short is damaged: never read, only removed', async () => {
    const torn = await deadRunWith('a snapshot of some length');
    await truncate(join(dir, torn.slot, SNAPSHOT), 5);
    const flipped = await deadRunWith('second');
    const metaPath = join(dir, flipped.slot, META);
    const raw = await readFile(metaPath);
    raw[10] = raw[10]! ^ 0x01;
    await writeFile(metaPath, raw);
    const cut = await deadRunWith('third');
    const cutPath = join(dir, cut.slot, META);
    await truncate(cutPath, 40);

    const later = await laterRun();
    const found = await later.recoverable();
    expect(found.map((f) => [f.slotId, f.damaged]).sort()).toEqual([[cut.slot, true], [flipped.slot, true], [torn.slot, true]].sort());
    expect(await readMeta(metaPath)).toBe('damaged');
    await expect(later.peek(torn.slot)).rejects.toMatchObject({ code: 'errors.recovery.damaged' });
    await later.discard(torn.slot);
    expect(await readdir(dir)).not.toContain(torn.slot);
  });

  it('tells when another running window has the same file open, by path or by its bytes', async () => {
    const first = await Journal.open(dir, { isAlive: () => true });
    await first.begin(file);
    const second = await Journal.open(dir, { isAlive: () => true });
    await second.begin({ ...file, filePath: null });
    // The same process is not "another window": a slot of this pid is skipped.
    expect(await second.openElsewhere(file)).toBe(false);
    const meta = join(dir, first.current!, META);
    const text = (await readFile(meta, 'utf8')).split('\n')[0]!;
    const moved = JSON.stringify({ ...JSON.parse(text), owner: { pid: 1, started: 0, procStart: null } });
    await writeFile(meta, `${moved}\n${sha256(bytes(moved))}\n`);
    expect(await second.openElsewhere({ filePath: file.filePath, fileHash: null })).toBe(true);
    expect(await second.openElsewhere({ filePath: null, fileHash: file.fileHash })).toBe(true);
    expect(await second.openElsewhere({ filePath: '/elders.werkbank', fileHash: 'b'.repeat(64) })).toBe(false);
  });

  it('refuses slot names that are not its own', async () => {
    const journal = await Journal.open(dir);
    const error = await journal.discard('../../etc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WerkbankError);
    expect((error as WerkbankError).code).toBe('errors.recovery.gone');
  });
});

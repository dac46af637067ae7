import { readFile, stat } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/api/errors';
import { FileRegistry, sanitizeFileName } from './files';
import { createTempRoot, type TempRoot } from './temp-root';

let root: TempRoot;
let files: FileRegistry;
beforeEach(async () => {
  root = await createTempRoot();
  files = await FileRegistry.create(root.dir);
});
afterEach(async () => {
  await files.dispose();
  await root.dispose();
});

const inside = (path: string) => !relative(files.tempDir, path).startsWith('..');

describe('FileRegistry', () => {
  it('keeps its files in a private folder inside the run temp root', async () => {
    expect(dirname(files.tempDir)).toBe(root.dir);
    if (process.platform !== 'win32') expect((await stat(files.tempDir)).mode & 0o777).toBe(0o700);
  });

  it('hands out opaque ids for registered paths', () => {
    const ref = files.register('/home/juf/Documenten/toets.csv');
    expect(ref.name).toBe('toets.csv');
    expect(ref.fileId).not.toContain('/');
    expect(files.resolve(ref.fileId)).toEqual({ path: '/home/juf/Documenten/toets.csv', name: 'toets.csv' });
    expect(files.register('/x/y.csv', 'Mijn bestand').name).toBe('Mijn bestand');
  });

  it('refuses an unknown id', () => {
    expect(() => files.resolve('nope')).toThrow(WerkbankError);
    try {
      files.resolve('nope');
    } catch (error) {
      expect((error as WerkbankError).code).toBe('errors.file.unknown');
    }
  });

  it('writes uploads inside the temp dir under a safe name, even when two share a name', async () => {
    const a = await files.upload('../../etc/passwd', new Uint8Array([1, 2, 3]));
    const b = await files.upload('../../etc/passwd', new Uint8Array([4]));
    expect(a.name).toBe('passwd');
    const pa = files.resolve(a.fileId).path;
    const pb = files.resolve(b.fileId).path;
    expect(inside(pa) && inside(pb)).toBe(true);
    expect(pa).not.toBe(pb);
    expect([...(await readFile(pa))]).toEqual([1, 2, 3]);
    expect([...(await readFile(pb))]).toEqual([4]);
  });

  it('creates fresh output paths in the temp dir', () => {
    const a = files.createOutput('Demoschool.werkbank');
    const b = files.createOutput('Demoschool.werkbank');
    expect(a.name).toBe('Demoschool.werkbank');
    expect(files.resolve(a.fileId).path).not.toBe(files.resolve(b.fileId).path);
    expect(inside(files.resolve(a.fileId).path)).toBe(true);
  });

  it('removes the temp dir on dispose', async () => {
    const ref = await files.upload('a.csv', new Uint8Array([1]));
    const path = files.resolve(ref.fileId).path;
    await files.dispose();
    await expect(stat(path)).rejects.toThrow();
    await expect(stat(files.tempDir)).rejects.toThrow();
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['toets wiskunde (sept).csv', 'toets wiskunde (sept).csv'],
    ['C:\\Users\\juf\\lvs.xlsx', 'lvs.xlsx'],
    ['a<b>c:d"e|f?g*h.csv', 'a_b_c_d_e_f_g_h.csv'],
    ['..', 'file'],
    ['.hidden', 'hidden'],
    ['CON.csv', '_CON.csv'],
    ['', 'file'],
    ['a\u0001b\u007f.csv', 'a_b_.csv'],
    ['Zoë & Noé.xlsx', 'Zoë & Noé.xlsx'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('shortens long names to 200 bytes of UTF-8 by whole characters, and keeps the extension', () => {
    const name = sanitizeFileName(`${'x'.repeat(300)}.xlsx`);
    expect(Buffer.byteLength(name)).toBe(200);
    expect(name.endsWith('.xlsx')).toBe(true);
    // € is 3 bytes, 𝒜 4 (a surrogate pair): never cut in the middle of one.
    for (const ch of ['€', '𝒜', 'é']) {
      const cut = sanitizeFileName(`${ch.repeat(150)}.werkbank`);
      expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(200);
      expect(cut.endsWith('.werkbank')).toBe(true);
      expect([...cut.slice(0, -'.werkbank'.length)].every((c) => c === ch)).toBe(true);
    }
  });

  it('a name that long is written and read back on this file system', async () => {
    const ref = await files.upload(`${'€'.repeat(150)}.csv`, new TextEncoder().encode('a;b\n'));
    expect(files.resolve(ref.fileId).name.endsWith('.csv')).toBe(true);
    expect(await readFile(files.resolve(ref.fileId).path, 'utf8')).toBe('a;b\n');
  });
});

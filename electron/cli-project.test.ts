import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli';
import { capture } from './cli-testing';


async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = capture();
  const code = await runCli(args, io);
  return { code, out: io.out, err: io.err };
}

let dir: string;
let plain: string;
let key: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'werkbank-cli-project-'));
  plain = join(dir, 'demo.werkbank');
  key = join(dir, 'sleutel.txt');
  writeFileSync(key, 'een lang wachtwoord voor het datateam\n');
  expect((await cli(['demo', '--out', plain])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function contains(haystack: Buffer, needle: string): boolean {
  return haystack.includes(Buffer.from(needle, 'utf8'));
}

describe('cli save and open', () => {
  it('round-trips the demo through an encrypted copy: every source, view and story kept, nothing readable in the bytes', async () => {
    const before = await cli(['open', plain]);
    expect(before.code, before.err).toBe(0);
    const summary = JSON.parse(before.out) as { encrypted: boolean; sources: { name: string; rows: number; columns: number }[]; views: unknown[]; stories: unknown[] };
    expect(summary.encrypted).toBe(false);
    expect(summary.sources.length).toBe(3);
    expect(summary.views.length).toBe(4);

    const sealed = join(dir, 'versleuteld.werkbank');
    const saved = await cli(['save', plain, '--out', sealed, '--passphrase-file', key]);
    expect(saved.code, saved.err).toBe(0);
    const bytes = readFileSync(sealed);
    const plainBytes = readFileSync(plain);
    // The plain file does hold these: the test would catch them in the sealed one.
    for (const secret of ['PAR1', 'Stamboeknummer', 'manifest.json']) {
      expect(contains(plainBytes, secret), `plain ${secret}`).toBe(true);
      expect(contains(bytes, secret), `sealed ${secret}`).toBe(false);
    }

    const opened = await cli(['open', sealed, '--passphrase-file', key]);
    expect(opened.code, opened.err).toBe(0);
    const again = JSON.parse(opened.out) as typeof summary;
    expect(again.encrypted).toBe(true);
    expect({ ...again, encrypted: false, file: null }).toEqual({ ...summary, file: null });

    // Saved again without a passphrase, an encrypted project stays encrypted.
    const copy = join(dir, 'kopie.werkbank');
    expect((await cli(['save', sealed, '--out', copy, '--in-passphrase-file', key])).code).toBe(0);
    expect(contains(readFileSync(copy), 'PAR1')).toBe(false);
    expect(JSON.parse((await cli(['open', copy, '--passphrase-file', key])).out).views).toEqual(summary.views);
  });

  it('refuses a missing or wrong passphrase and a tampered file with a clear message, exit 1', async () => {
    const sealed = join(dir, 'slot.werkbank');
    expect((await cli(['save', plain, '--out', sealed, '--passphrase-file', key])).code).toBe(0);
    const none = await cli(['open', sealed]);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.err).error.code).toBe('errors.project.needsPassphrase');

    const wrongKey = join(dir, 'fout.txt');
    writeFileSync(wrongKey, 'niet het wachtwoord');
    const wrong = await cli(['open', sealed, '--passphrase-file', wrongKey]);
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.err).error).toMatchObject({ code: 'errors.sealed.wrongPassphrase', message: expect.stringContaining('wachtwoord klopt niet') });

    const bytes = readFileSync(sealed);
    const tampered = join(dir, 'gewijzigd.werkbank');
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(flipped.length * 0.6)]! ^= 0x40;
    writeFileSync(tampered, flipped);
    const bad = await cli(['open', tampered, '--passphrase-file', key]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.err).error.code).toBe('errors.sealed.damaged');
  });

  it('says how to use it', async () => {
    expect((await cli(['save', plain])).code).toBe(2);
    expect((await cli(['save', plain, '--out', plain])).code).toBe(2);
    expect((await cli(['open'])).code).toBe(2);
    expect((await cli(['open', plain, '--passphrase-file', join(dir, 'bestaat-niet.txt')])).code).toBe(2);
  });
});

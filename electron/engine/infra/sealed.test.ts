import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, isSealed, type KdfParams, seal, SEALED_MAGIC, unseal } from './sealed';

/** The smallest parameters the reader accepts: the tests are about the format, not the KDF's cost. */
const FAST: KdfParams = { N: 1 << 14, r: 8, p: 1 };

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const text = (s: string) => new TextEncoder().encode(s);

/** Bytes that look like pupil data: names, a Parquet magic, a column name. */
function pupilBytes(size: number): Uint8Array {
  const line = text('PAR1 Stamboeknummer;Zoë Van den Broeck;2023054;1C;34,5\n');
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = line[i % line.length]!;
  return out;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

describe('sealed files', () => {
  it('give back exactly what was sealed, empty, small and over several chunks, and reveal nothing of it', async () => {
    for (const size of [0, 1, 1000, CHUNK_BYTES, 2 * CHUNK_BYTES + 17]) {
      const plain = pupilBytes(size);
      const sealed = await seal(plain, 'geheim wachtwoord', FAST);
      expect(isSealed(sealed)).toBe(true);
      expect(Buffer.from(await unseal(sealed, 'geheim wachtwoord')).equals(Buffer.from(plain))).toBe(true);
      if (size >= 1000) {
        for (const secret of ['Zoë', 'Stamboeknummer', 'PAR1', '2023054']) expect(contains(sealed, text(secret)), secret).toBe(false);
      }
    }
  });

  it('seals the same bytes differently every time (fresh salt and nonces)', async () => {
    const plain = pupilBytes(5000);
    const [a, b] = [await seal(plain, 'x', FAST), await seal(plain, 'x', FAST)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('tells a wrong passphrase from a damaged file, and opens nothing in either case', async () => {
    const sealed = await seal(pupilBytes(3000), 'juist', FAST);
    expect(await codeOf(unseal(sealed, 'fout'))).toBe('errors.sealed.wrongPassphrase');
    expect(await codeOf(unseal(sealed, ''))).toBe('errors.sealed.emptyPassphrase');
    expect(await codeOf(unseal(text('PK\u0003\u0004 not sealed'), 'juist'))).toBe('errors.sealed.notSealed');
    // Cut at the end, cut to the header, one byte added.
    expect(await codeOf(unseal(sealed.subarray(0, sealed.length - 1), 'juist'))).toBe('errors.sealed.damaged');
    expect(await codeOf(unseal(sealed.subarray(0, SEALED_MAGIC.length + 2), 'juist'))).toBe('errors.sealed.damaged');
    expect(await codeOf(unseal(Buffer.concat([sealed, Buffer.from([0])]), 'juist'))).toBe('errors.sealed.damaged');
  });

  it('refuses a file with one byte flipped anywhere', async () => {
    const sealed = await seal(pupilBytes(CHUNK_BYTES + 500), 'juist', FAST);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: sealed.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const tampered = Uint8Array.from(sealed);
        tampered[at]! ^= mask;
        const code = await codeOf(unseal(tampered, 'juist'));
        // The header and its MAC are checked with the key: a change there reads as the wrong passphrase.
        expect(['errors.sealed.damaged', 'errors.sealed.wrongPassphrase', 'errors.sealed.notSealed', 'errors.sealed.newerVersion']).toContain(code);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses chunks swapped or dropped, even with the right passphrase', async () => {
    const plain = pupilBytes(2 * CHUNK_BYTES + 10);
    const sealed = Buffer.from(await seal(plain, 'juist', FAST));
    const headerLength = sealed.readUInt32BE(SEALED_MAGIC.length);
    const start = SEALED_MAGIC.length + 4 + headerLength + 32;
    const chunks: Buffer[] = [];
    for (let at = start; at < sealed.length; ) {
      const size = sealed.readUInt32BE(at + 12);
      chunks.push(sealed.subarray(at, at + 12 + 4 + size + 16));
      at += 12 + 4 + size + 16;
    }
    expect(chunks).toHaveLength(3);
    const head = sealed.subarray(0, start);
    expect(await codeOf(unseal(Buffer.concat([head, chunks[1]!, chunks[0]!, chunks[2]!]), 'juist'))).toBe('errors.sealed.damaged');
    expect(await codeOf(unseal(Buffer.concat([head, chunks[0]!, chunks[2]!]), 'juist'))).toBe('errors.sealed.damaged');
    expect(await codeOf(unseal(Buffer.concat([head, chunks[0]!, chunks[1]!]), 'juist'))).toBe('errors.sealed.damaged');
  });

  it('refuses key-derivation parameters from a file that would cost more memory than allowed', async () => {
    const sealed = Buffer.from(await seal(pupilBytes(10), 'juist', FAST));
    const length = sealed.readUInt32BE(SEALED_MAGIC.length);
    const header = JSON.parse(sealed.subarray(SEALED_MAGIC.length + 4, SEALED_MAGIC.length + 4 + length).toString('utf8')) as Record<string, unknown>;
    const greedy = Buffer.from(JSON.stringify({ ...header, N: 1 << 24 }));
    const size = Buffer.alloc(4);
    size.writeUInt32BE(greedy.length, 0);
    const forged = Buffer.concat([sealed.subarray(0, SEALED_MAGIC.length), size, greedy, sealed.subarray(SEALED_MAGIC.length + 4 + length)]);
    expect(await codeOf(unseal(forged, 'juist'))).toBe('errors.sealed.damaged');
  });
});

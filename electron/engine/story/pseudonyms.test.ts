import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CODE_CHARS, newPseudonymKey, pseudonyms } from './pseudonyms';

const KEY = Buffer.alloc(32, 7).toString('base64');

/** The code computed independently: HMAC-SHA256 bits as a binary string, read 5 at a time. */
function expected(key: string, role: string, normalized: string, chars = CODE_CHARS): string {
  const mac = createHmac('sha256', Buffer.from(key, 'base64')).update(`${role}\u0000${normalized}`).digest();
  const bits = [...mac].map((b) => b.toString(2).padStart(8, '0')).join('');
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return Array.from({ length: chars }, (_, i) => alphabet[parseInt(bits.slice(i * 5, i * 5 + 5), 2)]).join('');
}

describe('pseudonyms', () => {
  it('are HMAC-SHA256 of the normalised name in Crockford base32, prefixed by role', () => {
    const [jana, zoe] = pseudonyms(KEY, 'pupil', ['Jana Peeters', 'Zoë Maes']);
    expect(jana).toBe(`LL-${expected(KEY, 'pupil', 'jana peeters')}`);
    expect(zoe).toBe(`LL-${expected(KEY, 'pupil', 'zoë maes')}`);
    expect(jana).toMatch(/^LL-[0-9A-HJKMNP-TV-Z]{6}$/);
    const [teacher] = pseudonyms(KEY, 'teacher', ['Jana Peeters']);
    expect(teacher).toBe(`LK-${expected(KEY, 'teacher', 'jana peeters')}`);
  });

  it('depend on the name and key only: not on order, spacing, case or Unicode form, nor on who else is shown', () => {
    const a = pseudonyms(KEY, 'pupil', ['Jana Peeters', 'Tom Claes', 'Zoë Maes']);
    const b = pseudonyms(KEY, 'pupil', ['  zoe\u0308   MAES ', 'jana  peeters']);
    expect(b).toEqual([a[2], a[0]]);
    expect(new Set(a).size).toBe(3);
    const other = pseudonyms(newPseudonymKey(), 'pupil', ['Jana Peeters']);
    expect(other[0]).not.toBe(a[0]);
  });

  it('gives 60 000 names distinct codes, lengthening only where two clash', () => {
    const names = Array.from({ length: 60_000 }, (_, i) => `Leerling ${i}`);
    const codes = pseudonyms(KEY, 'pupil', names);
    expect(new Set(codes).size).toBe(60_000);
    const clashes = new Map<string, number>();
    for (const name of names) {
      const short = expected(KEY, 'pupil', name.toLowerCase());
      clashes.set(short, (clashes.get(short) ?? 0) + 1);
    }
    // With this key, some names share their first 6 characters (30 bits, birthday bound): the test
    // sees the lengthening at work.
    expect([...clashes.values()].some((c) => c > 1)).toBe(true);
    codes.forEach((code, i) => {
      const short = expected(KEY, 'pupil', names[i]!.toLowerCase());
      if (clashes.get(short) === 1) expect(code).toBe(`LL-${short}`);
      else expect(code.length).toBeGreaterThan(3 + CODE_CHARS);
    });
  });
});

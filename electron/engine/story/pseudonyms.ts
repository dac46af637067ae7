import { createHmac, randomBytes } from 'node:crypto';
import { normalizeName, PSEUDONYM_PREFIX, type PseudonymRole } from '../../../shared/model/privacy/settings';

/**
 * Stable pseudonyms (issue 12): a person's code is HMAC-SHA256 under the project's own key of the
 * role and the normalised name, written in Crockford base32 after a prefix — `LL-7K3QXM` for a
 * pupil, `LK-…` for a teacher. It depends on nothing but the key and the name: not on row order,
 * not on who else is shown, so a pupil keeps the code across exports, presentations and refreshed
 * sources. Without the key, a code cannot be tied back to a name (the key never leaves the project).
 */

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 6 characters: 30 bits; two of a school's 2 000 pupils share one with a chance of about 0,2 %. */
export const CODE_CHARS = 6;
const MAX_CHARS = 20;

/** A new project key: 32 random bytes, base64 (ProjectPrivacy.key). */
export function newPseudonymKey(): string {
  return randomBytes(32).toString('base64');
}

function digest(key: string, role: PseudonymRole, name: string): Buffer {
  return createHmac('sha256', Buffer.from(key, 'base64')).update(`${role}\u0000${normalizeName(name)}`, 'utf8').digest();
}

/** The first `chars` base32 characters of the digest (5 bits each, most significant first). */
function base32(bytes: Buffer, chars: number): string {
  let out = '';
  for (let i = 0; i < chars; i++) {
    const bit = i * 5;
    const byte = bit >> 3;
    const word = ((bytes[byte] ?? 0) << 8) | (bytes[byte + 1] ?? 0);
    out += CROCKFORD[(word >> (11 - (bit & 7))) & 31];
  }
  return out;
}

/**
 * The codes of `names`, in their order (the same name, however spaced or cased, gets the same
 * code). Two different names that share a code within one output both get longer codes, until
 * they differ: a collision never merges two people on a chart.
 */
export function pseudonyms(key: string, role: PseudonymRole, names: readonly string[]): string[] {
  const prefix = `${PSEUDONYM_PREFIX[role]}-`;
  const people = new Map<string, Buffer>();
  for (const name of names) {
    const id = normalizeName(name);
    if (!people.has(id)) people.set(id, digest(key, role, name));
  }
  const length = new Map<string, number>([...people.keys()].map((id) => [id, CODE_CHARS]));
  for (;;) {
    const byCode = new Map<string, string[]>();
    for (const [id, bytes] of people) {
      const code = base32(bytes, length.get(id)!);
      (byCode.get(code) ?? byCode.set(code, []).get(code)!).push(id);
    }
    const clashing = [...byCode.values()].filter((ids) => ids.length > 1).flat();
    if (clashing.length === 0 || clashing.every((id) => length.get(id)! >= MAX_CHARS)) break;
    for (const id of clashing) length.set(id, length.get(id)! + 1);
  }
  return names.map((name) => {
    const id = normalizeName(name);
    return prefix + base32(people.get(id)!, length.get(id)!);
  });
}

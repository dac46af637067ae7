import type { NameFields } from '../../../../shared/model/recipe/steps/match';
import { PARTICLES } from './normalize';

/**
 * A full name as written, split into first and last name for the review list (scoring never
 * needs it: names are compared order-free). `NAAM, Voornaam` splits at the comma; without one,
 * `lastFirst` takes the leading particles and the word after them as the last name, `firstLast`
 * the last word with the particles before it; `auto` takes words in capitals (`PEETERS Marie`)
 * as the last name, and otherwise reads first-last.
 */
export function splitName(raw: string, order: Extract<NameFields, { kind: 'full' }>['order']): { first: string | null; last: string | null } {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return { first: null, last: null };
  const comma = text.indexOf(',');
  if (comma >= 0 && order !== 'firstLast') {
    return { last: text.slice(0, comma).trim() || null, first: text.slice(comma + 1).trim() || null };
  }
  const words = text.replace(/,/g, ' ').split(' ').filter(Boolean);
  if (words.length < 2) return { first: null, last: words[0] ?? null };
  const isParticle = (w: string) => (PARTICLES as readonly string[]).includes(w.toLowerCase().replace(/['’]/g, ''));
  const join = (from: number, to: number) => words.slice(from, to).join(' ');
  if (order === 'auto') {
    const caps = words.map((w) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase());
    const first = caps.indexOf(true);
    if (first >= 0 && caps.some((c) => !c)) {
      let last = first;
      while (last + 1 < words.length && caps[last + 1]) last++;
      return { last: join(first, last + 1), first: [join(0, first), join(last + 1, words.length)].filter(Boolean).join(' ') || null };
    }
  }
  if (order === 'lastFirst') {
    let i = 0;
    while (i < words.length - 2 && isParticle(words[i]!)) i++;
    return { last: join(0, i + 1), first: join(i + 1, words.length) };
  }
  let start = words.length - 1;
  while (start > 1 && isParticle(words[start - 1]!)) start--;
  return { first: join(0, start), last: join(start, words.length) };
}

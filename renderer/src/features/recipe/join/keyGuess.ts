import type { ColumnInfo } from '../../../../../shared/model/table';

/** Words that mark a pupil (or staff) key in Flemish and Dutch exports. */
const KEY_WORDS = ['stamboek', 'rijksregister', 'leerlingnummer', 'leerlingid', 'lln', 'studentid', 'pupilid', 'id'];

function normalize(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function keyWord(name: string): string | null {
  const n = normalize(name);
  // 'id' only counts as a whole name or suffix, or it would match 'idee' or 'validiteit'.
  return KEY_WORDS.find((w) => (w === 'id' ? n === 'id' || n.endsWith('id') : n.includes(w))) ?? null;
}

export interface KeyGuess {
  left: string;
  right: string;
}

/**
 * Pre-selects join keys whose names look alike: the same name after lowercasing (and
 * without accents, spaces and punctuation), else the same key word on both sides
 * (e.g. `Stamboeknummer` and `stamboek_nr`). Identifier columns are preferred. Null when
 * nothing looks alike: the user chooses.
 */
export function guessJoinKeys(left: readonly ColumnInfo[], right: readonly ColumnInfo[]): KeyGuess | null {
  const score = (l: ColumnInfo, r: ColumnInfo): number => {
    let s = 0;
    if (normalize(l.name) === normalize(r.name)) s += 4;
    else {
      const w = keyWord(l.name);
      if (w && w === keyWord(r.name)) s += 3;
      else return 0;
    }
    if (keyWord(l.name)) s += 2;
    if (l.type === 'identifier' || r.type === 'identifier') s += 1;
    return s;
  };
  let best: { guess: KeyGuess; score: number } | null = null;
  for (const l of left) {
    for (const r of right) {
      const s = score(l, r);
      if (s > 0 && (!best || s > best.score)) best = { guess: { left: l.name, right: r.name }, score: s };
    }
  }
  return best?.guess ?? null;
}

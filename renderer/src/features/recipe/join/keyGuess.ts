import type { ColumnInfo } from '../../../../../shared/model/table';

/** Words that mark a pupil (or staff) key in Flemish and Dutch exports. */
const KEY_WORDS = ['stamboek', 'rijksregister', 'leerlingnummer', 'leerlingid', 'lln', 'studentid', 'pupilid', 'id'];

/**
 * Words of columns that many rows share: joining on them multiplies rows (every pupil of class 2A
 * with every test row of 2A), so they are never proposed, even with an `id` in their name.
 */
const NON_IDENTIFYING = ['klas', 'class', 'groep', 'group', 'graad', 'jaar', 'leerjaar', 'school', 'geslacht', 'gender', 'vak', 'afname', 'niveau'];

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

/** Whether a column may identify a row: an identifier column or a key word in its name, and nothing many rows share. */
export function identifying(column: ColumnInfo): boolean {
  const n = normalize(column.name);
  if (NON_IDENTIFYING.some((w) => n.includes(w))) return false;
  return column.type === 'identifier' || keyWord(column.name) !== null;
}

export interface KeyGuess {
  left: string;
  right: string;
}

/**
 * Pre-selects join keys whose names look alike: the same name after lowercasing (and
 * without accents, spaces and punctuation), else the same key word on both sides
 * (e.g. `Stamboeknummer` and `stamboek_nr`). Only columns that may identify a row are
 * proposed (a class or a gender never is); identifier columns are preferred. Null when
 * nothing fits: the user chooses.
 */
export function guessJoinKeys(left: readonly ColumnInfo[], right: readonly ColumnInfo[]): KeyGuess | null {
  const score = (l: ColumnInfo, r: ColumnInfo): number => {
    if (!identifying(l) || !identifying(r)) return 0;
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

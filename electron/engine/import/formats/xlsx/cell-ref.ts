import type { MergeRange } from '../../stage/grid';

/** `C5` → { row: 4, col: 2 } (0-based); null if not a cell reference. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === 0 || i === ref.length) return null;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** `A1:J1` → a 0-based inclusive range; null if malformed. */
export function parseRangeRef(ref: string): MergeRange | null {
  const [a, b = a] = ref.split(':');
  const from = parseCellRef(a);
  const to = parseCellRef(b);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/** 0-based column index → letters (`0` → `A`, `26` → `AA`). */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

import type { JoinDiagnostics, JoinKind, KeyOptions } from '../../../../shared/model/recipe';
import type { Cell, ColumnType } from '../../../../shared/model/table';

/**
 * An independent reference for joins, written from the rules (shared/model/recipe/steps/join.ts),
 * not from the SQL: the compared key of a cell, the diagnostics, and the joined rows in order.
 * Test data keeps to text, whole numbers and decimals with at most one decimal.
 */

/** The text DuckDB writes for a number of a column type (a decimal always with a decimal part). */
export function numberText(n: number, type: ColumnType): string {
  return type === 'decimal' && Number.isInteger(n) ? `${n}.0` : String(n);
}

const SPACES = /^[ \t\u00a0\r\n]+|[ \t\u00a0\r\n]+$/g;

/** The compared key of a cell, or null when it is no key (empty). `other` is the type of the column it is compared with. */
export function refKey(cell: Cell, type: ColumnType, other: ColumnType, o: KeyOptions): string | null {
  if (cell === null) return null;
  if (typeof cell === 'number') {
    // In one written form: 45123 and 45123,0 alike (the test data's decimals are whole or halves).
    if (o.numberAsText) return String(cell);
    const sameStorage = type === other || (isText(type) && isText(other));
    return sameStorage ? `#${cell}` : numberText(cell, type);
  }
  let t = String(cell);
  if (o.trim) t = t.replace(SPACES, '');
  if (o.ignoreCase) t = t.toLowerCase();
  if (o.ignoreAccents) t = t.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (t === '') return null;
  if (o.stripLeadingZeros && /^[0-9]+$/.test(t)) t = t.replace(/^0+/, '') || '0';
  return t;
}

const isText = (t: ColumnType) => t === 'text' || t === 'identifier' || t === 'ordinal';

/** One side of a join for the reference: the key cells of each row (one per key pair), with their types. */
export interface RefSide {
  keys: Cell[][];
  types: ColumnType[];
}

/** The composite key of each row: null when a part is no key. */
function compositeKeys(side: RefSide, other: RefSide, options: KeyOptions[]): (string | null)[] {
  return side.keys.map((row) => {
    const parts = row.map((cell, k) => refKey(cell, side.types[k]!, other.types[k]!, options[k]!));
    return parts.some((p) => p === null) ? null : JSON.stringify(parts);
  });
}

/** The key as shown in samples: each part as DuckDB writes it, parts joined with ` | `. */
function shown(row: Cell[], types: ColumnType[]): string {
  return row.map((c, k) => (typeof c === 'number' ? numberText(c, types[k]!) : String(c))).join(' | ');
}

export function refDiagnostics(left: RefSide, right: RefSide, options: KeyOptions[], how: JoinKind): JoinDiagnostics {
  const lk = compositeKeys(left, right, options);
  const rk = compositeKeys(right, left, options);
  const count = (keys: (string | null)[], side: RefSide) => {
    const m = new Map<string, { n: number; o: string }>();
    keys.forEach((k, i) => {
      if (k === null) return;
      const o = shown(side.keys[i]!, side.types);
      const e = m.get(k);
      m.set(k, e ? { n: e.n + 1, o: o < e.o ? o : e.o } : { n: 1, o });
    });
    return m;
  };
  const lc = count(lk, left);
  const rc = count(rk, right);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const ul = [...lc].filter(([k]) => !rc.has(k));
  const ur = [...rc].filter(([k]) => !lc.has(k));
  const matched = [...lc].filter(([k]) => rc.has(k)).map(([k, v]) => ({ ln: v.n, rn: rc.get(k)!.n }));
  const emptyLeft = lk.filter((k) => k === null).length;
  const emptyRight = rk.filter((k) => k === null).length;
  const pairs = sum(matched.map((m) => m.ln * m.rn));
  const leftAlone = sum(ul.map(([, v]) => v.n)) + emptyLeft;
  const rightAlone = sum(ur.map(([, v]) => v.n)) + emptyRight;
  const repeatedLeftRows = sum(matched.filter((m) => m.rn > 1).map((m) => m.ln));
  const repeatedRightRows = sum(matched.filter((m) => m.ln > 1).map((m) => m.rn));
  const resultRows = {
    inner: pairs,
    left: pairs + leftAlone,
    right: pairs + rightAlone,
    full: pairs + leftAlone + rightAlone,
    anti: leftAlone,
    semi: sum(matched.map((m) => m.ln)),
  }[how];
  const samples = (u: typeof ul) => u.map(([, v]) => v.o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, 5);
  return {
    leftRows: lk.length,
    rightRows: rk.length,
    matchedKeys: matched.length,
    unmatchedLeft: sum(ul.map(([, v]) => v.n)),
    unmatchedRight: sum(ur.map(([, v]) => v.n)),
    duplicateKeysLeft: [...lc.values()].filter((v) => v.n > 1).length,
    duplicateKeysRight: [...rc.values()].filter((v) => v.n > 1).length,
    emptyKeysLeft: emptyLeft,
    emptyKeysRight: emptyRight,
    repeatedLeftRows,
    repeatedRightRows,
    manyToManyKeys: matched.filter((m) => m.ln > 1 && m.rn > 1).length,
    multipliesRows: how === 'right' ? repeatedRightRows > 0 : how === 'semi' || how === 'anti' ? false : repeatedLeftRows > 0,
    resultRows,
    sampleUnmatchedLeft: samples(ul),
    sampleUnmatchedRight: samples(ur),
  };
}

/**
 * The joined rows in the order the rules give, by nested loops: each table row in order with its
 * partners in the source's order (a row without a partner kept by left and full joins, with empty
 * source cells), then — right and full joins — the source's rows without a partner in their order,
 * with empty table cells. `leftRow` and `rightRow` are what a row contributes to the result.
 */
export function refJoinRows(
  left: RefSide,
  right: RefSide,
  options: KeyOptions[],
  how: JoinKind,
  leftRow: (i: number) => Cell[],
  rightRow: (j: number) => Cell[],
  widths: { left: number; right: number },
): Cell[][] {
  const lk = compositeKeys(left, right, options);
  const rk = compositeKeys(right, left, options);
  const none = (n: number) => Array.from({ length: n }, () => null);
  const out: Cell[][] = [];
  const rightMatched = new Set<number>();
  lk.forEach((k, i) => {
    const partners = k === null ? [] : rk.flatMap((r, j) => (r === k ? [j] : []));
    partners.forEach((j) => rightMatched.add(j));
    if (how === 'semi') {
      if (partners.length > 0) out.push(leftRow(i));
      return;
    }
    if (how === 'anti') {
      if (partners.length === 0) out.push(leftRow(i));
      return;
    }
    for (const j of partners) out.push([...leftRow(i), ...rightRow(j)]);
    if (partners.length === 0 && (how === 'left' || how === 'full')) out.push([...leftRow(i), ...none(widths.right)]);
  });
  if (how === 'right' || how === 'full') {
    rk.forEach((_, j) => {
      if (!rightMatched.has(j)) out.push([...none(widths.left), ...rightRow(j)]);
    });
  }
  return out;
}

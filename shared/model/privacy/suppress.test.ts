import { describe, expect, it } from 'vitest';
import { marginLines, suppressCells } from './suppress';

const hiddenIndices = (hidden: boolean[]) => hidden.flatMap((h, i) => (h ? [i] : []));

describe('suppressCells', () => {
  it('withholds groups under k but not empty ones, without a total nothing more', () => {
    const s = suppressCells([3, 10, 0, 12, 4], [], 5);
    expect(hiddenIndices(s.hidden)).toEqual([0, 4]);
    expect(s).toMatchObject({ primary: 2, complementary: 0, exposed: [] });
  });

  it('1-D with an "all" cell: one withheld group makes the next smallest go too', () => {
    // 3 + 10 + 12 + 8 = 33: with 33 shown, 3 = 33 − 10 − 12 − 8; so 8 goes as well.
    const s = suppressCells([3, 10, 12, 8, 33], [{ cells: [0, 1, 2, 3], total: 4 }], 5);
    expect(hiddenIndices(s.hidden)).toEqual([0, 3]);
    expect(s.primary).toBe(1);
    expect(s.complementary).toBe(1);
  });

  it('1-D: two withheld groups already protect each other', () => {
    const s = suppressCells([3, 4, 10, 12, 29], [{ cells: [0, 1, 2, 3], total: 4 }], 5);
    expect(hiddenIndices(s.hidden)).toEqual([0, 1]);
    expect(s.complementary).toBe(0);
  });

  it('prefers a complement with pupils over an empty group', () => {
    const s = suppressCells([0, 3, 10, 13], [{ cells: [0, 1, 2], total: 3 }], 5);
    expect(hiddenIndices(s.hidden)).toEqual([1, 2]);
  });

  it('withholds the total when a line has nothing else to hide, and cascades through it', () => {
    // a (3) is the only part of subtotal s (3); s and t (22) make up the grand total g (25).
    // cells: a=0, b=1, c=2, s=3, t=4, g=5
    const lines = [
      { cells: [0], total: 3 },
      { cells: [1, 2], total: 4 },
      { cells: [3, 4], total: 5 },
    ];
    const s = suppressCells([3, 10, 12, 3, 22, 25], lines, 5);
    // a and s are under 5; s alone in {s, t} → t goes; t withheld publishes nothing for {b, c}.
    expect(hiddenIndices(s.hidden)).toEqual([0, 3, 4]);
    expect(s.primary).toBe(2);
    expect(s.complementary).toBe(1);
  });

  it('a single group under k whose total is shown elsewhere is reported exposed', () => {
    const s = suppressCells([3], [{ cells: [0] }], 5);
    expect(s.exposed).toEqual([0]);
    const many = suppressCells([3, 7], [{ cells: [0, 1] }], 5);
    expect(hiddenIndices(many.hidden)).toEqual([0, 1]);
    expect(many.exposed).toEqual([]);
  });

  it('2-D with margins: the classic four-cell pattern', () => {
    //        X   Y   Z | row
    //   A    2   8   9 | 19
    //   B    7   6  12 | 25
    //   C   10  11   5 | 26
    //  col  19  25  26 | 70
    const interior = [2, 8, 9, 7, 6, 12, 10, 11, 5];
    const counts = [...interior, 19, 25, 26, 19, 25, 26, 70];
    const s = suppressCells(counts, marginLines(3, 3), 5);
    // A·X (2) under k; row A → A·Y (8); column X → B·X (7); column Y → B·Y (6); row B then has two.
    expect(hiddenIndices(s.hidden)).toEqual([0, 1, 3, 4]);
    expect(s.primary).toBe(1);
    expect(s.complementary).toBe(3);
    // Every line with a visible total has zero or at least two withheld cells.
    for (const line of marginLines(3, 3)) {
      const withheld = line.cells.filter((c) => s.hidden[c]).length;
      expect(withheld === 0 || withheld >= 2 || s.hidden[line.total!]).toBe(true);
    }
  });

  it('2-D: a small margin is withheld and cascades into the grand total lines', () => {
    //        X   Y | row
    //   A    1   2 |  3   (A's margin itself under k)
    //   B    9  10 | 19
    //  col  10  12 | 22
    const counts = [1, 2, 9, 10, 3, 19, 10, 12, 22];
    const s = suppressCells(counts, marginLines(2, 2), 5);
    // primary: A·X, A·Y, A's margin (3). Column X: A·X alone → B·X (9); column Y: A·Y alone → B·Y (10).
    // Row B then has both withheld; the row margins' line {3, 19} has 3 alone → 19 goes too.
    expect(hiddenIndices(s.hidden)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(s.primary).toBe(3);
    expect(s.complementary).toBe(3);
  });

  it('keeps what an analysis withheld (null) and suppresses nothing more with k null', () => {
    const s = suppressCells([null, 2, 30, 40], [{ cells: [0, 1, 2], total: 3 }], null);
    expect(hiddenIndices(s.hidden)).toEqual([0]);
    const safe = suppressCells([null, 20, 30, 58], [{ cells: [0, 1, 2], total: 3 }], 5);
    expect(hiddenIndices(safe.hidden)).toEqual([0, 1]);
  });
});

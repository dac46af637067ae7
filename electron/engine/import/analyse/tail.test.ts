import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../db/session';
import { sqlRunner } from '../sql-runner';
import type { SqlRunner } from '../stage/types';
import { analyseStaged } from './analyse';
import { stageRows } from './testing';

let session: Session;
let sql: SqlRunner;

beforeAll(async () => {
  session = await Session.create();
  sql = sqlRunner(session);
});
afterAll(() => session.close());

/** Header, pupils 2…101 with a score, a totals row 102; `absent` rows left out of the staged table. */
function rows(absent: (row: number) => boolean): ((string | null)[] | undefined)[] {
  return Array.from({ length: 102 }, (_, i) => {
    const row = i + 1;
    if (absent(row)) return undefined;
    if (row === 1) return ['Nr', 'Score'];
    if (row === 102) return ['Totaal', '450'];
    return [String(2024000 + row), String(row % 10)];
  });
}

describe('the rows at the end', () => {
  it('finds the totals row under a long run of rows the staged table does not have', async () => {
    // The last 60 row numbers hold the totals row alone: the search goes on over the whole
    // table (the totals row alone would not be told from data).
    const staged = await stageRows(sql, rows((row) => row >= 42 && row <= 101));
    const { inspect } = await analyseStaged(sql, staged, {}, 'test.csv', null);
    expect(inspect.rowCount).toBe(40);
    expect(inspect.leftOut.filter((r) => r.reason !== 'empty')).toEqual([
      { row: 1, reason: 'header', text: 'Nr · Score' },
      { row: 102, reason: 'summary', text: 'Totaal · 450' },
    ]);
    expect(inspect.leftOut.filter((r) => r.reason === 'empty').map((r) => r.row)).toEqual(Array.from({ length: 60 }, (_, i) => 42 + i));
  });

  it('finds it the same way when the last rows are all there, or a few are missing', async () => {
    for (const absent of [() => false, (row: number) => row === 90 || row === 45]) {
      const staged = await stageRows(sql, rows(absent));
      const { inspect } = await analyseStaged(sql, staged, {}, 'test.csv', null);
      expect(inspect.leftOut.filter((r) => r.reason === 'summary')).toEqual([{ row: 102, reason: 'summary', text: 'Totaal · 450' }]);
      expect(inspect.rowCount).toBe(absent(90) ? 98 : 100);
    }
  });
});

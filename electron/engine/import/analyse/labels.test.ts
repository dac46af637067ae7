import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGREEMENT_WORDINGS } from '../../../../shared/model/analysis/agreement';
import { LIKERT_AGREEMENT } from '../../../../shared/import/builtin-profiles';
import { Session } from '../../db/session';
import { sqlRunner } from '../sql-runner';
import type { SqlRunner } from '../stage/types';
import { analyseStaged } from './analyse';
import { convertStaged } from './convert';
import { stageRows, tableRows } from './testing';

/**
 * The survey profile's label mapping on the wordings forms use for the five-point agreement scale,
 * and on options written after their own number. The points are written out here, not taken from
 * the mapping under test.
 */

let session: Session;
let sql: SqlRunner;
beforeAll(async () => {
  session = await Session.create();
  sql = sqlRunner(session);
});
afterAll(() => session.close());

async function mapped(cells: string[]): Promise<{ values: unknown[]; notFitting: { row: number; value: string }[] }> {
  const staged = await stageRows(sql, [['IK1. Ik geef erkenning'], ...cells.map((c) => [c])]);
  const options = { columnRules: [{ pattern: '^\\s*(IK|WIJ|OV|PC)\\d', type: 'integer' as const, mapping: { kind: 'labels' as const, labels: LIKERT_AGREEMENT } }] };
  const analysis = await analyseStaged(sql, staged, options, 'enquete.csv', null);
  const table = `labels_${Math.random().toString(36).slice(2)}`;
  await convertStaged(sql, staged, analysis, table);
  const rows = await tableRows(sql, table, ['IK1. Ik geef erkenning']);
  return { values: rows.map((r) => r[0]), notFitting: analysis.inspect.columns[0]!.notFitting.examples };
}

describe('the agreement scale at import', () => {
  it('maps every wording of every point to that point', async () => {
    const cases: [string, number][] = [
      ['Helemaal niet akkoord', 1],
      ['Niet akkoord', 2],
      ['Neutraal', 3],
      ['Akkoord', 4],
      ['Helemaal akkoord', 5],
      ['Volledig oneens', 1],
      ['Noch eens, noch oneens', 3],
      ['Volledig eens', 5],
      ['Strongly disagree', 1],
      ['Disagree', 2],
      ['Neither agree nor disagree', 3],
      ['Agree', 4],
      ['Strongly agree', 5],
      ['  helemaal   EENS ', 5],
    ];
    const { values, notFitting } = await mapped(cases.map(([label]) => label));
    expect(values).toEqual(cases.map(([, point]) => point));
    expect(notFitting).toEqual([]);
  });

  it('reads an option after its own number, and refuses one after another number', async () => {
    const { values, notFitting } = await mapped(['1 - Helemaal oneens', '2. Oneens', '3) Neutraal', '4 -Eens', '5 Helemaal eens', '3 - Eens', 'Misschien']);
    expect(values).toEqual([1, 2, 3, 4, null, null, null]);
    expect(notFitting.map((n) => n.value)).toEqual(['5 Helemaal eens', '3 - Eens', 'Misschien']);
  });

  it('gives every wording one point only, the workbench own first and last in the mapping', () => {
    const all = AGREEMENT_WORDINGS.flat().map((w) => w.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
    expect(LIKERT_AGREEMENT[0]).toEqual({ label: 'Helemaal oneens', value: 1 });
    expect(LIKERT_AGREEMENT.at(-1)).toEqual({ label: 'Helemaal eens', value: 5 });
    expect(LIKERT_AGREEMENT).toHaveLength(all.length);
  });
});

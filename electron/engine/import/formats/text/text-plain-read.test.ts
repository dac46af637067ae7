import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropStaged } from '../../index';
import { stageDelimitedText } from './text';
import { plainStorage } from './text-plain-read';
import { openStaging, type Staging } from './text-testing';

let st: Staging;
beforeAll(async () => {
  st = await openStaging('text-plain-read');
});
afterAll(() => st.close());

const views = async () => (await st.sql.rows('SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1')).map(([name]) => String(name));

describe('the lean read of a plain file', () => {
  it('numbers the rows by record in a file DuckDB reads in parallel, on 2 and on 8 threads', async () => {
    // Records of very different lengths (so DuckDB's parallel chunks end mid-record), each
    // holding its own record number; some fields empty, the header counted as record 1.
    const lines = ['Nr;Naam;Opmerking'];
    for (let i = 2; i <= 250_000; i++) lines.push(`${i};${i % 11 === 0 ? '' : 'n'.repeat(i % 53)};${'x'.repeat((i * 7919) % 97)}`);
    const path = st.write('parallel.csv', lines.join('\r\n') + '\r\n');
    try {
      for (const threads of [2, 8]) {
        await st.sql.run(`SET threads = ${threads}`);
        const before = await st.tables();
        const { staged } = await st.stage(stageDelimitedText, path);
        expect(staged.storage).toBe(plainStorage(staged.table));
        expect(staged.rowCount).toBe(250_000);
        expect(await st.tables()).toEqual([...before, staged.storage!].sort());
        const [[wrong, rows, first, last]] = await st.sql.rows(
          `SELECT count_if(TRY_CAST(c1 AS BIGINT) <> "__row" AND "__row" > 1), count(*), min("__row"), max("__row") FROM "${staged.table}"`,
        );
        expect([wrong, rows, first, last]).toEqual([0n, 250_000n, 1n, 250_000n]);
        expect(await st.sql.rows(`SELECT c2 FROM "${staged.table}" WHERE "__row" = 11`)).toEqual([[null]]);
        await dropStaged(st.sql, staged);
        expect(await st.tables()).toEqual(before);
        expect(await views()).toEqual([]);
      }
    } finally {
      await st.sql.run('RESET threads');
    }
  });

  it('leaves no table or view behind when the file turns out not plain after its head', async () => {
    const before = await st.tables();
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i};Leerling ${i}`);
    const path = st.write('late-quote.csv', [...lines, 'a;"b"'].join('\n'));
    const { staged } = await st.stage(stageDelimitedText, path);
    expect(staged.storage).toBeUndefined();
    expect(await views()).toEqual([]);
    await dropStaged(st.sql, staged);
    expect(await st.tables()).toEqual(before);
  });
});

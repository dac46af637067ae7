import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../../../shared/api/errors';
import { formatMessage } from '../../../../../shared/i18n';
import { stageParquet } from './parquet';
import { filesIn, openStaging, type Staging } from '../text/text-testing';
import { RAW_ROW } from '../../../db/reserved';

let st: Staging;
beforeAll(async () => {
  st = await openStaging('stage-parquet');
});
afterAll(() => st.close());

/** Writes a Parquet file with DuckDB's own writer. */
async function parquet(name: string, select: string): Promise<string> {
  const path = join(st.dir, name);
  await st.sql.run(`COPY (${select}) TO '${path}' (FORMAT parquet)`);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<WerkbankError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WerkbankError);
  const werr = err as WerkbankError;
  for (const locale of ['nl-BE', 'en'] as const) expect(formatMessage(werr.toMessage(), locale)).not.toBe(werr.code);
  return werr;
}

describe('staging Parquet', () => {
  it('reads a file written by DuckDB back with its names and types', async () => {
    const path = await parquet(
      'leerlingen.parquet',
      `SELECT * FROM (VALUES
         ('0045123', 'Zoë', 12::TINYINT, 14.5::DOUBLE, 31.25::DECIMAL(6,2), 7::DECIMAL(18,0), DATE '2013-07-17', TRUE,
          TIMESTAMP '2026-05-28 00:00:00', TIMESTAMP '2026-05-28 10:30:00'),
         ('2023054', NULL, NULL, NULL, NULL, NULL, NULL, FALSE, NULL, TIMESTAMP '2026-06-01 08:00:05'))
       AS t("Stamboeknr", "Naam", "Score", "Procent", "Punten", "Aantal", "Geboortedatum", "Zorg", "Afgenomen", "Tijdstip")`,
    );
    const { staged, rows } = await st.stage(stageParquet, path);
    expect(staged.format).toBe('parquet');
    expect(staged.encoding).toBeNull();
    expect(staged.rowCount).toBe(2);
    expect(staged.columnCount).toBe(10);
    expect(staged.typedColumns).toEqual([
      { name: 'Stamboeknr', type: 'text' },
      { name: 'Naam', type: 'text' },
      { name: 'Score', type: 'integer' },
      { name: 'Procent', type: 'decimal' },
      { name: 'Punten', type: 'decimal' },
      { name: 'Aantal', type: 'integer' },
      { name: 'Geboortedatum', type: 'date' },
      { name: 'Zorg', type: 'boolean' },
      { name: 'Afgenomen', type: 'date' }, // timestamps all at midnight: dates
      { name: 'Tijdstip', type: 'text' }, // real date-times: text
    ]);
    expect(staged.warnings).toEqual([]);
    expect(rows.map((r) => r[0])).toEqual([1, 2]);
    const typed = await st.sql.rows(
      `SELECT ${Array.from({ length: 10 }, (_, i) => `typeof(c${i + 1})`).join(', ')} FROM "${staged.table}" LIMIT 1`,
    );
    expect(typed).toEqual([['VARCHAR', 'VARCHAR', 'BIGINT', 'DOUBLE', 'DOUBLE', 'BIGINT', 'DATE', 'BOOLEAN', 'DATE', 'VARCHAR']]);
    const values = await st.sql.rows(
      `SELECT c1, c2, c3, c4, c5, c6, CAST(c7 AS VARCHAR), c8, CAST(c9 AS VARCHAR), c10 FROM "${staged.table}" ORDER BY "${RAW_ROW}"`,
    );
    expect(values.map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v)))).toEqual([
      ['0045123', 'Zoë', 12, 14.5, 31.25, 7, '2013-07-17', true, '2026-05-28', '2026-05-28 10:30:00'],
      ['2023054', null, null, null, null, null, null, false, null, '2026-06-01 08:00:05'],
    ]);
  });

  it('numbers rows in file order across row groups', async () => {
    const path = join(st.dir, 'groot.parquet');
    await st.sql.run(`COPY (SELECT range AS id FROM range(300000)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 10000)`);
    const { staged } = await st.stage(stageParquet, path);
    expect(staged.rowCount).toBe(300000);
    expect(await st.sql.rows(`SELECT count(*) FROM "${staged.table}" WHERE "${RAW_ROW}" <> c1 + 1`)).toEqual([[0n]]);
  });

  it('reads a column named file_row_number, and lists and structs as text with a warning', async () => {
    const path = await parquet(
      'vreemd.parquet',
      `SELECT 5 AS file_row_number, [1, 2] AS lijst, {'a': 1} AS struct, 'x' AS naam UNION ALL SELECT 6, [3], {'a': 2}, 'y'`,
    );
    const { staged, rows } = await st.stage(stageParquet, path);
    expect(staged.typedColumns?.map((c) => c.type)).toEqual(['integer', 'text', 'text', 'text']);
    expect(staged.warnings).toEqual([{ code: 'import.parquetColumnsAsText', params: { columns: 'lijst, struct' } }]);
    expect(rows.map(([row, , , , name]) => [row, name])).toEqual([
      [1, 'x'],
      [2, 'y'],
    ]);
    expect(rows[0]![2]).toBe('[1, 2]');
  });

  it('refuses a damaged file with a message and leaves no table', async () => {
    const before = await st.tables();
    const broken = st.write('kapot.parquet', Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(100, 7), Buffer.from('PAR1')]));
    const err = await failure(st.stage(stageParquet, broken));
    expect(err.code).toBe('errors.import.parquetInvalid');
    expect(err.params.file).toBe('kapot.parquet');
    expect(await st.tables()).toEqual(before);
  });

  it('is cancelled before it starts when asked', async () => {
    const path = await parquet('klein.parquet', 'SELECT 1 AS a');
    const controller = new AbortController();
    controller.abort();
    const ctx = st.context(controller.signal);
    const err = await failure(stageParquet({ path, fileName: 'klein.parquet', options: {} }, ctx, st.sql));
    expect(err.code).toBe('errors.import.cancelled');
    expect(filesIn(ctx.tempDir)).toEqual([]);
  });
});

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../../shared/api/errors';
import { samplePath } from '../testing/samples';
import { inlineStr, makeXlsx, num, row } from '../testing/make-xlsx';
import { stageFile } from './index';
import { openStaging, type Staging } from '../formats/text/text-testing';

let st: Staging;
beforeAll(async () => {
  st = await openStaging('stage-index');
});
afterAll(() => st.close());

const stage = (path: string, name = path.split('/').pop()!) =>
  stageFile({ path, fileName: name, options: {} }, st.context(), st.sql);

async function code(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WerkbankError);
  return (err as WerkbankError).code;
}

describe('stageFile dispatches by content', () => {
  it('reads delimited text whatever its extension', async () => {
    const staged = await stage(st.write('export.xml.txt', 'a;b\n1;2\n'));
    expect(staged.format).toBe('csv');
    expect(staged.delimiter).toBe(';');
    expect((await stage(samplePath('toets-wiskunde-sept.csv'))).encoding).toBe('windows-1252');
  });

  it('reads Parquet by its signature, even when misnamed', async () => {
    const path = join(st.dir, 'export.csv');
    await st.sql.run(`COPY (SELECT 1 AS a, 'x' AS b) TO '${path}' (FORMAT parquet)`);
    const staged = await stage(path);
    expect(staged.format).toBe('parquet');
    expect(staged.typedColumns).toEqual([
      { name: 'a', type: 'integer' },
      { name: 'b', type: 'text' },
    ]);
  });

  it('hands a zip to the spreadsheet stager, even when misnamed', async () => {
    const book = makeXlsx({ sheets: [{ name: 'Blad1', rows: row(1, [inlineStr('A1', 'Naam')]) + row(2, [num('A2', 3)]) }] });
    const staged = await stage(st.write('export.csv', book));
    expect(staged.format).toBe('xlsx');
    expect(staged.sheet).toBe('Blad1');
  });

  it('refuses an empty file, and text named like a spreadsheet or a Parquet file', async () => {
    expect(await code(stage(st.write('leeg.csv', '')))).toBe('errors.import.empty');
    expect(await code(stage(st.write('nep.xlsx', 'Naam;Score\nAn;1\n')))).toBe('errors.import.notASpreadsheet');
    expect(await code(stage(st.write('nep.ods', 'Naam;Score\nAn;1\n')))).toBe('errors.import.notASpreadsheet');
    expect(await code(stage(st.write('nep.parquet', 'Naam;Score\nAn;1\n')))).toBe('errors.import.parquetInvalid');
  });

  it('reports a file that does not exist', async () => {
    expect(await code(stage(join(st.dir, 'weg.csv')))).toBe('errors.import.fileNotFound');
  });
});

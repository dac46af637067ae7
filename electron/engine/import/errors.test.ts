import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/api/errors';
import { formatMessage } from '../../../shared/i18n';
import { Session } from '../db/session';
import { dropStaged, inspectPath } from './index';
import { sqlRunner } from './sql-runner';
import { inlineStr, makeXlsx, num, row } from './testing/make-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'werkbank-errors-'));
function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

/** Runs the whole pipeline's front half (stage + analyse) and returns the error it must raise. */
async function failure(path: string, options = {}): Promise<WerkbankError> {
  const sql = sqlRunner(session);
  const err = await inspectPath(sql, path, dir, options).then(
    async ({ staged }) => {
      await dropStaged(sql, staged);
      return null;
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WerkbankError);
  const werr = err as WerkbankError;
  // Every code the importer throws has a Dutch and an English text.
  for (const locale of ['nl-BE', 'en'] as const) expect(formatMessage(werr.toMessage(), locale)).not.toBe(werr.code);
  return werr;
}

const smallBook = (sheetNames: string[]) =>
  makeXlsx({
    sheets: sheetNames.map((name) => ({ name, rows: row(1, [inlineStr('A1', 'a')]) + row(2, [num('A2', 1)]) })),
  });

describe('import errors', () => {
  it('a 0-byte file is empty', async () => {
    const err = await failure(write('leeg.csv', ''));
    expect(err.code).toBe('errors.import.empty');
    expect(err.params).toEqual({ file: 'leeg.csv' });
  });

  it('a CSV of only blank lines is empty', async () => {
    expect((await failure(write('blank.csv', '\r\n ; \r\n\r\n'))).code).toBe('errors.import.empty');
  });

  it('an .xlsx that is plain text is not a spreadsheet', async () => {
    expect((await failure(write('nep.xlsx', 'Naam;Score\nAn;1\n'))).code).toBe('errors.import.notASpreadsheet');
  });

  it('a truncated zip is damaged; a zip without xl/workbook.xml is not a spreadsheet', async () => {
    const truncated = smallBook(['Blad1']).slice(0, 60);
    expect((await failure(write('kapot.xlsx', truncated))).code).toBe('errors.import.sheetDamaged');
    const noWorkbook = makeXlsx({
      sheets: [{ name: 'Blad1', rows: '' }],
      parts: { 'xl/workbook.xml': null, '_rels/.rels': null },
    });
    expect((await failure(write('geen-werkboek.xlsx', noWorkbook))).code).toBe('errors.import.notASpreadsheet');
  });

  it('an OLE compound file that is no workbook is not a spreadsheet (real .xls and encrypted files: formats/sheet/spreadsheet-hostile.test.ts)', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const err = await failure(write('oud.xls', ole));
    expect(err.code).toBe('errors.import.notASpreadsheet');
  });

  it('an unknown sheet name lists the sheets there are', async () => {
    const err = await failure(write('twee.xlsx', smallBook(['Leerlingen', 'Legende'])), { sheet: 'Punten' });
    expect(err.code).toBe('errors.import.unknownSheet');
    expect(err.params).toEqual({ sheet: 'Punten', available: 'Leerlingen, Legende' });
  });

  it('an empty sheet says which sheet', async () => {
    const path = write('leeg-blad.xlsx', makeXlsx({ sheets: [{ name: 'Blad1', rows: '' }] }));
    const err = await failure(path);
    expect(err.code).toBe('errors.import.emptySheet');
    expect(err.params.sheet).toBe('Blad1');
  });

  it('a missing file and a header row beyond the end', async () => {
    expect((await failure(join(dir, 'bestaat-niet.csv'))).code).toBe('errors.import.fileNotFound');
    const err = await failure(write('kort.csv', 'a;b\n1;2\n'), { headerRow: 9 });
    expect(err.code).toBe('errors.import.headerRowOutOfRange');
    expect(err.params).toEqual({ row: 9, lastRow: 2 });
  });
});

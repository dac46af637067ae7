import { readdirSync, readFileSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineStr, makeXlsx, num, row } from '../../testing/make-xlsx';
import { samplePath } from '../../testing/samples';
import { sniffCfb } from './cfb';
import { makeCfb, SheetHarness, withDeclaredSize } from './sheet-testing';

let h: SheetHarness;
beforeAll(async () => {
  h = await SheetHarness.create();
});
afterAll(() => h.close());

const lvsBytes = () => new Uint8Array(readFileSync(samplePath('lvs-leerlingen.xlsx')));

/** Stages the bytes as a file of that name; resolves to the error code it is refused with. */
async function refusal(name: string, bytes: Uint8Array, settings = {}): Promise<string> {
  const tablesBefore = await h.tables();
  const context = h.context();
  const error = await h.stage(h.file(name, bytes), {}, settings, context).then(
    () => null,
    (e: unknown) => e as { code?: string; message: string },
  );
  expect(error, 'the file was accepted').not.toBeNull();
  // Nothing is left behind: no table, no temporary file.
  expect(await h.tables()).toEqual(tablesBefore);
  expect(readdirSync(context.tempDir)).toEqual([]);
  return error!.code ?? error!.message;
}

describe('damaged and hostile spreadsheets', () => {
  it('refuses a truncated xlsx (a download cut short) as damaged', async () => {
    const bytes = lvsBytes();
    for (const length of [100, Math.floor(bytes.length / 2), bytes.length - 10]) {
      expect(await refusal('kapot.xlsx', bytes.subarray(0, length))).toBe('errors.import.sheetDamaged');
    }
  });

  it('refuses an xlsx whose sheet data is corrupted as damaged', async () => {
    const bytes = makeXlsx({
      sheets: [{ name: 'Blad1', rows: Array.from({ length: 200 }, (_, i) => row(i + 1, [num(`A${i + 1}`, i * 7919)])).join('') }],
    });
    // Flip bytes in the middle of the (largest) compressed entry: the sheet.
    const damaged = bytes.slice();
    for (let i = 0; i < 16; i++) damaged[Math.floor(bytes.length / 2) + i] ^= 0x5a;
    expect(await refusal('kapot.xlsx', damaged)).toBe('errors.import.sheetDamaged');
  });

  it('refuses a zip bomb from its central directory (ratio far above 200:1) before inflating', async () => {
    // 24 MB of one repeated cell compresses about a thousandfold.
    const filler = '<c r="A1" s="0"/>'.repeat(1_500_000);
    const bomb = makeXlsx({ sheets: [{ name: 'Blad1', rows: `<row r="1">${filler}</row>` }] });
    expect(bomb.length).toBeLessThan(200_000);
    expect(await refusal('bom.xlsx', bomb)).toBe('errors.import.sheetTooLarge');
    // The ratio is what refused it: allowed a higher ratio, the same file stages.
    const staged = await h.stage(h.file('bom.xlsx', bomb), {}, { limits: { maxRatio: 1e6 } });
    expect([staged.rowCount, staged.columnCount]).toEqual([0, 0]);
  });

  it('stops inflating an entry that grows beyond the size its central directory declares', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => row(i + 1, [inlineStr(`A${i + 1}`, 'x'.repeat(100))])).join('');
    const bytes = withDeclaredSize(makeXlsx({ sheets: [{ name: 'Blad1', rows }] }), 'xl/worksheets/sheet1.xml', 1000);
    expect(await refusal('liegt.xlsx', bytes)).toBe('errors.import.sheetTooLarge');
  });

  it('limits the total uncompressed size of the parts read', async () => {
    // lvs-leerlingen.xlsx unpacks to about 70 KB.
    expect(await refusal('lvs.xlsx', lvsBytes(), { limits: { maxTotalSize: 20_000 } })).toBe('errors.import.sheetTooLarge');
    expect((await h.stage(h.file('lvs.xlsx', lvsBytes()), {}, { limits: { maxTotalSize: 200_000 } })).rowCount).toBe(139);
  });

  it('refuses a sheet with more cells than the limit, and one wider than a column limit', async () => {
    const rows = Array.from({ length: 100 }, (_, r) =>
      row(r + 1, Array.from({ length: 20 }, (_, c) => num(`${String.fromCharCode(65 + c)}${r + 1}`, c))),
    ).join('');
    const bytes = makeXlsx({ sheets: [{ name: 'Groot', rows }] });
    expect(await refusal('groot.xlsx', bytes, { limits: { maxCells: 1000 } })).toBe('errors.import.sheetTooManyCells');
    expect(await refusal('groot.xlsx', bytes, { limits: { maxColumns: 10 } })).toBe('errors.import.sheetTooWide');
    expect((await h.stage(h.file('groot.xlsx', bytes), {}, { limits: { maxCells: 2000 } })).rowCount).toBe(100);
  });

  it('refuses a cell beyond Excel’s last column (XFD) as damaged', async () => {
    const bytes = makeXlsx({ sheets: [{ name: 'Blad1', rows: row(1, [inlineStr('XFE1', 'te ver')]) }] });
    expect(await refusal('breed.xlsx', bytes)).toBe('errors.import.sheetDamaged');
  });

  it('recognises a password-protected workbook, a legacy .xls, old Word and PowerPoint files and another compound file', async () => {
    const encrypted = makeCfb(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
    const xls = makeCfb(['Workbook', '\u0005SummaryInformation']);
    const doc = makeCfb(['WordDocument']);
    const ppt = makeCfb(['PowerPoint Document', 'Current User']);
    expect([sniffCfb(encrypted), sniffCfb(xls), sniffCfb(makeCfb(['Book'])), sniffCfb(doc), sniffCfb(ppt), sniffCfb(makeCfb(['Iets']))]).toEqual([
      'encrypted',
      'xls',
      'xls',
      'doc',
      'ppt',
      'other',
    ]);
    expect(await refusal('geheim.xlsx', encrypted)).toBe('errors.import.sheetPasswordProtected');
    expect(await refusal('oud.xls', xls)).toBe('errors.import.legacyXls');
    expect(await refusal('brief.doc', doc)).toBe('errors.import.foreign.word');
    expect(await refusal('dia.ppt', ppt)).toBe('errors.import.foreign.presentation');
    expect(await refusal('iets.xls', makeCfb(['Iets']))).toBe('errors.import.notASpreadsheet');
    // A truncated compound file is never mistaken for a readable one.
    expect(sniffCfb(encrypted.subarray(0, 600))).toBe('other');
  });

  it('refuses .xlsb, a zip that is no workbook, an empty file and a non-zip', async () => {
    const xlsb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00]),
    });
    expect(await refusal('binair.xlsb', xlsb)).toBe('errors.import.sheetXlsb');
    // A zip of other files, a Word document and slides named for what they are.
    expect(await refusal('foto.xlsx', zipSync({ 'foto.txt': strToU8('geen werkmap') }))).toBe('errors.import.foreign.archive');
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expect(await refusal('verslag.docx', docx)).toBe('errors.import.foreign.word');
    expect(await refusal('verslag.xlsx', docx)).toBe('errors.import.foreign.word');
    const pptx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'ppt/presentation.xml': strToU8('<p:presentation/>') });
    expect(await refusal('dia.pptx', pptx)).toBe('errors.import.foreign.presentation');
    expect(await refusal('leeg.xlsx', new Uint8Array())).toBe('errors.import.empty');
    expect(await refusal('tekst.xlsx', strToU8('Naam;Klas\nAn;2A\n'))).toBe('errors.import.notASpreadsheet');
  });

  it('refuses a cell of more than 1 MB of text with its reference, and reads one just under it', async () => {
    const sheet = (text: string) =>
      makeXlsx({ sheets: [{ name: 'Blad1', rows: row(1, [inlineStr('A1', 'Naam'), inlineStr('B1', 'Opmerking')]) + row(2, [inlineStr('A2', 'An'), inlineStr('B2', text)]) }] });
    const code = await refusal('lang.xlsx', sheet('x'.repeat(2 ** 20 + 1)));
    expect(code).toBe('errors.import.sheetCellTooLong');
    await expect(h.stage(h.file('lang.xlsx', sheet('x'.repeat(2 ** 20 + 1))))).rejects.toMatchObject({
      params: { file: 'lang.xlsx', sheet: 'Blad1', cell: 'B2', maxMb: 1 },
    });
    const staged = await h.stage(h.file('net.xlsx', sheet('x'.repeat(2 ** 20))));
    expect((await h.rows(staged))[1]![2]).toHaveLength(2 ** 20);
  });

  it('refuses a zip entry encrypted with a zip password as password protected', async () => {
    const bytes = lvsBytes().slice();
    // Set the "encrypted" flag of the first central directory entry.
    const view = new DataView(bytes.buffer);
    let eocd = bytes.length - 22;
    while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
    const cd = view.getUint32(eocd + 16, true);
    view.setUint16(cd + 8, view.getUint16(cd + 8, true) | 1, true);
    expect(await refusal('zip-wachtwoord.xlsx', bytes)).toBe('errors.import.sheetPasswordProtected');
  });
});

describe('cancelling', () => {
  const bigSheet = () => {
    const rows: string[] = [];
    for (let r = 1; r <= 30_000; r++) {
      rows.push(row(r, [num(`A${r}`, r), inlineStr(`B${r}`, `leerling ${r}`), num(`C${r}`, r % 20), num(`D${r}`, r / 7)]));
    }
    return makeXlsx({ sheets: [{ name: 'Blad1', rows: rows.join('') }] });
  };

  it('ends the worker, deletes the temporary file and creates no table when aborted mid-way', async () => {
    const path = h.file('groot.xlsx', bigSheet());
    const tablesBefore = await h.tables();
    const outcomes: string[] = [];
    const controller = new AbortController();
    const context = h.context(controller.signal);
    let worker: Worker | undefined;
    const exited = new Promise<number>((resolve) => {
      const watch = (w: Worker) => {
        worker = w;
        w.once('exit', resolve);
      };
      context.progress = (phase, fraction) => {
        // Abort as soon as the worker reports inflating the sheet.
        if (fraction !== null && fraction > 0 && fraction < 0.9) controller.abort();
      };
      void h
        .stage(path, {}, { onWorker: watch }, context)
        .then(() => 'finished', (e: { code?: string }) => e.code)
        .then((outcome) => outcomes.push(outcome ?? 'unknown'));
    });
    await exited;
    await expect.poll(() => outcomes).toEqual(['errors.import.cancelled']);
    expect(worker?.threadId).toBe(-1); // an ended worker has no thread
    expect(readdirSync(context.tempDir)).toEqual([]);
    expect(await h.tables()).toEqual(tablesBefore);
  });

  it('does not start when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    let started = false;
    await expect(
      h.stage(samplePath('lvs-leerlingen.xlsx'), {}, { onWorker: () => (started = true) }, h.context(controller.signal)),
    ).rejects.toMatchObject({ code: 'errors.import.cancelled' });
    expect(started).toBe(false);
  });
});

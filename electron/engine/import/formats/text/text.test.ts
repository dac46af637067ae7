import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../../../shared/api/errors';
import { formatMessage } from '../../../../../shared/i18n';
import { expected, samplePath } from '../../testing/samples';
import { MAX_FIELD_BYTES, MAX_RECORD_BYTES, stageDelimitedText } from './text';
import { filesIn, openStaging, type Staging } from './text-testing';
import { RAW_ROW, rawColumn } from '../../../db/reserved';

let st: Staging;
beforeAll(async () => {
  st = await openStaging('stage-text');
});
afterAll(() => st.close());

const stage = (path: string, options = {}, signal?: AbortSignal) => st.stage(stageDelimitedText, path, options, signal);

/** The cells of a text as a simple split would give them (for files without quotes). */
function splitLines(text: string, delimiter: string): string[][] {
  return text
    .split(/\r\n|\n/)
    .filter((line, i, all) => i < all.length - 1 || line !== '')
    .map((line) => line.split(delimiter));
}

/** Raw rows as cells only, NULL read as '' (staging may store an empty cell as NULL). */
const cellsOf = (rows: Array<[number, ...(string | null)[]]>) => rows.map(([, ...cells]) => cells.map((c) => c ?? ''));

/** Pads ragged records to the widest, as the raw table does. */
function padded(records: string[][]): string[][] {
  const width = Math.max(...records.map((r) => r.length));
  return records.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
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

describe('staging the sample CSV files', () => {
  it('reads the September test: Windows-1252, `;`, header plus the expected rows, accents right', async () => {
    const path = samplePath('toets-wiskunde-sept.csv');
    const { staged, rows } = await stage(path);
    const exp = expected().sept;
    expect(staged.encoding).toBe('windows-1252');
    expect(staged.delimiter).toBe(exp.delimiter);
    expect(staged.format).toBe('csv');
    expect(staged.rowCount).toBe(exp.rows + 1);
    expect(staged.columnCount).toBe(5);
    expect(staged.typedColumns).toBeNull();
    expect(staged.warnings).toEqual([]);
    // Every cell equals the file's text decoded as Windows-1252 and split on `;` (no quotes in it).
    const text = iconv.decode(readFileSync(path), 'win1252');
    expect(cellsOf(rows)).toEqual(splitLines(text, ';'));
    expect(rows.map(([row]) => row)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.some(([, , name]) => name === 'MERTENS, Zoë')).toBe(true);
    expect(rows[1]![1]).toBe(' 2023054'); // the leading space is kept
    expect(await st.sql.rows(`SELECT typeof("${RAW_ROW}"), typeof(${rawColumn(1)}) FROM "${staged.table}" LIMIT 1`)).toEqual([
      ['BIGINT', 'VARCHAR'],
    ]);
  });

  it('reads the school dashboard: UTF-8 with BOM, `;`, the BOM not in the first cell', async () => {
    const path = samplePath('schoolfeedback-dashboard.csv');
    const { staged, rows } = await stage(path);
    expect(staged.encoding).toBe('utf-8-bom');
    expect(staged.delimiter).toBe(';');
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    expect(cellsOf(rows)).toEqual(splitLines(text, ';'));
    expect(rows[0]![1]).toBe('Toetsonderdeel');
  });

  it('reads the lesson observations: UTF-8 with BOM, `,`', async () => {
    const path = samplePath('lesobservaties.csv');
    const { staged, rows } = await stage(path);
    expect(staged.encoding).toBe('utf-8-bom');
    expect(staged.delimiter).toBe(',');
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    expect(cellsOf(rows)).toEqual(splitLines(text, ','));
    expect(staged.rowCount).toBe(splitLines(text, ',').length);
  });
});

describe('encodings', () => {
  const table = [
    ['Naam', 'Klas', 'Opmerking'],
    ['Zoë Peeters', '2A', 'Één € en “aanhalingstekens”'],
    ['Anaïs Çelik', '2B', 'naïef – ja'],
  ];
  const tsv = table.map((r) => r.join('\t')).join('\r\n') + '\r\n';

  it.each([
    ['utf-16le', 'utf16le', [0xff, 0xfe]],
    ['utf-16be', 'utf16be', [0xfe, 0xff]],
  ] as const)('reads %s with BOM, tab separated (Excel\'s "Unicode text")', async (encoding, codec, bom) => {
    const path = st.write(`unicode-${encoding}.txt`, Buffer.concat([Buffer.from(bom), iconv.encode(tsv, codec)]));
    const { staged, rows, tempDir } = await stage(path);
    expect(staged.encoding).toBe(encoding);
    expect(staged.delimiter).toBe('\t');
    expect(cellsOf(rows)).toEqual(table);
    expect(filesIn(tempDir)).toEqual([]); // the transcoded copy is gone
  });

  it('reads UTF-16 LE without a BOM by its NUL pattern', async () => {
    const path = st.write('unicode-nobom.txt', iconv.encode(tsv, 'utf16le'));
    const { staged, rows } = await stage(path);
    expect(staged.encoding).toBe('utf-16le');
    expect(cellsOf(rows)).toEqual(table);
  });

  it('reads 0x80–0x9F as Windows-1252 by default and as ISO-8859-1 only when asked', async () => {
    // 0x80 is € in Windows-1252 and the control U+0080 in ISO-8859-1; 0xE9 is é in both.
    const path = st.write('latin.csv', Buffer.from([...Buffer.from('Bedrag;Naam\r\n5'), 0x80, 0x3b, 0x52, 0x65, 0x6e, 0xe9, 0x0d, 0x0a]));
    const detected = await stage(path);
    expect(detected.staged.encoding).toBe('windows-1252');
    expect(cellsOf(detected.rows)[1]).toEqual(['5€', 'René']);
    const latin1 = await stage(path, { encoding: 'iso-8859-1' });
    expect(latin1.staged.encoding).toBe('iso-8859-1');
    expect(cellsOf(latin1.rows)[1]).toEqual(['5\u0080', 'René']);
  });

  it('reads a file as Windows-1252, with a warning, when it stops being UTF-8 after the first 64 KB', async () => {
    const lines = ['Id;Naam'];
    for (let i = 0; lines.join('\r\n').length < 70_000; i++) lines.push(`${i};Leerling ${i}`);
    lines.push('99999;Zoë');
    const path = st.write('late-1252.csv', iconv.encode(lines.join('\r\n'), 'win1252'));
    const { staged, rows } = await stage(path);
    expect(staged.encoding).toBe('windows-1252');
    expect(staged.warnings.map((w) => w.code)).toEqual(['import.textEncodingGuessed']);
    expect(cellsOf(rows)).toEqual(lines.map((l) => l.split(';')));
    // Asked to read it as UTF-8, it is refused instead.
    const err = await failure(stage(path, { encoding: 'utf-8' }));
    expect(err.code).toBe('errors.import.textInvalidUtf8');
    expect(err.params).toEqual({ file: 'late-1252.csv' });
  });

  it('refuses a file with a UTF-8 byte order mark that is not UTF-8 further on', async () => {
    const body = 'Id;Naam\r\n' + '1;Jan\r\n'.repeat(12_000);
    const path = st.write('bom-then-1252.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body), iconv.encode('2;Zoë\r\n', 'win1252')]));
    expect((await failure(stage(path))).code).toBe('errors.import.textInvalidUtf8');
  });

  it('transcodes a Windows-1252 file whose first byte 0x80–0x9F comes after 64 KB', async () => {
    const lines = ['Id;Naam;Bedrag'];
    for (let i = 0; lines.join('\r\n').length < 70_000; i++) lines.push(`${i};Zoë ${i};${i},5`);
    lines.push('99999;D’Hondt;12 €');
    const path = st.write('late-euro.csv', iconv.encode(lines.join('\r\n') + '\r\n', 'win1252'));
    const { staged, rows } = await stage(path);
    expect(staged.encoding).toBe('windows-1252');
    expect(staged.warnings).toEqual([]);
    expect(cellsOf(rows)).toEqual(lines.map((l) => l.split(';')));
  });

  it('refuses text in another script\'s encoding (GBK) as an unknown encoding', async () => {
    const path = st.write('gbk.csv', iconv.encode('姓名;班级;分数\r\n' + '张伟;二年级;九十\r\n李娜;二年级;八十五\r\n'.repeat(5), 'gbk'));
    expect((await failure(stage(path))).code).toBe('errors.import.textUnknownEncoding');
  });

  it('refuses UTF-8 chosen in the options for a file that is not UTF-8', async () => {
    const path = st.write('forced-utf8.csv', iconv.encode('Naam;Klas\r\nZoë;2A\r\n', 'win1252'));
    expect((await failure(stage(path, { encoding: 'utf-8' }))).code).toBe('errors.import.textInvalidUtf8');
  });

  it('refuses UTF-32 as an unknown encoding', async () => {
    const path = st.write('utf32.txt', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('a\0\0\0;\0\0\0b\0\0\0')]));
    expect((await failure(stage(path))).code).toBe('errors.import.textUnknownEncoding');
  });
});

describe('dialects', () => {
  it.each([
    ['|', 'pipe.txt'],
    ['\t', 'tab.tsv'],
    [',', 'comma.csv'],
    [';', 'semicolon.csv'],
  ])('detects the delimiter %j', async (delimiter, name) => {
    const table = [
      ['Stamboeknr', 'Naam', 'Score'],
      ['2023001', 'Jan', '12.5'],
      ['2023002', 'An', '14'],
    ];
    const path = st.write(name, table.map((r) => r.join(delimiter)).join('\n'));
    const { staged, rows } = await stage(path);
    expect(staged.delimiter).toBe(delimiter);
    expect(cellsOf(rows)).toEqual(table);
  });

  it('keeps delimiters, doubled quotes and CRLF inside quoted fields', async () => {
    const path = st.write('quoted.csv', 'Naam;Opmerking;Score\r\n"Peeters; Jan";"zei ""ja""\r\nen ging";12\r\nAn;"";3\r\n');
    const { staged, rows } = await stage(path);
    expect(staged.rowCount).toBe(3);
    expect(cellsOf(rows)).toEqual([
      ['Naam', 'Opmerking', 'Score'],
      ['Peeters; Jan', 'zei "ja"\r\nen ging', '12'],
      ['An', '', '3'],
    ]);
    expect(rows.map(([row]) => row)).toEqual([1, 2, 3]);
  });

  it('pads ragged rows and keeps the cells of a row longer than the header', async () => {
    const records = [['a', 'b', 'c'], ['1', '2'], ['1'], ['1', '2', '3', '4', '5'], ['x', 'y', 'z']];
    const path = st.write('ragged.csv', records.map((r) => r.join(';')).join('\n') + '\n');
    const { staged, rows } = await stage(path);
    expect(staged.columnCount).toBe(5);
    expect(cellsOf(rows)).toEqual(padded(records));
  });

  it('reads again when the file after its first 64 KB is wider, or has a quoted line break', async () => {
    const lines = ['a;b'];
    for (let i = 0; lines.join('\n').length < 70_000; i++) lines.push(`${i};x`);
    const wider = [...lines, '1;2;3;4', '5;6'];
    const widerRows = (await stage(st.write('wider-later.csv', wider.join('\n')))).rows;
    expect(cellsOf(widerRows)).toEqual(padded(wider.map((l) => l.split(';'))));
    const broken = [...lines, 'x;"twee\nregels"', '', 'y;z'];
    const { staged, rows } = await stage(st.write('line-break-later.csv', broken.join('\n')));
    expect(staged.warnings).toEqual([]);
    expect(rows.slice(-2)).toEqual([
      [lines.length + 1, 'x', 'twee\nregels'],
      [lines.length + 3, 'y', 'z'],
    ]);
  });

  it('numbers rows by record: blank lines count, and a quoted line break does not', async () => {
    const text = 'Titel\r\n\r\nNaam;Opmerking\r\n"An";"twee\r\nregels"\r\n\r\n\r\nBert;x\r\nTotaal;2\r\n\r\n';
    const path = st.write('blank-lines.csv', text);
    const { staged, rows } = await stage(path);
    expect(staged.warnings).toEqual([]);
    expect(rows).toEqual([
      [1, 'Titel', null],
      [3, 'Naam', 'Opmerking'],
      [4, 'An', 'twee\r\nregels'],
      [7, 'Bert', 'x'],
      [8, 'Totaal', '2'],
    ]);
  });

  it('keeps blank lines of a one-column file as empty rows', async () => {
    const path = st.write('one-column.txt', 'Naam\nAn\n\nBert\n');
    const { staged, rows } = await stage(path);
    expect(staged.columnCount).toBe(1);
    expect(rows).toEqual([
      [1, 'Naam'],
      [2, 'An'],
      [3, null],
      [4, 'Bert'],
    ]);
  });

  it('reads LF, CRLF and CR line ends alike', async () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const path = st.write('eol.csv', ['a;b', '1;2', '3;4'].join(eol) + eol);
      expect(cellsOf((await stage(path)).rows)).toEqual([
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
      ]);
    }
  });

  it('takes the delimiter and encoding from the options', async () => {
    const path = st.write('forced.csv', 'a;b,c\n1;2,3\n');
    const { staged, rows } = await stage(path, { delimiter: ',' });
    expect(staged.delimiter).toBe(',');
    expect(cellsOf(rows)).toEqual([
      ['a;b', 'c'],
      ['1;2', '3'],
    ]);
  });

  it('warns about a quote that is never closed and keeps the rest of the file in that cell', async () => {
    const path = st.write('unclosed.csv', 'a;b\n1;"open\n2;3\n');
    const { staged, rows } = await stage(path);
    expect(staged.warnings).toEqual([{ code: 'import.textUnclosedQuote', params: { row: 2 } }]);
    expect(rows[1]![0]).toBe(2);
    expect(rows[1]![2]).toMatch(/^open\n2;3/);
  });

  it('reads a record longer than DuckDB\'s default line limit (2 MB), of cells within the cell limit', async () => {
    const long = 'x'.repeat(900_000);
    const path = st.write('long.csv', `a;b;c;d\n1;"${long}";${long};"${long}"\n2;3\n`);
    const { rows } = await stage(path);
    const short = (c: string | null) => (c === long ? 'long' : c);
    expect(rows.map(([row, ...cells]) => [row, ...cells.map(short)])).toEqual([
      [1, 'a', 'b', 'c', 'd'],
      [2, '1', 'long', 'long', 'long'],
      [3, '2', '3', null, null],
    ]);
  });

  it('refuses a cell over 1 MB and a line over 8 MB with the record, before DuckDB holds them', async () => {
    const field = await failure(stage(st.write('long-field.csv', `a;b\n1;2\n3;"${'x'.repeat(MAX_FIELD_BYTES)}"\n`)));
    expect(field.code).toBe('errors.import.textFieldTooLong');
    expect(field.params).toMatchObject({ file: 'long-field.csv', row: 3, maxMb: 1 });
    // One line without a delimiter: the probe's 200 MB file, at a size a test can afford.
    const line = await failure(stage(st.write('one-line.csv', 'Naam' + 'y'.repeat(MAX_RECORD_BYTES + 10))));
    expect(line.code).toBe('errors.import.textFieldTooLong');
    const fields = Array.from({ length: 10 }, () => 'z'.repeat(MAX_FIELD_BYTES - 100)).join(';');
    const record = await failure(stage(st.write('long-record.csv', `a;b\n${fields}\n`)));
    expect(record.code).toBe('errors.import.textRecordTooLong');
    expect(record.params).toMatchObject({ row: 2, maxMb: 8 });
  });

  it('reads a file whose name DuckDB would take for a glob pattern', async () => {
    st.write('toets [2023]b.csv', 'x;y\n9;9\n');
    const path = st.write('toets [2023].csv', 'a;b\n1;2\n');
    const { rows, tempDir } = await stage(path);
    expect(cellsOf(rows)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(filesIn(tempDir)).toEqual([]);
  });
});

describe('progress', () => {
  it('reports reading with fractions from 0 to 1 for UTF-8, and decoding first for UTF-16', async () => {
    const text = 'a;b\n' + '1;2\n'.repeat(1000);
    const utf8 = await stage(st.write('progress.csv', text));
    const utf16 = await stage(st.write('progress16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')])));
    expect(new Set(utf8.reports.map((r) => r.phase))).toEqual(new Set(['reading']));
    expect(new Set(utf16.reports.map((r) => r.phase))).toEqual(new Set(['decoding', 'reading']));
    for (const { reports } of [utf8, utf16]) {
      for (const r of reports) if (r.fraction !== null) expect(r.fraction).toBeGreaterThanOrEqual(0);
      for (const r of reports) if (r.fraction !== null) expect(r.fraction).toBeLessThanOrEqual(1);
      expect(reports.at(-1)).toEqual({ phase: 'reading', fraction: 1 });
    }
  });
});

describe('hostile and broken input', () => {
  it('refuses a 0-byte file and a file of blank lines as empty', async () => {
    expect((await failure(stage(st.write('leeg.csv', '')))).params).toEqual({ file: 'leeg.csv' });
    expect((await failure(stage(st.write('leeg.csv', '')))).code).toBe('errors.import.empty');
    expect((await failure(stage(st.write('blank.csv', '\r\n ; \r\n\r\n')))).code).toBe('errors.import.empty');
    expect((await failure(stage(st.write('bom-only.csv', '\uFEFF')))).code).toBe('errors.import.empty');
  });

  it('refuses binary garbage, and a file with NUL bytes after its first 64 KB, leaving no table behind', async () => {
    let seed = 12345;
    const random = Buffer.alloc(100_000);
    for (let i = 0; i < random.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      random[i] = seed >> 16;
    }
    const before = await st.tables();
    expect((await failure(stage(st.write('garbage.csv', random)))).code).toBe('errors.import.binaryFile');
    const lateNul = Buffer.concat([Buffer.from('a;b\n' + '1;2\n'.repeat(20_000)), Buffer.from([0, 0, 0, 1, 2, 3])]);
    expect((await failure(stage(st.write('late-nul.csv', lateNul)))).code).toBe('errors.import.binaryFile');
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    expect((await failure(stage(st.write('scan.csv', pdf)))).code).toBe('errors.import.foreign.pdf');
    expect((await failure(stage(st.write('klaslijst.pdf', pdf)))).code).toBe('errors.import.foreign.pdf');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR text-like bytes')]);
    expect((await failure(stage(st.write('foto.png', png)))).code).toBe('errors.import.foreign.image');
    expect(await st.tables()).toEqual(before);
  });

  it('refuses a record with more fields than any sheet has columns', async () => {
    const path = st.write('wide.csv', 'a;'.repeat(20_000) + 'b\n');
    const err = await failure(stage(path));
    expect(err.code).toBe('errors.import.textTooManyColumns');
    expect(err.params).toEqual({ file: 'wide.csv', columns: 20_001, max: 1_024 });
  });

  it('reports a missing file', async () => {
    expect((await failure(stage(st.dir + '/bestaat-niet.csv'))).code).toBe('errors.import.fileNotFound');
  });
});

describe('cancel', () => {
  /** Windows-1252 with € (0x80): transcoded by the worker before DuckDB reads it. */
  const bigWin1252 = () => {
    const line = 'Leërling;2A;12,5 €\r\n';
    return st.write('big-1252.csv', iconv.encode('Naam;Klas;Score\r\n' + line.repeat(200_000), 'win1252'));
  };

  async function cancelled(path: string, when: (phase: string, fraction: number | null) => boolean) {
    const before = await st.tables();
    const controller = new AbortController();
    const ctx = st.context(controller.signal);
    const progress = ctx.progress;
    ctx.progress = (phase, fraction) => {
      progress(phase, fraction);
      if (when(phase, fraction)) controller.abort();
    };
    const err = await failure(stageDelimitedText({ path, fileName: 'big.csv', options: {} }, ctx, st.sql));
    expect(err.code).toBe('errors.import.cancelled');
    expect(filesIn(ctx.tempDir)).toEqual([]);
    expect(await st.tables()).toEqual(before);
    return ctx.reports;
  }

  it('stops during decoding: cancelled, the temporary file removed, no table left', async () => {
    const reports = await cancelled(bigWin1252(), (phase, fraction) => phase === 'decoding' && fraction !== null && fraction > 0);
    expect(reports.at(-1)?.phase).toBe('decoding');
  });

  it('stops during reading: cancelled, no table left', async () => {
    const path = st.write('big-utf8.csv', 'Naam;Klas;Score\n' + 'Leerling;2A;12,5\n'.repeat(300_000));
    await cancelled(path, (phase, fraction) => phase === 'reading' && fraction !== null && fraction > 0);
  });

  it('refuses to start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const err = await failure(stage(samplePath('toets-wiskunde-sept.csv'), {}, controller.signal));
    expect(err.code).toBe('errors.import.cancelled');
  });
});

describe('line ends', () => {
  it('reads a lone CR in a CRLF file as a row end, keeps every byte, and warns with the record', async () => {
    const path = st.write('lone-cr.csv', Buffer.from('Naam;Score\r\nBram;13\rCato;14\r\nDirk;15\r\n'));
    const { staged, rows } = await stage(path);
    expect(cellsOf(rows)).toEqual([
      ['Naam', 'Score'],
      ['Bram', '13'],
      ['Cato', '14'],
      ['Dirk', '15'],
    ]);
    expect(rows.map(([row]) => row)).toEqual([1, 2, 3, 4]);
    expect(staged.warnings).toEqual([{ code: 'import.textLoneCr', params: { count: 1, row: 2, usual: 'CRLF' } }]);
  });

  it('reads old Mac files (CR only) and LF files without a warning, and keeps CR and CRLF inside quotes', async () => {
    const mac = await stage(st.write('mac.csv', Buffer.from('Naam;Opmerking\rAn;"ja\r\nnee"\rBo;"x\ry"\r')));
    expect(cellsOf(mac.rows)).toEqual([
      ['Naam', 'Opmerking'],
      ['An', 'ja\r\nnee'],
      ['Bo', 'x\ry'],
    ]);
    expect(mac.staged.warnings).toEqual([]);
    const lf = await stage(st.write('lf.csv', Buffer.from('Naam;Score\nAn;1\nBo;2\n')));
    expect(cellsOf(lf.rows)).toEqual([
      ['Naam', 'Score'],
      ['An', '1'],
      ['Bo', '2'],
    ]);
    expect(lf.staged.warnings).toEqual([]);
  });

  it('counts a CR at the end of one 1 MB chunk and an LF at the start of the next as one CRLF', async () => {
    const head = 'Id;Naam\r\n';
    const filler = Array.from({ length: 30_000 }, (_, i) => `${i};Leerling ${i}`).join('\r\n');
    // Pad so that a record's CR is the last byte of the worker's first 1 MiB chunk.
    const pad = 'x'.repeat(2 ** 20 - Buffer.byteLength(head + filler) - Buffer.byteLength(';') - 1);
    const text = `${head}${filler};${pad}\r\n1;Zoë\r\n`;
    expect(Buffer.from(text).indexOf('\r\n1;Zo')).toBe(2 ** 20 - 1);
    const { staged } = await stage(st.write('boundary.csv', Buffer.from(text)));
    expect(staged.warnings).toEqual([]);
  });
});

describe('UTF-8 with stray bytes', () => {
  it('keeps valid UTF-8 and reads only the stray byte as Windows-1252, with a warning naming the record', async () => {
    // 'Renée' in UTF-8 on record 2; 'Zoë' in Windows-1252 (one byte 0xEB) on record 3.
    const bytes = Buffer.concat([Buffer.from('Naam;Klas\r\nRenée;2A\r\nZo'), Buffer.from([0xeb]), Buffer.from(';2B\r\nJosé;2C\r\n')]);
    const { staged, rows } = await stage(st.write('mixed.csv', bytes));
    expect(staged.encoding).toBe('utf-8');
    expect(cellsOf(rows)).toEqual([
      ['Naam', 'Klas'],
      ['Renée', '2A'],
      ['Zoë', '2B'],
      ['José', '2C'],
    ]);
    expect(staged.warnings).toEqual([{ code: 'import.textMixedEncoding', params: { count: 1, row: 3 } }]);
  });

  it('does the same when the stray bytes come after the first 64 KB, and with a UTF-8 byte order mark', async () => {
    const lines = ['Id;Naam'];
    for (let i = 0; lines.join('\r\n').length < 70_000; i++) lines.push(`${i};Leerling ${i} Renée`);
    const utf8 = Buffer.from(lines.join('\r\n') + '\r\n');
    const bytes = Buffer.concat([utf8, Buffer.from('99999;Zo'), Buffer.from([0xeb, 0x80]), Buffer.from('\r\n')]);
    for (const [name, file] of [
      ['late-mixed.csv', bytes],
      ['late-mixed-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])],
    ] as const) {
      const { staged, rows } = await stage(st.write(name, file));
      expect(staged.encoding).toBe(name.includes('bom') ? 'utf-8-bom' : 'utf-8');
      expect(cellsOf(rows).at(-1)).toEqual(['99999', 'Zoë€']);
      expect(cellsOf(rows)[1]).toEqual(['0', 'Leerling 0 Renée']);
      expect(staged.warnings).toEqual([{ code: 'import.textMixedEncoding', params: { count: 2, row: lines.length + 1 } }]);
    }
  });

  it('reads a small file with one stray byte among UTF-8 (not refused as binary)', async () => {
    const bytes = Buffer.concat([Buffer.from('Naam\nRenée\n'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const { rows, staged } = await stage(st.write('tiny-mixed.csv', bytes));
    expect(cellsOf(rows)).toEqual([['Naam'], ['Renée'], ['é']]);
    expect(staged.warnings.map((w) => w.code)).toEqual(['import.textMixedEncoding']);
  });
});

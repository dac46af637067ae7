import iconv from 'iconv-lite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from './csv/decode';
import { parseCsv } from './csv/parse-csv';
import { sniffDelimiter } from './csv/sniff-delimiter';
import { readTable } from './index';

const dir = mkdtempSync(join(tmpdir(), 'werkbank-csv-'));
function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'a;b;c\r\n"x;y";"say ""hi""";"line 1\r\nline 2"\r\nlast;;\r\n';
    expect(parseCsv(text, ';').records).toEqual([
      ['a', 'b', 'c'],
      ['x;y', 'say "hi"', 'line 1\r\nline 2'],
      ['last', '', ''],
    ]);
  });

  it('accepts LF, CRLF and lone CR line ends and no final newline', () => {
    expect(parseCsv('a,b\nc,d\r\ne,f\rg,h', ',').records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps empty lines as empty records so row numbers match the file', () => {
    expect(parseCsv('a\n\nb\n', ',').records).toEqual([['a'], [''], ['b']]);
  });

  it('reports an unclosed quote and keeps the rest as the field', () => {
    const parsed = parseCsv('a;b\n1;"open\n2;3\n', ';');
    expect(parsed.unclosedQuoteAt).toBe(2);
    expect(parsed.records[1]).toEqual(['1', 'open\n2;3\n']);
  });

  it('keeps stray quotes inside unquoted fields', () => {
    expect(parseCsv('5" scherm;x', ';').records).toEqual([['5" scherm', 'x']]);
  });
});

describe('decodeText', () => {
  it('tells UTF-8 with BOM, UTF-8 and Windows-1252 apart', () => {
    const text = 'Naam;Zoë €';
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'f.csv')).toEqual({
      text,
      encoding: 'utf-8-bom',
    });
    expect(decodeText(Buffer.from(text), 'f.csv')).toEqual({ text, encoding: 'utf-8' });
    // 0x80 is € in Windows-1252: the range Node's own decoder gets wrong.
    expect(decodeText(iconv.encode(text, 'win1252'), 'f.csv')).toEqual({ text, encoding: 'windows-1252' });
  });

  it('follows an encoding override', () => {
    const bytes = Buffer.from('Zoë');
    expect(decodeText(bytes, 'f.csv', 'windows-1252').text).toBe('ZoÃ«');
  });

  it('refuses UTF-16 and binary files with their own codes', () => {
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'f.csv')).toThrow(
      expect.objectContaining({ code: 'errors.import.utf16' }),
    );
    expect(() => decodeText(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'f.csv')).toThrow(
      expect.objectContaining({ code: 'errors.import.binaryFile' }),
    );
  });
});

describe('sniffDelimiter', () => {
  it.each([
    [';', 'Naam;Score\nBOGAERT, Jana;11,5\nCLAES, Bilal;24\n'],
    [',', 'Leraar,Datum,Score\nL01,2026-02-02,4\nL02,2026-02-03,3\n'],
    ['\t', 'a\tb\tc\n1\t2,5\t3\n4\t5\t6\n'],
    ['|', 'a|b|c\n1|2;3|x\n4|5|6\n'],
    [',', 'a,b\n"x;y;z",1\n"p;q",2\n'],
  ] as const)('finds %j', (delimiter, text) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});

describe('readTable on generated CSV', () => {
  it('quoted fields with ; and newlines inside', async () => {
    const path = write('quoted.csv', 'Naam;Opmerking;Score\r\n"DE SMET; Ana";"twee\r\nregels";"12,5"\r\nPeeters;"zei ""ok""";7\r\n');
    const table = await readTable(path);
    expect(table.inspect.delimiter).toBe(';');
    expect(table.rows).toEqual([
      ['DE SMET; Ana', 'twee\r\nregels', 12.5],
      ['Peeters', 'zei "ok"', 7],
    ]);
    expect(table.columns.map((c) => c.type)).toEqual(['text', 'text', 'decimal']);
  });

  it('tab-delimited with the decimal point', async () => {
    const table = await readTable(write('tab.txt', 'Klas\tGemiddelde\n2A\t12.5\n2B\t13.25\n'));
    expect(table.inspect.delimiter).toBe('\t');
    expect(table.inspect.decimalSeparator).toBe('.');
    expect(table.rows).toEqual([
      ['2A', 12.5],
      ['2B', 13.25],
    ]);
  });

  it('pipe-delimited, ragged rows padded with missing', async () => {
    const table = await readTable(write('pipe.csv', 'a|b|c\n1|x\n2|y|z|\n3\n'));
    expect(table.inspect.delimiter).toBe('|');
    expect(table.rows).toEqual([
      [1, 'x', null],
      [2, 'y', 'z'],
      [3, null, null],
    ]);
  });

  it('follows delimiter and header row overrides', async () => {
    const path = write('override.csv', 'Rapport 2A\nid,naam\n1,An\n2,Bo\n');
    const table = await readTable(path, { delimiter: ';', headerRow: 2 });
    expect(table.inspect.delimiter).toBe(';');
    expect(table.inspect.headerRow).toBe(2);
    expect(table.columns).toEqual([{ name: 'id,naam', type: 'text' }]);
    expect(table.rows).toEqual([['1,An'], ['2,Bo']]);
  });

  it('skips title rows and empty lines, names empty and duplicate headers', async () => {
    const table = await readTable(write('titles.csv', 'Toets wiskunde\n\nNaam;;Naam; Score \nAn;x;A;1\n\nBo;y;B;2\n'));
    expect(table.inspect.headerRow).toBe(3);
    expect(table.columns.map((c) => c.name)).toEqual(['Naam', 'Kolom 2', 'Naam (2)', 'Score']);
    expect(table.rows).toHaveLength(2);
    expect(table.inspect.warnings.map((w) => w.code)).toContain('import.columnsRenamed');
  });

  it('drops a trailing delimiter column without name or data', async () => {
    const table = await readTable(write('trailing.csv', 'a;b;\n1;2;\n3;4;\n'));
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'b']);
  });

  it('warns about a quote that is never closed', async () => {
    const table = await readTable(write('unclosed.csv', 'a;b\n1;"x\n2;3\n'));
    expect(table.inspect.warnings).toContainEqual({ code: 'import.unclosedQuote', params: { row: 2 } });
  });
});

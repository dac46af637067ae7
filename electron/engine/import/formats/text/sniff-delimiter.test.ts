import { describe, expect, it } from 'vitest';
import { headFieldCounts, sniffDelimiter } from './sniff-delimiter';

const counts = (text: string, delimiter: ';' | ',' | '\t' | '|', truncated = false) =>
  headFieldCounts(Buffer.from(text, 'utf8'), delimiter, truncated);

describe('headFieldCounts (the grammar DuckDB and RecordScanner read)', () => {
  it('counts fields as DuckDB reads them (docs/decisions/0004-csv-grammar.md)', () => {
    expect(counts('1;"x;y";3', ';')).toEqual([3]);
    // One space before the quote still opens a quoted field: 3 fields, not 4.
    expect(counts('1; "x;y";3', ';')).toEqual([3]);
    // Text after a closing quote is skipped, not a field of its own.
    expect(counts('"x"y;2', ';')).toEqual([2]);
  });

  it('leaves out blank records and, when the head is cut off, the last record', () => {
    expect(counts('a;b\r\n\r\n   \n""\n1;2\n1;2;3', ';')).toEqual([2, 2, 3]);
    expect(counts('a;b\r\n1;2\n1;2;3', ';', true)).toEqual([2, 2]);
  });

  it('reads at most the first 30 records, a quoted line break staying inside its record', () => {
    const text = ['a;"b\nc"', ...Array.from({ length: 40 }, (_, i) => `${i};${i};${i}`)].join('\n');
    const got = counts(text, ';');
    expect(got).toHaveLength(30);
    expect(got[0]).toBe(2);
    expect(got.slice(1).every((n) => n === 3)).toBe(true);
  });
});

describe('sniffDelimiter', () => {
  it('picks `;` when a quoted field after a space holds `;` (the parse-csv grammar picked `,` here)', () => {
    const head = ['nr; opmerking; score', '1; "te laat; ziek"; 7,5', '2; "ok"; 8,0', '3; "afwezig; attest; ok"; 6,5', '4; "ziek"; 9,0'];
    expect(sniffDelimiter(head.join('\r\n') + '\r\n')).toBe(';');
  });

  it('picks `;` in an Excel export with decimal commas', () => {
    const head = [
      'Stamboeknr;Naam;Klas;Score;Datum',
      '2020001;Peeters An;1A;7,5;1/09/2026',
      '2020002;Janssens Bram;1B;12,25;2/09/2026',
      '2020003;"De Smet, Céline";2A;;3/09/2026',
      '2020004;Wouters Daan;2B;8;4/09/2026',
    ];
    expect(sniffDelimiter(head.join('\r\n'))).toBe(';');
  });

  it('picks `,` in a comma-separated file with decimal points and quoted commas', () => {
    const head = [
      'id,name,class,score',
      '1,"Peeters, An",1A,7.5',
      '2,"Janssens, Bram",1B,12.25',
      '3,Wouters,2A,8',
      '4,"Maes, ""Lotte""",2B,9.5',
    ];
    expect(sniffDelimiter(head.join('\n') + '\n')).toBe(',');
  });

  it('picks tab in a tab-separated file with commas and semicolons in the text', () => {
    const head = ['naam\tklas\tscore\topmerking', 'Peeters An\t1A\t7,5\tziek; attest', 'Janssens Bram\t1B\t8,0\t', 'Maes Lotte\t2A\t6,5\tte laat, 2x'];
    expect(sniffDelimiter(head.join('\n'))).toBe('\t');
  });

  it('picks `|`', () => {
    const head = ['leerling|klas|vak|punt', 'Peeters An|1A|Wiskunde|7,5', 'Janssens Bram|1B|Frans, Engels|8,0', 'Maes Lotte|2A|Nederlands|6,5'];
    expect(sniffDelimiter(head.join('\r\n'))).toBe('|');
  });

  it('is not misled by the other candidates inside quoted fields', () => {
    const head = [
      'naam;adres;opmerking',
      '"Peeters, An";"Kerkstraat 1, 9000 Gent";"a|b"',
      '"Janssens, Bram";"Markt 2, 2000 Antwerpen";"x, y, z"',
      '"Maes, Lotte";"Stationsstraat 3\tbus 4, 3000 Leuven";""',
    ];
    expect(sniffDelimiter(head.join('\n'))).toBe(';');
    const commas = ['naam,adres', '"Peeters; An","Kerkstraat 1; Gent"', '"Janssens; Bram","Markt 2; Antwerpen"'];
    expect(sniffDelimiter(commas.join('\n'))).toBe(',');
  });

  it('drops the cut-off last record of a truncated head', () => {
    // The cut-off last record has 1 field for `;` and 2 for `,`: counted, it would make `,` win.
    const head = 'a;b,c\n1;2,5\n3;4,5\n5,6';
    expect(sniffDelimiter(head, true)).toBe(';');
    expect(sniffDelimiter(head, false)).toBe(',');
  });
});

import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../../../shared/model/table';
import { toTsv } from './tsv';

const columns: ColumnInfo[] = [
  { name: 'Nr', type: 'identifier' },
  { name: 'Naam', type: 'text' },
  { name: 'Score', type: 'decimal' },
  { name: 'Datum', type: 'date' },
  { name: 'Zorg', type: 'boolean' },
];
const words = { yes: 'ja', no: 'nee' };

describe('toTsv', () => {
  it('writes what a spreadsheet pastes: header, decimal mark of the locale, dates, quoted specials, formulas neutralised', () => {
    const rows = [
      ['2023054', 'Jana', 11.5, '2026-05-28', true],
      ['2023059', 'a\tb "c"', 1234567.125, null, false],
      ['2023060', '=HYPERLINK("x")', null, '2026-01-02', null],
    ];
    expect(toTsv(columns, rows, 'nl-BE', words)).toBe(
      'Nr\tNaam\tScore\tDatum\tZorg\r\n' +
        '2023054\tJana\t11,5\t28/05/2026\tja\r\n' +
        '2023059\t"a\tb ""c"""\t1234567,125\t\tnee\r\n' +
        '2023060\t"\'=HYPERLINK(""x"")"\t\t02/01/2026\t\r\n',
    );
    expect(toTsv(columns, [rows[0]!], 'en', { yes: 'yes', no: 'no' })).toBe('Nr\tNaam\tScore\tDatum\tZorg\r\n2023054\tJana\t11.5\t28/05/2026\tyes\r\n');
  });
});

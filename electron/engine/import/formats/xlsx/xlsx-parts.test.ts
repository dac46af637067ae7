import { describe, expect, it } from 'vitest';
import { parseCellRef, parseRangeRef, columnLetters } from './cell-ref';
import { excelSerialToDate } from './excel-date';
import { isDateFormatCode, readDateStyles } from './styles';
import { decodeEntities, decodeExcelEscapes, PrefixStripper } from './xml';

describe('Excel dates', () => {
  it('converts 1900 serials around the fake 29 February 1900', () => {
    expect(excelSerialToDate(1, false)?.date).toBe('1900-01-01');
    expect(excelSerialToDate(59, false)?.date).toBe('1900-02-28');
    expect(excelSerialToDate(61, false)?.date).toBe('1900-03-01');
    expect(excelSerialToDate(41472, false)?.date).toBe('2013-07-17');
  });

  it('converts 1904 serials and time parts; refuses what is no date', () => {
    expect(excelSerialToDate(0, true)?.date).toBe('1904-01-01');
    // The 1904 system is 1462 days behind: 39999 + 1462 = 41461 in the 1900 system.
    expect(excelSerialToDate(39_999, true)?.date).toBe('2013-07-06');
    expect(excelSerialToDate(46091.375, false)?.toString()).toBe('2026-03-10 09:00:00');
    expect(excelSerialToDate(0.999999, false)?.toString()).toBe('1900-01-01');
    expect(excelSerialToDate(2_958_465, false)?.date).toBe('9999-12-31');
    expect([excelSerialToDate(2_958_466, false), excelSerialToDate(-1, false), excelSerialToDate(NaN, false)]).toEqual([null, null, null]);
  });

  it('recognises date format codes but not quoted or bracketed letters', () => {
    expect(isDateFormatCode('DD/MM/YYYY')).toBe(true);
    expect(isDateFormatCode('[$-813]d mmmm yyyy;@')).toBe(true);
    expect(isDateFormatCode('h:mm')).toBe(true);
    expect(isDateFormatCode('0.0" dagen"')).toBe(false);
    expect(isDateFormatCode('[Red]0.00')).toBe(false);
    expect(isDateFormatCode('#,##0 \\d')).toBe(false);
    expect(isDateFormatCode('General')).toBe(false);
  });

  it('maps cell styles to date or not, built-in and custom formats', () => {
    const xml =
      '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0&quot; u&quot;"/></numFmts>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs></styleSheet>';
    expect(readDateStyles(xml)).toEqual([false, true, true, false, true]);
  });
});

describe('XML helpers', () => {
  it('decodes named and numeric entities and Excel escapes', () => {
    expect(decodeEntities('Zo&#235; &amp; No&#xE9; &lt;3&gt; &quot;x&quot; &apos;')).toBe('Zoë & Noé <3> "x" \'');
    expect(decodeExcelEscapes('a_x000D__x000A_b_x005F_x0041_')).toBe('a\r\nb_x0041_');
  });

  it('strips a namespace prefix split across chunks', () => {
    const stripper = new PrefixStripper('worksheet');
    const xml = '<?xml version="1.0"?><x:worksheet xmlns:x="ns"><x:sheetData><x:row r="1"/></x:sheetData></x:worksheet>';
    const out = [xml.slice(0, 5), xml.slice(5, 27), xml.slice(27, 60), xml.slice(60)].map((c) => stripper.push(c)).join('') + stripper.end();
    expect(out).toBe('<?xml version="1.0"?><worksheet xmlns:x="ns"><sheetData><row r="1"/></sheetData></worksheet>');
  });

  it('parses cell and range references', () => {
    expect(parseCellRef('XFD1048576')).toEqual({ row: 1_048_575, col: 16_383 });
    expect(parseRangeRef('C3:A1')).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(16_383)]).toEqual(['A', 'Z', 'AA', 'XFD']);
  });
});

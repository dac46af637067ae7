import { describe, expect, it } from 'vitest';
import { formatCell, formatCount, formatDate, formatNumber, parseLocaleNumber } from './format';

const words = { yes: 'ja', no: 'nee' };

describe('formatting for the locale', () => {
  it('writes counts with a Flemish thousands dot', () => {
    expect(formatCount(1234, 'nl-BE')).toBe('1.234');
    expect(formatCount(1234567, 'nl-BE')).toBe('1.234.567');
    expect(formatCount(1234, 'en')).toBe('1,234');
  });

  it('writes decimals with a comma in Dutch and a point in English', () => {
    expect(formatNumber(23.5, 'nl-BE')).toBe('23,5');
    expect(formatNumber(23.5, 'en')).toBe('23.5');
    expect(formatNumber(2 / 3, 'nl-BE', 2)).toBe('0,67');
    expect(formatNumber(24, 'nl-BE', 1, 1)).toBe('24,0');
  });

  it('does not group years or small numbers', () => {
    expect(formatNumber(2026, 'nl-BE')).toBe('2026');
    expect(formatNumber(12345.5, 'nl-BE')).toBe('12.345,5');
  });

  it('formats ISO dates day first, without a time-zone shift', () => {
    expect(formatDate('2026-05-28', 'nl-BE')).toBe('28/05/2026');
    expect(formatDate('2026-01-01', 'en')).toBe('01/01/2026');
    expect(formatDate('2025-12-31T00:00:00', 'nl-BE')).toBe('31/12/2025');
    expect(formatDate('niet een datum', 'nl-BE')).toBe('niet een datum');
  });

  it('formats cells by column type', () => {
    expect(formatCell(null, 'decimal', 'nl-BE', words)).toBe('');
    expect(formatCell(23.5, 'decimal', 'nl-BE', words)).toBe('23,5');
    expect(formatCell('2026-05-28', 'date', 'nl-BE', words)).toBe('28/05/2026');
    expect(formatCell('2026-05-28', 'text', 'nl-BE', words)).toBe('2026-05-28');
    expect(formatCell(2023054, 'identifier', 'nl-BE', words)).toBe('2023054');
    // Whole-number columns are often pupil numbers: never `2.023.054`.
    expect(formatCell(2023054, 'integer', 'nl-BE', words)).toBe('2023054');
    expect(formatCell(12345.5, 'decimal', 'nl-BE', words)).toBe('12.345,5');
    expect(formatCell(true, 'boolean', 'nl-BE', words)).toBe('ja');
    expect(formatCell(false, 'boolean', 'nl-BE', words)).toBe('nee');
  });

  it('reads numbers as people type them', () => {
    expect(parseLocaleNumber('23,5', 'nl-BE')).toBe(23.5);
    expect(parseLocaleNumber('23.5', 'nl-BE')).toBe(23.5);
    expect(parseLocaleNumber('1.234', 'nl-BE')).toBe(1234);
    expect(parseLocaleNumber('1.234,5', 'nl-BE')).toBe(1234.5);
    expect(parseLocaleNumber('-7', 'nl-BE')).toBe(-7);
    expect(parseLocaleNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseLocaleNumber('23,5', 'en')).toBe(23.5);
    expect(parseLocaleNumber('abc', 'nl-BE')).toBeNull();
    expect(parseLocaleNumber('', 'nl-BE')).toBeNull();
    expect(parseLocaleNumber('1,2,3', 'nl-BE')).toBeNull();
  });
});

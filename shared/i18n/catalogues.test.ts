import { describe, expect, it } from 'vitest';
import { flatKeys, formatMessage, resources } from './index';

describe('i18n catalogues', () => {
  it('Dutch and English have the same keys', () => {
    const nl = flatKeys(resources['nl-BE'].translation).sort();
    const en = flatKeys(resources.en.translation).sort();
    expect(nl.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !nl.includes(k))).toEqual([]);
  });

  it('formats a message with parameters in both languages', () => {
    const msg = { code: 'errors.unknownChannel', params: { channel: 'x.y' } };
    expect(formatMessage(msg, 'nl-BE')).toBe('Onbekende opdracht: x.y.');
    expect(formatMessage(msg, 'en')).toBe('Unknown command: x.y.');
  });

  it('writes fractions with the locale\'s decimal sign and leaves whole numbers (row numbers, ids) alone', () => {
    const msg = { code: 'errors.import.textFieldTooLong', params: { file: 'a.csv', row: 2023054, sizeMb: 190.7, maxMb: 1 } };
    expect(formatMessage(msg, 'nl-BE')).toContain('Record 2023054 van a.csv heeft een cel van 190,7 MB');
    expect(formatMessage(msg, 'en')).toContain('Record 2023054 of a.csv has a cell of 190.7 MB');
  });

  it('falls back to the code for an unknown key', () => {
    expect(formatMessage({ code: 'no.such.key', params: {} })).toBe('no.such.key');
  });
});

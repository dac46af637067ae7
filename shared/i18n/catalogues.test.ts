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

  it('falls back to the code for an unknown key', () => {
    expect(formatMessage({ code: 'no.such.key', params: {} })).toBe('no.such.key');
  });
});

import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale';

describe('choosing the language', () => {
  it('keeps a stored choice', () => {
    expect(pickLocale('en', 'nl-BE')).toBe('en');
    expect(pickLocale('nl-BE', 'en-US')).toBe('nl-BE');
  });
  it('follows the system language otherwise, Dutch by default', () => {
    expect(pickLocale(null, 'en-GB')).toBe('en');
    expect(pickLocale('klingon', 'fr-BE')).toBe('nl-BE');
    expect(pickLocale(null, undefined)).toBe('nl-BE');
  });
});

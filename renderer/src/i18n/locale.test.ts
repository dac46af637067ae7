import { describe, expect, it } from 'vitest';
import { initialLocale, LOCALE_KEY, type LocaleStore, pickLocale, rememberLocale } from './locale';

/** A Web Storage stand-in; `broken` makes it throw as a blocked localStorage does. */
function fakeStore(initial: Record<string, string> = {}, broken = false): LocaleStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => {
      if (broken) throw new Error('SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (broken) throw new Error('QuotaExceededError');
      data.set(key, value);
    },
  };
}

describe('choosing the language', () => {
  it('keeps a stored choice', () => {
    expect(pickLocale('en')).toBe('en');
    expect(pickLocale('nl-BE')).toBe('nl-BE');
  });

  it('is Dutch without a choice or with an unknown one', () => {
    expect(pickLocale(null)).toBe('nl-BE');
    expect(pickLocale(undefined)).toBe('nl-BE');
    expect(pickLocale('')).toBe('nl-BE');
    expect(pickLocale('klingon')).toBe('nl-BE');
    expect(pickLocale('en-US')).toBe('nl-BE');
  });

  it('starts in Dutch on first use, whatever the browser or system language', () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', { value: { language: 'en-US', languages: ['en-US'] }, configurable: true });
    try {
      expect(initialLocale(fakeStore())).toBe('nl-BE');
      expect(initialLocale(null)).toBe('nl-BE');
    } finally {
      if (saved) Object.defineProperty(globalThis, 'navigator', saved);
      else delete (globalThis as { navigator?: unknown }).navigator;
    }
  });

  it('remembers the choice under werkbank.locale and reads it at the next start', () => {
    const store = fakeStore();
    rememberLocale('en', store);
    expect(store.data.get(LOCALE_KEY)).toBe('en');
    expect(LOCALE_KEY).toBe('werkbank.locale');
    expect(initialLocale(store)).toBe('en');
    rememberLocale('nl-BE', store);
    expect(initialLocale(store)).toBe('nl-BE');
  });

  it('ignores a stored value it does not know', () => {
    expect(initialLocale(fakeStore({ [LOCALE_KEY]: 'fr' }))).toBe('nl-BE');
  });

  it('falls back to Dutch, and does not throw, where storage is blocked', () => {
    const store = fakeStore({}, true);
    expect(() => rememberLocale('en', store)).not.toThrow();
    expect(initialLocale(store)).toBe('nl-BE');
  });
});

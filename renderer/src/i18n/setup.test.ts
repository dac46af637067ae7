import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCALE_KEY } from './locale';
import { changeLocale, setupI18n } from './setup';

/** localStorage as the browser keeps it between two starts of the workbench. */
const disk = new Map<string, string>();

beforeEach(() => {
  disk.clear();
  vi.stubGlobal('document', { documentElement: { lang: '' } });
  vi.stubGlobal('navigator', { language: 'en-US', languages: ['en-US', 'en'] });
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => disk.get(key) ?? null,
    setItem: (key: string, value: string) => void disk.set(key, value),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the interface language', () => {
  it('is Dutch at first start, even in an English browser', async () => {
    await setupI18n();
    expect(i18next.language).toBe('nl-BE');
    expect(document.documentElement.lang).toBe('nl-BE');
    expect(i18next.t('ui.welcome.new')).toBe('Nieuw project');
  });

  it('switches to English when the user picks it, and stays English after a restart', async () => {
    await setupI18n();
    changeLocale('en');
    await vi.waitFor(() => expect(i18next.language).toBe('en'));
    expect(disk.get(LOCALE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18next.t('ui.welcome.new')).toBe('New project');

    // A restart: a fresh page reads what the last one stored.
    vi.stubGlobal('document', { documentElement: { lang: '' } });
    await setupI18n();
    expect(i18next.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('goes back to Dutch when the user picks Dutch, and remembers that too', async () => {
    disk.set(LOCALE_KEY, 'en');
    await setupI18n();
    changeLocale('nl-BE');
    await vi.waitFor(() => expect(i18next.language).toBe('nl-BE'));
    expect(disk.get(LOCALE_KEY)).toBe('nl-BE');
    await setupI18n();
    expect(i18next.language).toBe('nl-BE');
  });

  it('still starts, in Dutch, where localStorage is blocked', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    });
    await setupI18n();
    expect(i18next.language).toBe('nl-BE');
    expect(() => changeLocale('en')).not.toThrow();
    await vi.waitFor(() => expect(i18next.language).toBe('en'));
  });

  it('plural keys pick the right form in both languages', async () => {
    await setupI18n();
    expect(i18next.t('ui.sources.warningsCount', { count: 1 })).toBe('1 opmerking');
    expect(i18next.t('ui.sources.warningsCount', { count: 3 })).toBe('3 opmerkingen');
    changeLocale('en');
    await vi.waitFor(() => expect(i18next.language).toBe('en'));
    expect(i18next.t('ui.sources.warningsCount', { count: 1 })).toBe('1 note');
    expect(i18next.t('ui.sources.warningsCount', { count: 3 })).toBe('3 notes');
  });

  it('tells the desktop shell its language at start and on every change, so the menu follows', async () => {
    const notify = vi.fn();
    vi.stubGlobal('werkbank', { shell: 'electron', notify });
    disk.set(LOCALE_KEY, 'en');
    await setupI18n();
    expect(notify.mock.calls).toEqual([['shell.locale', 'en']]);
    changeLocale('nl-BE');
    await vi.waitFor(() => expect(notify).toHaveBeenLastCalledWith('shell.locale', 'nl-BE'));
    // Set up twice (a restart in one test run): still one message per change.
    await setupI18n();
    notify.mockClear();
    changeLocale('en');
    await vi.waitFor(() => expect(i18next.language).toBe('en'));
    expect(notify.mock.calls).toEqual([['shell.locale', 'en']]);
  });

  it('has no shell to tell in the browser, and switches all the same', async () => {
    expect((globalThis as { werkbank?: unknown }).werkbank).toBeUndefined();
    await setupI18n();
    expect(() => changeLocale('en')).not.toThrow();
    await vi.waitFor(() => expect(i18next.language).toBe('en'));
    // A preload that refuses the notice does not stop the switch either.
    vi.stubGlobal('werkbank', { shell: 'electron', notify: () => { throw new TypeError('refused'); } });
    expect(() => changeLocale('nl-BE')).not.toThrow();
    await vi.waitFor(() => expect(i18next.language).toBe('nl-BE'));
  });
});

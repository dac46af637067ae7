import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from '../../../shared/i18n/index';

/** Where the user's choice of language is remembered across restarts (Web Storage). */
export const LOCALE_KEY = 'werkbank.locale';

/** The part of Web Storage the choice needs; tests pass a fake. */
export type LocaleStore = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The user's earlier choice if it names a supported locale; else Dutch (Flemish). The browser's
 * or system's language plays no part: a Flemish school's laptop set to English still opens in
 * Dutch, and English is one click away and then remembered.
 */
export function pickLocale(stored: string | null | undefined): Locale {
  return stored && (SUPPORTED_LOCALES as readonly string[]).includes(stored) ? (stored as Locale) : DEFAULT_LOCALE;
}

/** The window's localStorage, or null where there is none or it is blocked (private mode, policy). */
export function browserStore(): LocaleStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The language to start in: the remembered choice, else Dutch. */
export function initialLocale(store: LocaleStore | null = browserStore()): Locale {
  try {
    return pickLocale(store?.getItem(LOCALE_KEY));
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Remembers the choice for the next start. Where storage refuses, it lasts for this session only. */
export function rememberLocale(locale: Locale, store: LocaleStore | null = browserStore()): void {
  try {
    store?.setItem(LOCALE_KEY, locale);
  } catch {
    // Storage full or off: nothing to do, the interface still switches.
  }
}

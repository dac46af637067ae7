import { SUPPORTED_LOCALES, toLocale, type Locale } from '../../../shared/i18n/index';

export const LOCALE_KEY = 'werkbank.locale';

/** The user's earlier choice wins; else the system language; Dutch (Flemish) by default. */
export function pickLocale(stored: string | null, systemLanguage: string | undefined): Locale {
  if (stored && (SUPPORTED_LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  return toLocale(systemLanguage);
}

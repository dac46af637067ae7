import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale, resources } from '../../../shared/i18n/index';
import { LOCALE_KEY, pickLocale } from './locale';

/** Starts i18next with the shared catalogues, in the language the user chose before. */
export async function setupI18n(): Promise<typeof i18next> {
  const lng = pickLocale(readStored(), navigator.language);
  await i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LOCALE,
    // React escapes what it renders; escaping here would show `&amp;` in names.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next;
}

export function changeLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Storage may be off (private mode); the choice then lasts for this session only.
  }
  void i18next.changeLanguage(locale);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(LOCALE_KEY);
  } catch {
    return null;
  }
}

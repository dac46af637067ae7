import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale, resources, toLocale } from '../../../shared/i18n/index';
import { isPreloadApi } from '../api/preloadApi';
import { browserStore, initialLocale, type LocaleStore, rememberLocale } from './locale';

/**
 * Starts i18next with the shared catalogues in the language the user chose before, or Dutch:
 * never the browser's or system's language (no language detector, no `navigator.language`).
 */
export async function setupI18n(store: LocaleStore | null = browserStore()): Promise<typeof i18next> {
  const lng = initialLocale(store);
  await i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: DEFAULT_LOCALE,
    // React escapes what it renders; escaping here would show `&amp;` in names.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
  tellShell(lng);
  i18next.off('languageChanged', setDocumentLanguage);
  i18next.on('languageChanged', setDocumentLanguage);
  i18next.off('languageChanged', tellShell);
  i18next.on('languageChanged', tellShell);
  return i18next;
}

/** Switches the interface language and remembers it for the next start (the language menu calls this). */
export function changeLocale(locale: Locale, store: LocaleStore | null = browserStore()): void {
  rememberLocale(locale, store);
  void i18next.changeLanguage(locale);
}

function setDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

/** The language last told to the shell. */
let told: Locale | null = null;

/**
 * Tells the desktop shell the interface language, at start and on every change, so that its
 * menu follows (it starts in Dutch). The browser has no shell to tell: without the Electron
 * preload's bridge this does nothing. Once per change (i18next may report one language twice);
 * the menu's language is never worth failing the interface for.
 */
function tellShell(language: string): void {
  const bridge = (globalThis as { werkbank?: unknown }).werkbank;
  const locale = toLocale(language);
  if (!isPreloadApi(bridge) || locale === told) return;
  try {
    bridge.notify('shell.locale', locale);
    told = locale;
  } catch {
    // The preload refused it (it validates what crosses): the menu keeps its language.
  }
}

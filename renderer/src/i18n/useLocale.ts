import { useTranslation } from 'react-i18next';
import { type Locale, toLocale } from '../../../shared/i18n/index';

/** The interface language as a supported locale. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return toLocale(i18n.language);
}

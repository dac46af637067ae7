import { formatMessage, type Locale } from '../../shared/i18n';

/** Translates catalogue keys for the shell's own text (menu, native dialogs). */
export type Translate = (code: string, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (code, params = {}) => formatMessage({ code, params }, locale);
}

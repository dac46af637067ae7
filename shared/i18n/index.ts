import type { Message } from '../model/message';
import type { Tree } from './catalogue';
import { en } from './en/index';
import { nlBE } from './nl-BE/index';

/**
 * The interface speaks Dutch (Flemish usage) by default and English on request.
 * Catalogues live per locale and area (`nl-BE/<area>.ts`, `en/<area>.ts`); Dutch is the
 * reference and each English area is typed against it (catalogue.ts). They merge here.
 */
export const SUPPORTED_LOCALES = ['nl-BE', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl-BE';

function merge(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key];
      out[key] =
        typeof value === 'object' && typeof existing === 'object' ? merge(existing, value) : (value as string | Tree);
    }
  }
  return out;
}

/** Each locale's areas; the type of `en` already proves it has the areas and keys of `nlBE`. */
const areas: Record<Locale, Record<string, Tree>> = { 'nl-BE': nlBE, en };

export const resources: Record<Locale, { translation: Tree }> = {
  'nl-BE': { translation: merge(...Object.values(areas['nl-BE'])) },
  en: { translation: merge(...Object.values(areas.en)) },
};

/** Flattened keys of one locale, for the catalogue-completeness test. */
export function flatKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : flatKeys(v, `${prefix}${k}.`),
  );
}

/**
 * A message's parameters as the locale writes them: fractions with the locale's decimal sign
 * (`190,7 MB`). Whole numbers stay as they are: they are row numbers and ids more often than
 * amounts, and `2023054` must not become `2.023.054`.
 */
export function localizeParams(params: Message['params'], locale: Locale): Message['params'] {
  const out: Message['params'] = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'number' && !Number.isInteger(value) ? value.toLocaleString(locale) : value;
  }
  return out;
}

/** Translates a message without i18next (CLI, tests): looks the key up and fills `{{param}}`. */
export function formatMessage(msg: Message, locale: Locale = DEFAULT_LOCALE): string {
  let node: string | Tree | undefined = resources[locale].translation;
  for (const part of msg.code.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') return msg.code;
  const params = localizeParams(msg.params, locale);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

export function toLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'nl-BE';
}

import { describe, expect, it } from 'vitest';
import type { Tree } from './catalogue';
import { en } from './en/index';
import { flatKeys, formatMessage, resources, SUPPORTED_LOCALES } from './index';
import { nlBE } from './nl-BE/index';

const areasOf = { 'nl-BE': nlBE as Record<string, Tree>, en: en as Record<string, Tree> };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The `{{param}}` names a text fills in, sorted and without repeats. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!))].sort();
}

describe('i18n catalogues', () => {
  it('Dutch and English have the same keys', () => {
    const nl = flatKeys(resources['nl-BE'].translation).sort();
    const english = flatKeys(resources.en.translation).sort();
    expect(nl.filter((k) => !english.includes(k))).toEqual([]);
    expect(english.filter((k) => !nl.includes(k))).toEqual([]);
  });

  it('Dutch and English have the same areas', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nlBE).sort());
  });

  it.each(SUPPORTED_LOCALES)('no two areas of %s hold the same key (the merge would drop one)', (locale) => {
    const all = Object.values(areasOf[locale]).flatMap((tree) => flatKeys(tree));
    expect(all.filter((key, i) => all.indexOf(key) !== i)).toEqual([]);
    expect(flatKeys(resources[locale].translation)).toHaveLength(all.length);
  });

  it('English fills in the same parameters as Dutch', () => {
    const nl = resources['nl-BE'].translation;
    const differ = flatKeys(nl).filter(
      (key) => placeholders(lookup(nl, key)!).join() !== placeholders(lookup(resources.en.translation, key) ?? '').join(),
    );
    expect(differ).toEqual([]);
  });

  it('keeps plural keys in pairs for i18next', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const keys = flatKeys(resources[locale].translation);
      const one = keys.filter((k) => k.endsWith('_one')).map((k) => k.slice(0, -4));
      const other = keys.filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -6));
      expect(one.length).toBeGreaterThan(0);
      expect(one.sort()).toEqual(other.sort());
    }
  });

  it('formats a message with parameters in both languages', () => {
    const msg = { code: 'errors.unknownChannel', params: { channel: 'x.y' } };
    expect(formatMessage(msg, 'nl-BE')).toBe('Onbekende opdracht: x.y.');
    expect(formatMessage(msg, 'en')).toBe('Unknown command: x.y.');
  });

  it('writes fractions with the locale\'s decimal sign and leaves whole numbers (row numbers, ids) alone', () => {
    const msg = { code: 'errors.import.textFieldTooLong', params: { file: 'a.csv', row: 2023054, sizeMb: 190.7, maxMb: 1 } };
    expect(formatMessage(msg, 'nl-BE')).toContain('Record 2023054 van a.csv heeft een cel van 190,7 MB');
    expect(formatMessage(msg, 'en')).toContain('Record 2023054 of a.csv has a cell of 190.7 MB');
  });

  it('falls back to the code for an unknown key', () => {
    expect(formatMessage({ code: 'no.such.key', params: {} })).toBe('no.such.key');
  });
});

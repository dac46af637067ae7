import { describe, expect, it } from 'vitest';
import { resources, SUPPORTED_LOCALES } from '../../../shared/i18n/index';
import { FilterOp } from '../../../shared/model/recipe';
import { ValueMapping } from '../../../shared/model/import';
import { ImportProfile } from '../../../shared/model/profile';
import { FileFormat, LeftOutRow } from '../../../shared/model/source';
import { ColumnType } from '../../../shared/model/table';

/** The renderer's own source text, read through Vite (no Node API in renderer/). */
const sources = import.meta.glob(['../**/*.{ts,tsx}', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

type Tree = { [key: string]: string | Tree };

function lookup(locale: (typeof SUPPORTED_LOCALES)[number], key: string): string | undefined {
  let node: string | Tree | undefined = resources[locale].translation as Tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function resolves(locale: (typeof SUPPORTED_LOCALES)[number], key: string): boolean {
  return lookup(locale, key) !== undefined || (lookup(locale, `${key}_one`) !== undefined && lookup(locale, `${key}_other`) !== undefined);
}

describe('renderer strings', () => {
  const used = new Set<string>();
  for (const text of Object.values(sources)) {
    for (const m of text.matchAll(/['"`]((?:ui|errors)\.[A-Za-z0-9_.]+)['"`]/g)) used.add(m[1]!);
  }

  it('finds the keys the screens use', () => {
    expect(used.size).toBeGreaterThan(50);
    expect(used).toContain('ui.welcome.demo');
  });

  it.each(SUPPORTED_LOCALES)('every key used by the renderer exists in %s', (locale) => {
    expect([...used].filter((key) => !resolves(locale, key))).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('every filter condition and column type has a label in %s', (locale) => {
    const keys = [...FilterOp.options.map((o) => `ui.filter.ops.${o}`), ...ColumnType.options.map((c) => `ui.types.${c}`)];
    expect(keys.filter((key) => !resolves(locale, key))).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES)('the import dialog has words for every format, reason, mapping and profile kind in %s', (locale) => {
    const keys = [
      ...FileFormat.options.map((f) => `ui.import.format.${f}`),
      ...LeftOutRow.shape.reason.options.map((r) => `ui.import.reason.${r}`),
      'ui.import.mapping.none',
      ...ValueMapping.options.map((m) => `ui.import.mapping.${m.shape.kind.value}`),
      ...ImportProfile.shape.kind.options.map((k) => `profiles.kind.${k}`),
    ];
    expect(keys.filter((key) => !resolves(locale, key))).toEqual([]);
  });

  it('uses the Flemish wording for the main actions', () => {
    expect(lookup('nl-BE', 'ui.views.save')).toBe('Weergave bewaren');
    expect(lookup('nl-BE', 'ui.sources.import')).toBe('Gegevens importeren');
    expect(lookup('nl-BE', 'ui.welcome.demo')).toBe('Demo bekijken');
    expect(lookup('nl-BE', 'ui.welcome.new')).toBe('Nieuw project');
    expect(lookup('nl-BE', 'ui.welcome.open')).toBe('Project openen');
    expect(lookup('nl-BE', 'ui.toolbar.save')).toBe('Opslaan');
  });
});

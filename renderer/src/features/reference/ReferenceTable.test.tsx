import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../../shared/i18n/index';
import { dashboard, resultOf, words } from './figures/fixtures';
import { ReferenceTables } from './ReferenceTable';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ resources, lng: 'nl-BE', interpolation: { escapeValue: false } });
});

/** The cells of one row of the rendered tables, as text, by their data-col. */
function cells(html: string, component: string, group: string): Record<string, string> {
  const table = html.split('<table').find((t) => t.includes(`data-component="${component}"`))!;
  const row = table.split('<tr').find((r) => r.includes(`data-group="${group}"`))!;
  const out: Record<string, string> = {};
  for (const m of row.matchAll(/<td[^>]*data-col="(\w+)"[^>]*>(.*?)<\/td>/g)) out[m[1]!] = m[2]!.replace(/<[^>]+>/g, '');
  return out;
}

describe('the comparison tables', () => {
  it('show each group’s mean and n and the signed difference with its unit, in Dutch number format', () => {
    const result = dashboard();
    const html = renderToStaticMarkup(<ReferenceTables result={result} words={words(result)} />);
    expect(cells(html, 'Getallenleer', 'Onze school')).toEqual({ mean: '246,2', n: '131', difference: '' });
    expect(cells(html, 'Getallenleer', 'Vlaanderen')).toEqual({ mean: '247,0', n: '63.000', difference: `−0,8 vaardigheidspunten` });
    expect(cells(html, 'Getallenleer', 'Vergelijkbare scholen').difference).toBe(`+${(246.2 - 243.0).toFixed(1).replace('.', ',')} vaardigheidspunten`);
  });

  it('show our withheld mean as "< k leerlingen", with no figure and no differences', () => {
    const result = resultOf([
      ['Lezen', [['Onze school', 231.5, 4], ['Vlaanderen', 240, 60000]]],
      ['Schrijven', [['Onze school', 250, 12], ['Vlaanderen', 245.5, 60000]]],
    ]);
    const html = renderToStaticMarkup(<ReferenceTables result={result} words={words(result)} />);
    expect(cells(html, 'Lezen', 'Onze school')).toEqual({ mean: '&lt; 5 leerlingen', difference: '' });
    expect(cells(html, 'Lezen', 'Vlaanderen')).toEqual({ mean: '240,0', n: '60.000', difference: '—' });
    expect(html).not.toContain('231');
    expect(cells(html, 'Schrijven', 'Vlaanderen').difference).toBe('+4,5 vaardigheidspunten');
  });
});

import { describe, expect, it } from 'vitest';
import type { Data } from 'plotly.js';
import { RECIPE_VERSION } from '../../../../shared/model/recipe';
import type { SourceInfo } from '../../../../shared/model/source';
import { exportFigure, recipeSourceInfos, sourceLine } from './exportFigure';

const figure = { data: [{ type: 'bar', x: ['a'], y: [1] } as Data], layout: { margin: { t: 30, b: 70, l: 70, r: 20 }, annotations: [{ text: 'n' }] } };

const source = (id: string, fileName: string, importedAt: string): SourceInfo => ({
  id,
  name: fileName.replace(/\..*/, ''),
  fileName,
  fileHash: '0',
  format: 'csv',
  options: {},
  sheet: null,
  headerRow: 1,
  columns: [],
  rowCount: 1,
  warnings: [],
  importedAt,
});

describe('exportFigure', () => {
  it('draws the title and subtitle above the plot and the source line below it, with room for them', () => {
    const out = exportFigure(figure, { title: 'Leerwinst <per> klas', subtitle: 'Wiskunde, 2025–2026', source: 'Bron: a.csv' });
    const title = out.layout.title as { text: string; subtitle: { text: string }; yref: string };
    expect(title.text).toBe('<b>Leerwinst &lt;per&gt; klas</b>');
    expect(title.subtitle.text).toBe('Wiskunde, 2025–2026');
    expect(title.yref).toBe('container');
    expect(out.layout.margin!.t).toBe(30 + 38 + 24);
    expect(out.layout.margin!.b).toBe(70 + 30);
    expect(out.layout.annotations!.map((a) => a.text)).toEqual(['n', 'Bron: a.csv']);
    expect(out.layout.annotations![1]).toMatchObject({ yref: 'paper', y: 0, yshift: -92 });
    expect(out.layout).toMatchObject({ width: 1000, height: 600 });
    // The screen's figure is left as it was.
    expect(figure.layout.annotations).toHaveLength(1);
  });

  it('draws the privacy note just above the source line, with room for it, or alone where the source line would be', () => {
    const out = exportFigure(figure, { title: null, subtitle: '', source: 'Bron: a.csv', note: '2 groepen met minder dan 5 leerlingen niet getoond (privacy)' });
    // 70 + 30 (source) + 20 (note).
    expect(out.layout.margin!.b).toBe(120);
    expect(out.layout.annotations!.map((a) => a.text)).toEqual(['n', 'Bron: a.csv', '2 groepen met minder dan 5 leerlingen niet getoond (privacy)']);
    expect(out.layout.annotations![1]).toMatchObject({ yshift: -112 });
    expect(out.layout.annotations![2]).toMatchObject({ yref: 'paper', y: 0, yshift: -92 });
    const alone = exportFigure(figure, { title: null, subtitle: '', source: null, note: 'Namen <vervangen>' });
    expect(alone.layout.margin!.b).toBe(90);
    expect(alone.layout.annotations![1]).toMatchObject({ text: 'Namen &lt;vervangen&gt;', yshift: -82 });
    expect(exportFigure(figure, { title: null, subtitle: '', source: null, note: '  ' }).layout.annotations).toHaveLength(1);
  });

  it('puts the lines under the bottom margin the labels took when drawn, never into it', () => {
    const text = { title: null, subtitle: '', source: 'Bron: a.csv', note: 'Namen vervangen' };
    // Long labels took 140 px: 140 + 30 + 20, the source line 8 px above the image's bottom edge.
    const pushed = exportFigure(figure, text, { width: 1000, height: 600 }, 140);
    expect(pushed.layout.margin!.b).toBe(190);
    expect(pushed.layout.annotations![1]).toMatchObject({ yshift: -182 });
    expect(pushed.layout.annotations![2]).toMatchObject({ yshift: -162 });
    // Drawn within its own margin: as without a measure.
    expect(exportFigure(figure, text, { width: 1000, height: 600 }, 64).layout.margin!.b).toBe(70 + 50);
  });

  it('draws no title for a chart that is no view, and no subtitle without a title', () => {
    const out = exportFigure(figure, { title: null, subtitle: 'x', source: null });
    expect(out.layout.title).toBeUndefined();
    expect(out.layout.margin).toMatchObject({ t: 30, b: 70 });
  });
});

describe('source line', () => {
  const words = { line: (files: string, n: string | null) => `Bron: ${files}${n ? ` · n = ${n}` : ''}`, file: (name: string, date: string) => `${name} (${date})` };

  it('names the recipe’s files once each, in its order, with their import dates and n', () => {
    const sources = [source('s1', 'leerlingen.csv', '2026-03-12T10:00:00Z'), source('s2', 'toetsen.xlsx', '2026-03-13T09:00:00Z'), source('s3', 'ongebruikt.csv', '2026-01-01')];
    const recipe = { version: RECIPE_VERSION, base: 's2', steps: [{ id: 'j', kind: 'join' as const, right: 's1', how: 'left' as const, keys: [] }] };
    const used = recipeSourceInfos(sources, recipe as never);
    expect(used.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(sourceLine(used, 1234, words, 'nl-BE')).toBe('Bron: toetsen.xlsx (13/03/2026), leerlingen.csv (12/03/2026) · n = 1.234');
    expect(sourceLine([], null, words, 'nl-BE')).toBeNull();
  });
});

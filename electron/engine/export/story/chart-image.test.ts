import { describe, expect, it } from 'vitest';
import { SlideChart } from '../../../../shared/model/story/deck';
import { chartPng, chartSvg } from './chart-image';
import { GREY } from './chart-svg';
import {
  ALL_CHARTS,
  barChart,
  boxChart,
  crowdedChart,
  dotCiChart,
  groupedBarChart,
  heatmapChart,
  scatterChart,
  slopeChart,
} from './testing/charts';

/** The texts of an SVG's <text> elements, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  );
}

/** The fills of an SVG's bars (<rect> other than the background, bands and boxes around text). */
function fills(svg: string): string[] {
  return [...svg.matchAll(/<rect [^>]*fill="(#[0-9A-F]{6})"/gi)].map((m) => m[1]!.toUpperCase());
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(String.fromCharCode(...png.slice(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('chartSvg', () => {
  it('draws the category labels, the value labels in the Flemish number format, and the axis titles', async () => {
    const svg = await chartSvg(barChart, 1280, 720, 'nl-BE');
    const all = texts(svg);
    expect(all).toEqual(expect.arrayContaining(['4A', '4B', '5A', '5B', '6A']));
    expect(all).toEqual(expect.arrayContaining(['23,5', '30,0', '27,4']));
    expect(all).toEqual(expect.arrayContaining(['Klas', 'Gemiddelde score']));
    expect(all.some((t) => t.includes('23.5'))).toBe(false);
  });

  it('writes English numbers with a decimal point and keeps the unit', async () => {
    const all = texts(await chartSvg(groupedBarChart, 1280, 720, 'en'));
    expect(all).toEqual(expect.arrayContaining(['61.2%', '58.8%']));
    expect(texts(await chartSvg(groupedBarChart, 1280, 720, 'nl-BE'))).toEqual(expect.arrayContaining(['61,2%', '58,8%']));
  });

  it('draws the reference line with its label, the band label and the callout text', async () => {
    const svg = await chartSvg(barChart, 1280, 720, 'nl-BE');
    expect(texts(svg)).toEqual(expect.arrayContaining(['Vlaams gemiddelde', 'Zorgzone', 'Nieuwe leerkracht sinds januari']));
    expect(svg).toContain('stroke-dasharray'); // the reference line
  });

  it('greys the bars that are not highlighted and colours the highlighted one', async () => {
    const bars = fills(await chartSvg(barChart, 1280, 720, 'nl-BE')).filter((f) => f === GREY || f === '#0072B2');
    expect(bars.filter((f) => f === GREY)).toHaveLength(3);
    expect(bars.filter((f) => f === '#0072B2')).toHaveLength(1);
    const plain = fills(await chartSvg({ ...barChart, highlight: null }, 1280, 720, 'nl-BE'));
    expect(plain).not.toContain(GREY);
  });

  it('names several series in a legend, and colours them with the Okabe–Ito palette', async () => {
    const svg = await chartSvg(groupedBarChart, 1280, 720, 'nl-BE');
    expect(texts(svg)).toEqual(expect.arrayContaining(['September', 'Januari', 'Juni']));
    expect(fills(svg)).toEqual(expect.arrayContaining(['#0072B2', '#D55E00', '#009E73']));
    expect(texts(await chartSvg(barChart, 1280, 720, 'nl-BE'))).not.toContain('Gemiddelde');
  });

  it('writes the notes under the chart', async () => {
    const all = texts(await chartSvg(barChart, 1280, 720, 'nl-BE'));
    expect(all).toContain('6A niet getoond: minder dan 5 leerlingen.');
  });

  it('draws a scatter with its no-change diagonal, in the export language', async () => {
    const svg = await chartSvg(scatterChart, 1280, 720, 'nl-BE');
    expect(texts(svg)).toEqual(expect.arrayContaining(['geen verandering', 'Score september', 'Score juni', 'Minimumdoel']));
    expect((svg.match(/<circle /g) ?? []).length).toBeGreaterThanOrEqual(scatterChart.points.length);
    expect(texts(await chartSvg(scatterChart, 1280, 720, 'en'))).toContain('no change');
    expect(texts(await chartSvg({ ...scatterChart, diagonal: false }, 1280, 720, 'nl-BE'))).not.toContain('geen verandering');
  });

  it('draws a dot with its interval per category, and the zero line', async () => {
    const svg = await chartSvg(dotCiChart, 1280, 720, 'nl-BE');
    expect(texts(svg)).toEqual(expect.arrayContaining(['0,42', '-0,08', '0,65']));
    expect((svg.match(/<circle /g) ?? []).length).toBe(3);
  });

  it('prints the median of each box', async () => {
    expect(texts(await chartSvg(boxChart, 1280, 720, 'nl-BE'))).toEqual(expect.arrayContaining(['55', '62', '48', 'Doel']));
  });

  it('prints the counts in a heatmap with series as rows and categories as columns', async () => {
    const svg = await chartSvg(heatmapChart, 1280, 720, 'nl-BE');
    const all = texts(svg);
    expect(all.filter((t) => t === '18')).toHaveLength(1);
    expect(all).toContain('–'); // the missing cell
    expect(all).toEqual(expect.arrayContaining(['Niveau in juni', 'Niveau in september']));
  });

  it('names the series of a slope chart at its right end', async () => {
    const all = texts(await chartSvg(slopeChart, 1280, 720, 'nl-BE'));
    expect(all).toEqual(expect.arrayContaining(['60,5  Meisjes', '55,8  Anderstalig', '48,2', 'Begin', 'Einde']));
  });

  it('draws every kind, also with no data, as well-formed SVG', async () => {
    for (const chart of [...Object.values(ALL_CHARTS), crowdedChart]) {
      const svg = await chartSvg(chart, 1000, 562, 'nl-BE');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    }
    const empty = SlideChart.parse({ kind: 'bar', categories: [], series: [], categoryTitle: '', valueTitle: '', unit: '', decimals: 0 });
    expect(texts(await chartSvg(empty, 800, 450, 'nl-BE'))).toContain('Geen gegevens om te tonen.');
  });

  it('escapes text that looks like markup', async () => {
    const chart = { ...barChart, categories: ['<b>&', ...barChart.categories.slice(1)] };
    const svg = await chartSvg(chart, 800, 450, 'nl-BE');
    expect(svg).toContain('&lt;b&gt;&amp;');
    expect(texts(svg)).toContain('<b>&');
  });
});

describe('chartPng', () => {
  it('is a PNG of the requested size times the scale', async () => {
    const png = await chartPng(barChart, 800, 450, 'nl-BE', 2);
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 1600, height: 900 });
    expect(pngSize(await chartPng(heatmapChart, 640, 360, 'en'))).toEqual({ width: 640, height: 360 });
  });

  it('renders the same bytes twice (no system font, no clock)', async () => {
    const a = await chartPng(groupedBarChart, 640, 360, 'nl-BE');
    const b = await chartPng(groupedBarChart, 640, 360, 'nl-BE');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

import { strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SlideChart } from '../../../../shared/model/story/deck';
import { DEFAULT_ROK, rokTitle } from '../../../../shared/model/story/rok';
import { writeStoryPptx, type PptxOptions } from './pptx';
import { bareDeck, longDeck, oddNamesDeck, richDeck } from './testing/decks';
import {
  decode,
  descriptions,
  paragraphsOf,
  partsOf,
  relationshipTargets,
  seriesOf,
  sheetOf,
  slideNames,
  targetsOf,
  textsOf,
  xmlOf,
  xmlProblem,
  type Parts,
} from './testing/pptx-parts';

/** A 1 × 1 PNG: what the picture of a chart is does not matter here, that it is placed does. */
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
);

const images: { kind: SlideChart['kind']; width: number; height: number }[] = [];

function options(locale: PptxOptions['locale'] = 'nl-BE'): PptxOptions {
  return {
    locale,
    rokTitle: (code) => rokTitle(DEFAULT_ROK, code),
    chartImage: async (chart, width, height) => {
      images.push({ kind: chart.kind, width, height });
      return PNG;
    },
  };
}

let parts: Parts;
let slides: string[];

/** Slide n (1-based) of the rich deck: 1 title, 2 leervraag, 3–10 the views, 11 actions. */
const slideXml = (n: number) => xmlOf(parts, slides[n - 1]!);
const slideText = (n: number) => textsOf(slideXml(n)).join('\n');
const chartOf = (n: number) => targetsOf(parts, slides[n - 1]!).find((t) => /^ppt\/charts\/chart\d+\.xml$/.test(t));
/** The paragraphs of a slide's speaker notes (the notes placeholder, not the slide number's). */
const notesOf = (n: number) => {
  const notes = targetsOf(parts, slides[n - 1]!).find((t) => t.startsWith('ppt/notesSlides/'));
  const body = notes ? /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="body"[\s\S]*?<\/p:sp>/.exec(xmlOf(parts, notes))?.[0] : undefined;
  return body ? paragraphsOf(body) : [];
};

beforeAll(async () => {
  parts = partsOf(await writeStoryPptx(richDeck, options()));
  slides = slideNames(parts);
});

describe('writeStoryPptx: the deck', () => {
  it('has a title slide, the leervraag, a slide per view and the actions', () => {
    expect(slides).toHaveLength(1 + 1 + richDeck.slides.length + 1);
  });

  it('titles every slide', () => {
    expect(textsOf(slideXml(1))[0]).toBe('Leerwinst lezen 2025–2026');
    expect(textsOf(slideXml(2))[0]).toBe('Leervraag');
    richDeck.slides.forEach((s, i) => expect(textsOf(slideXml(3 + i))[0]).toBe(s.title));
    expect(textsOf(slideXml(11))[0]).toBe('Acties');
  });

  it('writes titles at 28 points or more and every other text at 16 points or more', () => {
    for (const name of slides) {
      const sizes = [...xmlOf(parts, name).matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1600);
      expect(Number(/ sz="(\d+)"/.exec(xmlOf(parts, name))![1])).toBeGreaterThanOrEqual(2800);
    }
    for (const chart of Object.keys(parts).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))) {
      const sizes = [...xmlOf(parts, chart).matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1600);
    }
  });

  it('puts the project, the date in the locale and the privacy choice on the title slide', () => {
    const text = slideText(1);
    expect(text).toContain('Sint-Jan & co <Gent>');
    expect(text).toContain('Datum: 7/12/2026');
    expect(text).toContain('Namen van leerlingen zijn vervangen door schuilnamen.');
    expect(text).toContain('Groepen met minder dan 5 leerlingen zijn niet getoond.');
  });

  it('lists the hypotheses with their status and the views that test them, by title', () => {
    const text = slideText(2);
    expect(text).toContain('Hoe kunnen we de leesvaardigheid van onze eerstejaars versterken?');
    for (const h of richDeck.story.hypotheses) expect(text).toContain(h.text);
    expect(textsOf(slideXml(2))).toEqual(expect.arrayContaining(['bevestigd', 'open', 'verworpen']));
    expect(text).toContain('Klas 1A & "1B" <groeien> het sterkst');
    expect(text).toContain('Wie laag begon, won het meest');
  });

  it('tabulates the actions: what, who, when in the locale, status, ROK code and title', () => {
    const text = textsOf(slideXml(11));
    expect(text).toEqual(expect.arrayContaining(['Wat', 'Wie', 'Wanneer', 'Status', 'ROK']));
    expect(text).toEqual(expect.arrayContaining(['Leestijd uitbreiden naar alle klassen', 'Vakgroep Nederlands', '1/3/2027', 'gepland']));
    expect(text).toEqual(expect.arrayContaining(['R3 Maximale leerwinst', 'V2 Aanbod: differentiatie']));
    expect(text).toEqual(expect.arrayContaining(['Schrijfopdrachten herbekijken', 'bezig', '—']));
  });
});

describe('writeStoryPptx: a view slide', () => {
  it('shows the subtitle, the takeaway, the interpretation, the source with n, the privacy badge and the ROK tags', () => {
    const text = slideText(3);
    expect(text).toContain('Gemiddelde score op de Vlaamse toets lezen, juni 2026');
    expect(text).toContain('Klas 1A haalt de drempel van 60 % ruim; 1B blijft achter.');
    expect(text).toContain('De extra leestijd in 1A lijkt te werken.');
    expect(text).toContain('In 1A zitten dit jaar minder anderstalige leerlingen.');
    expect(text).toContain('Bron: Toetsen juni – toetsen-juni.xlsx (ingelezen 20/6/2026) · n = 48');
    expect(text).toContain('Samengevat per groep · 1 groep onder 5 leerlingen niet getoond');
    expect(text).toContain('ROK: R3 Maximale leerwinst; K2 De school evalueert');
    expect(text).toContain('1 groep met minder dan 5 leerlingen is niet getoond (privacy).');
    expect(slideText(8)).toContain('Gegevens per leerling (schuilnamen)');
  });

  it('writes the speaker notes: the notes a paragraph per line, the interpretation, the alternative, a callout without a place', () => {
    expect(notesOf(3)).toEqual([
      'Begin met 1A.',
      'Vraag dan naar 1B.',
      'Interpretatie: De extra leestijd in 1A lijkt te werken.',
      'Andere verklaring: In 1A zitten dit jaar minder anderstalige leerlingen.',
      'Aanduiding bij Klas 9Z: Deze klas staat niet in de grafiek',
    ]);
    expect(notesOf(4)).toContain('Vergelijk met vorig jaar.');
  });

  it('draws the reference line, the band and the callout with their labels', () => {
    const texts = textsOf(slideXml(3));
    expect(texts).toEqual(expect.arrayContaining(['Drempel 60 %', 'Zorgzone', 'Na de leesinterventie']));
    expect(texts).not.toContain('Deze klas staat niet in de grafiek');
    // The dashed reference line and the arrow of the callout.
    expect(slideXml(3)).toContain('<a:prstDash val="dash"/>');
    expect(slideXml(3)).toContain('<a:tailEnd type="triangle"/>');
    expect(textsOf(slideXml(6))).toContain('Toets afgelast in 1A');
    expect(textsOf(slideXml(8))).toContain('Eindterm');
  });

  it('shows why a view does not compute instead of its chart', () => {
    const text = slideText(10);
    expect(text).toContain('Deze grafiek kon niet berekend worden.');
    expect(text).toContain('Deze weergave bestaat niet (meer).');
    expect(chartOf(10)).toBeUndefined();
  });

  it('places a picture of the kinds PowerPoint cannot draw, asked for at 1600 × 900, with the alt text', () => {
    expect(images).toContainEqual({ kind: 'dotCi', width: 1600, height: 900 });
    expect(images.every((i) => i.kind === 'dotCi')).toBe(true);
    expect(descriptions(slideXml(9), 'p:pic')).toEqual(['Gemiddelde leerwinst met 95%-interval: 1A 12,1; 1B 6,5.']);
    expect(targetsOf(parts, slides[8]!).some((t) => /^ppt\/media\/.+\.png$/.test(t))).toBe(true);
  });
});

describe('writeStoryPptx: native charts', () => {
  const native = [3, 4, 5, 6, 7, 8];

  it('writes a chart part for every native kind, with the alt text on its graphic frame', () => {
    native.forEach((n, i) => {
      expect(chartOf(n)).toBeDefined();
      expect(descriptions(slideXml(n), 'p:graphicFrame')).toEqual([richDeck.slides[i]!.alt]);
    });
    expect(descriptions(slideXml(3), 'p:graphicFrame')).toEqual(['Alt text of Klas 1A & "1B" <groeien> het sterkst']);
  });

  it('caches the figures of a bar chart: zero kept, a missing value left out, category labels as text', () => {
    const [series] = seriesOf(xmlOf(parts, chartOf(3)!));
    expect(series!.name).toBe('Gemiddelde score & "punten"');
    expect(series!.categories).toEqual(['1A', '1B', '2023', 'Klas met een heel lange naam die niet op één regel past']);
    expect([...series!.values]).toEqual([
      [0, 62.5],
      [1, 0],
      [3, 71.25],
    ]);
    expect(xmlOf(parts, chartOf(3)!)).toContain('<c:multiLvlStrRef>');
    expect(xmlOf(parts, chartOf(3)!)).toContain('<c:dispBlanksAs val="gap"/>');
  });

  it('caches every series of grouped, stacked, line and slope charts', () => {
    const expected: Record<number, [string, (number | null)[]][]> = {
      4: [['Begin', [3.1, 2.8, 3.4]], ['Einde', [3.6, 2.9, 3.9]]],
      5: [['Naar A', [12, 3, 0]], ['Naar B', [2, 15, 4]], ['Naar C', [0, 1, 9]]],
      6: [['1A', [48.2, null, 63.5]], ['1B', [51, 55.5, 58]]],
      7: [['1A', [48, 63]], ['1B', [51, 58]], ['Alle leerlingen', [49.5, 60.5]]],
    };
    for (const [n, series] of Object.entries(expected)) {
      const cached = seriesOf(xmlOf(parts, chartOf(Number(n))!));
      expect(cached.map((s) => s.name)).toEqual(series.map(([name]) => name));
      cached.forEach((s, i) => {
        const values = series[i]![1];
        expect([...s.values]).toEqual(values.flatMap((v, j) => (v === null ? [] : [[j, v]])));
      });
    }
    expect(xmlOf(parts, chartOf(5)!)).toContain('<c:grouping val="stacked"/>');
    expect(seriesOf(xmlOf(parts, chartOf(7)!))[0]!.categories).toEqual(['Begin', 'Einde']);
  });

  it('caches a scatter: the x of every point, each group its own y', () => {
    const [a, b] = seriesOf(xmlOf(parts, chartOf(8)!));
    expect(a!.name).toBe('1A');
    expect(b!.name).toBe('1B');
    expect([...a!.xs.values()]).toEqual([40, 52, 61, 70, 45]);
    expect([...a!.values]).toEqual([
      [0, 55],
      [1, 60],
    ]);
    expect([...b!.values]).toEqual([
      [2, 64],
      [3, 69],
      [4, 58],
    ]);
  });

  it('embeds a workbook per chart that holds the figures (zero as 0, a missing value as an empty cell)', () => {
    for (const n of native) {
      const workbook = targetsOf(parts, chartOf(n)!).find((t) => /^ppt\/embeddings\/.+\.xlsx$/.test(t));
      expect(workbook, `slide ${n}`).toBeDefined();
      expect(parts[workbook!]).toBeDefined();
    }
    const bar = sheetOf(parts[targetsOf(parts, chartOf(3)!)[0]!]!);
    expect(bar.get('B1')).toBe('Gemiddelde score & "punten"');
    expect(['A2', 'A3', 'A4', 'A5'].map((c) => bar.get(c))).toEqual(['1A', '1B', '2023', 'Klas met een heel lange naam die niet op één regel past']);
    expect(['B2', 'B3', 'B4', 'B5'].map((c) => bar.get(c))).toEqual([62.5, 0, null, 71.25]);
    const stacked = sheetOf(parts[targetsOf(parts, chartOf(5)!)[0]!]!);
    expect(['B2', 'B3', 'B4', 'C2', 'C3', 'C4', 'D2', 'D3', 'D4'].map((c) => stacked.get(c))).toEqual([12, 3, 0, 2, 15, 4, 0, 1, 9]);
    const scatter = sheetOf(parts[targetsOf(parts, chartOf(8)!)[0]!]!);
    expect(['A2', 'A3', 'A4', 'A5', 'A6'].map((c) => scatter.get(c))).toEqual([40, 52, 61, 70, 45]);
    expect(['B2', 'B3', 'B4', 'C4', 'C6'].map((c) => scatter.get(c))).toEqual([55, 60, null, 64, 58]);
    const table = strFromU8(partsOf(parts[targetsOf(parts, chartOf(3)!)[0]!]!)['xl/tables/table1.xml']!);
    expect(/ref="([^"]*)"/.exec(table)![1]).toBe('A1:B5');
  });

  it('gives each chart unique axis ids, every one it names declared', () => {
    for (const n of native) {
      const xml = xmlOf(parts, chartOf(n)!);
      const declared = [...xml.matchAll(/<c:(?:catAx|valAx|dateAx|serAx)>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
      const named = [...xml.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
      expect(declared).toHaveLength(2);
      expect(new Set(declared).size).toBe(declared.length);
      expect(named.every((id) => declared.includes(id))).toBe(true);
      for (const group of xml.matchAll(/<c:(?:bar|line|scatter)Chart>([\s\S]*?)<\/c:(?:bar|line|scatter)Chart>/g)) {
        expect([...group[1]!.matchAll(/<c:axId /g)]).toHaveLength(2);
      }
    }
  });

  it('writes series in schema order: no bar elements in line series, data points before data labels', () => {
    const line = xmlOf(parts, chartOf(6)!);
    expect(line).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(/<c:lineChart>[\s\S]*invertIfNegative[\s\S]*<\/c:lineChart>/.test(line)).toBe(false);
    for (const s of seriesOf(line)) expect(s.xml.indexOf('<c:marker>')).toBeLessThan(s.xml.indexOf('<c:dLbls>'));
    const scatter = xmlOf(parts, chartOf(8)!);
    for (const axis of scatter.matchAll(/<c:valAx>([\s\S]*?)<\/c:valAx>/g)) {
      expect(axis[1]).not.toMatch(/<c:(auto|lblAlgn|noMultiLvlLbl) /);
      expect(axis[1]).toContain('<c:crossBetween val="midCat"/>');
    }
  });

  it('highlights: the category in colour and the other bars grey; the series in colour and the other series grey', () => {
    const [bar] = seriesOf(xmlOf(parts, chartOf(3)!));
    expect(bar!.xml).toContain('<a:srgbClr val="0072B2"/>');
    const greyed = [...bar!.xml.matchAll(/<c:dPt><c:idx val="(\d+)"\/>[\s\S]*?<\/c:dPt>/g)];
    expect(greyed.map((m) => Number(m[1]))).toEqual([1, 2, 3]);
    expect(greyed.every((m) => m[0].includes('BDBDBD'))).toBe(true);
    expect(bar!.xml.indexOf('<c:dPt>')).toBeLessThan(bar!.xml.indexOf('<c:dLbls>'));
    const [begin, end] = seriesOf(xmlOf(parts, chartOf(4)!));
    expect(/<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/.exec(begin!.xml)![1]).toBe('BDBDBD');
    expect(/<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/.exec(end!.xml)![1]).not.toBe('BDBDBD');
  });

  it("keeps a view's own value range, and otherwise a range that starts bars at zero", () => {
    expect(xmlOf(parts, chartOf(7)!)).toMatch(/<c:max val="65"\/>\s*<c:min val="45"\/>/);
    expect(xmlOf(parts, chartOf(5)!)).toMatch(/<c:valAx>[\s\S]*<c:min val="0"\/>/);
  });

  it('formats values with the decimals and the unit, a quoted unit so Excel does not multiply by 100', () => {
    expect(xmlOf(parts, chartOf(3)!)).toContain('formatCode="#,##0.0&quot;%&quot;"');
    expect(xmlOf(parts, chartOf(7)!)).toContain('formatCode="#,##0.0&quot; ptn&quot;"');
    expect(xmlOf(parts, chartOf(5)!)).toContain('formatCode="#,##0"');
  });
});

describe('writeStoryPptx: the package', () => {
  it('writes no NaN and no undefined, and well-formed XML, in every part', () => {
    for (const [name, bytes] of Object.entries(parts)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const xml = strFromU8(bytes);
      expect(xml, name).not.toMatch(/NaN|undefined|Infinity/);
      expect(xmlProblem(xml), name).toBeNull();
    }
  });

  it('lists every part in [Content_Types].xml, by its name or its extension', () => {
    const types = xmlOf(parts, '[Content_Types].xml');
    const overrides = new Set([...types.matchAll(/PartName="([^"]+)"/g)].map((m) => decode(m[1]!)));
    const defaults = new Set([...types.matchAll(/Default Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
    for (const name of Object.keys(parts)) {
      if (name === '[Content_Types].xml') continue;
      const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
      expect(overrides.has(`/${name}`) || defaults.has(extension), name).toBe(true);
    }
    for (const part of overrides) expect(parts[part.slice(1)], part).toBeDefined();
  });

  it('points every relationship at a part that exists', () => {
    for (const name of Object.keys(parts)) {
      if (!name.endsWith('.rels')) continue;
      for (const target of relationshipTargets(parts, name)) expect(parts[target], `${name} → ${target}`).toBeDefined();
    }
  });
});

describe('writeStoryPptx: other decks', () => {
  it('writes the words in English on request', async () => {
    const english = partsOf(await writeStoryPptx(richDeck, options('en')));
    const names = slideNames(english);
    expect(textsOf(xmlOf(english, names[0]!))).toContain('Date: 12/7/2026');
    expect(textsOf(xmlOf(english, names[1]!))[0]).toBe('Inquiry question');
    expect(textsOf(xmlOf(english, names[names.length - 1]!))[0]).toBe('Actions');
    expect(textsOf(xmlOf(english, names[names.length - 1]!))).toContain('3/1/2027');
  });

  it('says so when there is nothing yet: no question, hypotheses, actions or figures', async () => {
    const bare = partsOf(await writeStoryPptx(bareDeck, options()));
    const names = slideNames(bare);
    expect(names).toHaveLength(4);
    expect(textsOf(xmlOf(bare, names[0]!))).toContain('Let op: deze presentatie toont echte namen van leerlingen. Deel ze niet buiten het team.');
    expect(textsOf(xmlOf(bare, names[0]!))).toContain('Alle groepen zijn getoond, ook kleine groepen.');
    expect(textsOf(xmlOf(bare, names[1]!))).toEqual(expect.arrayContaining(['Er is nog geen leervraag ingevuld.', 'Nog geen hypothesen.']));
    expect(textsOf(xmlOf(bare, names[2]!))).toContain('Er zijn geen gegevens om deze grafiek te tekenen.');
    expect(Object.keys(bare).some((n) => n.startsWith('ppt/charts/'))).toBe(false);
    expect(textsOf(xmlOf(bare, names[3]!))).toContain('Nog geen acties afgesproken.');
  });

  it('names every series, none twice, and no category empty, in the chart and its workbook', async () => {
    const odd = partsOf(await writeStoryPptx(oddNamesDeck, options()));
    const chart = Object.keys(odd).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!;
    const series = seriesOf(xmlOf(odd, chart));
    expect(series.map((s) => s.name)).toEqual(['Reeks 1', 'Klas', 'klas (2)']);
    expect(series[0]!.categories).toEqual(['—', '001', '2,5']);
    expect([...series[2]!.values]).toEqual([]);
    const sheet = sheetOf(odd[targetsOf(odd, chart)[0]!]!);
    expect(['B1', 'C1', 'D1', 'A2', 'A3', 'A4'].map((c) => sheet.get(c))).toEqual(['Reeks 1', 'Klas', 'klas (2)', '—', '001', '2,5']);
    expect(['B2', 'C3', 'D2'].map((c) => sheet.get(c))).toEqual([1, null, null]);
  });

  it('runs long tables of hypotheses and actions on to next slides, every row once', async () => {
    const long = partsOf(await writeStoryPptx(longDeck, options()));
    const texts = slideNames(long).map((n) => textsOf(xmlOf(long, n)));
    expect(texts.length).toBeGreaterThan(4);
    const all = texts.flat();
    for (const h of longDeck.story.hypotheses) expect(all.filter((t) => t === h.text)).toHaveLength(1);
    for (const a of longDeck.story.actions) expect(all.filter((t) => t === a.what)).toHaveLength(1);
    expect(all).toContain('Hypothesen (vervolg)');
    expect(all).toContain('Acties (vervolg)');
  });
});

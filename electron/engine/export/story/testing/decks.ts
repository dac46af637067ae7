import { type Deck, type DeckSlide, emptySlideChart, type SlideChart } from '../../../../../shared/model/story/deck';
import type { PrivacyBadge } from '../../../../../shared/model/story/privacy';
import type { Story } from '../../../../../shared/model/story/story';

/**
 * Decks built by hand for the PowerPoint writer's tests: every chart kind, the figures chosen so
 * that the tests can compare what the file holds with these numbers (zeros, missing values,
 * numeric-looking and long labels, `&`, `<`, `>` and quotes in titles and names).
 */

export const AGGREGATED: PrivacyBadge = { level: 'aggregated', suppressed: 0, k: 5, pseudonymised: false };

export function chart(kind: SlideChart['kind'], fields: Partial<SlideChart> = {}): SlideChart {
  return { ...emptySlideChart(kind), ...fields };
}

let slideNumber = 0;

export function slide(title: string, figure: SlideChart | null, fields: Partial<DeckSlide> = {}): DeckSlide {
  slideNumber += 1;
  return {
    slideId: `s${slideNumber}`,
    viewId: `v${slideNumber}`,
    section: 'data',
    title,
    subtitle: '',
    takeaway: '',
    notes: '',
    interpretation: '',
    alternative: '',
    rok: [],
    chart: figure,
    error: null,
    alt: `Alt text of ${title}`,
    n: 48,
    sources: [{ name: 'Toetsen juni', fileName: 'toetsen-juni.xlsx', importedAt: '2026-06-20T09:30:00.000Z' }],
    privacy: AGGREGATED,
    ...fields,
  };
}

function story(fields: Partial<Story>): Story {
  return {
    id: 'st1',
    title: 'Leerwinst lezen 2025–2026',
    question: '',
    slides: [],
    hypotheses: [],
    actions: [],
    createdAt: '2026-09-01T10:00:00.000Z',
    updatedAt: '2026-12-07T10:00:00.000Z',
    ...fields,
  };
}

const bar = slide(
  'Klas 1A & "1B" <groeien> het sterkst',
  chart('bar', {
    categories: ['1A', '1B', '2023', 'Klas met een heel lange naam die niet op één regel past'],
    series: [{ name: 'Gemiddelde score & "punten"', values: [62.5, 0, null, 71.25] }],
    categoryTitle: 'Klas',
    valueTitle: 'Score (%)',
    unit: '%',
    decimals: 1,
    highlight: '1A',
    annotations: [
      { kind: 'line', value: 60, label: 'Drempel 60 %' },
      { kind: 'band', from: 50, to: 55, label: 'Zorgzone' },
      { kind: 'callout', target: '1A', text: 'Na de leesinterventie' },
      { kind: 'callout', target: 'Klas 9Z', text: 'Deze klas staat niet in de grafiek' },
    ],
    notes: ['1 groep met minder dan 5 leerlingen is niet getoond (privacy).'],
  }),
  {
    subtitle: 'Gemiddelde score op de Vlaamse toets lezen, juni 2026',
    takeaway: 'Klas 1A haalt de drempel van 60 % ruim; 1B blijft achter.',
    notes: 'Begin met 1A.\nVraag dan naar 1B.',
    interpretation: 'De extra leestijd in 1A lijkt te werken.',
    alternative: 'In 1A zitten dit jaar minder anderstalige leerlingen.',
    rok: ['R3', 'K2'],
    privacy: { level: 'aggregated', suppressed: 1, k: 5, pseudonymised: false },
  },
);

const grouped = slide(
  'Schrijven stijgt het minst',
  chart('groupedBar', {
    categories: ['Lezen', 'Schrijven', 'Wiskunde'],
    series: [
      { name: 'Begin', values: [3.1, 2.8, 3.4] },
      { name: 'Einde', values: [3.6, 2.9, 3.9] },
    ],
    valueTitle: 'Gemiddelde (1–5)',
    decimals: 1,
    highlight: 'Einde',
    palette: 'blues',
  }),
  { takeaway: 'Schrijven blijft achter.', notes: 'Vergelijk met vorig jaar.' },
);

const stacked = slide(
  'De meeste leerlingen blijven op hetzelfde niveau',
  chart('stackedBar', {
    categories: ['Niveau A', 'Niveau B', 'Niveau C'],
    series: [
      { name: 'Naar A', values: [12, 3, 0] },
      { name: 'Naar B', values: [2, 15, 4] },
      { name: 'Naar C', values: [0, 1, 9] },
    ],
    decimals: 0,
    valueTitle: 'Leerlingen',
  }),
);

const line = slide(
  'Het gemiddelde stijgt over het jaar',
  chart('line', {
    categories: ['sep 2025', 'jan 2026', 'jun 2026'],
    series: [
      { name: '1A', values: [48.2, null, 63.5] },
      { name: '1B', values: [51, 55.5, 58] },
    ],
    valueTitle: 'Gemiddelde (%)',
    unit: '%',
    annotations: [{ kind: 'callout', target: 'jan 2026', text: 'Toets afgelast in 1A' }],
  }),
);

const slope = slide(
  'Alle klassen gaan vooruit',
  chart('slope', {
    categories: ['Begin', 'Einde'],
    series: [
      { name: '1A', values: [48, 63] },
      { name: '1B', values: [51, 58] },
      { name: 'Alle leerlingen', values: [49.5, 60.5] },
    ],
    unit: ' ptn',
    decimals: 1,
    valueTitle: 'Schaalscore',
    valueRange: [45, 65],
    highlight: 'Alle leerlingen',
  }),
);

const scatter = slide(
  'Wie laag begon, won het meest',
  chart('scatter', {
    points: [
      { x: 40, y: 55, series: '1A' },
      { x: 52, y: 60, series: '1A' },
      { x: 61, y: 64, series: '1B' },
      { x: 70, y: 69, series: '1B' },
      { x: 45, y: 58, series: '1B' },
    ],
    xTitle: 'Begin',
    valueTitle: 'Einde',
    diagonal: true,
    annotations: [{ kind: 'line', value: 60, label: 'Eindterm' }],
  }),
  { privacy: { level: 'pupil', suppressed: 0, k: 5, pseudonymised: true } },
);

const dots = slide(
  'De leerwinst is het grootst in 1A',
  chart('dotCi', {
    categories: ['1A', '1B'],
    series: [{ name: 'Gemiddelde leerwinst', values: [12.1, 6.5], low: [8, 3], high: [16.2, 10] }],
  }),
  { alt: 'Gemiddelde leerwinst met 95%-interval: 1A 12,1; 1B 6,5.' },
);

const broken = slide('Deze weergave rekent niet meer', null, {
  error: { code: 'errors.view.unknown', params: {} },
  n: null,
  sources: [],
});

/** Every kind of slide: bar, grouped, stacked, line, slope, scatter (native), a dot plot (a picture), a view that fails. */
export const richDeck: Deck = {
  story: story({
    question: 'Hoe kunnen we de leesvaardigheid van onze eerstejaars versterken?',
    hypotheses: [
      { id: 'h1', text: 'Extra leestijd verhoogt de leerwinst.', status: 'confirmed', viewIds: [bar.viewId, scatter.viewId] },
      { id: 'h2', text: 'Anderstalige leerlingen winnen minder.', status: 'open', viewIds: [] },
      { id: 'h3', text: 'Het niveau bij de start verklaart alles.', status: 'rejected', viewIds: ['v999'] },
    ],
    actions: [
      { id: 'a1', what: 'Leestijd uitbreiden naar alle klassen', who: 'Vakgroep Nederlands', when: '2027-03-01', status: 'planned', rok: ['R3', 'V2'], carriedFrom: null },
      { id: 'a2', what: 'Schrijfopdrachten herbekijken', who: '', when: '', status: 'doing', rok: [], carriedFrom: null },
    ],
  }),
  projectName: 'Sint-Jan & co <Gent>',
  slides: [bar, grouped, stacked, line, slope, scatter, dots, broken],
  privacy: { pseudonymise: true, suppressBelow: 5 },
  at: '2026-12-07T10:00:00.000Z',
};

/** Nothing filled in: no question, hypotheses or actions; one chart without figures. */
export const bareDeck: Deck = {
  story: story({ title: 'Leeg verhaal' }),
  projectName: 'Demo',
  slides: [slide('Nog niets te zien', chart('bar', { categories: [], series: [] }))],
  privacy: { pseudonymise: false, suppressBelow: null },
  at: '2026-01-15T12:00:00.000Z',
};

/** Many hypotheses and actions: the tables run on to next slides. */
export const longDeck: Deck = {
  story: story({
    title: 'Een lang verhaal',
    question: 'Wat werkt?',
    hypotheses: Array.from({ length: 14 }, (_, i) => ({
      id: `h${i + 1}`,
      text: `Hypothese ${i + 1}: een zin die lang genoeg is om over twee regels te lopen in de tabel van hypothesen.`,
      status: 'open' as const,
      viewIds: [],
    })),
    actions: Array.from({ length: 16 }, (_, i) => ({
      id: `a${i + 1}`,
      what: `Actie ${i + 1}: iets concreets doen met de resultaten van de klassen`,
      who: 'Zorgcoördinator',
      when: '2027-01-10',
      status: 'done' as const,
      rok: ['K2'],
      carriedFrom: null,
    })),
  }),
  projectName: 'Demo',
  slides: [],
  privacy: { pseudonymise: true, suppressBelow: 5 },
  at: '2026-01-15T12:00:00.000Z',
};

/** Names a workbook's table cannot take as they are: empty, twice (in another case), an empty category. */
export const oddNamesDeck: Deck = {
  story: story({ title: 'Vreemde namen' }),
  projectName: 'Demo',
  slides: [
    slide(
      'Reeksen zonder naam',
      chart('groupedBar', {
        categories: ['', '001', '2,5'],
        series: [
          { name: '', values: [1, 2, 3] },
          { name: 'Klas', values: [4, null, 6] },
          { name: 'klas', values: [null, null, null] },
        ],
      }),
    ),
  ],
  privacy: { pseudonymise: true, suppressBelow: 5 },
  at: '2026-01-15T12:00:00.000Z',
};

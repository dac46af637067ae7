import { Deck, type DeckSlide, SlideChart } from '../../../../../shared/model/story/deck';

/**
 * Charts of every kind and a small deck, as a story computes them, for the chart-image and
 * PDF tests (and for looking at: `scripts`-free, render them from a test or a REPL).
 */

const chart = (input: SlideChart | Record<string, unknown>): SlideChart => SlideChart.parse(input);

/** Reading scores by class: one series, a threshold, a band, a callout, 4B highlighted. */
export const barChart = chart({
  kind: 'bar',
  categories: ['4A', '4B', '5A', '5B', '6A'],
  series: [{ name: 'Gemiddelde', values: [23.5, 18.25, 30, 27.4, null], n: [22, 19, 24, 21, 3] }],
  categoryTitle: 'Klas',
  valueTitle: 'Gemiddelde score',
  unit: '',
  decimals: 1,
  annotations: [
    { kind: 'line', value: 25, label: 'Vlaams gemiddelde' },
    { kind: 'band', from: 0, to: 15, label: 'Zorgzone' },
    { kind: 'callout', target: '4B', text: 'Nieuwe leerkracht sinds januari' },
  ],
  highlight: '4B',
  notes: ['6A niet getoond: minder dan 5 leerlingen.', 'Bron: LVS begin schooljaar 2026–2027.'],
});

export const groupedBarChart = chart({
  kind: 'groupedBar',
  categories: ['Technisch lezen', 'Begrijpend lezen', 'Spelling', 'Rekenen – getallenkennis'],
  series: [
    { name: 'September', values: [61.2, 55, 48.4, 70.1] },
    { name: 'Januari', values: [66.8, 57.5, 52.9, 71] },
    { name: 'Juni', values: [72, 63.1, 58.75, 74.3] },
  ],
  categoryTitle: 'Domein',
  valueTitle: 'Percentage juist',
  unit: '%',
  decimals: 1,
  annotations: [{ kind: 'callout', target: 'Spelling', text: 'Grootste groei ≥ 10 procentpunten' }],
  notes: ['Percentages van de totale score.'],
});

export const stackedBarChart = chart({
  kind: 'stackedBar',
  categories: ['5A', '5B', '6A', '6B'],
  series: [
    { name: 'Onder de norm', values: [20, 15, 30, 10] },
    { name: 'Rond de norm', values: [50, 45, 40, 50] },
    { name: 'Boven de norm', values: [30, 40, 30, 40] },
  ],
  categoryTitle: 'Klas',
  valueTitle: 'Aandeel leerlingen',
  unit: '%',
  decimals: 0,
  palette: 'blues',
});

export const lineChart = chart({
  kind: 'line',
  categories: ['2023', '2024', '2025', '2026'],
  series: [
    { name: 'Onze school', values: [52.5, 54, null, 58.25] },
    { name: 'Vlaanderen', values: [55, 55.5, 56, 56.4] },
  ],
  categoryTitle: 'Schooljaar',
  valueTitle: 'Score wiskunde',
  unit: ' ptn',
  decimals: 1,
  highlight: 'Onze school',
});

export const slopeChart = chart({
  kind: 'slope',
  categories: ['Begin', 'Einde'],
  series: [
    { name: 'Meisjes', values: [48.2, 60.5] },
    { name: 'Jongens', values: [47.9, 52.1] },
    { name: 'Anderstalig', values: [40.3, 55.8] },
  ],
  categoryTitle: 'Meetmoment',
  valueTitle: 'Score',
  unit: '',
  decimals: 1,
  highlight: 'Anderstalig',
});

export const scatterChart = chart({
  kind: 'scatter',
  categories: [],
  series: [],
  points: Array.from({ length: 60 }, (_, i) => {
    const x = 20 + ((i * 37) % 60);
    return { x, y: Math.min(95, x + ((i * 13) % 21) - 6), series: i % 3 === 0 ? 'Leerkracht B' : 'Leerkracht A' };
  }),
  categoryTitle: '',
  valueTitle: 'Score juni',
  xTitle: 'Score september',
  unit: '',
  decimals: 0,
  diagonal: true,
  annotations: [{ kind: 'line', value: 50, label: 'Minimumdoel' }],
});

export const dotCiChart = chart({
  kind: 'dotCi',
  categories: ['4A', '4B', '5A'],
  series: [{ name: 'Leerwinst', values: [0.42, -0.08, 0.65], low: [0.1, -0.41, 0.3], high: [0.74, 0.25, 1] }],
  categoryTitle: 'Klas',
  valueTitle: 'Effectgrootte (d)',
  unit: '',
  decimals: 2,
  zeroLine: true,
});

export const boxChart = chart({
  kind: 'box',
  categories: ['Groep 1', 'Groep 2', 'Groep 3'],
  series: [
    {
      name: 'Score',
      values: [55, 62, 48],
      low: [45, 55, 40],
      high: [66, 70, 57],
      min: [30, 41, 22],
      max: [85, 90, 75],
    },
  ],
  categoryTitle: 'Niveaugroep',
  valueTitle: 'Score',
  unit: '',
  decimals: 0,
  annotations: [{ kind: 'line', value: 60, label: 'Doel' }],
});

export const heatmapChart = chart({
  kind: 'heatmap',
  categories: ['A', 'B', 'C', 'D', 'E'],
  series: [
    { name: 'A', values: [12, 3, 1, 0, 0] },
    { name: 'B', values: [2, 15, 4, 1, 0] },
    { name: 'C', values: [0, 3, 18, 2, 1] },
    { name: 'D', values: [0, 0, 2, 9, null] },
  ],
  categoryTitle: 'Niveau in juni',
  valueTitle: 'Niveau in september',
  unit: '',
  decimals: 0,
});

export const ALL_CHARTS: Record<SlideChart['kind'], SlideChart> = {
  bar: barChart,
  groupedBar: groupedBarChart,
  stackedBar: stackedBarChart,
  line: lineChart,
  scatter: scatterChart,
  slope: slopeChart,
  dotCi: dotCiChart,
  box: boxChart,
  heatmap: heatmapChart,
};

const slide = (n: number, over: Partial<DeckSlide>): DeckSlide => ({
  slideId: `s${n}`,
  viewId: `v${n}`,
  section: 'data',
  title: `Slide ${n}`,
  subtitle: '',
  takeaway: '',
  notes: '',
  interpretation: '',
  alternative: '',
  rok: [],
  chart: null,
  error: null,
  alt: '',
  n: null,
  sources: [{ name: 'LVS-export', fileName: 'lvs-2026.xlsx', importedAt: '2026-10-02T09:15:00.000Z' }],
  privacy: { level: 'aggregated', suppressed: 0, k: 5, pseudonymised: false },
  ...over,
});

/** A story of three slides (one that no longer computes) and two actions. */
export const handoutDeck: Deck = Deck.parse({
  story: {
    id: 'st1',
    title: 'Begrijpend lezen in de derde graad',
    question: 'Hoe kunnen we de leerwinst in begrijpend lezen verhogen bij anderstalige leerlingen?',
    slides: [],
    hypotheses: [
      { id: 'h1', text: 'Anderstalige leerlingen gaan minder vooruit dan hun klasgenoten.', status: 'confirmed', viewIds: ['v2'] },
      { id: 'h2', text: 'De nieuwe methode werkt beter in klassen ≥ 20 leerlingen.', status: 'open', viewIds: ['v1', 'v3'] },
    ],
    actions: [
      { id: 'a1', what: 'Woordenschatlessen twee keer per week in 5B', who: 'Mevr. Verhoeven', when: '2027-03-01', status: 'planned', rok: ['V2', 'R3'] },
      { id: 'a2', what: 'Resultaten bespreken op het MDO – ook met het CLB', who: 'Zorgcoördinator', when: '', status: 'doing', rok: [] },
    ],
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
  },
  projectName: 'Basisschool De Linde',
  slides: [
    slide(1, {
      section: 'question',
      title: 'Klas 4B scoort lager dan de rest',
      subtitle: 'Gemiddelde score begrijpend lezen, september 2026',
      takeaway: '4B ligt 5 punten onder het Vlaams gemiddelde.',
      notes: 'Vraag het team eerst wat ze zien, voor je de uitleg geeft.',
      interpretation: 'De daling valt samen met de wissel van leerkracht.',
      alternative: 'De toets in 4B werd op een maandagochtend afgenomen.',
      rok: ['R3', 'O4'],
      chart: barChart,
      n: 86,
      privacy: { level: 'aggregated', suppressed: 1, k: 5, pseudonymised: false },
    }),
    slide(2, {
      section: 'interpretation',
      title: 'Anderstaligen groeien het sterkst',
      subtitle: 'Begin en einde van het schooljaar',
      takeaway: 'De kloof wordt kleiner: van 8 naar 5 punten.',
      chart: slopeChart,
      n: 64,
    }),
    slide(3, {
      section: 'evaluation',
      title: 'Leerwinst per klas',
      chart: null,
      error: { code: 'errors.story.unknown', params: {} },
    }),
  ],
  privacy: { pseudonymise: true, suppressBelow: 5 },
  at: '2026-12-07T14:30:00.000Z',
});

/** Many categories with long names (slanted labels), two callouts on one row, a long note. */
export const crowdedChart = chart({
  kind: 'groupedBar',
  categories: Array.from({ length: 12 }, (_, i) => `Leerplandoel ${i + 1}: ${['woordenschat', 'tekstbegrip', 'spelling', 'meten en metend rekenen'][i % 4]}`),
  series: [
    { name: 'Onze school', values: Array.from({ length: 12 }, (_, i) => 40 + ((i * 17) % 45) + 0.25) },
    { name: 'Scholengemeenschap', values: Array.from({ length: 12 }, (_, i) => 50 + ((i * 7) % 30)) },
  ],
  categoryTitle: 'Leerplandoel',
  valueTitle: 'Percentage beheerst',
  unit: '%',
  decimals: 1,
  annotations: [
    { kind: 'callout', target: 'Leerplandoel 2: tekstbegrip', text: 'Hier zette het team vorig jaar extra in met een leesproject in alle klassen van de derde graad' },
    { kind: 'callout', target: 'Leerplandoel 11: spelling', text: 'Nieuwe methode' },
    { kind: 'line', value: 75, label: 'Doel ≥ 75%' },
  ],
  notes: ['Groepen met minder dan 5 leerlingen zijn niet getoond (privacy). Percentages zijn afgerond op één decimaal; de doelen komen uit het schoolwerkplan 2026–2029 en gelden voor alle klassen.'],
});

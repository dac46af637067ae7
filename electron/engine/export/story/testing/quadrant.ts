import { type Deck, SlideChart } from '../../../../../shared/model/story/deck';
import { slide } from './decks';

/**
 * The skill–will quadrant of a staff survey as story/slide-chart.ts computes it (surveyFigures,
 * kind 'quadrant'), with the means of the skill-will example (shared/samples/expected.json): x =
 * skill, y = will, both 1–5, the bridge at 3.0 both ways (the horizontal line without a label, the
 * vertical one named), a point per moment; and the same with the team's own estimate per moment.
 */

const NOTES = [
  'Positie = het gemiddelde van de vraaggemiddelden per as.',
  'nulmeting: selectieve impact — solistisch',
  'eindmeting: selectieve impact — solistisch',
];

const base = {
  kind: 'scatter',
  categories: [],
  series: [],
  categoryTitle: '',
  xTitle: 'Vaardigheid (Ik en Wij als team)',
  valueTitle: 'Collectieve wil (overleg en professionele codes)',
  unit: '',
  decimals: 2,
  valueRange: [1, 5],
  xRange: [1, 5],
  xLines: [{ kind: 'line', value: 3, label: 'brugas 3,0' }],
  annotations: [{ kind: 'line', value: 3, label: '' }],
  notes: NOTES,
};

/** Two moments: skill above the bridge, will under it, both rising. */
export const quadrantChart: SlideChart = SlideChart.parse({
  ...base,
  points: [
    { x: 3.319, y: 2.467, series: 'nulmeting' },
    { x: 3.505, y: 2.934, series: 'eindmeting' },
  ],
});

/** The two moments and the team's own estimate at each: two paths, not one through all four. */
export const quadrantSelfChart: SlideChart = SlideChart.parse({
  ...base,
  points: [
    { x: 3.319, y: 2.467, series: 'nulmeting' },
    { x: 3.505, y: 2.934, series: 'eindmeting' },
    { x: 3.9, y: 3.6, series: 'eigen inschatting nulmeting' },
    { x: 3.7, y: 3.3, series: 'eigen inschatting eindmeting' },
  ],
});

/** A deck of the two quadrants, for the PowerPoint writer. */
export const quadrantDeck: Deck = {
  story: {
    id: 'st7',
    title: 'Verbetercultuur in ons team',
    question: 'Waar staat ons team op vaardigheid en collectieve wil?',
    slides: [],
    hypotheses: [],
    actions: [],
    createdAt: '2026-09-01T10:00:00.000Z',
    updatedAt: '2026-12-07T10:00:00.000Z',
  },
  projectName: 'Basisschool De Linde',
  slides: [
    slide('Vaardig, maar nog weinig samen', quadrantChart, {
      alt: 'Het team op het kwadrant: nulmeting 3,32 / 2,47; eindmeting 3,51 / 2,93.',
      n: 24,
      sources: [{ name: 'Personeelsbevraging', fileName: 'skill-will.xlsx', importedAt: '2026-06-20T09:30:00.000Z' }],
    }),
    slide('We zien onszelf sterker dan de bevraging', quadrantSelfChart, {
      alt: 'Het team op het kwadrant, met zijn eigen inschatting.',
      n: 24,
      sources: [{ name: 'Personeelsbevraging', fileName: 'skill-will.xlsx', importedAt: '2026-06-20T09:30:00.000Z' }],
    }),
  ],
  privacy: { pseudonymise: true, suppressBelow: 5 },
  at: '2026-12-07T10:00:00.000Z',
};

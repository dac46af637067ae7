import type { GainAnalysis } from '../../../shared/model/analysis/gain';
import type { Recipe } from '../../../shared/model/recipe';
import type { ChartSpec, View, ViewGain } from '../../../shared/model/view';
import type { Project } from './project';
import { saveStory } from './stories';
import { saveView } from './views';

/**
 * The demo's story for a staff meeting (DOMAIN.md: the data-use cycle): the leervraag, two
 * hypotheses linked to the views that test them, the learning-gain views with annotations and ROK
 * tags, speaker notes, an interpretation with an alternative explanation, and actions. The
 * figures in its titles are computed from the demo's own data, as the views' are.
 */
export async function addDemoStory(ws: Project, recipe: Recipe, chart: ChartSpec, analysis: GainAnalysis): Promise<void> {
  const gain = await ws.gain(recipe, analysis);
  const shown = gain.groups.filter((g) => g.figures?.meanGain != null).sort((a, b) => b.figures!.meanGain! - a.figures!.meanGain!);
  const best = shown[0]!;
  const worst = shown[shown.length - 1]!;
  const fmt = (x: number) => x.toFixed(1).replace('.', ',');
  const overall = gain.overall.figures!;

  const [ciView, juneView] = ws.views as [View, View];
  // The gain view: the best class highlighted, a callout on the weakest, the framework's R3.
  saveView(ws, {
    ...ciView,
    design: {
      subtitle: `Gemiddelde winst per klas met 95%-betrouwbaarheidsinterval, september → juni (n = ${overall.n})`,
      annotations: [
        { kind: 'line', value: overall.meanGain!, label: `School: +${fmt(overall.meanGain!)}` },
        { kind: 'callout', target: worst.key!, text: `Kleinste winst: +${fmt(worst.figures!.meanGain!)}` },
      ],
      highlight: best.key,
      palette: 'okabeIto',
      rok: ['R3', 'K2'],
    },
  });
  saveView(ws, {
    ...juneView,
    design: {
      subtitle: 'Gemiddelde score in juni per klas (op 50)',
      annotations: [{ kind: 'band', from: 25, to: 30, label: 'Zone 50–60%' }],
      highlight: null,
      palette: 'okabeIto',
      rok: ['R2'],
    },
  });

  const slopeGain: ViewGain = { analysis, chart: 'slope' };
  const slope = saveView(ws, {
    recipe,
    chart,
    gain: slopeGain,
    title: `Alle klassen stijgen, maar ${worst.key} en ${best.key} liggen het verst uit elkaar`,
    takeaway: `Van september naar juni stijgen alle klassen; ${best.key} wint het meest (+${fmt(best.figures!.meanGain!)}), ${worst.key} het minst (+${fmt(worst.figures!.meanGain!)}).`,
    design: { subtitle: 'Gemiddelde in september en juni per klas, in procent', annotations: [], highlight: null, palette: 'okabeIto', rok: ['R3'] },
  });
  const scatter = saveView(ws, {
    recipe,
    chart,
    gain: { analysis, chart: 'scatter' },
    title: 'Wie zwak startte, groeide niet vanzelf het meest',
    takeaway: 'Elke stip is een leerling: boven de diagonaal ging die vooruit. De regressielijn toont de verwachte groei bij elke beginscore.',
    design: { subtitle: 'Score in september tegen score in juni, per leerling', annotations: [], highlight: null, palette: 'okabeIto', rok: ['R3', 'B1'] },
  });

  saveStory(ws, {
    title: 'Leerwinst wiskunde, eerste graad',
    question: 'Maken al onze klassen van het eerste jaar voldoende leerwinst in wiskunde tussen september en juni, en waar is extra ondersteuning nodig?',
    hypotheses: [
      {
        id: 'h1',
        text: `De aanpak met wekelijkse instructie in kleine groepen in ${best.key} verklaart de grotere winst.`,
        status: 'open',
        viewIds: [ciView.id, slope.id],
      },
      { id: 'h2', text: 'Klassen met een zwakke start groeien vanzelf meer (regressie naar het gemiddelde).', status: 'rejected', viewIds: [scatter.id] },
    ],
    slides: [
      {
        id: 's1',
        viewId: juneView.id,
        section: 'question',
        notes: 'Vertrek van wat iedereen al kent: de eindscores. Vraag het team eerst wat ze verwachten voor je de leerwinst toont.',
        interpretation: '',
        alternative: '',
      },
      {
        id: 's2',
        viewId: ciView.id,
        section: 'data',
        notes: `Wijs op de intervallen: ${best.key} ligt duidelijk boven het schoolgemiddelde, de andere klassen overlappen. n staat onder elke klas.`,
        interpretation: `${best.key} groeit meer dan de andere klassen, ook rekening houdend met de onzekerheid.`,
        alternative: `Misschien kreeg ${best.key} een makkelijkere junitoets of meer oefentijd; controleer of alle klassen dezelfde toets aflegden.`,
      },
      {
        id: 's3',
        viewId: slope.id,
        section: 'interpretation',
        notes: 'Alle lijnen stijgen: niemand gaat achteruit. Het verschil zit in de helling.',
        interpretation: 'De verschillen in winst zijn groter dan de verschillen bij de start.',
        alternative: 'Een andere verklaring: een wissel van leerkracht halverwege het jaar in één klas.',
      },
      {
        id: 's4',
        viewId: scatter.id,
        section: 'interpretation',
        notes: 'Deze grafiek toont individuele leerlingen (zonder namen). Gebruik ze niet om over één leerling te oordelen.',
        interpretation: 'Zwakke starters liggen niet systematisch boven de lijn: hypothese 2 klopt niet.',
        alternative: '',
      },
    ],
    actions: [
      {
        id: 'a1',
        what: `De aanpak van ${best.key} toelichten op de vakgroep wiskunde en afspreken wie ze overneemt.`,
        who: 'Vakgroep wiskunde',
        when: '2027-01-20',
        status: 'planned',
        rok: ['V2', 'K3'],
        carriedFrom: null,
      },
      {
        id: 'a2',
        what: `Extra instructiemoment voor ${worst.key} vanaf het tweede trimester.`,
        who: `Klastitularis ${worst.key}, zorgcoördinator`,
        when: '2027-01-08',
        status: 'doing',
        rok: ['B1'],
        carriedFrom: null,
      },
      { id: 'a3', what: 'Evalueren met de toets van juni 2027 (zelfde toets, zelfde afname).', who: 'Datateam', when: '2027-06-30', status: 'planned', rok: ['K2'], carriedFrom: null },
    ],
  });
}

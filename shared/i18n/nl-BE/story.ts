/**
 * Dutch (Flemish) strings of a story exported to PowerPoint (story.pptx.*): the words on the
 * title, leervraag and actions slides, and the lines around a chart.
 * Plural keys end in `_one` / `_other`. English (en/story.ts) is typed against this file.
 */
export const story = {
  story: {
    pptx: {
      date: 'Datum: {{date}}',
      privacyPseudonymised: 'Namen van leerlingen zijn vervangen door schuilnamen.',
      privacyRealNames: 'Let op: deze presentatie toont echte namen van leerlingen. Deel ze niet buiten het team.',
      privacySuppressed: 'Groepen met minder dan {{k}} leerlingen zijn niet getoond.',
      privacyAllGroups: 'Alle groepen zijn getoond, ook kleine groepen.',
      question: 'Leervraag',
      noQuestion: 'Er is nog geen leervraag ingevuld.',
      hypotheses: 'Hypothesen',
      hypothesis: 'Hypothese',
      noHypotheses: 'Nog geen hypothesen.',
      testedBy: 'Getoetst met',
      continued: '{{title}} (vervolg)',
      status: 'Status',
      hypothesisStatus: {
        open: 'open',
        confirmed: 'bevestigd',
        rejected: 'verworpen',
      },
      actions: 'Acties',
      noActions: 'Nog geen acties afgesproken.',
      what: 'Wat',
      who: 'Wie',
      when: 'Wanneer',
      rok: 'ROK',
      actionStatus: {
        planned: 'gepland',
        doing: 'bezig',
        done: 'uitgevoerd',
        dropped: 'geschrapt',
      },
      source: 'Bron: {{sources}}',
      sourceFile: '{{file}} (ingelezen {{date}})',
      noSource: 'Bron: onbekend',
      n: 'n = {{n}}',
      privacyPupil: 'Gegevens per leerling',
      privacyPupilPseudonymised: 'Gegevens per leerling (schuilnamen)',
      privacyAggregated: 'Samengevat per groep',
      privacyHidden_one: '{{count}} groep onder {{k}} leerlingen niet getoond',
      privacyHidden_other: '{{count}} groepen onder {{k}} leerlingen niet getoond',
      rokTags: 'ROK: {{tags}}',
      interpretation: 'Interpretatie',
      alternative: 'Andere verklaring',
      seeNotes: 'Meer in de notities.',
      callout: 'Aanduiding bij {{target}}: {{text}}',
      noData: 'Er zijn geen gegevens om deze grafiek te tekenen.',
      chartError: 'Deze grafiek kon niet berekend worden.',
      series: 'Reeks {{n}}',
      pupils: 'Leerlingen',
    },
  },
} as const;

/**
 * Strings of saved views, the save-view dialog and the chart. Plural keys end in `_one` / `_other`.
 * Dutch (Flemish usage) is the reference: en/ui-views.ts is typed against it.
 */
export const uiViews = {
  ui: {
    views: {
      title: 'Bewaarde weergaven',
      empty: 'Nog geen bewaarde weergaven.',
      save: 'Weergave bewaren',
      nothingToSave: 'Er is nog geen grafiek of analyse om als weergave te bewaren.',
      remove: 'Weergave {{title}} verwijderen',
    },
    viewDialog: {
      title: 'Weergave bewaren',
      titleLabel: 'Titel',
      titleHint: 'Zeg in de titel wat je ziet, bv. "2B groeide het sterkst in wiskunde".',
      takeawayLabel: 'Boodschap voor het team',
      confirm: 'Bewaren',
      cancel: 'Annuleren',
      titleRequired: 'Geef de weergave een titel.',
    },
    chart: {
      title: 'Grafiek',
      groupBy: 'Groeperen per',
      measure: 'Meetwaarde',
      countRows: 'Aantal rijen',
      aggregate: 'Berekening',
      mean: 'Gemiddelde',
      count: 'Aantal met een waarde',
      draw: 'Grafiek tekenen',
      empty: 'Kies waarop je groepeert en teken de grafiek.',
      yMean: 'Gemiddelde {{column}}',
      yCount: 'Aantal rijen',
      yCountOf: 'Aantal met {{column}}',
      emptyGroup: '(leeg)',
      nLabel: 'n = {{n}}',
      captionTitle: 'Aantal per groep',
      captionGroup: 'Groep',
      captionN: 'n',
      captionValue: 'Waarde',
      smallGroups_one: 'Opgelet: {{count}} groep telt minder dan 10. Lees dat resultaat voorzichtig.',
      smallGroups_other: 'Opgelet: {{count}} groepen tellen minder dan 10. Lees die resultaten voorzichtig.',
      export: 'Exporteren',
      exportPng: 'PNG',
      exportSvg: 'SVG',
      exported: 'Afbeelding bewaard als {{name}}.',
      altText: 'Staafdiagram: {{y}} per {{x}}.',
    },
  },
} as const;

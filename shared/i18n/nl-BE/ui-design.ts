/**
 * Strings of the chart editor (a view's title, subtitle, look, lines and callouts, ROK tags, alt
 * text and preview), the views list's edit, copy and move buttons, the privacy badge and the
 * source line of an exported chart. Plural keys end in `_one` / `_other`.
 * Dutch (Flemish usage) is the reference: en/ui-design.ts is typed against it.
 */
export const uiDesign = {
  ui: {
    design: {
      dialogNew: 'Weergave bewaren',
      dialogEdit: 'Weergave bewerken',
      subtitleLabel: 'Ondertitel',
      subtitleHint: 'Bv. de groep, het schooljaar of de toets.',
      preview: 'Voorbeeld',
      previewEmpty: 'Nog niets om te tonen: teken eerst de grafiek of bereken de analyse.',
      noDesign: 'Dit diagram krijgt geen lijnen, toelichtingen of markering.',
      sections: {
        look: 'Grafiek',
        annotations: 'Lijnen en toelichtingen',
        rok: 'ROK-verwachtingen',
        alt: 'Tekstalternatief',
      },
      chart: {
        type: 'Soort',
        bar: 'Staven',
        line: 'Lijn',
        sort: 'Volgorde',
        sorts: {
          natural: 'Zoals in de gegevens',
          valueDesc: 'Hoogste waarde eerst',
          valueAsc: 'Laagste waarde eerst',
          label: 'Op naam',
        },
        decimals: 'Decimalen',
      },
      palette: {
        label: 'Kleuren',
        okabeIto: 'Okabe-Ito (kleurenblindveilig)',
        blues: 'Blauwtinten',
        greys: 'Grijstinten (om af te drukken)',
      },
      highlight: {
        label: 'Markeren',
        none: 'Niets: alles in kleur',
        hint: 'Eén groep of reeks in kleur, de rest in grijs.',
      },
      annotations: {
        empty: 'Nog geen lijnen of toelichtingen.',
        kind: 'Soort',
        kinds: {
          line: 'Referentielijn',
          band: 'Band',
          callout: 'Toelichting bij een groep',
        },
        value: 'Waarde',
        label: 'Label',
        from: 'Van',
        to: 'Tot',
        target: 'Bij',
        text: 'Tekst',
        add: 'Toevoegen',
        remove: 'Verwijderen: {{what}}',
        line: 'Referentielijn op {{value}}',
        band: 'Band van {{from}} tot {{to}}',
        callout: 'Toelichting bij {{target}}',
        badNumber: 'Geef een getal, bv. 3,5.',
        badBand: 'Een band loopt van een lagere naar een hogere waarde.',
        needTarget: 'Kies waarbij de toelichting hoort en schrijf de tekst.',
        full: 'Ten hoogste {{max}} lijnen en toelichtingen.',
        missingTarget: '{{target}} staat niet (meer) in de grafiek: deze toelichting wordt niet getekend.',
        noCategories: 'Deze grafiek heeft geen groepen om een toelichting bij te zetten.',
      },
      rok: {
        hint: 'Kies de verwachtingen uit het referentiekader waar deze weergave iets over zegt (ten hoogste {{max}}).',
        chosen_one: '{{count}} gekozen',
        chosen_other: '{{count}} gekozen',
        rubrics: {
          results: 'Resultaten en effecten',
          learners: 'Ontwikkeling van lerenden',
          quality: 'Kwaliteitsontwikkeling',
          policy: 'Beleid',
        },
      },
      alt: {
        hint: 'Gemaakt uit de cijfers; schermlezers lezen deze tekst voor in plaats van de grafiek.',
        generatedOnly: 'Voor deze grafiek wordt de tekst telkens opnieuw uit de cijfers gemaakt.',
        reset: 'Terug naar de tekst uit de cijfers',
        bar: 'Staafdiagram van {{y}} per {{x}}: {{items}}.',
        line: 'Lijndiagram van {{y}} per {{x}}: {{items}}.',
      },
      privacy: {
        label: 'Privacy',
        pupil: 'Per leerling',
        aggregated: 'Per groep',
        suppressed_one: 'Per groep · {{count}} groep onder {{k}} weggelaten',
        suppressed_other: 'Per groep · {{count}} groepen onder {{k}} weggelaten',
        pupilTitle: 'Deze weergave toont leerlingen één voor één: deel ze niet buiten het datateam.',
        aggregatedTitle: 'Deze weergave toont cijfers per groep, geen afzonderlijke leerlingen.',
        suppressedTitle: 'Groepen met minder dan {{k}} leerlingen zijn weggelaten, zodat niemand herkenbaar is.',
      },
      list: {
        edit: 'Bewerken: {{title}}',
        duplicate: 'Kopiëren: {{title}}',
        up: 'Hoger: {{title}}',
        down: 'Lager: {{title}}',
        moveHint: 'Alt+↑ en Alt+↓ verplaatsen de gekozen weergave.',
        moved: '{{title}} staat nu op plaats {{place}}.',
      },
      active: {
        edit: 'Bewerken',
        rok: 'ROK',
      },
      export: {
        source: 'Bron: {{files}}',
        sourceN: 'Bron: {{files}} · n = {{n}}',
        nOnly: 'n = {{n}}',
        file: '{{name}} (ingelezen {{date}})',
      },
    },
  },
} as const;

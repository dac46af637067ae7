/**
 * Strings of the comparison with a reference (school vs Flanders vs similar schools): the
 * analysis's messages (engine.reference.*), its refusals (errors.reference.*) and its panel
 * (ui.reference.*). Plural keys end in `_one` / `_other`. Dutch (Flemish usage) is the
 * reference: en/ui-reference.ts is typed against it.
 */
export const uiReference = {
  engine: {
    reference: {
      suppressed_one: 'Bij 1 onderdeel telt onze school minder dan {{k}} leerlingen: ons gemiddelde wordt daar niet getoond (privacy).',
      suppressed_other: 'Bij {{count}} onderdelen telt onze school minder dan {{k}} leerlingen: ons gemiddelde wordt daar niet getoond (privacy).',
      noInterval:
        'De verschillen zijn gewone verschillen in punten, zonder betrouwbaarheidsinterval of effectgrootte: de tabel geeft alleen gemiddelden, geen spreiding. Een klein verschil kan toeval zijn.',
      noN: 'De tabel noemt geen aantallen leerlingen: hoeveel leerlingen achter elk gemiddelde zitten, is onbekend.',
      leftOut_one: '1 rij zonder groep of onderdeel is niet meegeteld.',
      leftOut_other: '{{count}} rijen zonder groep of onderdeel zijn niet meegeteld.',
    },
  },
  errors: {
    reference: {
      notNumeric: 'De kolom "{{column}}" bevat geen getallen. Kies voor het gemiddelde en het aantal een kolom met getallen.',
      sameColumn: 'Kies voor het onderdeel en voor de groep twee verschillende kolommen (nu is het twee keer "{{column}}").',
      tooManyRows:
        'Deze tabel telt {{rows}} rijen. Een vergelijkingstabel bevat gemiddelden per onderdeel en groep (hoogstens {{max}} rijen), geen leerlingen. Kies de tabel uit het schoolfeedbackrapport.',
      duplicate: 'Onderdeel "{{component}}" heeft twee rijen voor "{{group}}". Welk gemiddelde geldt, is niet te zeggen: kies een kolom die de onderdelen onderscheidt.',
      duplicateGroup: 'De tabel heeft twee rijen voor "{{group}}". Kies de kolom met het toetsonderdeel, zodat elke rij één onderdeel en één groep is.',
      noOurs: 'Geen enkele waarde van "{{column}}" heet zoals onze school (zoals "Onze school"). Kies welke waarde onze school is: {{values}}.',
      withGain: 'Een weergave toont leerwinst of een vergelijking met een referentie, niet allebei.',
      oursMissing: '"{{value}}" komt niet voor in "{{column}}". Kies een van: {{values}}.',
    },
  },
  ui: {
    reference: {
      tab: 'Vergelijking',
      tabsLabel: 'Grafiek, leerwinst of vergelijking',
      intro: 'Zet het gemiddelde van onze school naast Vlaanderen en vergelijkbare scholen, per toetsonderdeel, zoals het schoolfeedbackrapport ze geeft.',
      noProposal: 'De werkbank herkende in deze tabel geen kolom met gemiddelden en geen kolom met groepen. Kies ze hieronder zelf.',
      empty: 'Stel de vergelijking in en klik op Berekenen.',
      compute: 'Berekenen',
      computing: 'Bezig met berekenen…',
      warnings: 'Waarschuwingen bij de vergelijking',
      form: {
        title: 'Vergelijking instellen',
        component: 'Toetsonderdeel',
        noComponent: '(geen: de tabel vergelijkt één ding)',
        group: 'Groep (wie)',
        ours: 'Onze school is',
        oursAuto: '(de waarde die naar onze school heet)',
        mean: 'Gemiddelde',
        n: 'Aantal leerlingen',
        noN: '(geen)',
        choose: '(kiezen)',
        unit: 'Soort score',
        unitScale: 'Vaardigheidsscores',
        unitPercent: 'Percentages',
        minGroup: 'Privacydrempel (leerlingen)',
        minGroupHint: 'Bij minder leerlingen wordt het gemiddelde van onze school niet getoond.',
      },
      problems: {
        group: 'Kies de kolom die zegt wie het gemiddelde heeft (onze school, Vlaanderen, vergelijkbare scholen).',
        mean: 'Kies de kolom met het gemiddelde.',
        minGroup: 'De privacydrempel is een geheel getal van 1 tot 100.',
      },
      table: {
        oneComponent: 'Gemiddelden',
        emptyComponent: '(leeg)',
        group: 'Groep',
        mean: 'Gemiddelde',
        n: 'n',
        difference: 'Verschil: onze school − groep',
        ours: 'onze school',
        suppressed: '< {{k}} leerlingen',
        suppressedTitle: 'Onze school telt hier minder dan {{k}} leerlingen: het gemiddelde wordt niet getoond (privacy).',
        noDifference: 'Geen verschil te berekenen: een van beide gemiddelden ontbreekt.',
      },
      chart: {
        unitScalePoints: 'vaardigheidspunten',
        unitPercentPoints: 'procentpunten',
        axisMeanScale: 'Gemiddelde vaardigheidsscore',
        axisMeanPercent: 'Gemiddelde (%)',
        differencesTitle: 'Verschil van onze school met elke groep, in {{unit}}',
        legendN: '{{name}} (n = {{n}})',
        barN: 'n = {{n}}',
        suppressedBar: '< {{k}} lln.',
        suppressedNote: 'Onze school niet getoond bij minder dan {{k}} leerlingen (privacy): {{components}}',
        hoverMean: 'Gemiddelde',
        hoverN: 'Aantal leerlingen',
        hoverDifference: 'Onze school − {{group}}',
        altLabel: 'Beschrijving van de grafiek (alt-tekst)',
        nothingToDraw: 'Er zijn geen gemiddelden om te tekenen.',
        alt: {
          intro: 'Staafdiagram: gemiddelde {{what}} per toetsonderdeel van {{ours}} naast {{others}}, met daaronder het verschil van {{ours}} met elke groep.',
          component: '{{component}}: {{items}}.',
          item: '{{group}} {{mean}} (n = {{n}})',
          itemNoN: '{{group}} {{mean}}',
          itemSuppressed: '{{group}} niet getoond (minder dan {{k}} leerlingen)',
          itemMissing: '{{group}} geen gemiddelde',
          difference: '{{ours}} {{difference}} {{unit}} t.o.v. {{group}}',
          differences: 'verschil: {{items}}',
          whatScale: 'vaardigheidsscore',
          whatPercent: 'score (%)',
        },
      },
      view: {
        savingReference: 'Je bewaart de vergelijking met de referentie (onze school naast de andere groepen).',
        tag: 'Vergelijking',
      },
    },
  },
} as const;

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
} as const;

/** Dutch strings of the staff survey and the observations as the engine computes them. */
export const survey = {
  errors: {
    survey: {
      noItems:
        'In de tabel van "{{moment}}" staat geen enkele vraag met een code vooraan (zoals "IK1. …" of "OV2 - …"). Geef in het codeboek zelf aan welke kolommen vragen zijn.',
      unknownColumn: 'De kolom "{{column}}" om in subgroepen te verdelen ontbreekt in de tabel van "{{moment}}".',
      withOther: 'Een weergave toont de teambevraging, of een andere analyse: niet beide.',
      unknownObservationColumn: 'De kolom "{{column}}" ({{what}}) ontbreekt in de tabel met lesobservaties.',
    },
  },
  engine: {
    survey: {
      missingItems: 'In "{{moment}}" ontbreken deze vragen van het codeboek: {{items}}.',
      unknownAnswers: 'In "{{moment}}" staan {{count}} antwoorden die niet op de antwoordschaal staan; ze tellen niet mee. Voeg ze toe aan de schaal of aan "weet niet".',
      dontKnowAsEmpty:
        'In "{{moment}}" werden de antwoorden bij het inlezen al omgezet naar getallen: "Weet niet" is daar niet meer te onderscheiden van een leeg antwoord en telt bij "geen antwoord".',
      groupsSuppressed: 'In "{{moment}}" hebben {{count}} subgroepen minder dan {{k}} respondenten: ze worden niet getoond (privacy).',
    },
  },
} as const;

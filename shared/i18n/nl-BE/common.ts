/**
 * Errors every layer may raise. Keys are `errors.*`; values use i18next `{{param}}` interpolation.
 * Dutch (Flemish usage) is the reference: en/common.ts is typed against it.
 */
export const common = {
  errors: {
    internal: 'Er ging iets onverwachts mis ({{detail}}). Je project is niet gewijzigd.',
    unknownChannel: 'Onbekende opdracht: {{channel}}.',
    invalidRequest: 'Ongeldige opdracht ({{channel}}): {{detail}}.',
    network: 'De werkbank antwoordt niet. Is het venster van de werkbank nog open?',
    unauthorized: 'Geen toegang: open de werkbank via het adres dat bij het starten werd getoond.',
    responseTooLarge:
      'Het antwoord op {{channel}} zou {{sizeMb}} MB groot zijn, meer dan de {{maxMb}} MB die de werkbank in één keer doorgeeft. Kies minder rijen of kolommen. Er is niets gewijzigd.',
  },
} as const;

/** Errors every layer may raise. Keys are `errors.*`; values use i18next `{{param}}` interpolation. */
export const common = {
  'nl-BE': {
    errors: {
      internal: 'Er ging iets onverwachts mis ({{detail}}). Je project is niet gewijzigd.',
      unknownChannel: 'Onbekende opdracht: {{channel}}.',
      invalidRequest: 'Ongeldige opdracht ({{channel}}): {{detail}}.',
      network: 'De werkbank antwoordt niet. Is het venster van de werkbank nog open?',
      unauthorized: 'Geen toegang: open de werkbank via het adres dat bij het starten werd getoond.',
    },
  },
  en: {
    errors: {
      internal: 'Something unexpected went wrong ({{detail}}). Your project was not changed.',
      unknownChannel: 'Unknown command: {{channel}}.',
      invalidRequest: 'Invalid command ({{channel}}): {{detail}}.',
      network: 'The workbench does not answer. Is the workbench window still open?',
      unauthorized: 'No access: open the workbench through the address shown at start-up.',
    },
  },
} as const;

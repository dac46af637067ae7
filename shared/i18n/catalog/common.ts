/** Errors every layer may raise. Keys are `errors.*`; values use i18next `{{param}}` interpolation. */
export const common = {
  'nl-BE': {
    errors: {
      internal: 'Er ging iets onverwachts mis ({{detail}}). Je project is niet gewijzigd.',
      unknownChannel: 'Onbekende opdracht: {{channel}}.',
      invalidRequest: 'Ongeldige opdracht ({{channel}}): {{detail}}.',
      network: 'De werkbank antwoordt niet. Is het venster van de werkbank nog open?',
      unauthorized: 'Geen toegang: open de werkbank via het adres dat bij het starten werd getoond.',
      responseTooLarge:
        'Het antwoord op {{channel}} zou {{sizeMb}} MB groot zijn, meer dan de {{maxMb}} MB die de werkbank in één keer doorgeeft. Kies minder rijen of kolommen. Er is niets gewijzigd.',
    },
  },
  en: {
    errors: {
      internal: 'Something unexpected went wrong ({{detail}}). Your project was not changed.',
      unknownChannel: 'Unknown command: {{channel}}.',
      invalidRequest: 'Invalid command ({{channel}}): {{detail}}.',
      network: 'The workbench does not answer. Is the workbench window still open?',
      unauthorized: 'No access: open the workbench through the address shown at start-up.',
      responseTooLarge:
        'The answer to {{channel}} would be {{sizeMb}} MB, more than the {{maxMb}} MB the workbench passes on at once. Choose fewer rows or columns. Nothing was changed.',
    },
  },
} as const;

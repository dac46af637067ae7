/** Strings of the browser host (electron/host). Keep 'nl-BE' and 'en' with the same keys. */
export const host = {
  'nl-BE': {
    errors: {
      host: {
        forbidden: 'Geweigerd: deze aanvraag komt niet van de werkbank zelf.',
        notFound: 'Niet gevonden.',
        methodNotAllowed: 'Deze bewerking is hier niet toegestaan.',
        tooLarge: 'Het bestand of de opdracht is te groot.',
        unsupportedMediaType: 'Dit soort gegevens wordt hier niet aanvaard.',
        startFailed: 'De werkbank kon niet starten in de browser: {{detail}}',
        badPort: 'Ongeldige poort: {{port}}. Geef een getal van 0 tot 65535.',
      },
    },
  },
  en: {
    errors: {
      host: {
        forbidden: 'Refused: this request does not come from the workbench itself.',
        notFound: 'Not found.',
        methodNotAllowed: 'This operation is not allowed here.',
        tooLarge: 'The file or command is too large.',
        unsupportedMediaType: 'This kind of data is not accepted here.',
        startFailed: 'The workbench could not start in the browser: {{detail}}',
        badPort: 'Invalid port: {{port}}. Give a number from 0 to 65535.',
      },
    },
  },
} as const;

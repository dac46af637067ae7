/**
 * Strings of the browser host (electron/host): errors.host.*.
 * Dutch (Flemish usage) is the reference: en/host.ts is typed against it.
 */
export const host = {
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
} as const;

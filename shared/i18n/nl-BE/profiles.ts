/**
 * Strings of the profiles area (profiles.*, errors.profile.*).
 * Dutch (Flemish usage) is the reference: en/profiles.ts is typed against it.
 */
export const profiles = {
  profiles: {
    /** `ImportProfile.kind`. */
    kind: {
      studentList: 'Leerlingenlijst',
      gradebook: 'Puntenboek',
      flemishTests: 'Vlaamse toetsen',
      schoolDashboard: 'Schoolfeedback',
      survey: 'Bevraging',
      observations: 'Observaties',
      other: 'Ander bestand',
    },
    /** Names of the built-in profiles, by kind. */
    builtin: {
      studentList: 'Leerlingenlijst (LVS)',
      gradebook: 'Puntenboek (score als behaald/totaal)',
      flemishTests: 'Vlaamse toetsen: overzicht per leerling',
      schoolDashboard: 'Schoolfeedback: vergelijking met Vlaanderen',
      survey: 'Teambevraging (formulier, antwoorden als tekst)',
      observations: 'Lesobservaties (score 1–5 per element)',
    },
    builtInLabel: 'Ingebouwd',
    projectLabel: 'Dit project',
  },
  errors: {
    profile: {
      unknown: 'Het importprofiel "{{profile}}" bestaat niet (meer).',
      builtInReadOnly:
        'Het ingebouwde profiel "{{profile}}" kan niet worden gewijzigd of verwijderd. Bewaar je aanpassingen als een nieuw profiel.',
      notAProfile: 'Dit bestand is geen importprofiel van de Datateam Werkbank (.werkbankprofiel.json).',
      corrupt: 'Dit profielbestand is beschadigd of onvolledig en kan niet worden ingelezen.',
      newerVersion:
        'Dit profiel werd gemaakt met een nieuwere versie van de werkbank (bestandsversie {{found}}; deze versie leest tot {{supported}}). Werk de Datateam Werkbank bij om het te gebruiken.',
    },
  },
} as const;

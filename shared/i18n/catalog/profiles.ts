/** Strings of the profiles area. Keep 'nl-BE' and 'en' with the same keys (a test checks). */
export const profiles = {
  'nl-BE': {
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
  },
  en: {
    profiles: {
      kind: {
        studentList: 'Student list',
        gradebook: 'Gradebook',
        flemishTests: 'Flemish tests',
        schoolDashboard: 'School feedback',
        survey: 'Survey',
        observations: 'Observations',
        other: 'Other file',
      },
      builtin: {
        studentList: 'Student list (LVS)',
        gradebook: 'Gradebook (score as obtained/maximum)',
        flemishTests: 'Flemish tests: overview per pupil',
        schoolDashboard: 'School feedback: comparison with Flanders',
        survey: 'Staff survey (form, answers as text)',
        observations: 'Lesson observations (score 1–5 per element)',
      },
      builtInLabel: 'Built in',
      projectLabel: 'This project',
    },
    errors: {
      profile: {
        unknown: 'The import profile "{{profile}}" does not exist (any more).',
        builtInReadOnly: 'The built-in profile "{{profile}}" cannot be changed or deleted. Save your changes as a new profile.',
        notAProfile: 'This file is not a Datateam Werkbank import profile (.werkbankprofiel.json).',
        corrupt: 'This profile file is damaged or incomplete and cannot be read.',
        newerVersion:
          'This profile was made by a newer version of the workbench (file version {{found}}; this version reads up to {{supported}}). Update the Datateam Werkbank to use it.',
      },
    },
  },
} as const;

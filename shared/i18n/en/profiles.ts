import type { Catalogue } from '../catalogue';
import type { profiles as nl } from '../nl-BE/profiles';

/**
 * Strings of the profiles area (profiles.*, errors.profile.*).
 * English: the same keys as nl-BE/profiles.ts (the type checker holds them equal).
 */
export const profiles = {
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
} satisfies Catalogue<typeof nl>;

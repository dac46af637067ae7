import type { Catalogue } from '../catalogue';
import type { survey as nl } from '../nl-BE/survey';

/** English strings of the staff survey and the observations; typed against the Dutch reference. */
export const survey = {
  errors: {
    survey: {
      noItems:
        'The table of "{{moment}}" has no question with a code in front (such as "IK1. …" or "OV2 - …"). Mark in the codebook yourself which columns are questions.',
      unknownColumn: 'The column "{{column}}" to split into subgroups is missing from the table of "{{moment}}".',
      withOther: 'A view shows the staff survey or another analysis: not both.',
      unknownObservationColumn: 'The column "{{column}}" ({{what}}) is missing from the lesson observations table.',
    },
  },
  engine: {
    survey: {
      missingItems: 'In "{{moment}}" these questions of the codebook are missing: {{items}}.',
      unknownAnswers: 'In "{{moment}}" {{count}} answers are not on the answer scale; they do not count. Add them to the scale or to "don\'t know".',
      dontKnowAsEmpty:
        'In "{{moment}}" the answers were turned into numbers at import: "Don\'t know" can no longer be told from an empty answer there and counts as "no answer".',
      groupsSuppressed: 'In "{{moment}}" {{count}} subgroups have fewer than {{k}} respondents: they are not shown (privacy).',
    },
  },
} satisfies Catalogue<typeof nl>;

import type { Catalogue } from '../catalogue';
import type { uiExportPrivacy as nl } from '../nl-BE/ui-export-privacy';

/** English strings of exporting a chart as PNG or SVG with the safe choice; typed against the Dutch reference. */
export const uiExportPrivacy = {
  ui: {
    exportPrivacy: {
      title: 'Export the chart as {{format}}',
      intro: 'The picture can be sent on, printed or put in a report. Choose what may be in it; the safe choice is already on. The screen itself does not change.',
      leaves: 'What leaves this computer',
      pupils_one: 'This chart shows {{count}} pupil on their own, with name and result.',
      pupils_other: 'This chart shows {{count}} pupils one by one, each with name and result.',
      smallGroups_one: '{{count}} group has fewer than {{k}} pupils with a result.',
      smallGroups_other: '{{count}} groups have fewer than {{k}} pupils with a result.',
      pseudonymise: 'Replace pupils’ names by stable codes (LL-…, the same in every export)',
      suppress: 'Leave out groups of fewer than {{k}} pupils',
      namesShown: 'Note: real pupil names go into the picture.',
      smallShown: 'Note: groups of fewer than {{k}} pupils go into the picture too.',
      unsafe: 'Results of the Flemish tests may not be passed on to third parties, not even per group. Share this picture within the school only.',
      start: 'Export as {{format}}',
      cancel: 'Cancel',
      noteSuppressed_one: '{{count}} group with fewer than {{k}} pupils not shown (privacy)',
      noteSuppressed_other: '{{count}} groups with fewer than {{k}} pupils not shown (privacy)',
      notePseudonymised: 'Pupil names replaced by stable codes (privacy)',
    },
  },
} satisfies Catalogue<typeof nl>;

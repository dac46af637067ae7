import type { Catalogue } from '../catalogue';
import type { storyPdf as nl } from '../nl-BE/story-pdf';

/**
 * Strings of a story's chart images and PDF handout (story.chart.*, story.pdf.*).
 * English: the same keys as nl-BE/story-pdf.ts (the type checker holds them equal).
 */
export const storyPdf = {
  story: {
    chart: {
      noChange: 'no change',
      noData: 'No data to show.',
    },
    pdf: {
      subject: "Handout of the datateam's story",
      project: 'Project: {{name}}',
      date: 'Date: {{date}}',
      question: 'Learning question',
      noQuestion: 'No learning question yet.',
      hypotheses: 'Hypotheses',
      noHypotheses: 'No hypotheses yet.',
      hypothesisStatus: {
        open: 'open',
        confirmed: 'confirmed',
        rejected: 'rejected',
      },
      testedBy: 'Tested with: {{views}}',
      privacy: 'Privacy',
      pseudonymised: 'Pupil names are replaced by pseudonyms.',
      namesShown: 'Pupil names are shown.',
      suppressBelow: 'Groups of fewer than {{k}} pupils are not shown.',
      allGroupsShown: 'All groups are shown, small ones included.',
      section: {
        question: 'Question',
        hypotheses: 'Hypotheses',
        data: 'Data',
        interpretation: 'Interpretation',
        actions: 'Actions',
        evaluation: 'Evaluation',
      },
      noChart: 'This chart cannot be shown.',
      takeaway: 'Takeaway',
      source: 'Source: {{sources}}',
      sourceEntry: '{{name}} ({{fileName}}, imported on {{date}})',
      noSource: 'Source: unknown',
      n: 'n = {{n}}',
      badgePupil: 'Shows pupils one by one',
      badgeAggregated: 'Aggregated figures',
      badgePseudonymised: 'with pseudonyms',
      badgeSuppressed: '{{count}} group(s) of fewer than {{k}} pupils left out',
      rok: 'Reference framework (ROK)',
      interpretation: 'Interpretation',
      alternative: 'Alternative explanation',
      notes: 'Speaker notes',
      actions: 'Actions',
      noActions: 'No actions yet.',
      column: {
        what: 'What',
        who: 'Who',
        when: 'When',
        status: 'Status',
        rok: 'ROK',
      },
      actionStatus: {
        planned: 'planned',
        doing: 'in progress',
        done: 'done',
        dropped: 'dropped',
      },
      carriedFrom: '(carried over from an earlier story)',
      page: 'Page {{page}} of {{pages}}',
    },
  },
} satisfies Catalogue<typeof nl>;

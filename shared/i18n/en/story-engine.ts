import type { Catalogue } from '../catalogue';
import type { storyEngine as nl } from '../nl-BE/story-engine';

/** English strings of stories as the engine computes them; typed against the Dutch reference. */
export const storyEngine = {
  errors: {
    story: {
      unknown: 'This story does not exist (any more).',
      viewInUse: 'The view "{{view}}" is in the story "{{story}}". Take it out of that story first.',
      duplicateItem: 'Two parts of the story have the same key ({{what}}). The story was not saved.',
      empty: 'This story has no slides yet. Add a view first.',
    },
  },
  story: {
    views: {
      copy: 'copy',
    },
    slide: {
      count: 'Count',
      mean: 'Mean',
      rows: 'rows',
      meanGain: 'Mean learning gain',
      begin: 'Start',
      end: 'End',
      pupil: 'Pupil {{n}}',
      overall: 'All pupils',
      gainUnitPercent: 'percentage points',
      gainUnitScale: 'scale points',
      suppressed_one: '1 group with fewer than {{k}} pupils is not shown (privacy).',
      suppressed_other: '{{count}} groups with fewer than {{k}} pupils are not shown (privacy).',
      pseudonymised: 'Pupil names are replaced by pseudonyms.',
      interval: '95% confidence interval (t)',
      dz: 'Effect size d_z = {{dz}} (paired, n = {{n}})',
      transitionsFrom: 'Level {{from}}',
      transitionsTo: 'Level {{to}}',
      trendMoment: 'Moment',
      sampled: 'A sample of {{shown}} of {{n}} pupils is drawn.',
      difference: 'Difference with our school',
      component: 'Component',
      altBar: '{{chart}} of {{measure}} by {{group}}: {{values}}.',
      altGain: 'Mean learning gain from {{from}} to {{to}} by {{group}}: {{values}}.',
      altScatter: 'Score at {{from}} against score at {{to}} for {{n}} pupils; points above the diagonal improved.',
      altTransitions: 'Transitions between levels from {{from}} to {{to}} for {{n}} pupils: {{up}} higher, {{same}} the same, {{down}} lower.',
      altTrend: 'Mean per moment: {{values}}.',
      altReference: 'Means per component: {{values}}.',
      noValue: 'no value',
    },
  },
} satisfies Catalogue<typeof nl>;

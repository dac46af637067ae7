import type { Catalogue } from '../catalogue';
import type { uiReference as nl } from '../nl-BE/ui-reference';

/** English strings of the comparison with a reference; typed against the Dutch reference. */
export const uiReference = {
  engine: {
    reference: {
      suppressed_one: 'In 1 component our school has fewer than {{k}} pupils: our mean is not shown there (privacy).',
      suppressed_other: 'In {{count}} components our school has fewer than {{k}} pupils: our mean is not shown there (privacy).',
      noInterval:
        'The differences are plain differences in points, without a confidence interval or an effect size: the table gives only means, no spread. A small difference may be chance.',
      noN: 'The table gives no numbers of pupils: how many pupils are behind each mean is unknown.',
      leftOut_one: '1 row without a group or component was not counted.',
      leftOut_other: '{{count}} rows without a group or component were not counted.',
    },
  },
  errors: {
    reference: {
      notNumeric: 'The column "{{column}}" holds no numbers. Choose a column of numbers for the mean and the count.',
      sameColumn: 'Choose two different columns for the component and the group (now both are "{{column}}").',
      tooManyRows:
        'This table has {{rows}} rows. A comparison table holds means per component and group (at most {{max}} rows), not pupils. Choose the table from the school feedback report.',
      duplicate: 'Component "{{component}}" has two rows for "{{group}}". Which mean holds cannot be told: choose a column that tells the components apart.',
      duplicateGroup: 'The table has two rows for "{{group}}". Choose the column with the test component, so that each row is one component and one group.',
      noOurs: 'No value of "{{column}}" is named like our school (such as "Onze school"). Choose which value is our school: {{values}}.',
      withGain: 'A view shows learning gain or a comparison with a reference, not both.',
      oursMissing: '"{{value}}" does not occur in "{{column}}". Choose one of: {{values}}.',
    },
  },
} satisfies Catalogue<typeof nl>;

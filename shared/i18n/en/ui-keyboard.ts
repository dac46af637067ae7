import type { Catalogue } from '../catalogue';
import type { uiKeyboard as nl } from '../nl-BE/ui-keyboard';

/** English strings of keyboard use (skip links); typed against the Dutch reference. */
export const uiKeyboard = {
  ui: {
    keyboard: {
      skipLabel: 'Skip to',
      skip: {
        sources: 'Skip to the sources',
        steps: 'Skip to the steps',
        grid: 'Skip to the table (Alt+G)',
        analysis: 'Skip to the chart and analyses',
        storyList: 'Skip to the stories',
        story: 'Skip to the story',
      },
    },
  },
} satisfies Catalogue<typeof nl>;

/**
 * Strings of keyboard use: the skip links at the top of the workbench and the stories screen.
 * Dutch (Flemish usage) is the reference: en/ui-keyboard.ts is typed against it.
 */
export const uiKeyboard = {
  ui: {
    keyboard: {
      skipLabel: 'Snel naar',
      skip: {
        sources: 'Naar de bronnen',
        steps: 'Naar de stappen',
        grid: 'Naar de tabel (Alt+G)',
        analysis: 'Naar de grafiek en analyses',
        storyList: 'Naar de verhalen',
        story: 'Naar het verhaal',
      },
    },
  },
} as const;

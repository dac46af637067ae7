/** Strings of the ui area. Keep 'nl-BE' and 'en' with the same keys (a test checks). */
export const ui = {
  'nl-BE': {},
  en: {},
} as const;

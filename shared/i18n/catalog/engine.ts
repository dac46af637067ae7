/** Strings of the engine area. Keep 'nl-BE' and 'en' with the same keys (a test checks). */
export const engine = {
  'nl-BE': {},
  en: {},
} as const;

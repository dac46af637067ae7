/** Strings of the importers (errors.import.*, import.* warnings). Keep 'nl-BE' and 'en' with the same keys. */
export const importer = {
  'nl-BE': {},
  en: {},
} as const;

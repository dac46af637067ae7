/** Dutch strings of the area "story" (full key paths; see index.ts). */
export const story = {
  placeholderstory: { note: '' },
} as const;

/** Dutch strings of the area "ui-design" (full key paths; see index.ts). */
export const uiDesign = {
  placeholderuiDesign: { note: '' },
} as const;

import type { Catalogue } from '../catalogue';
import type { uiDesign as nl } from '../nl-BE/ui-design';

/** English strings of the area "ui-design"; typed against the Dutch reference. */
export const uiDesign = {
  placeholderuiDesign: { note: '' },
} satisfies Catalogue<typeof nl>;

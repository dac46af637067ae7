import type { Catalogue } from '../catalogue';
import type { story as nl } from '../nl-BE/story';

/** English strings of the area "story"; typed against the Dutch reference. */
export const story = {
  placeholderstory: { note: '' },
} satisfies Catalogue<typeof nl>;

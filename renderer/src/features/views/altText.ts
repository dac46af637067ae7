import type { ViewDesign } from '../../../../shared/model/annotation';
import { GAIN_ALT_FROM_MAX, GAIN_ALT_MAX } from '../../../../shared/model/view';

/**
 * The user's own text alternative of a chart, and the generated text it was edited from. A
 * learning-gain view keeps it in ViewGain.alt/altFrom (the store's gainAlts while on screen); the
 * plain chart and the comparison in ViewDesign.alt/altFrom.
 */
export interface AltEdit {
  text: string;
  from: string;
}

/** The learning-gain chart's edit (the name it had first). */
export type GainAltEdit = AltEdit;

/** What the chart shows as its text alternative. */
export interface ShownAlt {
  /** The textarea's content: the edit, or the generated text. */
  text: string;
  /** The plot's accessible name: the edit unless it is blank. */
  label: string;
  edited: boolean;
  /** The edit was made from a generated text the figures no longer give. */
  stale: boolean;
}

/** The generated text as it is kept beside an edit. */
function kept(generated: string): string {
  return generated.slice(0, GAIN_ALT_FROM_MAX);
}

/**
 * The edit after the user typed `text`; none when it is the generated text again. A further edit
 * keeps the text it was first made from: touching up a stale text does not make it current
 * (confirmAlt does, on the user's word).
 */
export function editAlt(previous: AltEdit | undefined, text: string, generated: string): AltEdit | undefined {
  if (text === generated) return undefined;
  return { text: text.slice(0, GAIN_ALT_MAX), from: previous ? previous.from : kept(generated) };
}

/** The user says the edit fits the figures shown now. */
export function confirmAlt(edit: AltEdit, generated: string): AltEdit {
  return { ...edit, from: kept(generated) };
}

/**
 * The text alternative to show for an edit (if any) and the text generated from the figures;
 * `alsoGenerated` are the same figures' texts in the other interface languages, so that switching
 * the language does not flag an edit as written for other figures.
 */
export function shownAlt(edit: AltEdit | undefined, generated: string, alsoGenerated: readonly string[] = []): ShownAlt {
  if (!edit) return { text: generated, label: generated, edited: false, stale: false };
  const stale = ![generated, ...alsoGenerated].some((g) => kept(g) === edit.from);
  return { text: edit.text, label: edit.text.trim() === '' ? generated : edit.text, edited: true, stale };
}

/**
 * The edit a design carries (a plain or comparison view). One saved without the text it came
 * from (written by hand) counts as written for other figures.
 */
export function designAlt(design: Pick<ViewDesign, 'alt' | 'altFrom'>): AltEdit | undefined {
  return design.alt === undefined ? undefined : { text: design.alt, from: design.altFrom ?? '' };
}

/** The design with `edit` as its text alternative, or with none. */
export function withDesignAlt<D extends ViewDesign>(design: D, edit: AltEdit | undefined): D {
  const { alt: _alt, altFrom: _from, ...rest } = design;
  return (edit ? { ...rest, alt: edit.text, altFrom: edit.from } : rest) as D;
}

/** The design as it is saved: a blank edit draws the generated text, nothing of it to keep. */
export function savedDesignAlt<D extends ViewDesign>(design: D): D {
  const edit = designAlt(design);
  return edit && edit.text.trim() === '' ? withDesignAlt(design, undefined) : design;
}

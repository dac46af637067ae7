/**
 * The five-point agreement scale as forms and survey tools word it, lowest first: per point the
 * workbench's own wording, then the others a Flemish school's form may use (`akkoord` rather than
 * `eens`, `volledig` rather than `helemaal`) and the English ones. A wording belongs to one point
 * only; four-point wordings (`eerder eens`) are not here, as they sit elsewhere on a four-point scale.
 */
export const AGREEMENT_WORDINGS: readonly (readonly string[])[] = [
  ['Helemaal oneens', 'Helemaal niet akkoord', 'Volledig oneens', 'Volledig niet akkoord', 'Totaal oneens', 'Strongly disagree'],
  ['Oneens', 'Niet akkoord', 'Disagree'],
  ['Neutraal', 'Noch eens, noch oneens', 'Niet eens, niet oneens', 'Noch akkoord, noch niet akkoord', 'Neutral', 'Neither agree nor disagree'],
  ['Eens', 'Akkoord', 'Agree'],
  ['Helemaal eens', 'Helemaal akkoord', 'Volledig eens', 'Volledig akkoord', 'Totaal eens', 'Strongly agree'],
];

/** A label as the scale compares it: case and spacing aside. */
export const foldLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Every wording of each point of a scale: the agreement wordings when the scale's labels are one
 * of them at each point (the default scale, or a user's own choice among them), else just its labels.
 */
export function wordingsOf(labels: readonly string[]): string[][] {
  const agreement =
    labels.length === AGREEMENT_WORDINGS.length && labels.every((label, i) => AGREEMENT_WORDINGS[i]!.some((w) => foldLabel(w) === foldLabel(label)));
  return labels.map((label, i) => (agreement ? [label, ...AGREEMENT_WORDINGS[i]!.filter((w) => foldLabel(w) !== foldLabel(label))] : [label]));
}

/** The text alternative's logic is shared by every chart kind: views/altText.ts. */
export { confirmAlt, editAlt, shownAlt, type GainAltEdit, type ShownAlt } from '../views/altText';

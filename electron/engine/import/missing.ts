/** What exports write for "no value": absent pupils (`afw`), not applicable, not available. */
const MISSING_TOKENS = new Set(['', 'afw', 'afwezig', '-', 'nvt', 'n.v.t.', 'na', 'n/a']);

/** Whether a text cell means "missing" (case and surrounding spaces ignored). */
export function isMissingToken(text: string): boolean {
  return MISSING_TOKENS.has(text.trim().toLowerCase());
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `-2+3`, `@SUM(…)`,
 * or starting with a tab or carriage return) gets a leading apostrophe, as OWASP advises: the
 * spreadsheet then shows it as text. Used wherever text leaves for a spreadsheet: CSV export
 * (engine) and copying rows to the clipboard (renderer).
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

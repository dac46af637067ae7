import { z } from 'zod';
import { WerkbankError } from '../api/errors';

/**
 * The one rule for names people see and DuckDB stores (column names, source names, file
 * names, view titles, project and profile names):
 * - no control characters (C0, DEL, C1, the line and paragraph separators): DuckDB cannot
 *   hold NUL, and a name that prints as another merges with it or hides part of itself;
 * - no invisible format characters (Unicode category Cf: bidi overrides such as U+202E,
 *   zero-width characters, the BOM, the soft hyphen …): they make two names look alike or
 *   one name read backwards;
 * - no lone surrogates: DuckDB stores them as U+FFFD, so two different ones would merge.
 *
 * Names that come from a data file (headers, file names) are cleaned with `cleanName`, and
 * the caller makes them unique afterwards. Names the user types or a project or profile file
 * holds must already be clean (`isCleanName`) and are refused otherwise.
 */

const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const INVISIBLE = /[\p{Cf}\p{Cs}]/gu;
const UNCLEAN = /[\p{Cc}\u2028\u2029\p{Cf}\p{Cs}]/u;

/** Whether a name holds none of the characters the rule keeps out. */
export function isCleanName(name: string): boolean {
  return !UNCLEAN.test(name);
}

/**
 * A name read from a file, made clean deterministically: a control character separates
 * words as whitespace does (a tab, a line break, NUL), an invisible character is removed;
 * whitespace runs then become one space and the ends are trimmed.
 */
export function cleanName(raw: string): string {
  // Cut first: cleaning a 200 MB header (one line without delimiters) would cost seconds for nothing.
  const cleaned = shorten(raw, 4 * MAX_NAME_CHARS).replace(CONTROL, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return shorten(cleaned, MAX_NAME_CHARS);
}

/**
 * The longest name kept. Forms exports use a whole question as the header (a few hundred
 * characters at most); a header of 210 million characters made every answer that lists the
 * columns hundreds of megabytes. Longer names read from a file are cut and end in `…`.
 */
export const MAX_NAME_CHARS = 1000;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never cut a surrogate pair in two.
  const end = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** Refuses a name the user typed that is not clean or is longer than MAX_NAME_CHARS, with a message. */
export function checkTypedName(name: string): void {
  if (!isCleanName(name)) throw new WerkbankError('errors.name.notClean', { name: cleanName(name) });
  if (name.length > MAX_NAME_CHARS) throw new WerkbankError('errors.name.tooLong', { length: name.length, max: MAX_NAME_CHARS });
}

/** A name that must already be clean (project and profile files). */
export const CleanName = z.string().refine(isCleanName, { message: 'contains control or invisible formatting characters' });

import type { Dialect } from '../../../../../shared/expr';

/** A text edit: the new text and where the cursor goes. */
export interface Edit {
  text: string;
  cursor: number;
}

/** `insert` in place of the selection [start, end); the cursor after it, or `back` characters before its end. */
export function insertAt(text: string, start: number, end: number, insert: string, back = 0): Edit {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), cursor: from + insert.length - back };
}

/** A column as the expression language writes it: between brackets, a `]` doubled. */
export function columnToken(name: string): string {
  return `[${name.replaceAll(']', ']]')}]`;
}

/** The argument separator of a dialect, with its space, as the printer writes it. */
export function separatorOf(dialect: Dialect): string {
  return dialect === 'nl' ? '; ' : ', ';
}

/** The line of `text` holding `offset`, and the column of the offset in it (both 0-based), for a caret under it. */
export function lineAt(text: string, offset: number): { line: string; column: number } {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return { line: text.slice(start, end), column: Math.min(offset, end) - start };
}

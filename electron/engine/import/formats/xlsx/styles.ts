import { attr, section, tags } from './xml';

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a custom format code shows a date or time: a d, m, y or h token outside quoted
 * literals, `[...]` sections (colours, locales, elapsed time) and escaped characters.
 */
export function isDateFormatCode(code: string): boolean {
  const bare = withoutDelimited(withoutDelimited(code, '"', '"'), '[', ']')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[dmyh]/i.test(bare);
}

/**
 * `text` without its `open…close` runs, as `/"[^"]*"/g` and `/\[[^\]]*\]/g` remove them. By
 * hand: the second scanned to the end from every `[` when no `]` follows (a format code is
 * an attribute of any length).
 */
function withoutDelimited(text: string, open: string, close: string): string {
  let out = '';
  let kept = 0;
  for (let i = text.indexOf(open); i !== -1; i = text.indexOf(open, kept)) {
    const end = text.indexOf(close, i + 1);
    if (end === -1) break; // none closes after this one, nor after a later one
    out += text.slice(kept, i);
    kept = end + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** styles.xml → for each cell style index (`s="…"`), whether it formats a date. */
export function readDateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const numFmts = section(xml, 'numFmts');
  if (numFmts) {
    for (const a of tags(numFmts, 'numFmt')) {
      const id = Number(attr(a, 'numFmtId'));
      const code = attr(a, 'formatCode');
      if (Number.isInteger(id) && code !== null) custom.set(id, code);
    }
  }
  const cellXfs = section(xml, 'cellXfs');
  if (!cellXfs) return [];
  const out: boolean[] = [];
  for (const a of tags(cellXfs, 'xf')) {
    const id = Number(attr(a, 'numFmtId') ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id));
  }
  return out;
}

/**
 * Just enough XML for spreadsheet parts: entities, attributes, namespace prefixes.
 * A regex/indexOf scanner instead of a DOM keeps a 50k-row sheet in memory once, as text.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

/** Excel escapes control characters as `_x000D_`; `_x005F_` escapes a literal underscore. */
export function decodeExcelEscapes(text: string): string {
  if (text.indexOf('_x') === -1) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The value of attribute `name` in a tag's attribute text, entity-decoded; null if absent. */
const attrPatterns = new Map<string, RegExp>();

export function attr(attrs: string, name: string): string | null {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2]) : null;
}

/** All start (or empty) tags `<name ...>` with their attribute text. */
export function* tags(xml: string, name: string): Generator<string> {
  const re = new RegExp(`<${name}(\\s[^>]*?)?\\/?>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield m[1] ?? '';
}

/** The inner text of the first `<name>…</name>`, or null. */
export function section(xml: string, name: string): string | null {
  const start = new RegExp(`<${name}(\\s[^>]*)?>`).exec(xml);
  if (!start) return null;
  const from = start.index + start[0].length;
  const end = xml.indexOf(`</${name}>`, from);
  return end === -1 ? null : xml.slice(from, end);
}

/**
 * Some writers prefix every tag (`<x:c>`, OpenXML SDK). Dropping the root's prefix lets one
 * set of patterns read both.
 */
export function stripPrefix(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*):(worksheet|workbook|sst|styleSheet|Relationships)\b/.exec(xml);
  if (!root) return xml;
  return xml.replace(new RegExp(`<(/?)${root[1]}:`, 'g'), '<$1');
}

/**
 * The text of a string item (`<si>` or `<is>`): all `<t>` runs joined (rich text `<r><t>`),
 * phonetic hints (`<rPh>`) left out.
 */
export function stringItemText(xml: string): string {
  const body = xml.indexOf('<rPh') === -1 ? xml : xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out += m[1];
  return decodeExcelEscapes(decodeEntities(out));
}

/**
 * `stripPrefix` for XML that arrives in chunks: finds the root element's prefix (`<x:worksheet`)
 * in the first chunks, then removes it from every tag. Text is handed on only up to the last
 * `<`, so a prefix split between two chunks is still removed.
 */
export class PrefixStripper {
  private prefix: RegExp | null | undefined = undefined;
  private held = '';

  /** `roots`: the possible root element names, as a regex alternation (`worksheet|sst`). */
  constructor(private readonly roots: string) {}

  push(text: string): string {
    let all = this.held + text;
    this.held = '';
    if (this.prefix === undefined) {
      const root = new RegExp(`<(?:([A-Za-z_][\\w.-]*):)?(?:${this.roots})[\\s/>]`).exec(all);
      if (!root) {
        if (all.length < 1 << 20) {
          this.held = all;
          return '';
        }
        this.prefix = null;
      } else this.prefix = root[1] ? new RegExp(`<(/?)${root[1]}:`, 'g') : null;
    }
    if (this.prefix === null) return all;
    const lastLt = all.lastIndexOf('<');
    if (lastLt !== -1) {
      this.held = all.slice(lastLt);
      all = all.slice(0, lastLt);
    }
    return all.replace(this.prefix, '<$1');
  }

  end(): string {
    const rest = this.held;
    this.held = '';
    return this.prefix ? rest.replace(this.prefix, '<$1') : rest;
  }
}

/**
 * Just enough XML for spreadsheet parts: entities, attributes, namespace prefixes.
 * A regex/indexOf scanner instead of a DOM keeps a 50k-row sheet in memory once, as text.
 */

const GT = 62;

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

/**
 * A held tag (a `<` without its `>`) longer than this is damage, not a spreadsheet: no tag a
 * spreadsheet writer produces comes near it, and a scanner must not wait for its end forever.
 */
export const MAX_TAG_CHARS = 1 << 20;

/** JavaScript's `\s`, for hand-written scans that must agree with the patterns they replace. */
const SPACE = /\s/;
export const isSpaceAt = (text: string, i: number) => i < text.length && SPACE.test(text[i]);

/** A character of regex `\w`: `\b` stands between one and another. */
export const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** The first `<` or `>` at or after `from`, or -1. */
export function nextAngle(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 || c === GT) return i;
  }
  return -1;
}

/**
 * All start (or empty) tags `<name ...>` with their attribute text. `[^<>]`, not `[^>]`: a `<`
 * cannot appear inside a tag, and stopping there keeps the scan linear when a `>` never comes
 * (each `<name` would otherwise scan to the end of the text).
 */
export function* tags(xml: string, name: string): Generator<string> {
  const re = new RegExp(`<${name}(\\s[^<>]*?)?\\/?>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield m[1] ?? '';
}

/** The inner text of the first `<name>…</name>`, or null. */
export function section(xml: string, name: string): string | null {
  const start = new RegExp(`<${name}(\\s[^<>]*)?>`).exec(xml);
  if (!start) return null;
  const from = start.index + start[0].length;
  const end = xml.indexOf(`</${name}>`, from);
  return end === -1 ? null : xml.slice(from, end);
}

/**
 * The inner text of the first `<name …>…</name>` (what `/<name(?:\s[^>]*)?>([\s\S]*?)<\/name>/`
 * finds), or null. By hand: that pattern scans to the end of the text from every start tag
 * whose end tag never comes.
 */
export function elementText(xml: string, name: string): string | null {
  const open = `<${name}`;
  for (let lt = xml.indexOf(open); lt !== -1; lt = xml.indexOf(open, lt + 1)) {
    const after = lt + open.length;
    let gt = after;
    if (xml.charCodeAt(after) !== GT) {
      if (!isSpaceAt(xml, after)) continue; // another element (`<vx>`) or `<v/>`
      gt = xml.indexOf('>', after);
      if (gt === -1) return null; // no later start tag can end either
    }
    // Without an end tag here there is none for a later start either.
    const end = xml.indexOf(`</${name}>`, gt + 1);
    return end === -1 ? null : xml.slice(gt + 1, end);
  }
  return null;
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
 * phonetic hints (`<rPh>`) left out. Scanned by hand, in one pass each: the patterns this
 * replaces (`/<rPh\b[\s\S]*?<\/rPh>/g`, `/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g`) scanned to the
 * end of the item from every start tag whose end tag never comes.
 */
export function stringItemText(xml: string): string {
  const body = xml.indexOf('<rPh') === -1 ? xml : withoutPhonetic(xml);
  let out = '';
  for (let i = 0; ; ) {
    const lt = body.indexOf('<t', i);
    if (lt === -1) break;
    let gt = lt + 2;
    if (body.charCodeAt(gt) !== GT) {
      if (!isSpaceAt(body, gt)) {
        i = lt + 2; // `<tx>`, `<t/>`
        continue;
      }
      gt = body.indexOf('>', gt);
      if (gt === -1) break;
    }
    const end = body.indexOf('</t>', gt + 1);
    if (end === -1) break; // no later run ends either
    out += body.slice(gt + 1, end);
    i = end + 4;
  }
  return decodeExcelEscapes(decodeEntities(out));
}

/** The item without its `<rPh …>…</rPh>` elements (`/<rPh\b[\s\S]*?<\/rPh>/g` removed). */
function withoutPhonetic(xml: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; ; ) {
    const start = xml.indexOf('<rPh', i);
    if (start === -1) break;
    if (isWordChar(xml.charCodeAt(start + 4))) {
      i = start + 4;
      continue;
    }
    const end = xml.indexOf('</rPh>', start + 4);
    if (end === -1) break;
    out += xml.slice(kept, start);
    kept = i = end + 6;
  }
  return kept === 0 ? xml : out + xml.slice(kept);
}

/**
 * `stripPrefix` for XML that arrives in chunks: finds the root element's prefix (`<x:worksheet`)
 * in the first chunks, then removes it from every tag. A chunk's last `<` and what follows are
 * held back while they may be a prefix cut by the chunk's end (`</x`), so it is still removed.
 */
export class PrefixStripper {
  private prefix: RegExp | null | undefined = undefined;
  private prefixLength = 0;
  private held = '';
  /** Where the search for the root goes on in `held`: a match starts at a `<`, so at its last one. */
  private searchFrom = 0;

  /** `roots`: the possible root element names, as a regex alternation (`worksheet|sst`). */
  constructor(private readonly roots: string) {}

  push(text: string): string {
    let all = this.held + text;
    this.held = '';
    if (this.prefix === undefined) {
      const re = new RegExp(`<(?:([A-Za-z_][\\w.-]*):)?(?:${this.roots})[\\s/>]`, 'g');
      re.lastIndex = this.searchFrom;
      const root = re.exec(all);
      if (!root) {
        if (all.length < 1 << 20) {
          this.held = all;
          // Searching all of it again at every chunk would be quadratic.
          const lastLt = text.lastIndexOf('<');
          if (lastLt !== -1) this.searchFrom = all.length - text.length + lastLt;
          return '';
        }
        this.prefix = null;
      } else {
        this.prefix = root[1] ? new RegExp(`<(/?)${root[1]}:`, 'g') : null;
        this.prefixLength = root[1]?.length ?? 0;
      }
    }
    if (this.prefix === null) return all;
    const lastLt = all.lastIndexOf('<');
    // `</x:` is at most prefix + 3 long; a longer tail is complete. Holding a tail without a
    // `<` in the next chunks would grow it, and search it, at every chunk.
    if (lastLt !== -1 && all.length - lastLt < this.prefixLength + 3) {
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

/**
 * The text a streaming scanner holds back when a chunk ends inside an element, until a chunk
 * brings what can complete it (`>` for a tag, `</c>` for a cell …). Scanning `held +
 * chunk` again at every chunk would cost an element's length squared; this looks only at each
 * new chunk and the seam before it, keeps the parts apart (V8 copies a joined string whole
 * whenever it is searched) and joins them once, when they are taken.
 */
export class HeldText {
  private parts: string[] = [];
  private size = 0;
  private until: readonly string[] = [];

  get length(): number {
    return this.size;
  }

  /** Holds `text` (replacing what was held) until a chunk brings one of `until`; none = any chunk. */
  hold(text: string, ...until: string[]): void {
    this.parts = text === '' ? [] : [text];
    this.size = text.length;
    this.until = until;
  }

  /**
   * Whether the held text still waits after `chunk`; if so, the chunk is added to it. If not,
   * the caller takes the held text and scans it followed by the chunk.
   */
  waits(chunk: string): boolean {
    if (this.size === 0 || this.until.length === 0) return false;
    for (const until of this.until) {
      if (chunk.indexOf(until) !== -1) return false;
      const seam = until.length - 1;
      if (seam > 0 && (this.tail(seam) + chunk.slice(0, seam)).indexOf(until) !== -1) return false;
    }
    this.add(chunk);
    return true;
  }

  /** Adds `chunk` to the held text, whatever it waits for. */
  add(chunk: string): void {
    if (chunk === '') return;
    this.parts.push(chunk);
    this.size += chunk.length;
  }

  /** The held text, joined; nothing is held afterwards. */
  take(): string {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.until = [];
    return text;
  }

  /** The last `n` characters held (n small). */
  private tail(n: number): string {
    let out = '';
    for (let k = this.parts.length - 1; k >= 0 && out.length < n; k--) out = this.parts[k].slice(-(n - out.length)) + out;
    return out;
  }
}

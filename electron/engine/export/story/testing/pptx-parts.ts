import { strFromU8, unzipSync } from 'fflate';

/**
 * Reading a written PowerPoint file in tests: its parts, the relationships between them, and the
 * few things of their XML the tests look at (text, attributes, a chart's cached series), by
 * regular expressions over the markup pptxgenjs writes; plus a well-formedness check.
 */

export type Parts = Record<string, Uint8Array>;

export function partsOf(bytes: Uint8Array): Parts {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/')));
}

export function xmlOf(parts: Parts, name: string): string {
  const part = parts[name];
  if (!part) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

export function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

const byNumber = (a: string, b: string) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]);

export function slideNames(parts: Parts): string[] {
  return Object.keys(parts)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort(byNumber);
}

/** The targets of a relationships part (`…/_rels/x.rels`), resolved against the folder of the part it belongs to; external targets as they are. */
export function relationshipTargets(parts: Parts, rels: string): string[] {
  const base = rels.replace(/_rels\/[^/]*\.rels$/, '');
  return [...xmlOf(parts, rels).matchAll(/<Relationship [^>]*>/g)].map((m) => {
    const target = decode(/Target="([^"]+)"/.exec(m[0])![1]!);
    if (/TargetMode="External"/.test(m[0])) return target;
    if (target.startsWith('/')) return target.slice(1);
    const path = base.split('/').filter((p) => p !== '');
    for (const step of target.split('/')) {
      if (step === '..') path.pop();
      else if (step !== '.') path.push(step);
    }
    return path.join('/');
  });
}

/** The parts a part points at. */
export function targetsOf(parts: Parts, part: string): string[] {
  const slash = part.lastIndexOf('/');
  const rels = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
  return parts[rels] ? relationshipTargets(parts, rels) : [];
}

/** The texts (`a:t`) of a slide or notes part, decoded, in order. */
export function textsOf(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!));
}

/** The paragraphs (`a:p`) of a part, each its runs' text joined. */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => textsOf(m[1]!).join(''));
}

export function descriptions(xml: string, element: 'p:graphicFrame' | 'p:pic'): string[] {
  return [...xml.matchAll(new RegExp(`<${element}>[\\s\\S]*?<p:cNvPr [^>]*descr="([^"]*)"`, 'g'))].map((m) => decode(m[1]!));
}

export interface CachedSeries {
  name: string;
  categories: string[];
  /** The cached values by point index; a gap has no entry. */
  values: Map<number, number>;
  xs: Map<number, number>;
  /** The element's whole markup, for looks at colours and data points. */
  xml: string;
}

function points(xml: string | undefined): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of (xml ?? '').matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>\s*<\/c:pt>/g)) out.set(Number(m[1]), decode(m[2]!));
  return out;
}

function numbers(xml: string | undefined): Map<number, number> {
  return new Map([...points(xml)].map(([i, v]) => [i, Number(v)]));
}

export function seriesOf(chartXml: string): CachedSeries[] {
  return [...chartXml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const ser = m[1]!;
    const categories = points(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)?.[1]);
    return {
      name: decode(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? ''),
      categories: [...categories.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v),
      values: numbers(/<c:(?:val|yVal)>([\s\S]*?)<\/c:(?:val|yVal)>/.exec(ser)?.[1]),
      xs: numbers(/<c:xVal>([\s\S]*?)<\/c:xVal>/.exec(ser)?.[1]),
      xml: ser,
    };
  });
}

/** An embedded workbook's first sheet as cells (`B2` → its text or number; an empty cell → null), shared strings resolved. */
export function sheetOf(workbook: Uint8Array): Map<string, string | number | null> {
  const files = unzipSync(workbook);
  const strings = [...strFromU8(files['xl/sharedStrings.xml']!).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => decode(m[1]!));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const cells = new Map<string, string | number | null>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"(\s+t="s")?\s*(?:\/>|>(?:<v>([^<]*)<\/v>)?<\/c>)/g)) {
    const [, ref, shared, value] = m;
    cells.set(ref!, value === undefined || value === '' ? null : shared ? strings[Number(value)]! : Number(value));
  }
  return cells;
}

/**
 * Whether an XML text is well formed: every `<` opens a tag, comment, declaration or CDATA, every
 * `&` an entity, and the tags nest. Returns what is wrong, or null.
 */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  for (const m of xml.matchAll(token)) {
    const [all, closing, name, , selfClosing] = m;
    if (all === '<' || all === '&') return `stray ${all} at ${m.index}: ${xml.slice(Math.max(0, m.index - 40), m.index + 40)}`;
    if (name === undefined) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open}> at ${m.index}`;
    } else if (!selfClosing) stack.push(name);
  }
  return stack.length === 0 ? null : `unclosed <${stack.join('> <')}>`;
}

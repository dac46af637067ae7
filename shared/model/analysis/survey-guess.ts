import type { ColumnInfo } from '../table';
import { type Codebook, type CodebookItem, DEFAULT_SCALE, type SurveyAxis } from './survey';

/**
 * The codebook proposed from a survey's headers, for the user to correct: a forms export puts a
 * code before each question (`IK1. Ik geef …`, `WIJ 2 - Wij …`, `ov3: …`, `[PC1] …`). The layers the
 * survey method knows get their name and axis (IK, WIJ: skill; OV, PC: collective will); other
 * prefixes become a layer of their own on no axis. `IKn` and `WIJn` are linked (self and team on
 * the same thing), and an observation element is linked to the `IK` item whose words it shares.
 */

/** A code before the question: `IK1.`, `WIJ 2 -`, `ov3:`, `PC_4`, or in brackets as some survey tools write it: `[IK1]`, `(OV2)`. */
const CODE = /^\s*(?:\[\s*|\(\s*)?([A-Za-z]{1,6})\s*[-_ ]?\s*(\d{1,3})\s*[.:)\]\-–]?\s+(.*)$/s;

const KNOWN: Record<string, { layer: string; axis: SurveyAxis }> = {
  IK: { layer: 'Ik als professional', axis: 'skill' },
  WIJ: { layer: 'Wij als team', axis: 'skill' },
  OV: { layer: 'Onze overlegmomenten', axis: 'will' },
  PC: { layer: 'Onze professionele codes', axis: 'will' },
};

/** A header marked as reverse-coded: `(R)`, `(omgekeerd)`, `[reversed]`. */
const REVERSED = /[([]\s*(r|omgekeerd|omgepoold|reversed?)\s*[)\]]/i;

/** Item columns hold answers: numbers (mapped at import) or text labels. */
const ANSWER_TYPES = new Set(['integer', 'decimal', 'text', 'ordinal']);

export interface ParsedHeader {
  prefix: string;
  number: number;
  text: string;
}

/** The code of a header such as `IK1. Ik geef …`; null for a header without one. */
export function parseItemHeader(header: string): ParsedHeader | null {
  const m = CODE.exec(header);
  if (!m) return null;
  const text = m[3]!.trim();
  if (text.length === 0) return null;
  return { prefix: m[1]!.toUpperCase(), number: Number(m[2]), text };
}

function stems(text: string): Set<string> {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4 && !STOP.has(w));
  return new Set(words.map((w) => w.slice(0, 5)));
}

const STOP = new Set(['leerlingen', 'leerling', 'elkaar', 'onze', 'wij', 'zijn', 'hebben', 'worden', 'voor', 'door', 'naar', 'over', 'met']);

/** The item codes with the most shared word stems with `element` (at least two), or none. */
function linkFor(element: string, items: CodebookItem[]): CodebookItem | null {
  const target = stems(element);
  let best: CodebookItem | null = null;
  let bestScore = 1;
  for (const item of items) {
    const shared = [...stems(item.text)].filter((s) => target.has(s)).length;
    if (shared > bestScore) {
      best = item;
      bestScore = shared;
    }
  }
  return best;
}

/** Proposes the codebook from a table's columns and, when known, the observation elements. */
export function guessCodebook(columns: ColumnInfo[], elements: string[] = []): Codebook | null {
  const items: CodebookItem[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    if (!ANSWER_TYPES.has(column.type)) continue;
    const parsed = parseItemHeader(column.name);
    if (!parsed) continue;
    const code = `${parsed.prefix}${parsed.number}`;
    if (seen.has(code)) continue;
    seen.add(code);
    const known = KNOWN[parsed.prefix];
    items.push({
      code,
      column: column.name,
      text: parsed.text.replace(REVERSED, '').trim(),
      layer: known?.layer ?? parsed.prefix,
      axis: known?.axis ?? null,
      reverse: REVERSED.test(parsed.text),
      link: null,
    });
  }
  if (items.length === 0) return null;
  // Self and team on the same thing: IKn ↔ WIJn, linked under the self item's code.
  for (const self of items.filter((i) => i.code.startsWith('IK'))) {
    const team = items.find((i) => i.code === `WIJ${self.code.slice(2)}`);
    if (team) {
      self.link = self.code;
      team.link = self.code;
    }
  }
  const elementLinks: Record<string, string> = {};
  const selfItems = items.filter((i) => i.code.startsWith('IK'));
  for (const element of elements) {
    const item = linkFor(element, selfItems);
    if (!item) continue;
    item.link ??= item.code;
    elementLinks[element] = item.link;
  }
  return { items, scale: DEFAULT_SCALE, elementLinks };
}

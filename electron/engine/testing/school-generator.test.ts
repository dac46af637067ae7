import { strFromU8, unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { dropAccents, type GeneratedSchool, generateSchool } from './school-generator';

/**
 * The generator itself: the same seed gives the same bytes, and the files hold the quirks it
 * claims, read back from the bytes here (not through the engine, which the example test checks).
 */

const sheets = (xlsx: Uint8Array) => {
  const parts = unzipSync(xlsx);
  return Object.keys(parts)
    .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
    .sort()
    .map((p) => strFromU8(parts[p]!));
};
/** Each row's cell texts and numbers by column (an empty cell: ''), by row number. */
const rowsOf = (xml: string) =>
  new Map(
    [...xml.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)].map(([, r, cells]) => {
      const out: string[] = [];
      for (const [, column, v] of cells!.matchAll(/<c r="([A-Z])\d+"[^>]*>.*?<(?:t xml:space="preserve"|v)>(.*?)<\/(?:t|v)>/g)) {
        out[column!.charCodeAt(0) - 65] = v!.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
      }
      return [Number(r), Array.from(out, (v) => v ?? '')];
    }),
  );
const septText = (school: GeneratedSchool) => {
  const bytes = school.files.sept;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  expect(bom).toBe(school.quirks.septEncoding === 'utf-8-bom');
  return bom ? Buffer.from(bytes.subarray(3)).toString('utf8') : iconv.decode(Buffer.from(bytes), 'windows-1252');
};

describe('school generator', () => {
  it('is deterministic: the same seed gives the same files and truth, another seed other ones', () => {
    const a = generateSchool({ seed: 42, pupils: 120 });
    const b = generateSchool({ seed: 42, pupils: 120 });
    const c = generateSchool({ seed: 43, pupils: 120 });
    expect(b).toEqual(a);
    expect(Buffer.from(c.files.sept).equals(Buffer.from(a.files.sept))).toBe(false);
    expect(c.truth).not.toEqual(a.truth);
  });

  it.each([
    [1, 20],
    [7, 150],
    [11, 400],
  ])('seed %i, %i pupils: the files hold the quirks the generator reports', (seed, pupils) => {
    const school = generateSchool({ seed, pupils });
    const { truth, quirks } = school;
    expect(truth).toHaveLength(pupils);
    expect(new Set(truth.map((t) => t.id)).size).toBe(pupils);

    // Student list: a merged title, the header below row 1, every pupil (one or two twice), the total, a prose sheet.
    const [list, legend] = sheets(school.files.lvs);
    expect(list).toMatch(/<mergeCell ref="A1:[A-Z]+1"\/>/);
    const lvs = rowsOf(list!);
    expect(quirks.lvsHeaderRow).toBeGreaterThan(1);
    expect(lvs.get(quirks.lvsHeaderRow)).toEqual(quirks.lvsColumns);
    const idColumn = quirks.lvsColumns.indexOf('Stamboeknummer');
    const listed = [...lvs].filter(([r]) => r > quirks.lvsHeaderRow).map(([, cells]) => cells);
    expect(listed.at(-1)).toEqual([`Totaal: ${pupils} leerlingen`]);
    const ids = listed.slice(0, -1).map((cells) => cells[idColumn]);
    expect(ids).toHaveLength(pupils + quirks.duplicated.length);
    expect(new Set(ids)).toEqual(new Set(truth.map((t) => (/^0/.test(t.id) ? t.id : String(Number(t.id))))));
    expect(legend).toContain('Zorgfase');

    // September: CRLF, `;`, `NAAM, Voornaam`, decimal commas or absent tokens, odd ids; late arrivals missing.
    const text = septText(school);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    const [header, ...lines] = text.split('\r\n').filter(Boolean);
    expect(header!.split(';')).toEqual(quirks.septColumns);
    expect(lines).toHaveLength(pupils - quirks.lateArrivals.length);
    const cell = (line: string, column: string) => line.split(';')[quirks.septColumns.indexOf(column)]!;
    const tokens = quirks.absentToken.split('/');
    const scores = lines.map((l) => cell(l, 'Score (/40)'));
    expect(scores.every((s) => /^\d+(,5)?$/.test(s) || tokens.includes(s))).toBe(true);
    expect(scores.filter((s) => tokens.includes(s))).toHaveLength(truth.filter((t) => t.sept === null).length - quirks.lateArrivals.length);
    expect(lines.every((l) => /^"?[^a-z]+, \S/.test(cell(l, 'Leerling')))).toBe(true);
    expect(lines.filter((l) => cell(l, 'Stamboeknr').startsWith(' '))).toHaveLength(quirks.septLeadingSpace);
    expect(quirks.septLeadingSpace + quirks.septLeadingZeros).toBeGreaterThan(0);

    // June: no id; `n/50` as text; pupils who left missing; the names as the truth says they were written.
    const [june] = sheets(school.files.juni);
    const juni = [...rowsOf(june!).values()];
    expect(juni[0]).toEqual(quirks.juniColumns);
    expect(juni[0]!.some((h) => /stamboek/i.test(h))).toBe(false);
    const present = truth.filter((t) => t.juni !== null);
    expect(present).toHaveLength(pupils - quirks.left.length);
    const at = (name: string) => quirks.juniColumns.indexOf(name);
    const written = juni.slice(1).map((cells) => `${cells[at('Leerling')]}|${cells[at('Klas')]}|${cells[at('Score')]}`);
    expect(written.sort()).toEqual(present.map((t) => `${t.juniName}|${t.juniKlas}|${t.juni}/50`).sort());

    // Namesakes read alike and sit in different classes; pupils who changed class stay in their grade.
    const byId = new Map(truth.map((t) => [t.id, t]));
    for (const [a, b] of quirks.namesakes) {
      expect(byId.get(a)!.name).toBe(byId.get(b)!.name);
      expect(byId.get(a)!.klas).not.toBe(byId.get(b)!.klas);
    }
    for (const change of quirks.classChanges) {
      expect(byId.get(change.id)!.juniKlas).toBe(change.to);
      expect(change.to.replace(/\D.*$/, '')).toBe(change.from.replace(/\D.*$/, ''));
    }
  });

  it('over a few schools, writes every kind of June quirk', () => {
    const schools = [3, 4, 5, 6].map((seed) => generateSchool({ seed, pupils: 250 }));
    const sum = (f: (s: GeneratedSchool) => number) => schools.reduce((n, s) => n + f(s), 0);
    expect(sum((s) => s.quirks.accentsDropped)).toBeGreaterThan(0);
    expect(sum((s) => s.quirks.particleVariants)).toBeGreaterThan(0);
    expect(sum((s) => s.quirks.strayspaces)).toBeGreaterThan(0);
    expect(sum((s) => s.quirks.classChanges.length)).toBeGreaterThan(0);
    expect(sum((s) => s.quirks.namesakes.length)).toBeGreaterThan(0);
    const names = schools.flatMap((s) => s.truth.filter((t) => t.juniName !== null));
    // Accents dropped (`Zoe` for `Zoë`), particles glued (`Vandenx` for `Van den X`), double spaces.
    expect(names.some((t) => t.juniName !== t.name && dropAccents(t.name) === t.juniName!.replace(/\s+/g, ' ').trim())).toBe(true);
    expect(names.some((t) => /^Van de/.test(t.name.split(' ').slice(1).join(' ')) && /\bVande\w+$/.test(t.juniName!))).toBe(true);
    expect(names.some((t) => t.juniName!.includes('  '))).toBe(true);
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { inlineStr, makeXlsx, num, row } from '../import/testing/make-xlsx';

/**
 * Fictional schools for the leerwinst example (examples/leerwinst-wiskunde): from a seed and a
 * cohort size, the three exports a datateam gets, written the messy way real exports are, and
 * the truth for every pupil (class, September score of 40, June score of 50).
 *
 * - Student list (xlsx, as an LVS exports it): a title row merged over the header, the header
 *   on row 2 to 5, columns in any order with extra ones, one or two pupils listed twice, a
 *   "Totaal: N leerlingen" line, trailing spaces in names, dates as Excel dates (dd/mm/yyyy), a
 *   second sheet of prose.
 * - September test (CSV): Windows-1252 or UTF-8 with BOM, `;`, decimal comma, CRLF, `afw` /
 *   `ziek` for absent pupils, `NAAM, Voornaam` in one column, ids with a leading space or leading
 *   zeros, extra columns; pupils who arrived after September are not in it.
 * - June test (gradebook xlsx): no id, `Voornaam Naam`, accents dropped sometimes, particles
 *   written differently (`Van den Broeck` / `Vandenbroeck` / `vanden Broeck`), stray double
 *   spaces, the score as text `34/50`, pupils who left missing, pupils who changed class, two
 *   pupils with the same name in different classes, its own row order.
 *
 * Every name is made up from the lists below. Within one class no two pupils read alike once
 * accents, case, spaces and particles are set aside (a person could not tell them apart either);
 * only pupils whose name is unique in the cohort change class.
 */

export interface SchoolOptions {
  seed: number;
  /** Distinct pupils in the cohort. */
  pupils: number;
}

export interface PupilTruth {
  /** The id as the student list writes it (the result's Stamboeknummer). */
  id: string;
  name: string;
  /** The class on the student list (June may show another). */
  klas: string;
  remediering: 'ja' | 'nee';
  /** Of 40; null when absent or not yet at school in September. */
  sept: number | null;
  /** Of 50; null for pupils who left. */
  juni: number | null;
  /** The name and class as the June gradebook writes them; null for pupils who left. */
  juniName: string | null;
  juniKlas: string | null;
}

/**
 * What the generator did to this school's files (ids are the student list's): the layout of each
 * file, who was listed twice, left, arrived late or changed class, the namesake pairs (the same
 * name in two classes; `Van den X` beside `Vandenx`) and how many June names were altered.
 */
export interface SchoolQuirks {
  classes: string[];
  lvsHeaderRow: number;
  lvsColumns: string[];
  duplicated: string[];
  septEncoding: 'windows-1252' | 'utf-8-bom';
  septColumns: string[];
  absentToken: string;
  septLeadingSpace: number;
  septLeadingZeros: number;
  juniColumns: string[];
  juniOrder: string;
  left: string[];
  lateArrivals: string[];
  classChanges: { id: string; from: string; to: string }[];
  namesakes: [string, string][];
  nearNamesakes: [string, string][];
  accentsDropped: number;
  particleVariants: number;
  strayspaces: number;
}

export interface GeneratedSchool {
  seed: number;
  truth: PupilTruth[];
  files: { lvs: Uint8Array; sept: Uint8Array; juni: Uint8Array };
  quirks: SchoolQuirks;
}

const list = (s: string) => s.trim().split(/\s+/);
/** First names, about 80 of each; a cohort draws them evenly (Σp² ≈ 1/160, near a real year group's 0.008). */
const GIRLS = list(`Marie Lotte Emma Hanne Fien Nora Jana Lien Saar Ella Louise Zoë Céline Anaïs Chloé Noor Febe Inès Elise Hélène
  Maëlle Liv Roos Amélie Jolien Aya Léa Marie-Lou Yasmina Noëlla Lore Amber Axelle Bo Charlotte Delphine Elena Estée Evi Fleur
  Flore Gitte Hannah Ilse Imane Jade Jasmien Julie Kato Kiara Laure Lisa Lina Lise Luna Margot Mila Mira Nele Nina Olivia Paulien
  Renée Sara Selin Silke Sofie Stien Tess Tine Ulla Vic Yara Zita Anouk Dana Eline Femke Joëlle Maïté Noémie`);
const BOYS = list(`Lukas Arthur Jules Mats Otis Bilal Ayoub Noé Ruben Wout Seppe Warre Lars Milan Daan Thibo Jérôme Loïc Raphaël
  Mathéo Stan Kobe Emre Senne Tuur Finn Jef Rémi François Joël Aaron Adam Alexis Amir Anton Bas Bent Brent Cas Cédric Dries Elias
  Emiel Ferre Gust Hamza Ilias Jarne Jasper Jonas Kasper Lander Lou Louis Lowie Matthias Maxime Mohamed Nathan Niels Noah Olivier
  Pieter Quinten Rayan Robbe Sam Siebe Simon Staf Stijn Tibo Toon Vince Viktor Wannes Xander Yusuf Zeno Andreas Benoît Mehmet`);
/** A few common surnames (siblings and cousins share them), drawn often. */
const COMMON = list('Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters Dubois Pauwels Michiels Hermans Aerts');
/** Made-up surnames: a stem and an ending (`Baerhout`, `Kieckens`), several hundred of them. */
const STEMS = list('Baer Claer Dier Goet Heyl Huyg Keer Lamb Leem Meer Nie Roel Schoe Steen Vael Waet Wil Wuyt Bruyn Cop Dael Eyck Geer Hooge Kiek Lauw Mol Raey Smo Tuyt Bos Gys Hen Vree');
const ENDINGS = list('ens aert ckx mans ssens ters bergh hove haert eel ynck dts ghe kens hout');
const ACCENTED = list('Yılmaz Lefèvre Noël Bénard Gérard Müller Öztürk Çelik Daneël Hoëlen Ménard Séverin Dupré Lemaître Coëme');
/** Particles before a made-up surname (`Van den Baerhout`, `Op de Kieckens`, `D'Hooge`); `De` and `Van` the most. */
const PREFIXES = [...list('De De De De De Van Van Van Van Van El Ter'), 'Van den', 'Van den', 'Van de', 'Van de', 'Van der', 'Op de', "D'", "'t"];
const madeUp = (r: Random) => {
  const stem = r.pick(STEMS);
  const ending = r.pick(ENDINGS);
  return stem.endsWith('e') && ending.startsWith('e') ? stem + ending.slice(1) : stem + ending;
};

function surname(r: Random): string {
  const kind = r.int(0, 99);
  if (kind < 15) return r.pick(COMMON);
  if (kind < 60) return madeUp(r);
  if (kind < 68) return r.pick(ACCENTED);
  const prefix = r.pick(PREFIXES);
  const rest = prefix.endsWith("'") || r.chance(0.4) ? r.pick(STEMS) : madeUp(r);
  const name = prefix.endsWith("'") ? `${prefix}${rest}` : `${prefix} ${rest}`;
  // Another family writes it glued (`Vandenbaerhout`, `Desteen`): such names exist beside each other.
  if (!r.chance(0.2)) return name;
  const glued = name.replace(/['\s]/g, '').toLowerCase();
  return glued[0]!.toUpperCase() + glued.slice(1);
}

const PARTICLES = new Set(['van', 'de', 'den', 'der', 'op', 'el', 'ten', 'ter']);
const OPTIONS = ['Latijn', 'Moderne', 'STEM', 'Sport', 'Economie', 'Techniek', 'Grieks-Latijn', 'Kunst'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SEPT_MAX = 40;
const JUNE_MAX = 50;
/** Excel's day 0 (1899-12-30, the 1900 date system), as a UTC time. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / 86_400_000;

/** Accents stripped (and the dotless ı), as a gradebook without accents writes a name. */
export const dropAccents = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/ı/g, 'i').normalize('NFC');
/** How alike two names read to a person: no accents, case, spaces or punctuation. */
const folded = (first: string, last: string) => dropAccents(`${first}${last}`).toLowerCase().replace(/[^a-z0-9]/g, '');

function random(seed: number) {
  const rng = xoroshiro128plus(seed);
  const int = (from: number, to: number) => uniformInt(rng, from, to);
  const chance = (p: number) => uniformFloat64(rng) < p;
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniformFloat64(rng))) * Math.cos(2 * Math.PI * uniformFloat64(rng));
  return { int, chance, pick, shuffle, normal };
}
type Random = ReturnType<typeof random>;

/** A pupil as the generator knows it; `idDigits`: the id without leading zeros; `birth`: an Excel date. */
interface Pupil {
  id: string;
  idDigits: string;
  first: string;
  last: string;
  klas: string;
  birth: number;
  remediering: 'ja' | 'nee';
  extras: Record<string, string | number>;
  /** The year: the September score (null: absent) and whether the pupil took it; June. */
  sept: number | null;
  inSept: boolean;
  juni: number;
  left: boolean;
  juneKlas: string;
  juneName: string;
}

/** Classes of the cohort: one to three grades, named by letter, by option (`2 Latijn`) or by stream (`1A2`). */
function makeClasses(r: Random, pupils: number): string[] {
  const count = Math.max(pupils < 40 ? r.int(1, 2) : 2, Math.round(pupils / r.int(18, 24)));
  const grades = count >= 6 && r.chance(0.4) ? r.int(2, 3) : 1;
  const firstGrade = r.int(1, 7 - grades);
  const style = r.pick(['letters', 'options', 'stream', 'mixed'] as const);
  const out: string[] = [];
  for (let g = 0; g < grades; g++) {
    const grade = firstGrade + g;
    const n = Math.ceil(count / grades);
    const options = r.shuffle(OPTIONS);
    for (let i = 0; i < n; i++) {
      if (style === 'options' && i < options.length) out.push(`${grade} ${options[i]}`);
      else if (style === 'stream') out.push(`${grade}${i < n - 1 || n === 1 ? 'A' : 'B'}${i < n - 1 || n === 1 ? i + 1 : 1}`);
      else if (style === 'mixed' && i === n - 1 && n > 1) out.push(`${grade}BA`);
      else out.push(`${grade}${LETTERS[i]}`);
    }
  }
  return out;
}

const gradeOf = (klas: string) => klas.replace(/\D.*$/, '');

function makePupils(r: Random, size: number, classes: string[], quirks: SchoolQuirks): Pupil[] {
  const idStyle = r.pick(['year', 'small', 'zeros'] as const);
  const step = r.chance(0.7) ? 2 : 1; // half points, or whole points only
  const used = new Set<string>();
  const inClass = new Map<string, Set<string>>(classes.map((c) => [c, new Set()]));
  const pupils: Pupil[] = [];
  const yearStart = 2025;
  for (let i = 0; i < size; i++) {
    let idNumber: number;
    do idNumber = idStyle === 'year' ? r.int(2019001, 2025999) : r.int(1000, idStyle === 'small' ? 99999 : 999999);
    while (used.has(String(idNumber)));
    used.add(String(idNumber));
    const klas = classes[Math.min(classes.length - 1, Math.floor((i * classes.length) / size))]!;
    let first: string;
    let last: string;
    do {
      first = r.pick(r.chance(0.5) ? GIRLS : BOYS);
      last = surname(r);
    } while (inClass.get(klas)!.has(folded(first, last)));
    inClass.get(klas)!.add(folded(first, last));
    const grade = Number(gradeOf(klas)) || 1;
    const ability = r.normal();
    const sept = Math.min(SEPT_MAX, Math.max(0, Math.round((20 + 7 * ability + 3 * r.normal()) * step) / step));
    const juni = Math.min(JUNE_MAX, Math.max(0, Math.round(27 + 9 * ability + 4 * r.normal())));
    pupils.push({
      id: idStyle === 'zeros' ? String(idNumber).padStart(7, '0') : String(idNumber),
      idDigits: String(idNumber),
      first, last, klas, juneKlas: klas, juneName: '', sept, inSept: true, juni, left: false,
      birth: serial(yearStart - 11 - grade, r.int(1, 12), r.int(1, 28)),
      remediering: r.chance(0.25) ? 'ja' : 'nee',
      extras: {
        Geslacht: r.pick(['M', 'V', 'V', 'M', 'X']),
        Thuistaal: r.pick(['Nederlands', 'Nederlands', 'Nederlands', 'Frans', 'Turks', 'Arabisch', 'Pools', 'Engels']),
        Zorgfase: r.int(0, 3),
        'Aantal herkansingen': r.int(0, 2),
        Instapdatum: serial(yearStart - r.int(0, 1), 9, 1),
        Gemeente: r.pick(['Aalst', 'Lier', 'Geel', 'Tielt', 'Ronse', 'Tienen', 'Eeklo']),
      },
    });
  }
  injectNamesakes(r, pupils, classes, inClass, quirks);
  return pupils;
}

/** Two pupils with the same name in different classes; and a `Van den X` beside a `Vandenx` of the same first name. */
function injectNamesakes(r: Random, pupils: Pupil[], classes: string[], inClass: Map<string, Set<string>>, quirks: SchoolQuirks) {
  if (classes.length < 2) return;
  // A pupil of one pair is never renamed for another.
  const taken = new Set<Pupil>();
  const rename = (a: Pupil, b: Pupil, first: string, last: string) => {
    const key = folded(first, last);
    if (a.klas === b.klas || taken.has(b) || inClass.get(b.klas)!.has(key)) return false;
    inClass.get(b.klas)!.delete(folded(b.first, b.last));
    inClass.get(b.klas)!.add(key);
    [b.first, b.last] = [first, last];
    taken.add(a).add(b);
    return true;
  };
  const wanted = 1 + Math.floor(pupils.length / 150);
  for (let tries = 0; quirks.namesakes.length < wanted && tries < 50; tries++) {
    const a = r.pick(pupils);
    const b = r.pick(pupils);
    if (rename(a, b, a.first, a.last)) quirks.namesakes.push([a.id, b.id]);
  }
  if (!r.chance(0.7)) return;
  for (let tries = 0; tries < 50; tries++) {
    const a = r.pick(pupils);
    const b = r.pick(pupils);
    const glued = glue(a.last);
    if (/^Van de/.test(a.last) && glued !== null && rename(a, b, a.first, glued)) {
      quirks.nearNamesakes.push([a.id, b.id]);
      return;
    }
  }
}

/** `Van den Broeck` → `Vandenbroeck` (two particles or more); null for other names. */
function glue(last: string): string | null {
  const words = last.split(' ');
  const particles = words.findIndex((w) => !PARTICLES.has(w.toLowerCase()));
  if (particles < 2) return null;
  const joined = words.join('').toLowerCase();
  return joined[0]!.toUpperCase() + joined.slice(1);
}

/** How the gradebook writes a particle name: lower-case particles, glued, half glued, capitalised. */
function particleVariant(r: Random, last: string, mayGlue: boolean): string {
  const words = last.split(' ');
  const n = words.findIndex((w) => !PARTICLES.has(w.toLowerCase()));
  if (n < 1) return last;
  const rest = words.slice(n).join(' ');
  const parts = words.slice(0, n);
  const variants = [
    [...parts.map((p) => p.toLowerCase()), rest].join(' '),
    [...parts.map((p) => p[0]!.toUpperCase() + p.slice(1).toLowerCase()), rest].join(' '),
  ];
  if (n >= 2) {
    variants.push(`${parts.join('').toLowerCase()} ${rest}`, `${parts[0]}${parts.slice(1).join('').toLowerCase()} ${rest}`);
    if (mayGlue) variants.push(glue(last)!);
  }
  return r.pick(variants);
}

/** Life during the year: absences in September, late arrivals, pupils who leave or change class. */
function schoolYear(r: Random, pupils: Pupil[], classes: string[], quirks: SchoolQuirks) {
  const nameCount = new Map<string, number>();
  for (const p of pupils) nameCount.set(folded(p.first, p.last), (nameCount.get(folded(p.first, p.last)) ?? 0) + 1);
  const tokens = r.pick([['afw'], ['ziek'], ['afw', 'ziek'], ['AFW', 'ziek']]);
  quirks.absentToken = tokens.join('/');
  const leaving = Math.max(1, Math.round(pupils.length * 0.03));
  for (const p of r.shuffle(pupils).slice(0, leaving)) {
    p.left = true;
    quirks.left.push(p.id);
  }
  for (const p of pupils) {
    if (r.chance(0.04)) p.sept = null;
    else if (!p.left && r.chance(0.015)) {
      p.inSept = false;
      quirks.lateArrivals.push(p.id);
    }
    const mates = classes.filter((c) => c !== p.klas && gradeOf(c) === gradeOf(p.klas));
    if (!p.left && mates.length > 0 && nameCount.get(folded(p.first, p.last)) === 1 && r.chance(0.03)) {
      p.juneKlas = r.pick(mates);
      quirks.classChanges.push({ id: p.id, from: p.klas, to: p.juneKlas });
    }
  }
  return tokens;
}

const col = (i: number) => (i >= 26 ? LETTERS[Math.floor(i / 26) - 1]! : '') + LETTERS[i % 26]!;

const CONTENT_TYPES = (sheets: number) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  Array.from({ length: sheets }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>';

/** A cell: text inline, a number, or a date (style 1: dd/mm/yyyy). */
type Value = string | number | { date: number };
const cell = (ref: string, v: Value) => (typeof v === 'string' ? inlineStr(ref, v) : typeof v === 'number' ? num(ref, v) : num(ref, v.date, 1));
const sheetRow = (r: number, values: Value[]) => row(r, values.map((v, i) => cell(`${col(i)}${r}`, v)).filter((_, i) => values[i] !== ''));

function lvsFile(r: Random, pupils: Pupil[], quirks: SchoolQuirks): Uint8Array {
  const extras = r.shuffle(Object.keys(pupils[0]!.extras)).slice(0, r.int(1, 5));
  const columns = r.chance(0.5)
    ? ['Stamboeknummer', ...r.shuffle(['Naam', 'Voornaam', 'Klas', 'Geboortedatum', 'Remediëring wiskunde', ...extras])]
    : r.shuffle(['Stamboeknummer', 'Naam', 'Voornaam', 'Klas', 'Geboortedatum', 'Remediëring wiskunde', ...extras]);
  quirks.lvsColumns = columns;
  const value = (p: Pupil, c: string): Value => {
    const cells: Record<string, () => Value> = {
      Stamboeknummer: () => (/^0/.test(p.id) ? p.id : Number(p.id)),
      Naam: () => p.last + (r.chance(0.12) ? r.pick([' ', '  ']) : ''),
      Voornaam: () => p.first + (r.chance(0.04) ? ' ' : ''),
      Klas: () => p.klas,
      Geboortedatum: () => ({ date: p.birth }),
      'Remediëring wiskunde': () => p.remediering,
      Instapdatum: () => ({ date: p.extras[c] as number }),
    };
    return (cells[c] ?? (() => p.extras[c]!))();
  };
  const listed = [...pupils];
  const twice = r.shuffle(pupils).slice(0, r.int(1, 2));
  for (const p of twice) listed.splice(r.chance(0.5) ? listed.indexOf(p) + 1 : r.int(0, listed.length), 0, p);
  quirks.duplicated = twice.map((p) => p.id);
  const rows: string[] = [row(1, [inlineStr('A1', `Leerlingenlijst schooljaar 2025-2026 — ${r.pick(['Sint-Ursula', 'Atheneum De Brug', 'College Ter Beke', 'Campus Noord'])}`)])];
  let at = 2;
  if (r.chance(0.5)) {
    rows.push(row(at, [inlineStr(`A${at}`, `Afgedrukt op ${r.int(2, 12)}/09/2025 door het secretariaat`)]));
    at++;
  }
  at += r.int(0, 2);
  quirks.lvsHeaderRow = at;
  rows.push(sheetRow(at++, columns));
  for (const p of listed) rows.push(sheetRow(at++, columns.map((c) => value(p, c))));
  at += r.int(0, 1);
  rows.push(row(at, [inlineStr(`A${at}`, `Totaal: ${pupils.length} leerlingen`)]));
  const legend = ['Zorgfase 0 = brede basiszorg, 1 = verhoogde zorg, 2 = uitbreiding van zorg, 3 = IAC', 'Remediëring wiskunde: ja = de leerling volgt het remediëringsuur.'];
  return makeXlsx({
    sheets: [
      { name: r.pick(['Leerlingen', 'Leerlingenlijst', 'Blad1']), rows: rows.join(''), after: `<mergeCells count="1"><mergeCell ref="A1:${col(columns.length - 1)}1"/></mergeCells>` },
      { name: r.pick(['Legende', 'Info']), rows: legend.map((t, i) => row(i + 1, [inlineStr(`A${i + 1}`, t)])).join('') },
    ],
    numFmts: { 164: r.pick(['dd/mm/yyyy', 'd/mm/yyyy']) },
    cellXfs: [0, 164],
    parts: { '[Content_Types].xml': CONTENT_TYPES(2) },
  });
}

const comma = (x: number, digits?: number) => (digits === undefined ? String(x) : x.toFixed(digits)).replace('.', ',');

function septFile(r: Random, pupils: Pupil[], tokens: string[], quirks: SchoolQuirks): Uint8Array {
  const columns = r.shuffle(['Stamboeknr', 'Leerling', 'Klas', 'Score (/40)', ...r.shuffle(['Procent', 'Opmerking', 'Datum']).slice(0, r.int(0, 2))]);
  quirks.septColumns = columns;
  const quoteNames = r.chance(0.3);
  const spaces = r.chance(0.8) ? 0.1 : 0;
  const zeros = spaces === 0 || r.chance(0.5) ? 0.25 : 0;
  const id = (p: Pupil) => {
    let s = /^0/.test(p.id) && r.chance(0.5) ? p.idDigits : p.id;
    if (r.chance(zeros)) {
      s = s.padStart(s.length + r.int(1, 3), '0');
      quirks.septLeadingZeros++;
    }
    if (r.chance(spaces)) {
      quirks.septLeadingSpace++;
      s = ` ${s}`;
    }
    return s;
  };
  const value = (p: Pupil, c: string): string => {
    const token = p.sept === null ? r.pick(tokens) : null;
    const cells: Record<string, () => string> = {
      Stamboeknr: () => id(p),
      Leerling: () => (quoteNames ? `"${p.last.toUpperCase()}, ${p.first}"` : `${p.last.toUpperCase()}, ${p.first}`),
      Klas: () => p.klas,
      'Score (/40)': () => token ?? comma(p.sept!),
      Procent: () => (token === null ? comma((p.sept! / SEPT_MAX) * 100, 1) : ''),
      Opmerking: () => (token === null && r.chance(0.05) ? 'inhaaltoets' : ''),
      Datum: () => `${r.int(8, 19)}/09/2025`,
    };
    return cells[c]!();
  };
  const taking = pupils.filter((p) => p.inSept);
  const order = r.pick(['class', 'id', 'none'] as const);
  const sorted =
    order === 'none' ? r.shuffle(taking) : [...taking].sort((a, b) => (order === 'id' ? Number(a.idDigits) - Number(b.idDigits) : a.klas.localeCompare(b.klas) || a.last.localeCompare(b.last)));
  const text = [columns.join(';'), ...sorted.map((p) => columns.map((c) => value(p, c)).join(';'))].join('\r\n') + '\r\n';
  quirks.septEncoding = r.chance(0.6) ? 'windows-1252' : 'utf-8-bom';
  return quirks.septEncoding === 'windows-1252' ? new Uint8Array(iconv.encode(text, 'windows-1252')) : new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf8'));
}

function juniFile(r: Random, pupils: Pupil[], quirks: SchoolQuirks): Uint8Array {
  const columns = r.shuffle(['Leerling', 'Klas', 'Evaluatie', 'Datum', 'Score', ...r.shuffle(['Leerkracht', 'Opmerking', 'Gewicht', 'Periode']).slice(0, r.int(0, 2))]);
  quirks.juniColumns = columns;
  const evaluation = r.pick(['Toets wiskunde juni', 'Eindtoets wiskunde', 'Wiskunde: eindmeting']);
  const teacher = `${r.pick(['Mevr.', 'Dhr.'])} ${madeUp(r)}`;
  const sameInClass = new Map<string, number>();
  const key = (p: Pupil) => `${p.juneKlas}|${folded(p.first, p.last)}`;
  for (const p of pupils) sameInClass.set(key(p), (sameInClass.get(key(p)) ?? 0) + 1);
  const name = (p: Pupil) => {
    let first = p.first;
    let last = p.last;
    if (dropAccents(first + last) !== first + last && r.chance(0.35)) {
      quirks.accentsDropped++;
      if (dropAccents(first) !== first && (dropAccents(last) === last || r.chance(0.5))) first = dropAccents(first);
      else last = dropAccents(last);
    }
    if (last.includes("'") && r.chance(0.5)) {
      quirks.particleVariants++;
      last = r.pick([last.replace("'", ''), last.replace("'", ' ')]).trim();
      last = last[0]!.toUpperCase() + last.slice(1).toLowerCase();
    } else if (/^\S+ /.test(last) && PARTICLES.has(last.split(' ')[0]!.toLowerCase()) && r.chance(0.5)) {
      const variant = particleVariant(r, last, sameInClass.get(key(p)) === 1);
      if (variant !== last) quirks.particleVariants++;
      last = variant;
    }
    let full = `${first} ${last}`;
    if (r.chance(0.05)) {
      quirks.strayspaces++;
      full = r.chance(0.5) ? full.replace(' ', '  ') : `${full} `;
    }
    return full;
  };
  const present = pupils.filter((p) => !p.left);
  const date = serial(2026, 6, r.int(8, 19));
  const value = (p: Pupil, c: string): Value => {
    const cells: Record<string, () => Value> = {
      Leerling: () => (p.juneName = name(p)),
      Klas: () => p.juneKlas,
      Evaluatie: () => evaluation,
      Datum: () => ({ date: date + r.int(0, 1) }),
      Score: () => `${p.juni}/${JUNE_MAX}`,
      Leerkracht: () => teacher,
      Gewicht: () => 1,
      Periode: () => 'P3',
      Opmerking: () => (r.chance(0.05) ? 'inhaalmoment' : ''),
    };
    return cells[c]!();
  };
  quirks.juniOrder = r.pick(['shuffled', 'class', 'first name']);
  const ordered =
    quirks.juniOrder === 'shuffled'
      ? r.shuffle(present)
      : [...present].sort((a, b) => (quirks.juniOrder === 'class' ? a.juneKlas.localeCompare(b.juneKlas) : 0) || a.first.localeCompare(b.first) || a.last.localeCompare(b.last));
  const rows = [sheetRow(1, columns), ...ordered.map((p, i) => sheetRow(i + 2, columns.map((c) => value(p, c))))];
  return makeXlsx({
    sheets: [{ name: r.pick(['Punten', 'Export', 'Sheet1']), rows: rows.join('') }],
    numFmts: { 164: 'dd/mm/yyyy' },
    cellXfs: [0, 164],
    parts: { '[Content_Types].xml': CONTENT_TYPES(1) },
  });
}

/** A fictional school from a seed: the three exports and the truth per pupil. */
export function generateSchool({ seed, pupils: size }: SchoolOptions): GeneratedSchool {
  const r = random(seed);
  const classes = makeClasses(r, size);
  const quirks: SchoolQuirks = {
    classes, lvsHeaderRow: 0, lvsColumns: [], duplicated: [], septEncoding: 'windows-1252', septColumns: [], absentToken: '',
    septLeadingSpace: 0, septLeadingZeros: 0, juniColumns: [], juniOrder: '', left: [], lateArrivals: [], classChanges: [],
    namesakes: [], nearNamesakes: [], accentsDropped: 0, particleVariants: 0, strayspaces: 0,
  };
  const pupils = makePupils(r, size, classes, quirks);
  const tokens = schoolYear(r, pupils, classes, quirks);
  const files = { lvs: lvsFile(r, pupils, quirks), sept: septFile(r, pupils, tokens, quirks), juni: juniFile(r, pupils, quirks) };
  const truth = pupils.map((p): PupilTruth => {
    const [juni, juniName, juniKlas] = p.left ? [null, null, null] : [p.juni, p.juneName, p.juneKlas];
    return { id: p.id, name: `${p.first} ${p.last}`, klas: p.klas, remediering: p.remediering, sept: p.inSept ? p.sept : null, juni, juniName, juniKlas };
  });
  return { seed, truth, files, quirks };
}

/** Writes the three files into `dir` under the sample files' names; returns their paths. */
export function writeSchool(school: GeneratedSchool, dir: string): { lvs: string; sept: string; juni: string } {
  const paths = { lvs: join(dir, 'lvs-leerlingen.xlsx'), sept: join(dir, 'toets-wiskunde-sept.csv'), juni: join(dir, 'toets-wiskunde-juni.xlsx') };
  for (const kind of ['lvs', 'sept', 'juni'] as const) writeFileSync(paths[kind], school.files[kind]);
  return paths;
}

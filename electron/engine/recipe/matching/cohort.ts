import type { Cell, ColumnInfo } from '../../../../shared/model/table';

/**
 * Generated cohorts for testing and measuring name matching (a test helper; the bench uses it
 * too). A student list (`Nr`, `Naam`, `Voornaam`, `Klas`, `Geboortedatum`) and a test export of
 * the same pupils without the id, whose names come in every variant the field knows: either
 * order (`Voornaam Naam`, `NAAM, Voornaam`, `Naam Voornaam`) or two columns, case, dropped accents
 * (`Zoe`), tussenvoegsels written otherwise (`Vandenbroeck`, `vanden Broeck`), stray spaces,
 * apostrophes, hyphens, a second first name dropped, the odd typo; pupils who changed class,
 * left (absent from the export) or arrived (absent from the list); namesakes, as the name
 * frequencies make them; `De Smet` and `Desmet` as two families. `Controle` holds the truth: the
 * pupil's number, or `X<n>` for a pupil not on the list. Deterministic for a seed.
 */

export interface CohortOptions {
  pupils: number;
  seed: number;
  /** `mixed`: one name column in mixed orders; `split`: first and last name columns. */
  rightNames: 'mixed' | 'split';
  /** Whether the export carries the birth date (as dd/mm/yyyy text). */
  birthDate: boolean;
}

export interface Cohort {
  left: { columns: ColumnInfo[]; rows: Cell[][] };
  right: { columns: ColumnInfo[]; rows: Cell[][] };
  /** Rows of the export whose pupil is on the list. */
  matchable: number;
}

/** Rates of each variant in the export (per pupil), and of pupils coming and going. */
export const COHORT_RATES = {
  left: 0.03,
  arrived: 0.02,
  duplicateOnList: 0.005,
  changedClass: 0.04,
  secondFirstName: 0.06,
  dropSecondFirstName: 0.5,
  upper: 0.1,
  lower: 0.08,
  dropAccents: 0.5,
  particleVariant: 0.4,
  apostropheVariant: 0.4,
  hyphenAsSpace: 0.5,
  straySpaces: 0.15,
  typo: 0.03,
  classFormat: 0.2,
  dateSwap: 0.01,
} as const;

const FIRST = `Marie Louise Emma Olivia Elena Mila Ella Noor Lina Julie Anna Lena Fleur Nora Lotte Hanne Jana Fien Saar Febe Lien Kato
Amber Ines Zoë Chloë Anaïs Élise Léa Amira Yasmine Aya Sara Sofia Ayşe Elif Zeynep Maja Julia Laura Charlotte Camille Manon Margot Paulien
Roos Nina Lise Tess Jade Luna Liv Mona Ruth Hélène Renée Noé Arthur Noah Jules Louis Lucas Lukas Adam Victor Liam Finn Mats Otis Lars
Stan Seppe Wout Bram Ruben Emre Ayoub Bilal Mohamed Mohammed Youssef Ilias Amine Mehmet Yusuf Kacper Jakub Mateusz Milan Jasper Jonas
Lowie Warre Tuur Staf Rune Kobe Thibo Maxime Matteo Elias Vic Gust Leon Loïc Maël Jérôme Björn Tijs Sem Siebe Robbe Lander Arne Cas Daan
Ferre Jens Niels Pieter Joren Senne Xander Zita Axelle Luka Nathan Cédric Marie-Louise Anne-Sophie Jean-Pierre Lisa Eva Hind Salma Rayan
Imane Oumaima Nikola Aleksander Oliwia Zuzanna Dries Jef Mathis Gilles Briek Mauro Lou Juliette Estelle Océane Maxim Wannes Jarne`.split(/\s+/);

const SURNAMES = `Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Desmet|Dubois|Hermans|Aerts|Michiels|Pauwels|
Lambrechts|Segers|Smets|Vermeulen|Van Damme|Vandamme|Van den Broeck|Vandenbroeck|Van de Velde|Vandevelde|Van Acker|De Backer|De Vos|Devos|
Verstraete|Vandenberghe|D'Hondt|El Amrani|El Idrissi|Benali|Yılmaz|Öztürk|Kaya|Demir|Kowalski|Nowak|Lewandowski|Coppens|Bogaert|Bogaerts|Cools|
Dewulf|Declercq|De Clercq|Vanhove|Van Hoecke|Geerts|Leemans|Martens|Thys|Verbeke|Verhaeghe|Van Looy|Dierckx|Van Dyck|Baert|Wuyts|De Wilde|
Van der Veken|De Groote|De Meyer|De Cock|Decock|De Pauw|Van Gucht|De Coninck|Van Parys|Lemmens|Hendrickx|Heylen|Jansen|Pieters|Peters|Vos|
Bauwens|Moens|Stevens|Van Laere|Van Hecke|Meert|De Ridder|De Bruyne|Van Aken|Van Rompuy|Van den Bossche|Van Eeckhout|Bouzid|Haddouchi|
Le Roy|Leroy|Dupont|Lejeune|Lefebvre|Nguyen|Tran|Kumar|Popescu|Ivanova|Schmidt|Müller|Van 't Hof|In 't Veld|Op de Beeck|Ter Beek|
Callewaert|Vanderstraeten|Vlaeminck|Rosseel|Vercruysse|Deprez|Wyffels|Goethals|Lauwers|Mahieu|Huysmans|Sterckx|Wijns|Aelbrecht`
  .split('|')
  .map((s) => s.trim());

const PREFIXES = ['Van ', 'Van de ', 'Van den ', 'Van der ', 'De ', 'Ver', ''];
const ROOTS = `Acker Beke Bossche Bruggen Caeter Daele Eede Gheluwe Hulle Kerckhove Landuyt Mol Nieuwenhuyse Overbeke Paemel Renterghem Steen
Tichelen Vaerenbergh Waeyenberge Wassenhove Zande Hove Put Laere Hecke Mele Poucke Speybroeck Wynsberghe Cauwenberghe Mieghem Biesbroeck
Rumst Brabant Poel Linden Wijngaert Velden Haute Kerken`.split(/\s+/);

/** The real surnames first (more frequent), then a long tail of made-up ones. */
const ALL_SURNAMES = [...SURNAMES, ...PREFIXES.flatMap((p) => ROOTS.map((r) => (p === 'Ver' ? `Ver${r.toLowerCase()}` : `${p}${r}`)))].filter(
  (s, i, all) => all.indexOf(s) === i,
);

/** mulberry32: a small, good-enough deterministic generator. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks by weights 1 / (rank + flat): a few common names, a long tail. */
function picker<T>(items: T[], flat: number, random: () => number): () => T {
  const cumulative: number[] = [];
  let sum = 0;
  items.forEach((_, r) => cumulative.push((sum += 1 / (r + flat))));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

interface Pupil {
  nr: string;
  first: string;
  last: string;
  school: number;
  grade: number;
  letter: string;
  birth: Date;
}

const LETTERS = 'ABCDEF';
const PER_SCHOOL = 500;
const PER_CLASS = 22;

export function generateCohort(options: CohortOptions): Cohort {
  const random = rng(options.seed);
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const firstName = picker(FIRST, 15, random);
  const surname = picker(ALL_SURNAMES, 40, random);
  const schools = Math.max(1, Math.round(options.pupils / PER_SCHOOL));
  const classesPerGrade = Math.max(1, Math.round(options.pupils / schools / 6 / PER_CLASS));

  const newPupil = (nr: string): Pupil => {
    let first = firstName();
    if (!first.includes('-') && chance(COHORT_RATES.secondFirstName)) first = `${first} ${firstName()}`;
    const grade = 1 + Math.floor(random() * 6);
    const birth = new Date(Date.UTC(2019 - grade, 0, 1 + Math.floor(random() * 365)));
    return { nr, first, last: surname(), school: Math.floor(random() * schools), grade, letter: LETTERS[Math.floor(random() * classesPerGrade)]!, birth };
  };
  const classOf = (p: Pick<Pupil, 'school' | 'grade' | 'letter'>) => `${schools > 1 ? `S${String(p.school + 1).padStart(2, '0')}-` : ''}${p.grade}${p.letter}`;

  const pupils = Array.from({ length: options.pupils }, (_, i) => newPupil(String(2_000_000 + i)));
  const leftRows: Cell[][] = [];
  for (const p of pupils) {
    const row: Cell[] = [p.nr, p.last, p.first, classOf(p), p.birth.toISOString().slice(0, 10)];
    leftRows.push(row);
    if (chance(COHORT_RATES.duplicateOnList)) leftRows.push([...row]);
  }

  const inExport = pupils.filter(() => !chance(COHORT_RATES.left)).map((p) => ({ pupil: p, control: p.nr }));
  const arrivals = Math.round(options.pupils * COHORT_RATES.arrived);
  for (let i = 0; i < arrivals; i++) inExport.push({ pupil: newPupil(`X${i + 1}`), control: `X${i + 1}` });
  // The export lists pupils in its own order.
  for (let i = inExport.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [inExport[i], inExport[j]] = [inExport[j]!, inExport[i]!];
  }

  // A pupil with a namesake in the same school and grade keeps their class: had they moved into
  // the namesake's class while the namesake left, the export row would fit the namesake better,
  // and no matcher could tell without a birth date (the birth-date runs cover namesakes).
  const namesakeKey = (p: Pupil) => `${p.school}|${p.grade}|${letters(p.last)}|${letters(p.first.split(/[\s-]/)[0]!)}`;
  const namesakes = new Map<string, number>();
  for (const p of [...pupils, ...inExport.filter((e) => e.control.startsWith('X')).map((e) => e.pupil)]) namesakes.set(namesakeKey(p), (namesakes.get(namesakeKey(p)) ?? 0) + 1);

  const rightRows = inExport.map(({ pupil, control }) => {
    let first = pupil.first;
    let last = pupil.last;
    if (first.includes(' ') && chance(COHORT_RATES.dropSecondFirstName)) first = first.split(' ')[0]!;
    if (first.includes('-') && chance(COHORT_RATES.hyphenAsSpace)) first = first.replace('-', ' ');
    if (chance(COHORT_RATES.dropAccents)) [first, last] = [first, last].map(dropAccents) as [string, string];
    if (chance(COHORT_RATES.particleVariant)) last = particleVariant(last, random);
    if (last.includes("'") && chance(COHORT_RATES.apostropheVariant)) last = pick([last.replace("'", "' "), last.replace("'", ''), last.replace("'", '’')]);
    if (chance(COHORT_RATES.typo)) {
      if (chance(0.5)) first = typo(first, random);
      else last = typo(last, random);
    }
    let klass = classOf(pupil);
    if (chance(COHORT_RATES.changedClass) && classesPerGrade > 1 && namesakes.get(namesakeKey(pupil)) === 1) {
      klass = classOf({ ...pupil, letter: LETTERS[(LETTERS.indexOf(pupil.letter) + 1 + Math.floor(random() * (classesPerGrade - 1))) % classesPerGrade]! });
    }
    if (chance(COHORT_RATES.classFormat)) klass = chance(0.5) ? klass.replace(/(\d)([A-F])$/, '$1 $2') : klass.toLowerCase();
    const names: Cell[] = options.rightNames === 'split' ? [spaces(casing(first, random), random), spaces(casing(last, random), random)] : [spaces(fullName(first, last, random), random)];
    const d = pupil.birth;
    let [day, month] = [d.getUTCDate(), d.getUTCMonth() + 1];
    if (chance(COHORT_RATES.dateSwap) && day <= 12) [day, month] = [month, day];
    const birth = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${d.getUTCFullYear()}`;
    return [...names, klass, ...(options.birthDate ? [birth] : []), Math.floor(random() * 51), control];
  });

  const text = (name: string): ColumnInfo => ({ name, type: 'text' });
  return {
    left: {
      columns: [{ name: 'Nr', type: 'identifier' }, text('Naam'), text('Voornaam'), text('Klas'), { name: 'Geboortedatum', type: 'date' }],
      rows: leftRows,
    },
    right: {
      columns: [
        ...(options.rightNames === 'split' ? [text('Voornaam'), text('Familienaam')] : [text('Leerling')]),
        text('Klas'),
        ...(options.birthDate ? [text('Geboren')] : []),
        { name: 'Score', type: 'integer' },
        { name: 'Controle', type: 'identifier' },
      ],
      rows: rightRows,
    },
    matchable: inExport.filter((e) => !e.control.startsWith('X')).length,
  };
}

/** Letters only, lower case, accents dropped: `De Smet` and `Desmet` alike. */
function letters(s: string): string {
  return dropAccents(s).toLowerCase().replace(/[^a-z]/g, '');
}

function dropAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i');
}

/** `Van den Broeck` → `Vandenbroeck`, `Vanden Broeck`, `van den Broeck` or `Van Den Broeck`. */
function particleVariant(last: string, random: () => number): string {
  const m = /^((?:(?:van|de|den|der|ter|op|in|le|el|'t)\s+)+)(.+)$/i.exec(last);
  if (!m) return last;
  const particles = m[1]!.trim().split(/\s+/);
  const rest = m[2]!;
  switch (Math.floor(random() * 4)) {
    case 0:
      return particles.join('') + rest.toLowerCase();
    case 1:
      return `${particles.join('')} ${rest}`;
    case 2:
      return `${particles.map((p) => p.toLowerCase()).join(' ')} ${rest}`;
    default:
      return `${particles.map((p) => p[0]!.toUpperCase() + p.slice(1)).join(' ')} ${rest}`;
  }
}

/** One letter changed, never the first. */
function typo(s: string, random: () => number): string {
  if (s.length < 4) return s;
  const i = 1 + Math.floor(random() * (s.length - 1));
  const letters = 'aeiourstnlkm';
  return s.slice(0, i) + letters[Math.floor(random() * letters.length)] + s.slice(i + 1);
}

function fullName(first: string, last: string, random: () => number): string {
  const x = random();
  if (x < 0.5) return casing(`${first} ${last}`, random);
  if (x < 0.75) return `${last.toUpperCase()}, ${first}`;
  return casing(`${last} ${first}`, random);
}

function casing(s: string, random: () => number): string {
  const x = random();
  if (x < COHORT_RATES.upper) return s.toUpperCase();
  if (x < COHORT_RATES.upper + COHORT_RATES.lower) return s.toLowerCase();
  return s;
}

function spaces(s: string, random: () => number): string {
  if (random() >= COHORT_RATES.straySpaces) return s;
  return random() < 0.5 ? ` ${s.replace(' ', '  ')}` : `${s}  `;
}

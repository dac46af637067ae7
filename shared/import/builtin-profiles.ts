import { AGREEMENT_WORDINGS } from '../model/analysis/agreement';
import { DEFAULT_MISSING_TOKENS } from '../model/import';
import type { ColumnRule } from '../model/import';
import type { ImportProfile } from '../model/profile';

/**
 * The profiles that ship with the workbench, one per kind of export a Flemish datateam gets
 * (see ../shared/samples/README.md). Signatures name the headers an export of that kind has
 * every year; options use column rules (case-insensitive patterns over the header) rather than
 * exact column settings, so next year's export with the same headers, in another case or with
 * a stray space, is read the same way. No profile pins a sheet or a header row: exports move
 * their title rows, and detection finds the header.
 *
 * Names are Dutch, the interface's first language; the renderer shows `profiles.builtin.<kind>`
 * for a built-in profile.
 */

/** Ids of built-in profiles start with this; they are read-only. */
export const BUILTIN_PREFIX = 'builtin-';

const SHIPPED = '2026-01-01T00:00:00.000Z';

/** A rule for one header, anchored, tolerant of case and surrounding spaces. */
const header = (pattern: string, rule: Omit<ColumnRule, 'pattern'>): ColumnRule => ({ pattern: `^\\s*${pattern}\\s*$`, ...rule });

/** Pupil numbers are identifiers: keep them as text so `0045123` keeps its zeros and nobody averages them. */
const pupilNumber = header('stamboek\\s*(nummer|nr)\\.?', { type: 'identifier' });

/** The Flemish tests' levels, lowest first (DOMAIN.md: E … A). */
export const FLEMISH_LEVELS = ['E', 'D', 'C', 'B', 'A'];

/**
 * The five-point agreement scale forms tools export as text, in every wording the workbench knows
 * (AGREEMENT_WORDINGS). Its own wordings come first and last, so that the import dialog sums the
 * mapping up as `Helemaal oneens = 1 … Helemaal eens = 5`.
 */
export const LIKERT_AGREEMENT = AGREEMENT_WORDINGS.flatMap((words, i) =>
  (i === AGREEMENT_WORDINGS.length - 1 ? [...words.slice(1), words[0]!] : words).map((label) => ({ label, value: i + 1 })),
);

export const BUILTIN_PROFILES: ImportProfile[] = [
  {
    id: `${BUILTIN_PREFIX}student-list`,
    name: 'Leerlingenlijst (LVS)',
    builtIn: true,
    kind: 'studentList',
    signature: ['Stamboeknummer', 'Naam', 'Voornaam', 'Klas', 'Geboortedatum'],
    options: {
      dropSummaryRows: true,
      columnRules: [pupilNumber, header('geboortedatum', { type: 'date' })],
    },
    createdAt: SHIPPED,
  },
  {
    id: `${BUILTIN_PREFIX}gradebook`,
    name: 'Puntenboek (score als behaald/totaal)',
    builtIn: true,
    kind: 'gradebook',
    signature: ['Leerling', 'Klas', 'Evaluatie', 'Score'],
    options: {
      dropSummaryRows: true,
      columnRules: [header('score', { mapping: { kind: 'fraction' } }), header('datum', { type: 'date' })],
    },
    createdAt: SHIPPED,
  },
  {
    id: `${BUILTIN_PREFIX}flemish-tests`,
    name: 'Vlaamse toetsen: overzicht per leerling',
    builtIn: true,
    kind: 'flemishTests',
    signature: ['Stamboeknummer', 'Toetsonderdeel', 'Vaardigheidsscore', 'Niveau'],
    options: {
      dropSummaryRows: true,
      columnRules: [
        pupilNumber,
        header('vaardigheidsscore', { type: 'decimal' }),
        header('niveau', { type: 'ordinal', mapping: { kind: 'ordinal', levels: FLEMISH_LEVELS } }),
      ],
    },
    createdAt: SHIPPED,
  },
  {
    id: `${BUILTIN_PREFIX}school-dashboard`,
    name: 'Schoolfeedback: vergelijking met Vlaanderen',
    builtIn: true,
    kind: 'schoolDashboard',
    signature: ['Toetsonderdeel', 'Groep', 'Gemiddelde vaardigheidsscore'],
    options: {
      columnRules: [header('gemiddelde\\s+vaardigheidsscore', { type: 'decimal' }), header('aantal\\s+leerlingen', { type: 'integer' })],
    },
    createdAt: SHIPPED,
  },
  {
    id: `${BUILTIN_PREFIX}survey`,
    name: 'Teambevraging (formulier, antwoorden als tekst)',
    builtIn: true,
    kind: 'survey',
    // Skill items (IK, WIJ) and will items (OV, PC), each a code and a number before the item text.
    signature: ['/^(IK|WIJ)\\d/', '/^(OV|PC)\\d/'],
    options: {
      columnRules: [{ pattern: '^\\s*(IK|WIJ|OV|PC)\\d', type: 'integer', mapping: { kind: 'labels', labels: LIKERT_AGREEMENT } }],
    },
    createdAt: SHIPPED,
  },
  {
    // The same survey with the answers kept as their labels: the survey analysis scores them
    // itself and can then count "Weet niet" apart (as numbers, it is an empty cell like any other).
    id: `${BUILTIN_PREFIX}survey-labels`,
    name: 'Teambevraging (antwoorden als labels bewaard, "Weet niet" apart)',
    builtIn: true,
    kind: 'survey',
    signature: ['/^(IK|WIJ)\\d/', '/^(OV|PC)\\d/'],
    options: {
      missingTokens: DEFAULT_MISSING_TOKENS.filter((token) => token.toLowerCase() !== 'weet niet'),
      columnRules: [{ pattern: '^\\s*(IK|WIJ|OV|PC)\\d', type: 'text' }],
    },
    createdAt: SHIPPED,
  },
  {
    id: `${BUILTIN_PREFIX}observations`,
    name: 'Lesobservaties (score 1–5 per element)',
    builtIn: true,
    kind: 'observations',
    signature: ['Leraar', 'Datum', 'Element', 'Score'],
    options: {
      // Decimal, not integer: a spreadsheet may write its 1–5 as `4,0`; the analysis takes whole 1–5 only.
      columnRules: [header('score', { type: 'decimal' }), header('datum', { type: 'date' })],
    },
    createdAt: SHIPPED,
  },
];

export function isBuiltinProfileId(id: string): boolean {
  return id.startsWith(BUILTIN_PREFIX);
}

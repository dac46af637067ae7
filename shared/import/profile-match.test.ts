import { describe, expect, it } from 'vitest';
import type { ImportProfile } from '../model/profile';
import { ImportProfile as ImportProfileSchema } from '../model/profile';
import { BUILTIN_PROFILES, isBuiltinProfileId } from './builtin-profiles';
import { matchProfile, mergeOptions, normaliseHeader, profileMatches } from './profile-match';

/**
 * The headers of the sample exports in ../shared/samples, copied from the files (the row the
 * importer detects as header). The engine's samples test checks the same through the pipeline.
 */
const SAMPLE_HEADERS: Record<string, { kind: ImportProfile['kind'] | null; headers: string[] }> = {
  'lvs-leerlingen.xlsx': {
    kind: 'studentList',
    headers: ['Stamboeknummer', 'Naam', 'Voornaam', 'Klas', 'Geboortedatum', 'Geslacht', 'Thuistaal', 'Zorgfase', 'Remediëring wiskunde', 'Aantal herkansingen'],
  },
  'toets-wiskunde-juni.xlsx': { kind: 'gradebook', headers: ['Leerling', 'Klas', 'Evaluatie', 'Datum', 'Score'] },
  'vlaamse-toetsen-overzicht.xlsx': {
    kind: 'flemishTests',
    headers: ['Klas', 'Stamboeknummer', 'Naam leerling', 'Toetsonderdeel', 'Vaardigheidsscore', 'Niveau'],
  },
  'schoolfeedback-dashboard.csv': {
    kind: 'schoolDashboard',
    headers: ['Toetsonderdeel', 'Groep', 'Gemiddelde vaardigheidsscore', 'Aantal leerlingen'],
  },
  'enquete-team.xlsx': {
    kind: 'survey',
    headers: [
      'ID',
      'Begintijd',
      'Voltooiingstijd',
      'IK1. Ik geef leerlingen erkenning en waardering',
      'IK2. Ik laat leerlingen effectief codeswitchen',
      'IK3. Ik transformeer negatieve kantelmomenten',
      'IK4. Ik laat leerlingen van elkaar leren',
      'WIJ1. Wij geven leerlingen erkenning en waardering',
      'WIJ2. Wij laten leerlingen effectief codeswitchen',
      'WIJ3. Wij transformeren negatieve kantelmomenten',
      'WIJ4. Wij laten leerlingen van elkaar leren',
      'OV1. Er is ruimte voor meningsverschil',
      "OV2. We gebruiken de expertise van collega's",
      'OV3. Er is voldoende tijd voor inhoudelijke reflectie op lessen',
      'PC1. Gemeenschappelijke afspraken zijn de basis voor individueel handelen',
      'PC2. We observeren en bespreken elkaars lessen',
      "PC3. Collega's tonen inzet en betrokkenheid",
    ],
  },
  'lesobservaties.csv': { kind: 'observations', headers: ['Leraar', 'Datum', 'Bouwsteen', 'Element', 'Score'] },
  // The school's own test has no built-in profile: it must match none.
  'toets-wiskunde-sept.csv': { kind: null, headers: ['Stamboeknr', 'Leerling', 'Klas', 'Score (/40)', 'Procent'] },
};

const profile = (id: string, signature: string[], builtIn = false): ImportProfile => ({
  id,
  name: id,
  builtIn,
  kind: 'other',
  signature,
  options: {},
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('normaliseHeader', () => {
  it.each([
    ['Remediëring wiskunde', 'remediering wiskunde'],
    ['  REMEDIERING   Wiskunde ', 'remediering wiskunde'],
    ['remediëring-wiskunde', 'remediering wiskunde'],
    ['Score (/40)', 'score 40'],
    ["OV2. We gebruiken de expertise van collega's", 'ov2 we gebruiken de expertise van collega s'],
    ['Zoë\u00a0Noé', 'zoe noe'],
    ['Naam\tleerling', 'naam leerling'],
    ['---', ''],
  ])('%j → %j', (header, normalised) => {
    expect(normaliseHeader(header)).toBe(normalised);
  });

  it('gives the same result for a header in composed and decomposed Unicode', () => {
    expect(normaliseHeader('Remedie\u0308ring')).toBe(normaliseHeader('Remedi\u00ebring'));
  });
});

describe('profileMatches and matchProfile', () => {
  it('needs every signature entry, exact after normalising or as a /regex/', () => {
    const p = profile('p', ['Stamboeknummer', 'Klas', '/^score\\b/']);
    expect(profileMatches(p, ['STAMBOEKNUMMER ', 'klas', 'Score (/40)'])).toBe(true);
    expect(profileMatches(p, ['Stamboeknummer', 'Klas'])).toBe(false);
    // Exact, not a substring: "Klasgroep" is not "Klas".
    expect(profileMatches(p, ['Stamboeknummer', 'Klasgroep', 'Score'])).toBe(false);
    // A broken pattern matches nothing instead of throwing.
    expect(profileMatches(profile('bad', ['/(/']), ['('])).toBe(false);
  });

  it('prefers project profiles, then the most signature entries, then the first listed', () => {
    const headers = ['Stamboeknummer', 'Naam', 'Klas', 'Score'];
    const broad = profile('broad', ['Klas'], true);
    const narrow = profile('narrow', ['Klas', 'Naam', 'Score'], true);
    const mine = profile('mine', ['Klas'], false);
    const mineToo = profile('mineToo', ['Klas'], false);
    expect(matchProfile([broad, narrow], headers)?.id).toBe('narrow');
    expect(matchProfile([broad, narrow, mine], headers)?.id).toBe('mine');
    expect(matchProfile([mine, mineToo], headers)?.id).toBe('mine');
    expect(matchProfile([broad, narrow], ['Naam'])).toBeNull();
  });
});

describe('built-in profiles', () => {
  it('are valid profiles with unique read-only ids, for every kind of sample export', () => {
    for (const p of BUILTIN_PROFILES) expect(ImportProfileSchema.parse(p)).toEqual(p);
    expect(new Set(BUILTIN_PROFILES.map((p) => p.id)).size).toBe(BUILTIN_PROFILES.length);
    expect(BUILTIN_PROFILES.every((p) => p.builtIn && isBuiltinProfileId(p.id))).toBe(true);
    expect([...new Set(BUILTIN_PROFILES.map((p) => p.kind))].sort()).toEqual(['flemishTests', 'gradebook', 'observations', 'schoolDashboard', 'studentList', 'survey']);
    // The survey has two: answers as numbers (the default, first) or kept as labels (Weet niet apart).
    expect(BUILTIN_PROFILES.filter((p) => p.kind === 'survey').map((p) => p.id)).toEqual(['builtin-survey', 'builtin-survey-labels']);
    // Column rules are valid regular expressions.
    for (const p of BUILTIN_PROFILES) for (const rule of p.options.columnRules ?? []) expect(() => new RegExp(rule.pattern, 'i')).not.toThrow();
  });

  it.each(Object.entries(SAMPLE_HEADERS))('%s matches its own kind and no other', (_, { kind, headers }) => {
    const matching = [...new Set(BUILTIN_PROFILES.filter((p) => profileMatches(p, headers)).map((p) => p.kind))];
    expect(matching).toEqual(kind === null ? [] : [kind]);
    expect(matchProfile(BUILTIN_PROFILES, headers)?.kind ?? null).toBe(kind);
  });

  it('match next year’s export with the same headers in another case, with stray spaces and another column order', () => {
    for (const { kind, headers } of Object.values(SAMPLE_HEADERS)) {
      if (kind === null) continue;
      const nextYear = [...headers].reverse().map((h, i) => (i % 2 ? ` ${h.toUpperCase()} ` : h.toLowerCase()));
      expect(matchProfile(BUILTIN_PROFILES, [...nextYear, 'Nieuwe kolom'])?.kind).toBe(kind);
    }
  });

  it('apply their column rules to the columns they are meant for', () => {
    const rulesFor = (kind: string, header: string) =>
      BUILTIN_PROFILES.find((p) => p.kind === kind)!.options.columnRules!.filter((r) => new RegExp(r.pattern, 'i').test(header));
    expect(rulesFor('studentList', 'Stamboeknummer')[0]).toMatchObject({ type: 'identifier' });
    expect(rulesFor('studentList', 'Geboortedatum')[0]).toMatchObject({ type: 'date' });
    expect(rulesFor('studentList', 'Naam')).toEqual([]);
    expect(rulesFor('gradebook', 'Score')[0]).toMatchObject({ mapping: { kind: 'fraction' } });
    expect(rulesFor('flemishTests', 'Niveau')[0]).toMatchObject({ type: 'ordinal', mapping: { kind: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] } });
    expect(rulesFor('flemishTests', 'Vaardigheidsscore')[0]).toMatchObject({ type: 'decimal' });
    const survey = SAMPLE_HEADERS['enquete-team.xlsx']!.headers;
    const items = survey.filter((h) => rulesFor('survey', h).length > 0);
    expect(items.map((h) => h.split('.')[0])).toEqual(['IK1', 'IK2', 'IK3', 'IK4', 'WIJ1', 'WIJ2', 'WIJ3', 'WIJ4', 'OV1', 'OV2', 'OV3', 'PC1', 'PC2', 'PC3']);
  });
});

describe('mergeOptions', () => {
  it('puts the user’s options over the profile’s, per column', () => {
    const merged = mergeOptions(
      {
        dropSummaryRows: true,
        missingTokens: ['afw'],
        columns: [
          { source: 'Score', type: 'decimal', mapping: { kind: 'fraction' } },
          { source: 'Klas', type: 'text' },
        ],
        columnRules: [{ pattern: '^IK', type: 'integer' }],
      },
      {
        sheet: 'Blad2',
        missingTokens: ['-'],
        columns: [
          { source: 'Score', type: 'text', mapping: undefined },
          { source: 'Naam', include: false },
        ],
        columnRules: [{ pattern: '^WIJ', type: 'integer' }],
      },
    );
    expect(merged).toEqual({
      sheet: 'Blad2',
      dropSummaryRows: true,
      missingTokens: ['-'],
      columns: [
        { source: 'Score', type: 'text', mapping: { kind: 'fraction' } },
        { source: 'Klas', type: 'text' },
        { source: 'Naam', include: false },
      ],
      columnRules: [
        { pattern: '^WIJ', type: 'integer' },
        { pattern: '^IK', type: 'integer' },
      ],
    });
  });

  it('aims a profile’s column settings at the headers as this file spells them', () => {
    const merged = mergeOptions({ columns: [{ source: 'Stamboeknummer', type: 'identifier' }] }, {}, ['STAMBOEKNUMMER', 'Naam']);
    expect(merged.columns).toEqual([{ source: 'STAMBOEKNUMMER', type: 'identifier' }]);
  });

  it('changes nothing when merged again into its own result (a refresh re-applies the profile)', () => {
    const profileOptions = { columnRules: [{ pattern: '^Score$', mapping: { kind: 'fraction' as const } }], columns: [{ source: 'Datum', type: 'date' as const }] };
    const once = mergeOptions(profileOptions, { headerRow: 2 });
    expect(mergeOptions(profileOptions, once)).toEqual(once);
  });
});


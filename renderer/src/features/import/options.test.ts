import { describe, expect, it } from 'vitest';
import { DEFAULT_MISSING_TOKENS } from '../../../../shared/model/import';
import type { InspectedColumn, InspectResult } from '../../../../shared/model/source';
import {
  derivedFrom,
  formatLabels,
  formatTokens,
  GRADE_LEVELS,
  LIKERT_5,
  missingTokensOf,
  parseLabels,
  parseLevels,
  parseTokens,
  previewColumns,
  profileDraft,
  profileFileName,
  setColumn,
  settingColumns,
  sheetOptions,
  sheetSourceName,
  signatureOf,
  visibleSheets,
  withColumnType,
  withLayout,
  withMapping,
} from './options';

function column(source: string, extra: Partial<InspectedColumn> = {}): InspectedColumn {
  return {
    source,
    name: source,
    type: 'text',
    inferredType: 'text',
    included: true,
    hidden: false,
    missing: 0,
    examples: [],
    notFitting: { count: 0, examples: [] },
    ...extra,
  };
}

function inspect(columns: InspectedColumn[], extra: Partial<InspectResult> = {}): InspectResult {
  return {
    file: 'f.xlsx',
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    decimalSeparator: null,
    sheets: [],
    sheet: null,
    headerRow: 1,
    headerRows: 1,
    columns,
    rowCount: 0,
    leftOut: [],
    profile: null,
    warnings: [],
    ...extra,
  };
}

describe('column settings', () => {
  it('adds, changes and removes one column setting, leaving the others', () => {
    let o = setColumn({}, 'Score', { type: 'decimal' });
    o = setColumn(o, 'Klas', { include: false });
    o = setColumn(o, 'Score', { name: 'Punten' });
    expect(o.columns).toEqual([
      { source: 'Score', type: 'decimal', name: 'Punten' },
      { source: 'Klas', include: false },
    ]);
    o = setColumn(o, 'Score', { type: undefined, name: undefined });
    expect(o.columns).toEqual([{ source: 'Klas', include: false }]);
    o = setColumn(o, 'Klas', { include: undefined });
    expect(o).not.toHaveProperty('columns');
  });

  it('a new sheet or header row drops the settings of the old columns; a new sheet also its header row', () => {
    const o = setColumn({ sheet: 'A', headerRow: 3, headerRows: 2, profileId: null }, 'X', { type: 'integer' });
    expect(withLayout(o, { headerRow: 4 })).toEqual({ sheet: 'A', headerRow: 4, headerRows: 2, profileId: null });
    expect(withLayout(o, { sheet: 'B' })).toEqual({ sheet: 'B', profileId: null });
  });

  it('choosing the ordinal type takes the levels the column knows, and leaving it drops the ordinal mapping', () => {
    const niveau = column('Niveau', { levels: ['E', 'D', 'C', 'B', 'A'] });
    const o = withColumnType({}, niveau, 'ordinal');
    expect(o.columns).toEqual([{ source: 'Niveau', type: 'ordinal', mapping: { kind: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] } }]);
    expect(withColumnType(o, niveau, 'text').columns).toEqual([{ source: 'Niveau', type: 'text' }]);
    // Without known levels the type is set and the mapping left to the user.
    expect(withColumnType({}, column('Graad'), 'ordinal').columns).toEqual([{ source: 'Graad', type: 'ordinal' }]);
  });

  it('an ordinal mapping makes the column ordinal; removing it returns the column to its inferred type', () => {
    const c = column('Niveau');
    const o = withMapping({}, c, { kind: 'ordinal', levels: [...GRADE_LEVELS] });
    expect(o.columns?.[0]).toMatchObject({ type: 'ordinal', mapping: { kind: 'ordinal' } });
    const back = withMapping(o, column('Niveau', { type: 'ordinal' }), undefined);
    expect(back).not.toHaveProperty('columns');
  });
});

describe('text the user types', () => {
  it('missing tokens: comma-separated, trimmed, unique, the empty cell always missing', () => {
    expect(parseTokens(' afw, NVT ,, afw,Weet niet ')).toEqual(['', 'afw', 'NVT', 'Weet niet']);
    expect(formatTokens(['', 'afw', '-'])).toBe('afw, -');
    expect(parseTokens(formatTokens(DEFAULT_MISSING_TOKENS))).toEqual(DEFAULT_MISSING_TOKENS);
  });

  it('missing tokens fall back from column to file to defaults', () => {
    expect(missingTokensOf({}, 'A')).toEqual(DEFAULT_MISSING_TOKENS);
    expect(missingTokensOf({ missingTokens: ['', 'x'] }, 'A')).toEqual(['', 'x']);
    expect(missingTokensOf({ missingTokens: ['', 'x'], columns: [{ source: 'A', missingTokens: ['', 'y'] }] }, 'A')).toEqual(['', 'y']);
  });

  it('levels: at least two distinct, lowest first as typed', () => {
    expect(parseLevels('E, D,C ,B,A')).toEqual(['E', 'D', 'C', 'B', 'A']);
    expect(parseLevels('A, A')).toBeNull();
    expect(parseLevels(' ')).toBeNull();
  });

  it('label pairs read back what they were written as, in Dutch and English', () => {
    const labels = [...LIKERT_5, { label: 'Half = half', value: 2.5 }];
    for (const locale of ['nl-BE', 'en'] as const) {
      const text = formatLabels(labels, locale);
      expect(parseLabels(text, locale)).toEqual({ ok: true, labels });
    }
    expect(formatLabels([{ label: 'x', value: 2.5 }], 'nl-BE')).toBe('x = 2,5');
  });

  it('label pairs point at the line that cannot be read', () => {
    expect(parseLabels('Eens = 4\n\nOneens 2', 'nl-BE')).toEqual({ ok: false, line: 3 });
    expect(parseLabels('= 4', 'nl-BE')).toEqual({ ok: false, line: 1 });
    expect(parseLabels('Eens = vier', 'nl-BE')).toEqual({ ok: false, line: 1 });
    expect(parseLabels('\n', 'nl-BE')).toEqual({ ok: false, line: 1 });
  });
});

describe('what the dialog derives from the preview', () => {
  it('lists visible sheets and names a source per sheet', () => {
    const i = inspect([], { sheets: [{ name: 'Lezen', hidden: false }, { name: 'Oud', hidden: true }, { name: 'Wiskunde', hidden: false }] });
    expect(visibleSheets(i)).toEqual(['Lezen', 'Wiskunde']);
    expect(sheetSourceName('toetsen.2026.xlsx', 'Lezen')).toBe('toetsen.2026 (Lezen)');
    // A sheet name from the file with invisible or control characters is cleaned like a header.
    expect(sheetSourceName('toetsen.xlsx', 'Lez\u202een\t2')).toBe('toetsen (Lezen 2)');
  });

  it('signs a profile with the headers of the included columns, once each', () => {
    const i = inspect([
      column('Leerling'),
      column('Klas'),
      column('Opmerking', { included: false }),
      column('Score', { mapping: { kind: 'fraction' } }),
      column('Score', { name: 'Score (max)' }),
    ]);
    expect(signatureOf(i)).toEqual(['Leerling', 'Klas', 'Score']);
    const draft = profileDraft('  Puntenboek 2B ', 'gradebook', { profileId: 'builtin-x', headerRow: 2 }, i);
    expect(draft).toEqual({ name: 'Puntenboek 2B', kind: 'gradebook', signature: ['Leerling', 'Klas', 'Score'], options: { headerRow: 2 } });
  });

  it('shows a split score as two preview columns whether or not the engine lists the maximum', () => {
    const score = column('Score', { type: 'decimal', mapping: { kind: 'fraction' } });
    const one = inspect([column('Leerling'), score]);
    expect(previewColumns(one, 3).map((c) => c.name)).toEqual(['Leerling', 'Score', 'Score (max)']);
    expect(previewColumns(one, 2).map((c) => c.name)).toEqual(['Leerling', 'Score']);
    const both = inspect([column('Leerling'), score, column('Score', { name: 'Score (max)', type: 'decimal' })]);
    expect(previewColumns(both, 3).map((c) => c.name)).toEqual(['Leerling', 'Score', 'Score (max)']);
    expect(settingColumns(both).map((c) => c.name)).toEqual(['Leerling', 'Score']);
  });

  it('knows the maximum column a fraction mapping adds, and only that one', () => {
    const score = column('Score', { type: 'decimal', mapping: { kind: 'fraction' } });
    const max = column('Score (max)', { type: 'decimal' });
    const other = column('Klas (max)');
    const i = inspect([column('Klas'), score, max, other]);
    expect(derivedFrom(i, max)).toBe(score);
    expect(derivedFrom(i, other)).toBeNull();
    expect(derivedFrom(i, score)).toBeNull();
    expect(derivedFrom(inspect([column('Score'), max]), max)).toBeNull();
  });

  it('names an exported profile file without characters file systems refuse', () => {
    expect(profileFileName('Puntenboek: 2B/2C')).toBe('Puntenboek 2B2C.werkbankprofiel.json');
    expect(profileFileName('  ')).toBe('profiel.werkbankprofiel.json');
  });
});

describe('importing every sheet', () => {
  it('keeps the header row and column settings with the sheet they were made for', () => {
    const options = {
      sheet: 'Wiskunde',
      headerRow: 4,
      headerRows: 2 as const,
      columns: [{ source: 'Niveau', type: 'ordinal' as const }],
      decimalSeparator: ',' as const,
      profileId: 'builtin-flemish-tests',
    };
    expect(sheetOptions(options, 'Wiskunde', 'Wiskunde')).toEqual(options);
    expect(sheetOptions(options, 'Nederlands lezen', 'Wiskunde')).toEqual({
      sheet: 'Nederlands lezen',
      decimalSeparator: ',',
      profileId: 'builtin-flemish-tests',
    });
  });
});

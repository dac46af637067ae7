import { describe, expect, it } from 'vitest';
import { InspectResult } from '../../../shared/model/source';
import { inspectFile, readTable } from './index';
import { expected, samplePath } from './testing/samples';

const exp = expected();

function column(table: { columns: { name: string }[] }, name: string): number {
  const i = table.columns.findIndex((c) => c.name === name);
  expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
  return i;
}

describe('sample: toets-wiskunde-sept.csv', async () => {
  const table = await readTable(samplePath('toets-wiskunde-sept.csv'));
  const { inspect } = table;

  it('detects Windows-1252, semicolons and the decimal comma', () => {
    expect(inspect.format).toBe('csv');
    expect(inspect.encoding).toBe(exp.sept.encoding);
    expect(inspect.delimiter).toBe(exp.sept.delimiter);
    expect(inspect.decimalSeparator).toBe(',');
    expect(inspect.sheet).toBeNull();
    expect(inspect.headerRow).toBe(1);
  });

  it('reads every pupil and counts the absences', () => {
    expect(inspect.rowCount).toBe(exp.sept.rows);
    expect(table.rows).toHaveLength(exp.sept.rows);
    const score = inspect.columns[column(table, 'Score (/40)')];
    expect(score.type).toBe('decimal');
    expect(score.missing).toBe(exp.sept.absent);
    expect(inspect.warnings).toContainEqual({
      code: 'import.missingTokens',
      params: { column: 'Score (/40)', count: exp.sept.absent, tokens: 'afw' },
    });
  });

  it('decodes accents and reads scores like 11,5 as numbers within the maximum', () => {
    const names = table.rows.map((r) => r[column(table, 'Leerling')] as string);
    expect(names).toContain('MERTENS, Zoë');
    expect(names.some((n) => /[\uFFFD\u0080-\u009F]/.test(n))).toBe(false);
    const scores = table.rows.map((r) => r[column(table, 'Score (/40)')]).filter((v) => v !== null) as number[];
    expect(scores).toContain(11.5);
    expect(scores.every((s) => typeof s === 'number' && s >= 0 && s <= exp.sept.max)).toBe(true);
  });

  it('trims ids written with a leading space and keeps them numeric', () => {
    const ids = table.rows.map((r) => r[column(table, 'Stamboeknr')]);
    expect(inspect.columns[column(table, 'Stamboeknr')].type).toBe('integer');
    expect(ids).toContain(2023054);
  });

  it('produces a result that satisfies the shared schema', () => {
    expect(InspectResult.safeParse(inspect).success).toBe(true);
  });
});

describe('sample: lvs-leerlingen.xlsx', async () => {
  const table = await readTable(samplePath('lvs-leerlingen.xlsx'));
  const { inspect } = table;

  it('finds the header under the title row', () => {
    expect(inspect.format).toBe('xlsx');
    expect(inspect.sheet).toBe(exp.lvs.sheet);
    expect(inspect.headerRow).toBe(exp.lvs.header_row);
    expect(table.columns.map((c) => c.name)).toEqual(exp.lvs.columns);
    expect([inspect.encoding, inspect.delimiter, inspect.decimalSeparator]).toEqual([null, null, null]);
  });

  it('lists both sheets', () => {
    expect(inspect.sheets).toEqual([
      { name: 'Leerlingen', hidden: false },
      { name: 'Legende', hidden: false },
    ]);
  });

  it('keeps the duplicate pupil but leaves out the totals line, with a warning', () => {
    expect(inspect.rowCount).toBe(exp.lvs.data_rows_including_duplicate);
    const left = inspect.warnings.find((w) => w.code === 'import.rowsLeftOut');
    expect(left?.params.count).toBe(1);
    const ids = table.rows.map((r) => r[0]);
    expect(ids.every((id) => typeof id === 'number')).toBe(true);
    expect(table.rows.some((r) => r.some((v) => typeof v === 'string' && v.startsWith('Totaal')))).toBe(false);
  });

  it('types birth dates as dates and finds the sample records', () => {
    expect(table.columns[column(table, 'Geboortedatum')].type).toBe('date');
    const [id, naam, voornaam, klas, geboorte] = ['Stamboeknummer', 'Naam', 'Voornaam', 'Klas', 'Geboortedatum'].map(
      (n) => column(table, n),
    );
    for (const rec of exp.lvs.sample_records) {
      const found = table.rows.find((r) => String(r[id]) === rec.id);
      expect(found, rec.id).toBeDefined();
      // Surnames may carry trailing spaces in the file; values are trimmed.
      expect([found![naam], found![voornaam], found![klas], found![geboorte]]).toEqual([
        rec.naam,
        rec.voornaam,
        rec.klas,
        rec.geboortedatum,
      ]);
    }
  });

  it('reads the prose sheet on request', async () => {
    const legende = await inspectFile(samplePath('lvs-leerlingen.xlsx'), { sheet: 'Legende' });
    expect(legende.sheet).toBe('Legende');
    expect(legende.rowCount).toBe(0);
  });
});

describe('other samples', () => {
  it('toets-wiskunde-juni.xlsx has every June row', async () => {
    const inspect = await inspectFile(samplePath('toets-wiskunde-juni.xlsx'));
    expect(inspect.rowCount).toBe(exp.juni.rows);
    const score = inspect.columns.find((c) => c.name === 'Score');
    expect(score?.type).toBe('text'); // `34/50` stays text for the user to split
  });

  it('vlaamse-toetsen-overzicht.xlsx: each sheet and its row count', async () => {
    const first = await inspectFile(samplePath('vlaamse-toetsen-overzicht.xlsx'));
    expect(first.sheets.map((s) => s.name)).toEqual(exp.vt.sheets);
    expect(first.sheet).toBe(exp.vt.sheets[0]);
    for (const sheet of exp.vt.sheets) {
      const inspect = await inspectFile(samplePath('vlaamse-toetsen-overzicht.xlsx'), { sheet });
      expect(inspect.sheet).toBe(sheet);
      expect(inspect.headerRow).toBe(2);
      expect(inspect.rowCount).toBe(exp.vt.rows[sheet]);
    }
  });

  it('schoolfeedback-dashboard.csv: UTF-8 with BOM, semicolons, decimal comma', async () => {
    const table = await readTable(samplePath('schoolfeedback-dashboard.csv'));
    expect(table.inspect.encoding).toBe('utf-8-bom');
    expect(table.inspect.delimiter).toBe(';');
    expect(table.inspect.decimalSeparator).toBe(',');
    // The BOM must not end up in the first column name.
    expect(table.columns[0].name).toBe('Toetsonderdeel');
    const mean = column(table, 'Gemiddelde vaardigheidsscore');
    expect(table.columns[mean].type).toBe('decimal');
    expect(table.rows[0][mean]).toBe(245.1);
  });

  it('lesobservaties.csv: UTF-8 with BOM, commas, ISO dates', async () => {
    const table = await readTable(samplePath('lesobservaties.csv'));
    expect(table.inspect.encoding).toBe('utf-8-bom');
    expect(table.inspect.delimiter).toBe(',');
    expect(table.columns.map((c) => c.name)).toEqual(['Leraar', 'Datum', 'Bouwsteen', 'Element', 'Score']);
    expect(table.columns.map((c) => c.type)).toEqual(['text', 'date', 'text', 'text', 'integer']);
    expect(table.rows).toHaveLength(18 * 7);
  });

  it('enquete-team.xlsx: one row per respondent, empty answers missing', async () => {
    const inspect = await inspectFile(samplePath('enquete-team.xlsx'));
    expect(inspect.rowCount).toBe(exp.survey.respondents);
    const ik2 = inspect.columns.find((c) => c.name.startsWith('IK2.'));
    expect(ik2?.missing).toBe(exp.survey.respondents - exp.survey_items.IK2.n);
  });
});

import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportOptions, InspectResult } from '../../../../shared/model/source';
import { Session } from '../../db/session';
import { createTempRoot, type TempRoot } from '../../infra/temp-root';
import { ident } from '../../db/sql';
import { convert, dropStaged, inspectPath } from '../index';
import { sqlRunner } from '../sql-runner';
import type { SqlRunner } from '../stage/types';
import { type Expected, expected, samplePath } from '../testing/samples';
import { tableRows } from './testing';

/** The figures of expected.json these tests use beyond the shared helper's type. */
type MoreExpected = Expected & {
  juni: { rows: number; max: number; score_sum: number };
  survey: { respondents: number; scale: Record<string, number> };
  survey_items: Record<string, { n: number; mean: number }>;
};
const exp = expected() as MoreExpected;

let session: Session;
let sql: SqlRunner;
let root: TempRoot;
let counter = 0;

beforeAll(async () => {
  session = await Session.create();
  sql = sqlRunner(session);
  root = await createTempRoot();
});
afterAll(async () => {
  session.close();
  await root.dispose();
});

/** Stages, analyses and converts a sample; returns the findings and the table's rows by column name. */
async function importSample(file: string, options: ImportOptions = {}) {
  const { staged, analysis } = await inspectPath(sql, samplePath(file), root.dir, options);
  try {
    counter += 1;
    const table = `sample_${counter}`;
    const { columns, rowCount } = await convert(sql, staged, analysis, table);
    const rows = await tableRows(sql, table, columns.map((c) => c.name));
    const values = (name: string) => {
      const i = columns.findIndex((c) => c.name === name);
      expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
      return rows.map((r) => r[i]);
    };
    expect(InspectResult.safeParse(analysis.inspect).success).toBe(true);
    return { inspect: analysis.inspect, columns, rowCount, rows, values, table };
  } finally {
    await dropStaged(sql, staged);
  }
}

describe('sample: lvs-leerlingen.xlsx', () => {
  it('finds the header on row 3 under the title, keeps the duplicate pupil, leaves out the totals line', async () => {
    const { inspect, columns, rowCount, values } = await importSample('lvs-leerlingen.xlsx');
    expect([inspect.format, inspect.sheet, inspect.headerRow, inspect.headerRows]).toEqual(['xlsx', exp.lvs.sheet, exp.lvs.header_row, 1]);
    expect([inspect.encoding, inspect.delimiter, inspect.decimalSeparator]).toEqual([null, null, null]);
    expect(inspect.sheets.map((s) => s.name)).toEqual(['Leerlingen', 'Legende']);
    expect(columns.map((c) => c.name)).toEqual(exp.lvs.columns);
    expect(rowCount).toBe(exp.lvs.data_rows_including_duplicate);
    expect(inspect.rowCount).toBe(exp.lvs.data_rows_including_duplicate);
    const summary = inspect.leftOut.filter((r) => r.reason === 'summary');
    expect(summary).toHaveLength(1);
    expect(summary[0]!.text).toMatch(/^Totaal/);
    expect(inspect.leftOut.filter((r) => r.reason !== 'empty').map((r) => [r.row, r.reason])).toEqual([
      [1, 'aboveHeader'],
      [3, 'header'],
      [summary[0]!.row, 'summary'],
    ]);
    expect(columns.find((c) => c.name === 'Geboortedatum')?.type).toBe('date');
    const ids = values('Stamboeknummer').map(String);
    const byId = (field: string) => new Map(ids.map((id, i) => [id, values(field)[i]]));
    const [naam, voornaam, klas, geboorte] = ['Naam', 'Voornaam', 'Klas', 'Geboortedatum'].map(byId);
    for (const rec of exp.lvs.sample_records) {
      // Surnames may carry trailing spaces in the file; values are trimmed.
      expect([naam!.get(rec.id), voornaam!.get(rec.id), klas!.get(rec.id), geboorte!.get(rec.id)]).toEqual([
        rec.naam,
        rec.voornaam,
        rec.klas,
        rec.geboortedatum,
      ]);
    }
  });

  it('reads the prose sheet on request as a header without data', async () => {
    const { inspect } = await importSample('lvs-leerlingen.xlsx', { sheet: 'Legende' });
    expect([inspect.sheet, inspect.rowCount]).toEqual(['Legende', 0]);
  });
});

describe('sample: toets-wiskunde-sept.csv', () => {
  it('reads Windows-1252 with semicolons; afw is missing and scores are decimals', async () => {
    const { inspect, rowCount, values, columns } = await importSample('toets-wiskunde-sept.csv');
    expect([inspect.encoding, inspect.delimiter, inspect.decimalSeparator, inspect.headerRow]).toEqual([
      exp.sept.encoding,
      exp.sept.delimiter,
      ',',
      1,
    ]);
    expect(rowCount).toBe(exp.sept.rows);
    const score = inspect.columns.find((c) => c.name === 'Score (/40)')!;
    expect([score.type, score.missing]).toEqual(['decimal', exp.sept.absent]);
    expect(inspect.warnings).toContainEqual({
      code: 'import.missingTokens',
      params: { column: 'Score (/40)', count: exp.sept.absent, tokens: 'afw' },
    });
    expect(columns.find((c) => c.name === 'Stamboeknr')?.type).toBe('integer');
    expect(values('Stamboeknr')).toContain(2023054); // written ` 2023054`
    expect(values('Leerling')).toContain('MERTENS, Zoë');

    // The sum of the scores, computed here from the file's text with nothing but string splitting.
    const text = iconv.decode(readFileSync(samplePath('toets-wiskunde-sept.csv')), 'win1252');
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    const at = lines[0]!.split(';').indexOf('Score (/40)');
    const fromText = lines
      .slice(1)
      .map((l) => l.split(';')[at]!.trim())
      .filter((v) => v !== 'afw')
      .reduce((sum, v) => sum + Number(v.replace(',', '.')), 0);
    const scores = values('Score (/40)').filter((v): v is number => v !== null);
    expect(scores).toHaveLength(exp.sept.rows - exp.sept.absent);
    expect(scores.every((s) => s >= 0 && s <= exp.sept.max)).toBe(true);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(fromText, 9);
  });
});

describe('sample: toets-wiskunde-juni.xlsx', () => {
  it('keeps 34/50 as text with a hint, and splits it into score and maximum with the fraction mapping', async () => {
    const plain = await importSample('toets-wiskunde-juni.xlsx');
    expect(plain.rowCount).toBe(exp.juni.rows);
    expect(plain.columns.find((c) => c.name === 'Score')?.type).toBe('text');
    expect(plain.inspect.warnings).toContainEqual({ code: 'import.looksLikeFraction', params: { column: 'Score' } });

    const { columns, values, rowCount, inspect } = await importSample('toets-wiskunde-juni.xlsx', {
      columns: [{ source: 'Score', mapping: { kind: 'fraction' } }],
    });
    expect(rowCount).toBe(exp.juni.rows);
    expect(columns.map((c) => [c.name, c.type])).toEqual([
      ['Leerling', 'text'],
      ['Klas', 'text'],
      ['Evaluatie', 'text'],
      ['Datum', 'date'],
      ['Score', 'decimal'],
      ['Score (max)', 'decimal'],
    ]);
    const scores = values('Score') as number[];
    expect(scores.reduce((a, b) => a + b, 0)).toBe(exp.juni.score_sum);
    expect(new Set(values('Score (max)'))).toEqual(new Set([exp.juni.max]));
    // Every `n/50` fits: neither the score nor its maximum reports values that do not fit.
    for (const name of ['Score', 'Score (max)']) {
      expect(inspect.columns.find((c) => c.name === name)?.notFitting.count).toBe(0);
    }
    expect(inspect.warnings.filter((w) => w.code === 'import.valuesNotFitting')).toEqual([]);
  });
});

describe('sample: enquete-team.xlsx', () => {
  it('maps the Likert labels of every item to 1–5 with one column rule', async () => {
    const labels = Object.entries(exp.survey.scale).map(([label, value]) => ({ label, value }));
    const { inspect, table, columns } = await importSample('enquete-team.xlsx', {
      columnRules: [{ pattern: '^(IK|WIJ|OV|PC)\\d', mapping: { kind: 'labels', labels } }],
    });
    expect(inspect.rowCount).toBe(exp.survey.respondents);
    // Start and end times carry a time of day: text, with a hint.
    expect(columns.find((c) => c.name === 'Begintijd')?.type).toBe('text');
    for (const [item, want] of Object.entries(exp.survey_items)) {
      const col = columns.find((c) => c.name.startsWith(`${item}.`));
      expect(col?.type, item).toBe('integer');
      const [n, mean] = (await sql.rows(`SELECT count(${ident(col!.name)}), avg(${ident(col!.name)}) FROM ${ident(table)}`))[0]!;
      expect(Number(n), item).toBe(want.n);
      // expected.json rounds to 3 decimals, half to even (3.3125 → 3.312).
      expect(Math.abs(Number(mean) - want.mean), item).toBeLessThanOrEqual(0.0005 + 1e-9);
      expect(inspect.columns.find((c) => c.name === col!.name)?.notFitting.count).toBe(0);
    }
  });
});

describe('sample: vlaamse-toetsen-overzicht.xlsx', () => {
  it('reads each sheet under its title with the levels as an ordinal scale E < D < C < B < A', async () => {
    for (const sheet of exp.vt.sheets) {
      const { inspect, columns, values } = await importSample('vlaamse-toetsen-overzicht.xlsx', {
        sheet,
        columns: [{ source: 'Niveau', mapping: { kind: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] } }],
      });
      expect([inspect.sheet, inspect.headerRow, inspect.headerRows, inspect.rowCount]).toEqual([sheet, 2, 1, exp.vt.rows[sheet]]);
      expect(columns.find((c) => c.name === 'Niveau')).toEqual({ name: 'Niveau', type: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] });
      expect(inspect.columns.find((c) => c.name === 'Niveau')?.notFitting.count).toBe(0);
      expect(values('Niveau').every((v) => typeof v === 'string' && 'EDCBA'.includes(v))).toBe(true);
    }
  });
});

describe('samples: delimited text with a BOM', () => {
  it('schoolfeedback-dashboard.csv: UTF-8 with BOM, semicolons, decimal comma', async () => {
    const { inspect, columns, values } = await importSample('schoolfeedback-dashboard.csv');
    expect([inspect.encoding, inspect.delimiter, inspect.decimalSeparator]).toEqual(['utf-8-bom', ';', ',']);
    expect(columns.map((c) => [c.name, c.type])).toEqual([
      ['Toetsonderdeel', 'text'],
      ['Groep', 'text'],
      ['Gemiddelde vaardigheidsscore', 'decimal'],
      ['Aantal leerlingen', 'integer'],
    ]);
    expect(values('Gemiddelde vaardigheidsscore')[0]).toBe(245.1);
  });

  it('lesobservaties.csv: UTF-8 with BOM, commas, ISO dates', async () => {
    const { inspect, columns, rowCount } = await importSample('lesobservaties.csv');
    expect([inspect.encoding, inspect.delimiter]).toEqual(['utf-8-bom', ',']);
    expect(columns.map((c) => [c.name, c.type])).toEqual([
      ['Leraar', 'text'],
      ['Datum', 'date'],
      ['Bouwsteen', 'text'],
      ['Element', 'text'],
      ['Score', 'integer'],
    ]);
    expect(rowCount).toBe(18 * 7);
  });
});

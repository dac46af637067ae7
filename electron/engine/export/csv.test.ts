import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { analyseStaged } from '../import/analyse/analyse';
import { convertStaged } from '../import/analyse/convert';
import { tableRows } from '../import/analyse/testing';
import { sqlRunner } from '../import/sql-runner';
import type { SqlRunner, StagedTable } from '../import/stage/types';
import { Session } from '../db/session';
import { ident, str } from '../db/sql';
import { PARTIAL_NAME } from '../infra/temp-root';
import { csvField, csvLine, FLEMISH_EXCEL, INTERNATIONAL, neutraliseFormula, writeCsv } from './csv';

/** Records the partial files written beside a target, as the run's temp root does. */
const seen: string[] = [];
const open = new Set<string>();
const pending = {
  async trackPending(path: string) {
    seen.push(path);
    open.add(path);
    return async () => void open.delete(path);
  },
};

let session: Session;
let sql: SqlRunner;
let dir: string;
let n = 0;

beforeAll(async () => {
  session = await Session.create();
  sql = sqlRunner(session);
  dir = mkdtempSync(join(tmpdir(), 'werkbank-csv-export-'));
});
afterAll(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A workbench table (columns + row order) from typed rows. */
async function makeTable(columns: ColumnInfo[], rows: Cell[][]): Promise<string> {
  n += 1;
  const table = `export_src_${n}`;
  await session.createTable(table, columns, rows);
  return table;
}

/**
 * Reads a CSV back through DuckDB's own CSV reader (all text, no header) into a raw table and
 * the workbench's analysis and conversion: an importer independent of the writer.
 */
async function readBack(path: string, delimiter: string, width: number): Promise<{ columns: ColumnInfo[]; rows: unknown[][] }> {
  n += 1;
  const raw = `export_raw_${n}`;
  const columns = Array.from({ length: width }, (_, i) => `'c${i + 1}': 'VARCHAR'`).join(', ');
  await sql.run(
    `CREATE TABLE ${ident(raw)} AS SELECT row_number() OVER () AS "__row", * FROM read_csv(${str(path)}, ` +
      `delim=${str(delimiter)}, header=false, auto_detect=false, quote='"', escape='"', columns={${columns}})`,
  );
  const staged: StagedTable = {
    table: raw,
    columnCount: width,
    rowCount: 0,
    format: 'csv',
    encoding: 'utf-8-bom',
    delimiter: delimiter as ';',
    sheets: [],
    sheet: null,
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
    numericColumns: [],
    typedColumns: null,
    warnings: [],
  };
  const analysis = await analyseStaged(sql, staged, { headerRow: 1, dropSummaryRows: false }, 'back.csv', null);
  const target = `export_back_${n}`;
  const result = await convertStaged(sql, staged, analysis, target);
  return { columns: result.columns, rows: await tableRows(sql, target, result.columns.map((c) => c.name)) };
}

describe('CSV export', () => {
  it('neutralises text a spreadsheet would run as a formula, and only text', () => {
    for (const text of ['=1+1', '+32 470 12 34 56', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","klik")']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    for (const text of ['Jan', '1=1', 'a-b', ' =x', '', "'al"]) expect(neutraliseFormula(text)).toBe(text);
    expect(csvField(-2.5, { type: 'decimal' }, FLEMISH_EXCEL)).toBe('-2,5');
    expect(csvField(-3, { type: 'integer' }, FLEMISH_EXCEL)).toBe('-3');
    expect(csvField('-3', { type: 'text' }, FLEMISH_EXCEL)).toBe("'-3");
    expect(csvField('=1;2', { type: 'text' }, FLEMISH_EXCEL)).toBe(`"'=1;2"`);
  });

  it('quotes as RFC 4180 and writes numbers with the dialect’s decimal separator', () => {
    const columns: Pick<ColumnInfo, 'type'>[] = [{ type: 'text' }, { type: 'decimal' }, { type: 'boolean' }, { type: 'date' }, { type: 'text' }];
    expect(csvLine(['Zeg "hallo"; dag', 23.5, true, '2026-05-28', null], columns, FLEMISH_EXCEL)).toBe(
      '"Zeg ""hallo""; dag";23,5;WAAR;2026-05-28;',
    );
    expect(csvLine(['twee\nregels', 1234.5, false, null, ' spatie'], columns, INTERNATIONAL)).toBe(
      '"twee\nregels",1234.5,FALSE,,'.concat('" spatie"'),
    );
    // A decimal comma in a comma-separated file is quoted.
    expect(csvLine(['x', 2.5], columns, { ...INTERNATIONAL, decimalComma: true })).toBe('x,"2,5"');
  });

  it('writes UTF-8 with a byte-order mark, semicolons and CRLF for Flemish Excel', async () => {
    const columns: ColumnInfo[] = [
      { name: 'Naam', type: 'text' },
      { name: 'Score', type: 'decimal' },
    ];
    const table = await makeTable(columns, [
      ['Zoë', 12.5],
      ['=2+3', null],
    ]);
    const path = join(dir, 'flemish.csv');
    expect(await writeCsv(sql, table, columns, path, pending)).toEqual({ rows: 2 });
    // Written through a recorded partial file beside it, forgotten once renamed.
    expect(seen.at(-1)).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[0-9a-f]{12}\\.tmp$`));
    expect(basename(seen.at(-1)!)).toMatch(PARTIAL_NAME);
    expect(open.size).toBe(0);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe("Naam;Score\r\nZoë;12,5\r\n'=2+3;\r\n");
  });

  it('reads back equal through an independent CSV reader and the importer, in both dialects', async () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => {
      const t = s.trim();
      // Values the importer reads as something else than text are not text round trips.
      return t === s && !/^[=+\-@\t\r]/.test(s) && /[A-Za-zÀ-ÿ]/.test(s) && !/^(true|false|waar|onwaar|ja|nee|na|n\/a|nvt|n\.v\.t\.|afw|afwezig|weet niet)$/i.test(s);
    });
    const row = fc.tuple(
      text,
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 1000) / 1000 + 0.001),
      fc.boolean(),
      fc.integer({ min: 0, max: 20_000 }).map((d) => new Date(Date.UTC(1990, 0, 1 + d)).toISOString().slice(0, 10)),
    );
    const columns: ColumnInfo[] = [
      { name: 'Naam; "tekst"', type: 'text' },
      { name: 'Aantal', type: 'integer' },
      { name: 'Score', type: 'decimal' },
      { name: 'Actief', type: 'boolean' },
      { name: 'Datum', type: 'date' },
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 15 }), fc.constantFrom(FLEMISH_EXCEL, INTERNATIONAL), async (rows, dialect) => {
        // A decimal column must hold a decimal value somewhere, or it reads back as whole numbers.
        const data: Cell[][] = rows.map((r) => [...r]);
        const table = await makeTable(columns, data);
        n += 1;
        const path = join(dir, `roundtrip-${n}.csv`);
        await writeCsv(sql, table, columns, path, pending, dialect);
        const back = await readBack(path, dialect.delimiter, columns.length);
        expect(back.columns.map((c) => [c.name, c.type])).toEqual(
          columns.map((c) => [c.name, c.type === 'decimal' && data.every((r) => Number.isInteger(r[2])) ? 'integer' : c.type]),
        );
        expect(back.rows.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual(data);
      }),
      { numRuns: 15 },
    );
  });

  it('reads neutralised text back with its apostrophe, so nothing becomes a formula', async () => {
    const columns: ColumnInfo[] = [{ name: 'Opmerking', type: 'text' }];
    const table = await makeTable(columns, [['=HYPERLINK("http://x")'], ['@home'], ['gewoon']]);
    const path = join(dir, 'neutral.csv');
    await writeCsv(sql, table, columns, path, pending);
    const back = await readBack(path, ';', 1);
    expect(back.rows).toEqual([[`'=HYPERLINK("http://x")`], ["'@home"], ['gewoon']]);
  });
});

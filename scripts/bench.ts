/**
 * `npm run bench`: generates its inputs and prints figures. Never part of `npm test`.
 * Each case runs in its own child process so that its peak memory (max RSS) is its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, '.bench');

type Case = { name: string; run: () => Promise<string> };

async function csvImport(rows: number): Promise<string> {
  const file = join(dir, `pupils-${rows}.csv`);
  if (!existsSync(file)) {
    const lines = ['Stamboeknr;Naam;Klas;Score;Datum'];
    for (let i = 0; i < rows; i++) {
      lines.push(`${2020000 + i};Leerling ${i};${1 + (i % 6)}${'ABCD'[i % 4]};${(i % 400) / 10};${1 + (i % 28)}/0${1 + (i % 9)}/2026`);
    }
    writeFileSync(file, lines.join('\r\n'));
  }
  const { readTable } = await import('../electron/engine/import/index');
  const t0 = performance.now();
  const table = await readTable(file);
  const ms = performance.now() - t0;
  return `${table.rows.length} rows × ${table.columns.length} cols, ${(statSync(file).size / 1e6).toFixed(1)} MB: ${ms.toFixed(0)} ms`;
}

async function xlsxImport(rows: number, cols: number): Promise<string> {
  const file = join(dir, `wide-${rows}x${cols}.xlsx`);
  if (!existsSync(file)) {
    const { makeXlsx, row, num, inlineStr } = await import('../electron/engine/import/testing/make-xlsx');
    const letter = (c: number) => (c < 26 ? String.fromCharCode(65 + c) : 'A' + String.fromCharCode(65 + c - 26));
    const out: string[] = [row(1, Array.from({ length: cols }, (_, c) => inlineStr(`${letter(c)}1`, `Kolom ${c + 1}`)))];
    for (let r = 2; r <= rows + 1; r++) {
      out.push(row(r, Array.from({ length: cols }, (_, c) => (c % 5 === 0 ? inlineStr(`${letter(c)}${r}`, `t${r % 97}`) : num(`${letter(c)}${r}`, (r * (c + 1)) % 1000)))));
    }
    writeFileSync(file, makeXlsx({ sheets: [{ name: 'Blad1', rows: out.join('') }] }));
  }
  const { readTable } = await import('../electron/engine/import/index');
  const t0 = performance.now();
  const table = await readTable(file);
  const ms = performance.now() - t0;
  return `${table.rows.length} rows × ${table.columns.length} cols, ${(statSync(file).size / 1e6).toFixed(1)} MB: ${ms.toFixed(0)} ms`;
}

async function joinGroup(): Promise<string> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run('create table a as select range as id, range % 1000 as g, random() as v from range(1000000)');
  await c.run('create table b as select range * 10 as id, random() as w from range(100000)');
  const t0 = performance.now();
  await c.runAndReadAll('select g, count(*), avg(v + w) from a join b using (id) group by g');
  return `DuckDB join 1M × 100k + group by: ${(performance.now() - t0).toFixed(0)} ms`;
}

const cases: Record<string, Case> = {
  'csv-1m': { name: 'CSV import, 1,000,000 rows', run: () => csvImport(1_000_000) },
  'xlsx-50k': { name: 'XLSX import, 50,000 × 25', run: () => xlsxImport(50_000, 25) },
  join: { name: 'Join and group-by', run: joinGroup },
};

const only = process.argv[2];
if (only) {
  const c = cases[only];
  if (!c) throw new Error(`unknown case ${only}`);
  const line = await c.run();
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`${c.name}: ${line}; peak memory ${peak.toFixed(0)} MB`);
} else {
  mkdirSync(dir, { recursive: true });
  console.log(`Benchmarks (node ${process.version}, inputs in .bench/)`);
  for (const key of Object.keys(cases)) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), key], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    process.stdout.write(r.status === 0 ? r.stdout : `${key}: failed (${r.status})\n`);
  }
}

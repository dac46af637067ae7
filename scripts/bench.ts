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

/**
 * The whole import as the workbench does it: stage (worker / DuckDB), analyse (header, types,
 * rows left out) and convert into the typed table. Prints the time of each stage.
 */
async function fullImport(file: string): Promise<string> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { Session } = await import('../electron/engine/db/session');
  const { sqlRunner } = await import('../electron/engine/import/sql-runner');
  const { stageFile, analyse, convert, dropStaged } = await import('../electron/engine/import/index');
  const session = await Session.create();
  const sql = sqlRunner(session);
  const tempDir = mkdtempSync(join(dir, 'import-'));
  const context = { progress: () => undefined, signal: new AbortController().signal, tempDir };
  const t0 = performance.now();
  const staged = await stageFile({ path: file, fileName: file, options: {} }, context, sql);
  const t1 = performance.now();
  const analysis = await analyse(sql, staged, {}, file, null);
  const t2 = performance.now();
  const { rowCount, columns } = await convert(sql, staged, analysis, 'imported', context);
  const t3 = performance.now();
  await dropStaged(sql, staged);
  rmSync(tempDir, { recursive: true, force: true });
  const size = (statSync(file).size / 1e6).toFixed(1);
  const ms = (a: number, b: number) => (b - a).toFixed(0);
  return `${rowCount} rows × ${columns.length} cols, ${size} MB: ${ms(t0, t3)} ms (stage ${ms(t0, t1)}, analyse ${ms(t1, t2)}, convert ${ms(t2, t3)})`;
}

/** The 1M-row bench CSV (`;`, CRLF, no quotes), generated once into .bench/. */
function pupilsCsv(rows: number): string {
  const file = join(dir, `pupils-${rows}.csv`);
  if (!existsSync(file)) {
    const lines = ['Stamboeknr;Naam;Klas;Score;Datum'];
    for (let i = 0; i < rows; i++) {
      lines.push(`${2020000 + i};Leerling ${i};${1 + (i % 6)}${'ABCD'[i % 4]};${(i % 400) / 10};${1 + (i % 28)}/0${1 + (i % 9)}/2026`);
    }
    writeFileSync(file, lines.join('\r\n'));
  }
  return file;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const seconds = (ms: number) => (ms / 1000).toFixed(2);

/**
 * The whole import beside DuckDB's bare `read_csv` (its own sniffer, typed columns) of the same
 * file, in the same session, alternating, BENCH_REPS times (default 5): min and median of each
 * and their ratio, with the import's stages (medians), and the ratio of their CPU time. The load
 * average is printed with the figures: on the shared 2-core machine a busy neighbour doubles
 * them (and leaves DuckDB one core, when the CPU time ratio is the wall time's).
 */
async function csvImport(rows: number): Promise<string> {
  const file = pupilsCsv(rows);
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { loadavg } = await import('node:os');
  const { Session } = await import('../electron/engine/db/session');
  const { sqlRunner } = await import('../electron/engine/import/sql-runner');
  const { stageFile, analyse, convert, dropStaged } = await import('../electron/engine/import/index');
  const { str } = await import('../electron/engine/db/sql');
  const session = await Session.create();
  const sql = sqlRunner(session);
  const reps = Math.max(1, Number(process.env.BENCH_REPS ?? 5));
  const load = [loadavg()[0]!];
  const runs = { total: [] as number[], stage: [] as number[], analyse: [] as number[], convert: [] as number[], bare: [] as number[] };
  // CPU time of the process (DuckDB's threads included): what a busy neighbour on the 2 cores changes least.
  const cpu = { total: [] as number[], bare: [] as number[] };
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  for (let r = 0; r < reps; r++) {
    const tempDir = mkdtempSync(join(dir, 'import-'));
    const context = { progress: () => undefined, signal: new AbortController().signal, tempDir };
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const staged = await stageFile({ path: file, fileName: file, options: {} }, context, sql);
    const t1 = performance.now();
    const analysis = await analyse(sql, staged, {}, file, null);
    const t2 = performance.now();
    await convert(sql, staged, analysis, 'imported', context);
    const t3 = performance.now();
    cpu.total.push(cpuMs(c0));
    await dropStaged(sql, staged);
    await sql.run('DROP TABLE imported');
    rmSync(tempDir, { recursive: true, force: true });
    const cb = process.cpuUsage();
    const b0 = performance.now();
    await sql.run(`CREATE TABLE bare AS SELECT * FROM read_csv(${str(file)})`);
    const b1 = performance.now();
    cpu.bare.push(cpuMs(cb));
    await sql.run('DROP TABLE bare');
    runs.total.push(t3 - t0);
    runs.stage.push(t1 - t0);
    runs.analyse.push(t2 - t1);
    runs.convert.push(t3 - t2);
    runs.bare.push(b1 - b0);
  }
  load.push(loadavg()[0]!);
  const label = rows === 1_000_000 ? '1M' : String(rows);
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  return (
    `csv ${label} (${reps} runs, min/median): import ${seconds(Math.min(...runs.total))}/${seconds(median(runs.total))} s · ` +
    `bare read_csv ${seconds(Math.min(...runs.bare))}/${seconds(median(runs.bare))} s · ` +
    `ratio ${ratio(Math.min(...runs.total), Math.min(...runs.bare))}/${ratio(median(runs.total), median(runs.bare))}× ` +
    `(CPU time ${ratio(Math.min(...cpu.total), Math.min(...cpu.bare))}/${ratio(median(cpu.total), median(cpu.bare))}×) ` +
    `(stage ${seconds(median(runs.stage))}, analyse ${seconds(median(runs.analyse))}, convert ${seconds(median(runs.convert))} s; ` +
    `${(statSync(file).size / 1e6).toFixed(1)} MB; load average ${load.map((l) => l.toFixed(2)).join(' → ')})`
  );
}

/**
 * Stage 1 only (import/formats/text/text.ts): the 1M-row CSV as UTF-8, as Windows-1252 with accents (read by
 * DuckDB's latin-1 reader) and as Windows-1252 with € (transcoded by the worker first).
 * Run from the sources, the worker starts through tsx (about 0.15 s more than the bundled one).
 */
async function csvStage(rows: number, variant: 'utf-8' | 'windows-1252' | 'windows-1252-euro'): Promise<string> {
  const file = join(dir, `pupils-${rows}-${variant}.csv`);
  if (!existsSync(file)) {
    const { default: iconv } = await import('iconv-lite');
    const name = variant === 'utf-8' ? 'Leerling' : 'Leërling';
    const unit = variant === 'windows-1252-euro' ? ' €' : '';
    // Written in blocks, so that generating the input does not raise this process's peak memory.
    const { appendFileSync } = await import('node:fs');
    writeFileSync(file, 'Stamboeknr;Naam;Klas;Score;Datum');
    for (let start = 0; start < rows; start += 10_000) {
      let block = '';
      for (let i = start; i < Math.min(rows, start + 10_000); i++) {
        block += `\r\n${2020000 + i};${name} ${i};${1 + (i % 6)}${'ABCD'[i % 4]};${(i % 400) / 10}${unit};${1 + (i % 28)}/0${1 + (i % 9)}/2026`;
      }
      appendFileSync(file, variant === 'utf-8' ? block : iconv.encode(block, 'win1252'));
    }
  }
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { Session } = await import('../electron/engine/db/session');
  const { sqlRunner } = await import('../electron/engine/import/sql-runner');
  const { stageFile } = await import('../electron/engine/import/stage/index');
  const session = await Session.create();
  const tempDir = mkdtempSync(join(dir, 'stage-'));
  const context = { progress: () => undefined, signal: new AbortController().signal, tempDir };
  const t0 = performance.now();
  const staged = await stageFile({ path: file, fileName: file, options: {} }, context, sqlRunner(session));
  const ms = performance.now() - t0;
  rmSync(tempDir, { recursive: true, force: true });
  return `${staged.rowCount} rows × ${staged.columnCount} cols, ${staged.encoding}, ${(statSync(file).size / 1e6).toFixed(1)} MB: ${ms.toFixed(0)} ms`;
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
  return fullImport(file);
}

/** A file whose every other line is blank (DuckDB skips them; their numbers are put back). */
async function csvBlankLines(rows: number): Promise<string> {
  const file = join(dir, `blank-lines-${rows}.csv`);
  if (!existsSync(file)) {
    const lines = ['Id;Naam'];
    for (let i = 0; i < rows; i++) lines.push(`${i};Leerling ${i}`, '');
    writeFileSync(file, lines.join('\n'));
  }
  return fullImport(file);
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
  'csv-1m': { name: 'CSV import, 1,000,000 rows, against bare read_csv', run: () => csvImport(1_000_000) },
  'csv-1m-stage': { name: 'CSV stage 1, 1,000,000 rows, UTF-8', run: () => csvStage(1_000_000, 'utf-8') },
  'csv-1m-stage-1252': { name: 'CSV stage 1, 1,000,000 rows, Windows-1252', run: () => csvStage(1_000_000, 'windows-1252') },
  'csv-1m-stage-1252-euro': {
    name: 'CSV stage 1, 1,000,000 rows, Windows-1252 with €',
    run: () => csvStage(1_000_000, 'windows-1252-euro'),
  },
  'xlsx-50k': { name: 'XLSX import, 50,000 × 25', run: () => xlsxImport(50_000, 25) },
  'csv-blank-lines': { name: 'CSV import, 2,000,000 rows each followed by a blank line', run: () => csvBlankLines(2_000_000) },
  join: { name: 'Join and group-by', run: joinGroup },
  recipe: { name: 'Recipe against the same query by hand', run: async () => '\n  ' + (await (await import('./bench-recipe')).benchRecipe()).join('\n  ') },
  match: { name: 'Matching pupils by name', run: async () => '\n  ' + (await (await import('./bench-match')).benchMatch()).join('\n  ') },
  gain: { name: 'Learning gain on 100,000 pupils', run: async () => '\n  ' + (await (await import('./bench-gain')).benchGain()).join('\n  ') },
  journal: { name: 'An autosave snapshot, plain and sealed', run: async () => '\n  ' + (await (await import('./bench-journal')).benchJournal()).join('\n  ') },
  story: { name: 'A 10-slide story to PPTX and PDF', run: async () => '\n  ' + (await (await import('./bench-story')).benchStory()).join('\n  ') },
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

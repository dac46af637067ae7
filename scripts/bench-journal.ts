/**
 * Journal benchmark (issue 12): how long one autosave snapshot takes — the project written in its
 * own file format into a journal slot, plain (Parquet) and sealed (rows in memory, AES-256-GCM
 * with the key derived once) — for the demo and for a school of 20,000 pupil rows × 12 columns
 * in three sources; and reading a sealed snapshot back. RUNS runs after a warm-up, min and median.
 * `benchJournal()` returns the lines. Never part of `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 5;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]! };
};
const ms = (x: number) => `${Math.round(x)} ms`;

export async function benchJournal(): Promise<string[]> {
  const { Session } = await import('../electron/engine/db/session');
  const { buildDemo } = await import('../electron/engine/project/demo');
  const { rowsTable } = await import('../electron/engine/project/demo');
  const { Project } = await import('../electron/engine/project/project');
  const { projectBytes, openProject } = await import('../electron/engine/project/store');
  const { deriveSealKey } = await import('../electron/engine/infra/sealed');
  const { createTempRoot } = await import('../electron/engine/infra/temp-root');
  const { Journal } = await import('../electron/engine/journal/journal');

  const session = await Session.create();
  const root = await createTempRoot();
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-bench-journal-'));
  const lines: string[] = [];
  try {
    const journal = await Journal.open(join(dir, 'journal'));
    const t = performance.now();
    const key = await deriveSealKey('een wachtwoord voor de bench');
    lines.push(`key derivation (scrypt N 2^17, once per project): ${ms(performance.now() - t)}`);

    const school = new Project(session, 'School');
    const columns = Array.from({ length: 12 }, (_, c) => ({ name: `Kolom ${c + 1}`, type: (c % 3 === 0 ? 'text' : c % 3 === 1 ? 'decimal' : 'integer') as 'text' | 'decimal' | 'integer' }));
    for (let s = 0; s < 3; s++) {
      const rows = Array.from({ length: 20_000 / 3 + 1 }, (_, i) => columns.map((col, c) => (col.type === 'text' ? `Leerling ${i} ${c}` : col.type === 'decimal' ? (i * (c + 1)) / 7 : i + c)));
      await school.addRows(rowsTable('csv', columns, rows), { fileName: `bron-${s}.csv`, fileHash: `h${s}`, options: {} });
    }
    const projects = [
      ['demo', await buildDemo(session)],
      ['20,000 rows × 12', school],
    ] as const;
    for (const [name, project] of projects) {
      await journal.begin({ fileName: null, filePath: null, fileHash: null, name, encrypted: false });
      for (const sealed of [false, true]) {
        const times: number[] = [];
        let size = 0;
        let bytes: Uint8Array = new Uint8Array();
        for (let run = 0; run <= RUNS; run++) {
          const t0 = performance.now();
          bytes = await projectBytes(project, { appVersion: 'bench', tempRoot: root, key: sealed ? key : null });
          await journal.write(bytes, { name, encrypted: sealed });
          size = bytes.length;
          if (run > 0) times.push(performance.now() - t0);
        }
        const s = stats(times);
        let read = '';
        if (sealed) {
          const t0 = performance.now();
          const opened = await openProject(session, bytes, 'x.werkbank', root.dir, 'een wachtwoord voor de bench', key);
          read = `; read back ${ms(performance.now() - t0)}`;
          await opened.dispose();
        }
        lines.push(`${name}, ${sealed ? 'sealed' : 'plain'}: snapshot min ${ms(s.min)} / median ${ms(s.median)}, ${(size / 1e6).toFixed(2)} MB${read}`);
      }
    }
    await journal.end();
    lines.push(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  } finally {
    session.close();
    await root.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

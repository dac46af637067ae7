import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECIPE_VERSION } from '../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { Session } from '../db/session';
import { createTempRoot, type TempRoot } from '../infra/temp-root';
import { rowsTable } from './demo';
import { Project } from './project';
import { openProject, saveProject } from './store';

let session: Session;
let root: TempRoot;
let dir: string;
beforeAll(async () => {
  session = await Session.create();
  root = await createTempRoot();
  dir = await mkdtemp(join(tmpdir(), 'werkbank-sealed-store-'));
});
afterAll(async () => {
  session.close();
  await root.dispose();
  await rm(dir, { recursive: true, force: true });
});

const COLUMNS: ColumnInfo[] = [
  { name: 'Leerling', type: 'text' },
  { name: 'Stamboeknummer', type: 'identifier' },
  { name: 'Score', type: 'decimal' },
  { name: 'Jaar', type: 'integer' },
  { name: 'Afgenomen', type: 'date' },
  { name: 'Zorg', type: 'boolean' },
];
const MARKER = 'Vanderstraeten';
// Every type, with empty cells, quotes, newlines and a character outside the BMP.
const ROWS: Cell[][] = Array.from({ length: 3000 }, (_, i) => [
  i % 17 === 0 ? null : `${MARKER} ${i} "Zoë"\n𝒜`,
  String(100000 + i),
  i % 7 === 0 ? null : (i * 13) / 8,
  2020 + (i % 5),
  i % 11 === 0 ? null : `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
  i % 3 === 0 ? null : i % 2 === 0,
]);

/** Every file under `path`, recursively, with its bytes. */
async function filesUnder(path: string): Promise<{ name: string; bytes: Buffer }[]> {
  const out: { name: string; bytes: Buffer }[] = [];
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const name = join(entry.parentPath, entry.name);
    const bytes = await readFile(name).catch(() => null);
    if (bytes) out.push({ name, bytes });
  }
  return out;
}

describe('an encrypted project file', () => {
  it('keeps every cell through save and open, and no plain copy of a row is written to disk on the way', async () => {
    const ws = new Project(session, 'Zorgoverleg');
    await ws.addRows(rowsTable('csv', COLUMNS, ROWS), { fileName: 'zorg.csv', fileHash: 'cc', options: {} });
    const statements: string[] = [];
    const run = session.run.bind(session);
    session.run = (statement) => {
      statements.push(typeof statement === 'string' ? statement : statement.sql);
      return run(statement);
    };
    // Polls the run's temp root while saving and opening: no file there ever holds a pupil's name.
    const leaks: string[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        for (const f of await filesUnder(root.dir).catch(() => [])) if (f.bytes.includes(MARKER)) leaks.push(f.name);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const target = join(dir, 'zorg.werkbank');
    try {
      await saveProject(ws, target, { appVersion: '1', tempRoot: root, passphrase: 'een wachtwoord van het team' });
      const opened = await openProject(session, target, 'zorg.werkbank', root.dir, 'een wachtwoord van het team');
      const page = await opened.page({ version: RECIPE_VERSION, base: opened.sources[0]!.id, steps: [] }, 0, 5000, []);
      expect(page.rows).toEqual(ROWS);
      expect(opened.sources[0]!.columns.map((c) => c.type)).toEqual(COLUMNS.map((c) => c.type));
      await opened.dispose();
    } finally {
      watching = false;
      await watcher;
      session.run = run;
    }
    // Neither DuckDB's Parquet writer nor its reader was used: they only work through files.
    expect(statements.filter((s) => /COPY|read_parquet/i.test(s))).toEqual([]);
    expect(leaks).toEqual([]);
    const bytes = await readFile(target);
    for (const secret of [MARKER, 'Stamboeknummer', 'PAR1', 'manifest.json']) expect(bytes.includes(secret), secret).toBe(false);
    await ws.dispose();
  });
});

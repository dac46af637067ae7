/**
 * A run that holds pupil data when it is killed (infra/temp-root.test.ts): it makes its temp root
 * under argv[2], writes an upload into it, starts DuckDB with its spill folder there, begins
 * an atomic write beside argv[3] that never finishes, prints the paths and waits.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Session } from '../db/session';
import { writeFileAtomic } from '../project/store';
import { createTempRoot, removeRootOnExit } from '../infra/temp-root';

const [base, target] = process.argv.slice(2) as [string, string];
const root = await createTempRoot({ base });
removeRootOnExit(root);
await mkdir(join(root.dir, 'files-x'), { mode: 0o700 });
await writeFile(join(root.dir, 'files-x', 'leerlingen.csv'), 'naam;score\nAn;12\n', { mode: 0o600 });
const session = await Session.create({ tempDir: join(root.dir, 'duckdb') });
await session.run('CREATE TABLE t AS SELECT 1 AS x');
let partial = '';
void writeFileAtomic(target, new Uint8Array(1024), root, {
  async writeAndSync(path, data) {
    await writeFile(path, data);
    partial = path;
    await new Promise(() => undefined); // a save that is still writing when the process dies
  },
  rename: async () => undefined,
  syncDir: async () => undefined,
});
while (!partial) await new Promise((r) => setTimeout(r, 5));
process.stdout.write(JSON.stringify({ root: root.dir, partial }) + '\n');
setInterval(() => undefined, 60_000);

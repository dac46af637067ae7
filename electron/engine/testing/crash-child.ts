/**
 * A workbench run for the kill -9 tests (journal/crash.test.ts): an engine with a journal works
 * without pause — imports, autosaves, exports, saves — and says on stdout what it finished, until
 * the test kills it at a random moment.
 *
 *   node --import tsx crash-child.ts <journalDir> <tempBase> <saved.werkbank> <input.csv> [passphrase]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createEngine } from '../api';
import { createTempRoot } from '../infra/temp-root';
import { apiCaller } from './api-caller';

const [journalDir, tempBase, savedFile, inputCsv, passphrase] = process.argv.slice(2) as [string, string, string, string, string | undefined];

async function main(): Promise<void> {
  const tempRoot = await createTempRoot({ base: tempBase });
  const engine = await createEngine({ shell: 'browser', version: '1.0.0', tempRoot, journalDir, autosaveDelayMs: 5 });
  const { ok } = apiCaller(() => engine);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const saved = engine.files.register(savedFile);
  await ok('project.demo');
  await ok('project.save', { fileId: saved.fileId, ...(passphrase ? { passphrase } : {}) });
  say('saved 0');
  const csv = await readFile(inputCsv);
  for (let i = 1; ; i++) {
    const before = (await ok('project.get')).autosavedAt;
    const { fileId } = await ok('file.upload', { name: `extra-${i}.csv`, data: csv });
    const state = await ok('source.import', { fileId, options: {} });
    say(`imported ${i} ${state.sources.length}`);
    // The journal writes once the engine is quiet; wait for it to hold this source.
    for (;;) {
      const now = await ok('project.get');
      if (now.autosavedAt && now.autosavedAt !== before) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    say(`journaled ${i} ${state.sources.length}`);
    await ok('export.table', { recipe: null, format: 'xlsx', fileId: engine.files.register(join(tempBase, `export-${i}.xlsx`)).fileId });
    say(`exported ${i}`);
    if (i % 2 === 0) {
      await ok('project.save', { fileId: saved.fileId });
      say(`saved ${i} ${state.sources.length}`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { Engine } from './engine/api';
import { createEngine } from './engine/api';
import type { TempRoot } from './engine/infra/temp-root';
import type { ProjectState } from '../shared/model/project';

/**
 * The CLI's project commands (cli.ts registers them): `open FILE.werkbank [--passphrase-file F]`
 * prints the project's summary; `save IN.werkbank --out OUT.werkbank [--passphrase-file F]
 * [--in-passphrase-file F]` writes a copy, sealed under the passphrase when one is given
 * (infra/sealed.ts). Passphrases come from files, never from the command line (shell history,
 * the process list).
 */

export interface ProjectCommandArgs {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  positionals: string[];
  tempRoot: TempRoot;
}

/** A usage problem: cli.ts turns it into its usage message and exit code 2. */
export type Usage = (message: string) => Error;

async function passphraseFrom(value: unknown, usage: Usage, option: string): Promise<string | undefined> {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw usage(`${option} needs a FILE`);
  const text = await readFile(resolve(value), 'utf8').catch(() => {
    throw usage(`${option}: cannot read ${basename(value)}`);
  });
  // The file's content, without the line break an editor adds at its end.
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase.length === 0) throw usage(`${option}: the file is empty`);
  return passphrase;
}

async function withProject<T>(tempRoot: TempRoot, file: string, passphrase: string | undefined, body: (engine: Engine, state: ProjectState) => Promise<T>): Promise<T> {
  const engine = await createEngine({ shell: 'browser', version: 'cli', tempRoot });
  try {
    const ref = engine.files.register(resolve(file));
    const state = await engine.handlers['project.open']({ fileId: ref.fileId, ...(passphrase ? { passphrase } : {}) });
    return await body(engine, state);
  } finally {
    await engine.close();
  }
}

/** What `open` prints: the project without its data. */
export function projectSummary(state: ProjectState) {
  return {
    project: state.name,
    file: state.fileName,
    encrypted: state.encrypted,
    formatVersion: state.formatVersion,
    sources: state.sources.map((s) => ({ id: s.id, name: s.name, file: s.fileName, rows: s.rowCount, columns: s.columns.length })),
    recipe: state.recipe ? { base: state.recipe.base, steps: state.recipe.steps.length, rows: state.result?.rowCount ?? null } : null,
    views: state.views.map((v) => ({
      id: v.id,
      title: v.title,
      kind: v.gain ? 'gain' : v.reference ? 'reference' : v.survey ? 'survey' : 'chart',
      steps: v.recipe.steps.length,
    })),
    stories: state.stories.map((s) => ({ id: s.id, title: s.title, slides: s.slides.length, actions: s.actions.length })),
    exports: state.exports.length,
  };
}

export const OPEN_USAGE =
  'open FILE.werkbank [--passphrase-file F]\n' +
  '    Prints the project\'s summary as JSON: sources with their rows and columns, the recipe, views, stories.';

export async function openCommand({ values, positionals, tempRoot }: ProjectCommandArgs, usage: Usage): Promise<unknown> {
  if (positionals.length !== 1) throw usage('open needs exactly one FILE.werkbank');
  const passphrase = await passphraseFrom(values['passphrase-file'], usage, '--passphrase-file');
  return withProject(tempRoot, positionals[0]!, passphrase, async (_engine, state) => projectSummary(state));
}

export const SAVE_USAGE =
  'save IN.werkbank --out OUT.werkbank [--passphrase-file F] [--in-passphrase-file F]\n' +
  '    Writes a copy of the project; encrypted under the passphrase in F when given (scrypt + AES-256-GCM),\n' +
  '    else as IN was (an encrypted IN stays encrypted; --in-passphrase-file opens it).';

export async function saveCommand({ values, positionals, tempRoot }: ProjectCommandArgs, usage: Usage): Promise<unknown> {
  const out = values.out;
  if (positionals.length !== 1 || typeof out !== 'string') throw usage('save needs IN.werkbank and --out OUT.werkbank');
  if (extname(out).toLowerCase() !== '.werkbank') throw usage('save: --out must end in .werkbank');
  if (resolve(out) === resolve(positionals[0]!)) throw usage('save: --out must be another file than IN');
  const inPassphrase = await passphraseFrom(values['in-passphrase-file'], usage, '--in-passphrase-file');
  const passphrase = await passphraseFrom(values['passphrase-file'], usage, '--passphrase-file');
  return withProject(tempRoot, positionals[0]!, inPassphrase, async (engine) => {
    const target = engine.files.register(resolve(out));
    const { state } = await engine.handlers['project.save']({ fileId: target.fileId, ...(passphrase ? { passphrase } : {}) });
    return { ...projectSummary(state), file: basename(out) };
  });
}

import { existsSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { infer as zInfer, ZodType } from 'zod';
import { WerkbankError } from '../shared/api/errors';
import { formatMessage } from '../shared/i18n';
import { BUILTIN_PROFILES } from '../shared/import/builtin-profiles';
import { matchProfile, mergeOptions } from '../shared/import/profile-match';
import type { ImportProfile } from '../shared/model/profile';
import { ProfileFile } from '../shared/model/profile';
import { Delimiter, ImportOptions, InspectResult, TextEncoding } from '../shared/model/source';
import { RecipeFile } from '../shared/model/recipe';
import { createEngine } from './engine/api';
import { DEMO_USAGE, demoCommand, EXPORT_STORY_USAGE, exportStoryCommand } from './cli-story';
import { OPEN_USAGE, openCommand, SAVE_USAGE, saveCommand } from './cli-project';
import { FLEMISH_EXCEL, INTERNATIONAL, writeCsv } from './engine/export/csv';
import { outputFormat, runAnalysisFile, runRecipeFile } from './engine/recipe/run-file';
import { AnalysisFile } from '../shared/model/analysis/file';
import { type Analysis, analyse, convert, dropStaged, inspectPath } from './engine/import/index';
import { sqlRunner } from './engine/import/sql-runner';
import type { SqlRunner, StagedTable } from './engine/import/stage/types';
import { ROW_ORDER_COLUMN } from './engine/db/reserved';
import { Session } from './engine/db/session';
import { ident, str } from './engine/db/sql';
import { createTempRoot, removeRootOnExit, type TempRoot, writeBeside } from './engine/infra/temp-root';

/**
 * Headless commands over the engine: `npm run cli -- <command> …`. Results go to stdout as
 * JSON (stable, documented in the README); errors go to stderr as
 * `{"error":{"code","params","message"}}` with the message in Dutch.
 * Exit codes: 0 success, 1 error reported by the engine, 2 wrong usage.
 */

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Wrong use of the command line: reported with the usage text, exit code 2. */
class UsageError extends Error {}

type OptionValues = Record<string, string | boolean | Array<string | boolean> | undefined>;

interface Command {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** `tempRoot`: the run's private temp root, for staging files and DuckDB's spill files. */
  run(args: { values: OptionValues; positionals: string[]; tempRoot: TempRoot }): Promise<unknown>;
}

const READ_OPTIONS = {
  sheet: { type: 'string' },
  'header-row': { type: 'string' },
  encoding: { type: 'string' },
  delimiter: { type: 'string' },
  profile: { type: 'string' },
} as const;

const COMMANDS: Record<string, Command> = {
  inspect: {
    usage:
      'inspect FILE [--sheet NAME] [--header-row N] [--encoding ENC] [--delimiter ";"|","|tab|"|"] [--profile ID|NAME|FILE|none]\n' +
      '    What the importer detects in a CSV, xlsx, ods or Parquet file, as JSON (the import dialog\'s findings).',
    options: READ_OPTIONS,
    async run({ values, positionals, tempRoot }) {
      if (positionals.length !== 1) throw new UsageError('inspect needs exactly one FILE');
      const options = importOptions(values);
      const profile = await profileOption(values);
      // The printed JSON is a documented contract: it must fit its schema, like every API answer.
      return withPipeline(tempRoot, positionals[0]!, options, profile, async (_sql, _staged, analysis) => InspectResult.parse(analysis.inspect));
    },
  },
  import: {
    usage:
      'import FILE --out TABLE.parquet|TABLE.csv [--sheet NAME] [--header-row N] [--encoding ENC] [--delimiter D]\n' +
      '       [--profile ID|NAME|FILE|none] [--csv-dialect flemish|international]\n' +
      '    Imports the file as the workbench would and writes the table; prints a JSON summary.',
    options: { ...READ_OPTIONS, out: { type: 'string' }, 'csv-dialect': { type: 'string' } },
    async run({ values, positionals, tempRoot }) {
      if (positionals.length !== 1) throw new UsageError('import needs exactly one FILE');
      if (typeof values.out !== 'string') throw new UsageError('import needs --out TABLE.parquet or TABLE.csv');
      const out = resolve(values.out);
      const kind = extname(out).toLowerCase();
      if (kind !== '.parquet' && kind !== '.csv') throw new UsageError('--out must end in .parquet or .csv');
      const dialectName = typeof values['csv-dialect'] === 'string' ? values['csv-dialect'] : 'flemish';
      if (dialectName !== 'flemish' && dialectName !== 'international') {
        throw new UsageError('--csv-dialect must be flemish (";", decimal comma) or international (",", decimal point)');
      }
      const options = importOptions(values);
      const profile = await profileOption(values);
      const file = positionals[0]!;
      return withPipeline(tempRoot, file, options, profile, async (sql, staged, analysis) => {
        const table = 'cli_import';
        const { columns, rowCount } = await convert(sql, staged, analysis, table);
        try {
          if (kind === '.csv') {
            await writeCsv(sql, table, columns, out, tempRoot, dialectName === 'flemish' ? FLEMISH_EXCEL : INTERNATIONAL);
          } else {
            const select = columns.map((c) => ident(c.name)).join(', ') || '1 AS "empty"';
            await writeBeside(out, tempRoot, (temp) =>
              sql.run(`COPY (SELECT ${select} FROM ${ident(table)} ORDER BY ${ident(ROW_ORDER_COLUMN)}) TO ${str(temp)} (FORMAT parquet)`),
            );
          }
        } finally {
          await sql.run(`DROP TABLE IF EXISTS ${ident(table)}`);
        }
        return {
          file: basename(file),
          out,
          rows: rowCount,
          columns: columns.map((c) => ({ name: c.name, type: c.type, ...(c.levels ? { levels: c.levels } : {}) })),
          profile: analysis.inspect.profile,
          warnings: analysis.inspect.warnings,
        };
      });
    },
  },
};

/** `run RECIPE.json --source NAME=FILE … --out FILE`: a recipe file run headless on new exports. */
const RUN: Command = {
  usage:
    'run RECIPE.json [--source NAME=FILE …] --out RESULT.csv|xlsx|json|parquet [--csv-dialect flemish|international]\n' +
    '    Imports each source of the recipe from the file given for its name (with the recipe\'s import options),\n' +
    '    runs the steps and writes the result; prints per-step row counts, warnings and diagnostics as JSON.',
  options: { source: { type: 'string', multiple: true }, out: { type: 'string' }, 'csv-dialect': { type: 'string' } },
  async run({ values, positionals, tempRoot }) {
    if (positionals.length !== 1) throw new UsageError('run needs exactly one RECIPE.json');
    const recipePath = positionals[0]!;
    const text = await readFile(recipePath, 'utf8').catch(() => {
      throw new UsageError(`${recipePath}: cannot read the recipe file`);
    });
    const parsed = RecipeFile.safeParse(safeJson(text));
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new UsageError(`${recipePath}: not a recipe file (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'})`);
    }
    const file = parsed.data;
    const inputs = sourceInputs(file, values.source);
    if (typeof values.out !== 'string') throw new UsageError('run needs --out RESULT.csv, .xlsx, .json or .parquet');
    const dialect = typeof values['csv-dialect'] === 'string' ? values['csv-dialect'] : 'flemish';
    if (dialect !== 'flemish' && dialect !== 'international') throw new UsageError('--csv-dialect must be flemish or international');
    const out = resolve(values.out);
    const format = outputFormat(out, dialect);
    if (!format) throw new UsageError('--out must end in .csv, .xlsx, .json or .parquet');
    const engine = await createEngine({ shell: 'browser', version: 'cli', tempRoot });
    try {
      return await runRecipeFile(engine, file, basename(recipePath), inputs, { path: out, format });
    } finally {
      await engine.close();
    }
  },
};

COMMANDS.run = RUN;

/** The files given with `--source NAME=FILE` for a recipe file's sources, every source needing one. */
function sourceInputs(file: RecipeFile, given: OptionValues[string]): Map<string, string> {
  const inputs = new Map<string, string>();
  for (const item of Array.isArray(given) ? given : typeof given === 'string' ? [given] : []) {
    const at = String(item).indexOf('=');
    if (at <= 0) throw new UsageError(`--source ${String(item)}: write NAME=FILE`);
    const name = String(item).slice(0, at).trim().toLowerCase();
    if (!file.sources.some((s) => s.name.toLowerCase() === name)) {
      throw new UsageError(`--source ${String(item)}: the recipe has no source "${name}" (it has ${file.sources.map((s) => s.name).join(', ')})`);
    }
    inputs.set(name, resolve(String(item).slice(at + 1)));
  }
  const missing = file.sources.filter((s) => !inputs.has(s.name.toLowerCase()));
  if (missing.length > 0) {
    throw new UsageError(`give a file for every source of the recipe: --source ${missing.map((s) => `${s.name}=FILE`).join(' --source ')}`);
  }
  return inputs;
}

/** A JSON file of a schema, or a usage error that says what is wrong with it. */
async function readJsonFile<S extends ZodType>(path: string, schema: S, what: string): Promise<zInfer<S>> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UsageError(`${path}: cannot read the ${what}`);
  });
  const parsed = schema.safeParse(safeJson(text));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new UsageError(`${path}: not ${what === 'recipe file' ? 'a recipe file' : 'an analysis file'} (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'})`);
  }
  return parsed.data;
}

/** `analyse ANALYSIS.json --source NAME=FILE …`: an analysis file's recipe run on new exports, then its figures. */
const ANALYSE: Command = {
  usage:
    'analyse ANALYSIS.json [--source NAME=FILE …]\n' +
    '    Runs the analysis file\'s recipe on the files given for its sources, then its analysis (learning gain,\n' +
    '    or a comparison with a reference); prints the recipe\'s steps and the figures as JSON.',
  options: { source: { type: 'string', multiple: true } },
  async run({ values, positionals, tempRoot }) {
    if (positionals.length !== 1) throw new UsageError('analyse needs exactly one ANALYSIS.json');
    const analysisPath = resolve(positionals[0]!);
    const file = await readJsonFile(analysisPath, AnalysisFile, 'analysis file');
    const recipePath = typeof file.recipe === 'string' ? resolve(dirname(analysisPath), file.recipe) : null;
    const recipe = recipePath ? await readJsonFile(recipePath, RecipeFile, 'recipe file') : (file.recipe as RecipeFile);
    const inputs = sourceInputs(recipe, values.source);
    const engine = await createEngine({ shell: 'browser', version: 'cli', tempRoot });
    try {
      return await runAnalysisFile(engine, file, { analysis: basename(analysisPath), recipe: recipePath ? basename(recipePath) : basename(analysisPath) }, recipe, inputs);
    } finally {
      await engine.close();
    }
  },
};

COMMANDS.analyse = ANALYSE;
COMMANDS.demo = {
  usage: DEMO_USAGE,
  options: { out: { type: 'string' } },
  run: (args) => demoCommand(args, (message) => new UsageError(message)),
};
COMMANDS.open = {
  usage: OPEN_USAGE,
  options: { 'passphrase-file': { type: 'string' } },
  run: (args) => openCommand(args, (message) => new UsageError(message)),
};
COMMANDS.save = {
  usage: SAVE_USAGE,
  options: { out: { type: 'string' }, 'passphrase-file': { type: 'string' }, 'in-passphrase-file': { type: 'string' } },
  run: (args) => saveCommand(args, (message) => new UsageError(message)),
};
COMMANDS['export-story'] = {
  usage: EXPORT_STORY_USAGE,
  options: { out: { type: 'string' }, story: { type: 'string' }, lang: { type: 'string' }, 'show-names': { type: 'boolean' }, 'show-small-groups': { type: 'boolean' } },
  run: (args) => exportStoryCommand(args, (message) => new UsageError(message)),
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** `none` for no profile; absent: the best matching built-in profile, as the import dialog does. */
type ProfileChoice = ImportProfile | 'none' | 'match';

/**
 * Stages and analyses the file in a fresh DuckDB session (applying the chosen or matching
 * profile), runs `body`, and cleans up whatever happens.
 */
async function withPipeline<T>(
  tempRoot: TempRoot,
  path: string,
  own: ImportOptions,
  choice: ProfileChoice,
  body: (sql: SqlRunner, staged: StagedTable, analysis: Analysis) => Promise<T>,
): Promise<T> {
  const session = await Session.create({ tempDir: join(tempRoot.dir, 'duckdb') });
  const sql = sqlRunner(session);
  const staged: StagedTable[] = [];
  try {
    const first = await inspectPath(sql, path, tempRoot.dir, own);
    staged.push(first.staged);
    let profile: ImportProfile | null = null;
    let headers: string[] | undefined;
    // As in the import dialog: a matching profile goes under the options given on the command line.
    if (choice === 'match') {
      headers = first.analysis.inspect.columns.map((c) => c.source);
      profile = matchProfile(BUILTIN_PROFILES, headers);
    } else if (choice !== 'none') {
      profile = choice;
      headers = first.analysis.inspect.columns.map((c) => c.source);
    }
    if (!profile) return await body(sql, first.staged, first.analysis);
    const options = mergeOptions(profile.options, own, headers);
    const applied = { id: profile.id, name: profile.name };
    const sameStage = (['sheet', 'encoding', 'delimiter'] as const).every((key) => options[key] === own[key]);
    if (sameStage) return await body(sql, first.staged, await analyse(sql, first.staged, options, basename(path), applied));
    // The profile names a sheet (or encoding, delimiter) of its own: stage that one.
    const second = await inspectPath(sql, path, tempRoot.dir, options, applied);
    staged.push(second.staged);
    return await body(sql, second.staged, second.analysis);
  } finally {
    for (const s of staged) await dropStaged(sql, s).catch(() => undefined);
    session.close();
  }
}

async function profileOption(values: OptionValues): Promise<ProfileChoice> {
  const wanted = values.profile;
  if (typeof wanted !== 'string') return 'match';
  if (wanted === 'none') return 'none';
  const key = wanted.trim().toLowerCase();
  const builtIn = BUILTIN_PROFILES.find((p) => p.id.toLowerCase() === key || p.name.toLowerCase() === key);
  if (builtIn) return builtIn;
  if (existsSync(wanted)) {
    const parsed = ProfileFile.safeParse(JSON.parse(await readFile(wanted, 'utf8').catch(() => 'null')));
    if (parsed.success) return parsed.data.profile;
    throw new UsageError(`--profile ${wanted}: not a profile file (.werkbankprofiel.json)`);
  }
  const known = BUILTIN_PROFILES.map((p) => `${p.id} (${p.name})`).join(', ');
  throw new UsageError(`--profile ${wanted}: no such profile. Built-in profiles: ${known}; or a .werkbankprofiel.json file; or none`);
}

function importOptions(values: OptionValues): ImportOptions {
  const options: ImportOptions = {};
  if (typeof values.sheet === 'string') options.sheet = values.sheet;
  if (typeof values['header-row'] === 'string') {
    const row = Number(values['header-row']);
    if (!Number.isInteger(row) || row < 1) throw new UsageError('--header-row must be a whole number from 1');
    options.headerRow = row;
  }
  if (typeof values.encoding === 'string') {
    const parsed = TextEncoding.safeParse(values.encoding);
    if (!parsed.success) throw new UsageError(`--encoding must be one of ${TextEncoding.options.join(', ')}`);
    options.encoding = parsed.data;
  }
  if (typeof values.delimiter === 'string') {
    const parsed = Delimiter.safeParse(values.delimiter === 'tab' ? '\t' : values.delimiter);
    if (!parsed.success) throw new UsageError('--delimiter must be ";", ",", tab or "|"');
    options.delimiter = parsed.data;
  }
  return ImportOptions.parse(options);
}

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  npm run cli -- ${c.usage}`);
  return `Usage:\n${lines.join('\n')}\n`;
}

function reportError(err: unknown, io: CliIo): void {
  const werr =
    err instanceof WerkbankError
      ? err
      : new WerkbankError('errors.internal', { detail: err instanceof Error ? err.message : String(err) });
  const error = { code: werr.code, params: werr.params, message: formatMessage(werr.toMessage(), 'nl-BE') };
  io.stderr(JSON.stringify({ error }) + '\n');
}

/**
 * Runs one command line (without `node` and the script) and returns the exit code. Without
 * `tempRoot` (tests) the command gets a temp root of its own, removed when it ends.
 */
export async function runCli(argv: string[], io: CliIo = processIo, options: { tempRoot?: TempRoot } = {}): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Unknown command: ${name}\n${usage()}`);
    return 2;
  }
  try {
    const parsed = (() => {
      try {
        return parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
      } catch (err) {
        throw new UsageError(err instanceof Error ? err.message : String(err));
      }
    })();
    const ownRoot = options.tempRoot ? null : await createTempRoot();
    let result: unknown;
    try {
      result = await command.run({ ...parsed, tempRoot: options.tempRoot ?? ownRoot! });
    } finally {
      await ownRoot?.dispose();
    }
    io.stdout(JSON.stringify(result, null, 2) + '\n');
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n${usage()}`);
      return 2;
    }
    reportError(err, io);
    return 1;
  }
}

function isMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

/**
 * The run's temp root is made at start (removing those of earlier runs that crashed) and
 * removed at exit and on SIGINT, SIGTERM and SIGHUP: a command cut short leaves no pupil data.
 */
async function main(): Promise<number> {
  let root: TempRoot;
  try {
    root = await createTempRoot();
  } catch (err) {
    reportError(err, processIo);
    return 1;
  }
  removeRootOnExit(root);
  return runCli(process.argv.slice(2), processIo, { tempRoot: root });
}

if (isMain()) {
  void main().then((code) => {
    process.exitCode = code;
  });
}

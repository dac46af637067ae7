import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { WerkbankError } from '../shared/api/errors';
import { formatMessage } from '../shared/i18n';
import { Delimiter, ImportOptions, TextEncoding } from '../shared/model/source';
import { inspectFile } from './engine/import/index';

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
  run(args: { values: OptionValues; positionals: string[] }): Promise<unknown>;
}

const COMMANDS: Record<string, Command> = {
  inspect: {
    usage:
      'inspect FILE [--sheet NAME] [--header-row N] [--encoding utf-8|utf-8-bom|windows-1252] [--delimiter ";"|","|tab|"|"]\n' +
      '    What the importer detects in a CSV or xlsx file, as JSON.',
    options: {
      sheet: { type: 'string' },
      'header-row': { type: 'string' },
      encoding: { type: 'string' },
      delimiter: { type: 'string' },
    },
    async run({ values, positionals }) {
      if (positionals.length !== 1) throw new UsageError('inspect needs exactly one FILE');
      return inspectFile(positionals[0], importOptions(values));
    },
  },
};

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
  return options;
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

/** Runs one command line (without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
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
    const result = await command.run(parsed);
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

if (isMain()) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

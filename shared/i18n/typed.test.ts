import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tree } from './catalogue';
import { nlBE } from './nl-BE/index';
import { uiSources } from './nl-BE/ui-sources';

/**
 * Proves that the type checker, not only the runtime test, holds English to the Dutch keys:
 * fixture English catalogues, typed the way en/<area>.ts files are, are compiled with the
 * TypeScript compiler against the real catalogue.ts and nl-BE/ui-sources.ts. The fixtures live
 * in memory (a compiler host serves them), so the test writes nothing to disk.
 */

const here = new URL('.', import.meta.url).pathname.replace(/^\/([A-Za-z]:)/, '$1');
const dir = decodeURIComponent(here).replace(/\/$/, '');
const fixtureDir = `${dir}/en-fixture`;

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  isolatedModules: true,
};

/** An object literal as an en/<area>.ts file writes it: bare keys, quoted strings. */
function literal(tree: unknown, indent = ''): string {
  if (typeof tree === 'string') return JSON.stringify(tree);
  const inner = Object.entries(tree as Record<string, unknown>).map(([k, v]) => `${indent}  ${k}: ${literal(v, `${indent}  `)},`);
  return ['{', ...inner, `${indent}}`].join('\n');
}

/** An English fixture of the ui-sources area, written as en/ui-sources.ts is. */
function fixture(tree: unknown): string {
  return [
    "import type { Catalogue } from '../catalogue';",
    "import type { uiSources as nl } from '../nl-BE/ui-sources';",
    `export const uiSources = ${literal(tree)} satisfies Catalogue<typeof nl>;`,
    '',
  ].join('\n');
}

/** Compiles every fixture in one program; the error messages of each, by fixture name. */
function compile(fixtures: Record<string, string>): Record<string, string[]> {
  const files = new Map(Object.entries(fixtures).map(([name, text]) => [`${fixtureDir}/${name}.ts`, text]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const text = files.get(fileName);
    return text === undefined ? getSourceFile(fileName, languageVersion, ...rest) : ts.createSourceFile(fileName, text, languageVersion);
  };
  host.fileExists = (fileName) => files.has(fileName) || fileExists(fileName);
  host.readFile = (fileName) => files.get(fileName) ?? readFile(fileName);
  const program = ts.createProgram([...files.keys()], options, host);
  const out: Record<string, string[]> = {};
  for (const [path] of files) {
    const name = path.slice(fixtureDir.length + 1, -'.ts'.length);
    const source = program.getSourceFile(path)!;
    out[name] = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) =>
      ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    );
  }
  // The real files the fixtures import must compile cleanly too, or the errors above prove nothing.
  out['(catalogues)'] = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSemanticDiagnostics().filter((d) => !d.file || !files.has(d.file.fileName)),
  ].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  return out;
}

/** A deep copy of the Dutch area with every string replaced, as a translation would be. */
function translated(tree: Tree): Tree {
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, typeof v === 'string' ? `EN ${k}` : translated(v)]));
}

describe('English catalogues are typed against Dutch', () => {
  const complete = translated(uiSources as unknown as Tree) as { ui: { sources: Record<string, string>; refresh: Tree } };

  const missing = structuredClone(complete);
  delete missing.ui.sources.remove;

  const extra = structuredClone(complete);
  extra.ui.sources.removeAll = 'Remove all sources';

  const missingPlural = structuredClone(complete);
  delete missingPlural.ui.sources.rows_other;

  const extraArea = { ...structuredClone(complete), extra: { key: 'x' } };

  const stringForSection = structuredClone(complete) as { ui: Record<string, unknown> };
  stringForSection.ui.refresh = 'Refresh';

  let errors: Record<string, string[]> = {};
  beforeAll(() => {
    errors = compile({
      complete: fixture(complete),
      missing: fixture(missing),
      extra: fixture(extra),
      missingPlural: fixture(missingPlural),
      extraArea: fixture(extraArea),
      stringForSection: fixture(stringForSection),
    });
  });

  it('accepts an English catalogue with exactly the Dutch keys', () => {
    expect(errors['(catalogues)']).toEqual([]);
    expect(errors.complete).toEqual([]);
  });

  it('rejects an English catalogue that lacks a key', () => {
    expect(errors.missing).toHaveLength(1);
    expect(errors.missing![0]).toContain("Property 'remove' is missing");
  });

  it('rejects an English catalogue with a key Dutch does not have', () => {
    expect(errors.extra).toHaveLength(1);
    expect(errors.extra![0]).toContain("'removeAll' does not exist");
  });

  it('rejects a lost plural form and an extra top-level key', () => {
    expect(errors.missingPlural!.join('\n')).toContain("Property 'rows_other' is missing");
    expect(errors.extraArea!.join('\n')).toContain("'extra' does not exist");
  });

  it('rejects a string where Dutch has a group of keys', () => {
    expect(errors.stringForSection!.join('\n')).toContain("Type 'string' is not assignable");
  });
});

describe('area files', () => {
  /** Import declarations of a file that bring in values, not only types. */
  function valueImports(path: string): string[] {
    const source = ts.createSourceFile(path, ts.sys.readFile(path) ?? '', ts.ScriptTarget.ES2022);
    return source.statements
      .filter(ts.isImportDeclaration)
      .filter((d) => !d.importClause?.isTypeOnly)
      .map((d) => d.getText(source));
  }

  it('are data with type-only imports, so each loads on its own (scripts/start.mjs reads the shell area)', () => {
    const files = ['nl-BE', 'en'].flatMap((locale) =>
      ts.sys.readDirectory(`${dir}/${locale}`, ['.ts']).filter((f) => !f.endsWith('/index.ts') && !f.endsWith('.test.ts')),
    );
    expect(files).toHaveLength(2 * Object.keys(nlBE).length);
    expect(files.filter((f) => valueImports(f).length > 0)).toEqual([]);
  });
});

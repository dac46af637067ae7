import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { EngineChannel, Handlers } from '../../shared/api/contract';
import { buildDemo } from './demo';
import { FileRegistry } from './files';
import { inspectFile, readTable } from './import/index';
import { Session } from './session';
import { APP_NAME, openProject, saveProject } from './store';
import { Workspace } from './workspace';

export interface Engine {
  handlers: Handlers<EngineChannel>;
  files: FileRegistry;
  close(): Promise<void>;
}

export interface EngineOptions {
  shell: 'electron' | 'browser';
  version: string;
  tempDir?: string;
}

/**
 * The engine behind every shell: one DuckDB session, one open project, the file registry,
 * and a handler per 'engine' channel of the contract. Handlers run one at a time, so a
 * project being replaced is never read half-way.
 */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const session = await Session.create();
  const files = await FileRegistry.create(options.tempDir);
  let workspace = new Workspace(session);

  /** Makes `next` the open project; the previous one's tables are dropped. */
  const replace = async (next: Workspace) => {
    const previous = workspace;
    workspace = next;
    await previous.dispose();
    return workspace.state();
  };

  const { handlers, idle } = serialized<Handlers<EngineChannel>>({
    'app.info': async () => ({ name: APP_NAME, version: options.version, shell: options.shell, platform: process.platform }),

    'project.new': async () => replace(new Workspace(session)),
    'project.demo': async () => replace(await buildDemo(session)),
    'project.get': async () => workspace.state(),
    'project.open': async ({ fileId }) => {
      const file = files.resolve(fileId);
      const bytes = await readFile(file.path);
      return replace(await openProject(session, bytes, file.name, files.tempDir));
    },
    'project.save': async ({ fileId }) => {
      const file = fileId === null ? files.createOutput(`${workspace.name}.werkbank`) : { fileId, name: files.resolve(fileId).name };
      await saveProject(workspace, files.resolve(file.fileId).path, { appVersion: options.version, tempDir: files.tempDir });
      return { state: await workspace.state(), file };
    },

    'file.upload': async ({ name, data }) => files.upload(name, data),
    'file.inspect': async ({ fileId, options: importOptions }) => {
      const file = files.resolve(fileId);
      // The importer may name the file by its path; only the display name crosses the boundary.
      return { ...(await inspectFile(file.path, importOptions)), file: file.name };
    },

    'source.import': async ({ fileId, options: importOptions, name }) => {
      const file = files.resolve(fileId);
      const parsed = await readTable(file.path, importOptions);
      const fileHash = createHash('sha256').update(await readFile(file.path)).digest('hex');
      await workspace.addParsedSource(parsed, { fileName: file.name, fileHash, options: importOptions, name });
      return workspace.state();
    },
    'source.remove': async ({ sourceId }) => {
      await workspace.removeSource(sourceId);
      return workspace.state();
    },

    'recipe.set': async ({ recipe }) => {
      workspace.setRecipe(recipe);
      return workspace.state();
    },
    'join.preview': async ({ recipe, step }) => workspace.joinPreview(recipe, step),

    'table.page': async ({ recipe, offset, limit, sort }) => workspace.page(recipe, offset, limit, sort),
    'table.distinct': async ({ recipe, column, limit }) => workspace.distinct(recipe, column, limit),
    'chart.summary': async ({ recipe, chart }) => workspace.summary(recipe, chart),

    'view.save': async ({ view }) => {
      workspace.saveView(view);
      return workspace.state();
    },
    'view.delete': async ({ viewId }) => {
      workspace.deleteView(viewId);
      return workspace.state();
    },
  });

  return {
    handlers: handlers satisfies Handlers<EngineChannel>,
    files,
    async close() {
      await idle();
      session.close();
      await files.dispose();
    },
  };
}

/**
 * Wraps every handler so calls run one at a time, in arrival order: a project being
 * replaced or saved is never read half-way. `idle` resolves when the calls so far are done.
 */
function serialized<T extends object>(handlers: T): { handlers: T; idle(): Promise<void> } {
  let queue: Promise<unknown> = Promise.resolve();
  const out: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (request: unknown) => Promise<unknown>][]) {
    out[channel] = (request) => {
      const next = queue.then(() => handler(request));
      queue = next.catch(() => undefined);
      return next;
    };
  }
  return { handlers: out as T, idle: () => queue.then(() => undefined) };
}

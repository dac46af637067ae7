import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { formatMessage } from '../../shared/i18n/index';
import type { EngineChannel, Handlers } from '../../shared/api/contract';
import { WerkbankError } from '../../shared/api/errors';
import { buildDemo } from './project/demo';
import { FileRegistry } from './infra/files';
import * as importPipeline from './import/index';
import { sqlRunner } from './import/sql-runner';
import { type ImportPipeline, ImportService } from './project/import-service';
import { type Job, JobRegistry } from './infra/jobs';
import { deleteProfile, findProfile, importProfile, listProfiles, MAX_PROFILE_BYTES, profileFileName, profileFileText, saveProfile } from './project/profiles';
import { refreshPreview, refreshSource } from './project/refresh';
import { Session } from './db/session';
import { APP_NAME, openProject, saveProject, writeFileAtomic } from './project/store';
import { deleteStory, nextStory, recordExport, saveRok, saveStory, sourcesOfRecipes, sourcesOfViews } from './project/stories';
import { isPupilLevel } from '../../shared/model/recipe/privacy';
import { computeDeck } from './story/deck';
import { exportStory } from './story/export';
import { privacyHandlers, projectKey } from './story/privacy-handlers';
import { tableSuppression } from './export/table-privacy';
import { pupilCodes } from './export/table-pseudonyms';
import { createTempRoot, type TempRoot } from './infra/temp-root';
import { Project } from './project/project';
import { deleteView, duplicateView, moveView, saveView } from './project/views';
import { dependentsOf, removeWithDependents } from './project/remove-source';
import { Autosave, isInside } from './journal/autosave';
import { Journal } from './journal/journal';
import { recoveryHandlers } from './journal/handlers';

export interface Engine {
  handlers: Handlers<EngineChannel>;
  files: FileRegistry;
  close(): Promise<void>;
}

export interface EngineOptions {
  shell: 'electron' | 'browser';
  version: string;
  /**
   * The run's private temp root (infra/temp-root.ts), created by the shell at start. Without one the
   * engine makes its own and removes it on close (tests).
   */
  tempRoot?: TempRoot;
  /** The import pipeline; tests pass a stand-in to control timing. */
  pipeline?: ImportPipeline;
  /**
   * The journal's folder in the user's data folder (journal/journal.ts): autosave and recovery.
   * Without one (the CLI, most tests) nothing is journaled.
   */
  journalDir?: string;
  /** Quiet time before a snapshot (tests shorten it). */
  autosaveDelayMs?: number;
}

/**
 * The engine behind every shell: one DuckDB session, one open project, the file registry,
 * the import service and the job registry, and a handler per 'engine' channel of the contract.
 * Handlers run one at a time, so a project being replaced is never read half-way — except
 * `job.progress` and `job.cancel`, which answer at once, also while an import runs.
 */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const ownRoot = options.tempRoot ? null : await createTempRoot();
  const root = options.tempRoot ?? ownRoot!;
  // Every temporary copy of pupil data goes inside the root, DuckDB's spill files too.
  const session = await Session.create({ tempDir: join(root.dir, 'duckdb') }).catch(async (error: unknown) => {
    await ownRoot?.dispose();
    throw error;
  });
  const files = await FileRegistry.create(root.dir).catch(async (error: unknown) => {
    session.close();
    await ownRoot?.dispose();
    throw error;
  });
  const jobs = new JobRegistry();
  const service = new ImportService(sqlRunner(session), files, options.pipeline ?? importPipeline);
  const queue = new SerialQueue();
  let project = new Project(session);
  const journal = options.journalDir ? await Journal.open(options.journalDir) : null;
  const autosave = journal
    ? new Autosave(journal, {
        appVersion: options.version,
        tempRoot: root,
        enqueue: (task) => queue.push(task),
        project: () => project,
        ...(options.autosaveDelayMs !== undefined ? { delayMs: options.autosaveDelayMs } : {}),
        onError: (error) => process.stderr.write(`autosave failed: ${error instanceof Error ? error.message : String(error)}\n`),
      })
    : null;
  await autosave?.began(project, null, { userPath: false });

  /**
   * Makes `next` the open project; the previous one's tables and the staged files are dropped.
   * `path`: the file it came from; `recovered`: it came from the journal and keeps its slot.
   */
  const replace = async (next: Project, path: string | null = null, recovered = false) => {
    const previous = project;
    project = next;
    await previous.dispose();
    await service.clear();
    // An encrypted project's rows never go to DuckDB's spill files.
    await session.allowSpill(project.passphrase === null);
    await autosave?.began(project, path, { userPath: path !== null && !isInside(files.tempDir, path), recovered });
    return project.state();
  };

  /** A call that waits its turn; a change it made is journaled once the user pauses. */
  const serial =
    <Req, Res>(handler: (request: Req) => Promise<Res>) =>
    (request: Req): Promise<Res> =>
      queue.push(async () => {
        try {
          return await handler(request);
        } finally {
          autosave?.changed();
        }
      });

  /**
   * A long call that waits its turn as a job: registered on arrival, so its progress (phase
   * 'waiting') and cancel work while it still waits behind other calls.
   */
  const jobbed =
    <Req, Res>(handler: (request: Req, job: Job) => Promise<Res>) =>
    (request: Req): Promise<Res> => {
      let handle;
      try {
        handle = jobs.start((request as { jobId?: string }).jobId);
      } catch (error) {
        return Promise.reject(error);
      }
      const started = handle;
      return queue.push(async () => {
        try {
          return await started.run((job) => handler(request, job));
        } finally {
          autosave?.changed();
        }
      });
    };

  const handlers: Handlers<EngineChannel> = {
    'app.info': serial(async () => ({ name: APP_NAME, version: options.version, shell: options.shell, platform: process.platform })),

    'project.new': serial(async () => replace(new Project(session))),
    'project.demo': serial(async () => replace(await buildDemo(session))),
    'project.get': serial(async () => project.state()),
    'project.open': serial(async ({ fileId, passphrase }) => {
      const file = files.resolve(fileId);
      // The path, not the bytes: the tables are streamed from the file (docs/decisions/0003).
      return replace(await openProject(session, file.path, file.name, root.dir, passphrase ?? null), file.path);
    }),
    'project.save': serial(async ({ fileId, passphrase }) => {
      const file = fileId === null ? files.createOutput(`${project.name}.werkbank`) : { fileId, name: files.resolve(fileId).name };
      const path = files.resolve(file.fileId).path;
      await saveProject(project, path, { appVersion: options.version, tempRoot: root, ...(passphrase ? { passphrase } : {}) });
      await session.allowSpill(project.passphrase === null);
      await autosave?.saved(project, path, !isInside(files.tempDir, path));
      return { state: await project.state(), file };
    }),

    'export.table': jobbed(async ({ recipe, format, fileId, suppressBelow, locale, pseudonymise }, job) => {
      const ext = format === 'csv-flemish' || format === 'csv-international' ? 'csv' : format;
      const file = fileId === null ? files.createOutput(`${project.name || 'Resultaat'}.${ext}`) : { fileId, name: files.resolve(fileId).name };
      job.progress('exporting', 0);
      // Groups under k left empty in a grouped result (export/table-privacy.ts).
      const k = suppressBelow === undefined ? project.privacy.k : suppressBelow;
      const written = await project.exportTable(
        recipe,
        format,
        files.resolve(file.fileId).path,
        root,
        (n, total) => {
          job.throwIfCancelled();
          job.progress('exporting', total > 0 ? n / total : null);
        },
        // Pupil codes instead of the chosen identifying columns (export/table-pseudonyms.ts); else small groups suppressed.
        async (result) =>
          pseudonymise && pseudonymise.length > 0
            ? pupilCodes(session, result, pseudonymise, projectKey(project), locale)
            : tableSuppression(recipe ?? project.recipe, result.columns, k, locale),
      );
      // The export log: what left, from which sources, and whether it holds a row per pupil.
      const exported = recipe ?? project.recipe;
      if (exported) {
        const { columns } = await project.result(exported);
        recordExport(project, {
          at: project.clock().toISOString(),
          format: ext,
          storyId: null,
          viewIds: [],
          sources: sourcesOfRecipes(project, [exported]),
          privacy: { pseudonymise: (pseudonymise?.length ?? 0) > 0, suppressBelow: isPupilLevel(exported, columns) ? null : k },
          fileName: basename(file.name),
          pupilLevelSlides: isPupilLevel(exported, columns) ? 1 : 0,
          suppressedGroups: written.suppressed,
        });
      }
      return { file, ...written };
    }),

    ...recoveryHandlers({
      journal,
      session,
      files,
      tempDir: root.dir,
      serial,
      project: () => project,
      replace,
      wiped: async () => {
        await service.clear();
        await files.clearTemp();
      },
    }),

    'file.upload': serial(async ({ name, data }) => files.upload(name, data)),
    'file.inspect': jobbed(async ({ fileId, options: importOptions }, job) => (await service.preview(project, fileId, importOptions, job)).inspect),

    'import.preview': jobbed(async ({ fileId, options: importOptions }, job) => service.preview(project, fileId, importOptions, job)),
    'source.import': jobbed(async ({ fileId, options: importOptions, name }, job) => {
      await service.importSource(project, fileId, importOptions, name, job);
      return project.state();
    }),
    'source.refreshPreview': jobbed(async (request, job) => refreshPreview(service, project, request, job)),
    'source.refresh': jobbed(async (request, job) => {
      await refreshSource(service, project, request, job);
      return project.state();
    }),
    'source.rename': serial(async ({ sourceId, name }) => {
      await project.renameSource(sourceId, name);
      return project.state();
    }),
    'source.remove': serial(async ({ sourceId, withDependents }) => {
      if (withDependents) await removeWithDependents(project, sourceId);
      else await project.removeSource(sourceId);
      return project.state();
    }),
    'source.dependents': serial(async ({ sourceId }) => dependentsOf(project, sourceId)),

    'job.progress': async ({ jobId }) => jobs.progress(jobId),
    'job.cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),

    'profile.list': serial(async () => ({ profiles: listProfiles(project) })),
    'profile.save': serial(async ({ profile }) => {
      saveProfile(project, profile);
      return project.state();
    }),
    'profile.delete': serial(async ({ profileId }) => {
      deleteProfile(project, profileId);
      return project.state();
    }),
    'profile.export': serial(async ({ profileId, fileId }) => {
      const profile = findProfile(project, profileId);
      const file = fileId === null ? files.createOutput(profileFileName(profile)) : { fileId, name: files.resolve(fileId).name };
      const text = new TextEncoder().encode(profileFileText(profile));
      const path = files.resolve(file.fileId).path;
      // A download is a fresh file; a file the user chose is replaced whole or not at all.
      if (fileId === null) await writeFile(path, text, { mode: 0o600 });
      else await writeFileAtomic(path, text, root);
      return file;
    }),
    'profile.import': serial(async ({ fileId }) => {
      const file = files.resolve(fileId);
      if ((await stat(file.path)).size > MAX_PROFILE_BYTES) throw new WerkbankError('errors.profile.notAProfile');
      importProfile(project, await readFile(file.path));
      return project.state();
    }),

    'recipe.set': serial(async ({ recipe, tolerant }) => {
      project.setRecipe(recipe, { tolerant });
      return project.state();
    }),
    'join.preview': serial(async ({ recipe, step }) => project.joinPreview(recipe, step)),
    'match.candidates': serial(async ({ recipe, step, bands, offset, limit }) => project.matchCandidates(recipe, { step, bands, offset, limit })),
    'match.guess': serial(async ({ recipe, right }) => project.matchGuess(recipe, right)),

    'table.page': serial(async ({ recipe, offset, limit, sort }) => project.page(recipe, offset, limit, sort)),
    'table.distinct': serial(async ({ recipe, column, limit }) => project.distinct(recipe, column, limit)),
    'table.columnStats': serial(async ({ recipe }) => project.columnStats(recipe)),
    'chart.summary': serial(async ({ recipe, chart }) => project.summary(recipe, chart)),
    'analysis.gain': serial(async ({ recipe, analysis }) => project.gain(recipe, analysis)),
    'analysis.reference': serial(async ({ recipe, analysis }) => project.reference(recipe, analysis)),
    'analysis.survey': serial(async ({ analysis }) => project.survey(analysis)),

    'view.save': serial(async ({ view }) => {
      saveView(project, view);
      return project.state();
    }),
    'view.delete': serial(async ({ viewId }) => {
      deleteView(project, viewId);
      return project.state();
    }),
    'view.duplicate': serial(async ({ viewId, locale }) => {
      duplicateView(project, viewId, formatMessage({ code: 'story.views.copy', params: {} }, locale));
      return project.state();
    }),
    'view.move': serial(async ({ viewId, to }) => {
      moveView(project, viewId, to);
      return project.state();
    }),
    'view.exported': serial(async ({ viewId, format, fileName, privacy, pupilLevel, suppressedGroups }) => {
      const view = project.views.find((v) => v.id === viewId);
      if (!view) throw new WerkbankError('errors.view.unknown', { view: viewId });
      recordExport(project, {
        at: project.clock().toISOString(),
        format,
        storyId: null,
        viewIds: [viewId],
        sources: sourcesOfViews(project, [view]),
        privacy,
        fileName: basename(fileName),
        pupilLevelSlides: pupilLevel ? 1 : 0,
        suppressedGroups,
      });
      return project.state();
    }),

    'story.save': serial(async ({ story }) => {
      saveStory(project, story);
      return project.state();
    }),
    'story.delete': serial(async ({ storyId }) => {
      deleteStory(project, storyId);
      return project.state();
    }),
    'story.next': serial(async ({ storyId, title }) => {
      nextStory(project, storyId, title);
      return project.state();
    }),
    'story.deck': serial(async ({ storyId, privacy, locale }) => computeDeck(project, storyId, privacy, locale)),
    'rok.save': serial(async ({ catalog }) => {
      saveRok(project, catalog);
      return project.state();
    }),
    'export.story': jobbed(async ({ storyId, format, privacy, locale, fileId }, job) => {
      const story = project.stories.find((s) => s.id === storyId);
      if (!story) throw new WerkbankError('errors.story.unknown', { story: storyId });
      const file = fileId === null ? files.createOutput(`${story.title}.${format}`) : { fileId, name: files.resolve(fileId).name };
      const written = await exportStory(
        project,
        { storyId, format, privacy, locale },
        { path: files.resolve(file.fileId).path, fileName: file.name, pending: root },
        (phase) => {
          job.throwIfCancelled();
          job.progress(phase === 'computing' ? 'analysing' : 'exporting', null);
        },
      );
      return { file, slides: written.slides, snapshot: written.snapshot, state: await project.state() };
    }),
    ...privacyHandlers(() => project, serial),
  };

  return {
    handlers,
    files,
    async close() {
      jobs.cancelAll();
      await queue.idle();
      await autosave?.close();
      await service.clear();
      session.close();
      await files.dispose();
      await ownRoot?.dispose();
    },
  };
}

/**
 * Runs tasks one at a time, in arrival order: a project being replaced or saved is never
 * read half-way. `idle` resolves when the tasks so far are done.
 */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  push<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task);
    this.tail = next.catch(() => undefined);
    return next;
  }

  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}

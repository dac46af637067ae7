import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportPreview } from '../../../shared/api/contract';
import { WerkbankError } from '../../../shared/api/errors';
import { BUILTIN_PROFILES } from '../../../shared/import/builtin-profiles';
import { matchProfile, mergeOptions } from '../../../shared/import/profile-match';
import type { ImportProfile } from '../../../shared/model/profile';
import type { ImportOptions, InspectResult, SourceInfo } from '../../../shared/model/source';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import type { FileRegistry } from '../infra/files';
import { stageOptions } from '../import/index';
import type { SqlRunner, StageContext, StagedTable, StageRequest } from '../import/stage/types';
import type { Job } from '../infra/jobs';
import { profileById } from './profiles';
import type { Project } from './project';

/**
 * The glue between the API and the import pipeline (stage → analyse → convert): staging a file
 * once and re-analysing it cheaply while the dialog changes options, choosing the profile,
 * previewing, and importing into the project so that an error or a cancel leaves the project
 * exactly as it was.
 */

/** What analysing a staged table gives: the preview's findings and the pipeline's own plan. */
export interface Analysis {
  inspect: InspectResult;
  plan: unknown;
}

/**
 * The pipeline's entry points (electron/engine/import/index.ts). Method syntax on purpose: the
 * pipeline's own `Analysis` has a typed plan, which these signatures pass along untouched.
 */
export interface ImportPipeline {
  stageFile(request: StageRequest, context: StageContext, sql: SqlRunner): Promise<StagedTable>;
  analyse(sql: SqlRunner, staged: StagedTable, options: ImportOptions, fileName: string, profile: { id: string; name: string } | null): Promise<Analysis>;
  previewRows(sql: SqlRunner, staged: StagedTable, analysis: Analysis, limit: number): Promise<Cell[][]>;
  rawRows(sql: SqlRunner, staged: StagedTable, limit: number): Promise<{ row: number; cells: string[] }[]>;
  convert(sql: SqlRunner, staged: StagedTable, analysis: Analysis, targetTable: string, context?: StageContext): Promise<{ columns: ColumnInfo[]; rowCount: number }>;
  dropStaged(sql: SqlRunner, staged: StagedTable): Promise<void>;
}

/** Rows the import dialog shows as they will be imported, and as they are in the file. */
export const PREVIEW_ROWS = 50;
export const RAW_ROWS = 30;
/** Staged files kept for re-analysis; the oldest is dropped beyond this. */
export const MAX_STAGED = 4;

/** A file staged and analysed with the options that apply, the profile resolved. */
export interface Resolved {
  file: { fileId: string; path: string; name: string };
  staged: StagedTable;
  analysis: Analysis;
  /**
   * The options in effect: the profile's merged under the user's, with `profileId` the applied
   * profile's id, or null when none applied (so a refresh never picks another one by itself).
   */
  options: ImportOptions;
  profile: ImportProfile | null;
}

export interface ResolveOptions {
  /**
   * A refresh re-applies a source's stored options, which already hold the profile's settings:
   * a profile deleted since then is no reason to refuse.
   */
  lenientProfile?: boolean;
}

interface StageEntry {
  fileId: string;
  staged: Promise<StagedTable>;
  /**
   * Analyses of this staged table by options and profile, most recent last: the dialog's
   * preview and the import that follows it with the same options analyse once.
   */
  analyses: Map<string, Promise<Analysis>>;
}

/** Analyses kept per staged table. */
const MAX_ANALYSES = 6;

export class ImportService {
  /** Staged tables by (fileId, sheet, encoding, delimiter), least recently used first. */
  private readonly stages = new Map<string, StageEntry>();
  /** sha256 of uploaded files by fileId. */
  private readonly hashes = new Map<string, string>();

  constructor(
    private readonly sql: SqlRunner,
    private readonly files: FileRegistry,
    private readonly pipeline: ImportPipeline,
    private readonly maxStaged = MAX_STAGED,
  ) {}

  /** How many staged tables are kept (tests). */
  get stagedCount(): number {
    return this.stages.size;
  }

  /** What importing the file with these options would give; imports nothing. */
  async preview(ws: Project, fileId: string, options: ImportOptions, job: Job): Promise<ImportPreview> {
    const resolved = await this.resolve(ws, fileId, options, job);
    const preview = await this.previewOf(resolved, job);
    return { ...preview, existing: await this.existingSource(ws, resolved.file, job) };
  }

  /**
   * The source this file is most likely a new version of: one imported from the same bytes,
   * else one imported from a file of the same name (an export downloaded again).
   */
  private async existingSource(ws: Project, file: Resolved['file'], job: Job): Promise<ImportPreview['existing']> {
    if (ws.sources.length === 0) return null;
    const hash = await this.fileHash(file, job);
    const same = ws.sources.find((s) => s.fileHash === hash);
    const named = same ?? ws.sources.find((s) => s.fileName.toLowerCase() === file.name.toLowerCase());
    return named ? { sourceId: named.id, name: named.name, sameContent: named === same } : null;
  }

  /** The file's hash, computed once per uploaded file (the preview and the import both need it). */
  private async fileHash(file: Resolved['file'], job: Job): Promise<string> {
    const known = this.hashes.get(file.fileId);
    if (known !== undefined) return known;
    const hash = await this.hash(file.path, job);
    this.hashes.set(file.fileId, hash);
    return hash;
  }

  async previewOf(resolved: Resolved, job: Job): Promise<ImportPreview> {
    job.progress('analysing', null);
    const rows = await this.pipeline.previewRows(this.sql, resolved.staged, resolved.analysis, PREVIEW_ROWS);
    const rawRows = await this.pipeline.rawRows(this.sql, resolved.staged, RAW_ROWS);
    job.throwIfCancelled();
    return { inspect: resolved.analysis.inspect, rows, rawRows, existing: null };
  }

  /**
   * Imports the file as a new source of `ws`. Nothing in the project changes until the table
   * is complete; on an error or a cancel the half-made table is dropped.
   */
  async importSource(ws: Project, fileId: string, options: ImportOptions, name: string | undefined, job: Job): Promise<SourceInfo> {
    const resolved = await this.resolve(ws, fileId, options, job);
    const fileHash = await this.fileHash(resolved.file, job);
    const { inspect } = resolved.analysis;
    const info = await ws.addSource(
      {
        fileName: resolved.file.name,
        fileHash,
        options: resolved.options,
        name,
        format: inspect.format,
        sheet: inspect.sheet,
        headerRow: inspect.headerRow,
        warnings: inspect.warnings,
      },
      async (table) => {
        job.progress('converting', null);
        const created = await this.pipeline.convert(this.sql, resolved.staged, resolved.analysis, table, this.context(job));
        // The last moment a cancel counts: after this the source is part of the project.
        job.throwIfCancelled();
        return created;
      },
    );
    await this.forget(fileId);
    return info;
  }

  /**
   * Stages the file (or reuses its staged table) and analyses it, choosing the profile:
   * `options.profileId` a string → that profile (the project's or a built-in one); null → none;
   * absent → the best match for the headers the file has with the user's options. A profile's
   * options always go under the user's: what the user set in the dialog wins, the rest of the
   * profile (a survey's label mapping, say) keeps applying while they edit other columns.
   */
  async resolve(ws: Project, fileId: string, options: ImportOptions, job: Job, how: ResolveOptions = {}): Promise<Resolved> {
    const file = { fileId, ...this.files.resolve(fileId) };
    const { profileId, ...own } = options;
    let profile: ImportProfile | null = null;
    let headers: string[] | undefined;
    let entry = await this.stage(file, own, job);
    const staged = async () => entry.staged;

    if (typeof profileId === 'string') {
      profile = profileById(ws, profileId);
      if (!profile && !how.lenientProfile) throw new WerkbankError('errors.profile.unknown', { profile: profileId });
    } else if (profileId === undefined) {
      const first = await this.analyse(entry, own, file.name, null, job);
      headers = first.inspect.columns.map((c) => c.source);
      profile = matchProfile([...ws.profiles, ...BUILTIN_PROFILES], headers);
      if (!profile) return { file, staged: await staged(), analysis: first, options: { ...own, profileId: null }, profile: null };
    }

    const effective: ImportOptions = profile ? { ...mergeOptions(profile.options, own, headers), profileId: profile.id } : { ...own, profileId: null };
    // A profile may name the sheet (or encoding, delimiter) of its export: stage that one.
    if (stageKey(fileId, effective) !== stageKey(fileId, own)) entry = await this.stage(file, effective, job);
    const analysis = await this.analyse(entry, effective, file.name, profile && { id: profile.id, name: profile.name }, job);
    job.throwIfCancelled();
    return { file, staged: await staged(), analysis, options: effective, profile };
  }

  /** Converts a resolved file into a table of the caller's choosing (refresh). */
  async convert(resolved: Resolved, table: string, job: Job): Promise<{ columns: ColumnInfo[]; rowCount: number }> {
    job.progress('converting', null);
    return this.pipeline.convert(this.sql, resolved.staged, resolved.analysis, table, this.context(job));
  }

  /** sha256 of the file, read as a stream (files can be large). */
  async hash(path: string, job: Job): Promise<string> {
    const size = (await stat(path)).size;
    const hash = createHash('sha256');
    let read = 0;
    job.progress('hashing', size > 0 ? 0 : null);
    for await (const chunk of createReadStream(path, { signal: job.signal, highWaterMark: 1 << 20 })) {
      hash.update(chunk as Buffer);
      read += (chunk as Buffer).length;
      if (size > 0) job.progress('hashing', read / size);
    }
    job.throwIfCancelled();
    return hash.digest('hex');
  }

  /** Drops the staged tables of a file (it was imported, or the file is gone). */
  async forget(fileId: string): Promise<void> {
    this.hashes.delete(fileId);
    for (const [key, entry] of [...this.stages]) {
      if (entry.fileId !== fileId) continue;
      this.stages.delete(key);
      await this.drop(entry);
    }
  }

  /** Drops every staged table (the project is replaced, the engine closes). */
  async clear(): Promise<void> {
    this.hashes.clear();
    const entries = [...this.stages.values()];
    this.stages.clear();
    for (const entry of entries) await this.drop(entry);
  }

  private async stage(file: Resolved['file'], options: ImportOptions, job: Job): Promise<StageEntry> {
    const key = stageKey(file.fileId, options);
    const cached = this.stages.get(key);
    if (cached) {
      this.stages.delete(key);
      this.stages.set(key, cached);
      return cached;
    }
    const request: StageRequest = {
      path: file.path,
      fileName: file.name,
      options: stageOptions(options),
    };
    const staged = (async () => {
      const tempDir = await mkdtemp(join(this.files.tempDir, 'stage-'));
      try {
        return await this.pipeline.stageFile(request, { ...this.context(job), tempDir }, this.sql);
      } finally {
        await rm(tempDir, { recursive: true, force: true });
      }
    })();
    const entry: StageEntry = { fileId: file.fileId, staged, analyses: new Map() };
    this.stages.set(key, entry);
    try {
      await staged;
    } catch (error) {
      // A failed or cancelled staging is not kept: the next attempt starts afresh.
      if (this.stages.get(key) === entry) this.stages.delete(key);
      throw error;
    }
    await this.evict();
    return entry;
  }

  /** Analyses the staged table, or reuses the analysis of the same options and profile. */
  private async analyse(entry: StageEntry, options: ImportOptions, fileName: string, profile: { id: string; name: string } | null, job: Job): Promise<Analysis> {
    const key = JSON.stringify([options, profile]);
    const cached = entry.analyses.get(key);
    if (cached) return cached;
    job.progress('analysing', null);
    const staged = await entry.staged;
    const analysis = this.pipeline.analyse(this.sql, staged, options, fileName, profile);
    entry.analyses.set(key, analysis);
    try {
      await analysis;
    } catch (error) {
      entry.analyses.delete(key);
      throw error;
    }
    while (entry.analyses.size > MAX_ANALYSES) entry.analyses.delete(entry.analyses.keys().next().value!);
    return analysis;
  }

  private async evict(): Promise<void> {
    while (this.stages.size > this.maxStaged) {
      const [key, entry] = this.stages.entries().next().value!;
      this.stages.delete(key);
      await this.drop(entry);
    }
  }

  private async drop(entry: StageEntry): Promise<void> {
    const staged = await entry.staged.catch(() => null);
    if (staged) await this.pipeline.dropStaged(this.sql, staged).catch(() => undefined);
  }

  private context(job: Job): StageContext {
    return { progress: (phase, fraction) => job.progress(phase, fraction), signal: job.signal, tempDir: this.files.tempDir };
  }
}

/** Only these options change the staged table; everything else is analysis. */
export function stageKey(fileId: string, options: ImportOptions): string {
  return JSON.stringify([fileId, options.sheet ?? null, options.encoding ?? null, options.delimiter ?? null]);
}

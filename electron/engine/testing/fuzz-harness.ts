import { isAbsolute, relative } from 'node:path';
import type { EngineChannel } from '../../../shared/api/contract';
import { flatKeys, resources } from '../../../shared/i18n/index';
import { hostileCorpus } from './hostile-corpus';
import { harvest, type Vocabulary } from './zod-arbitrary';

/**
 * What the boundary fuzz tests (engine/boundary-fuzz.test.ts, host/boundary-fuzz.test.ts) share:
 * the vocabulary of the demo project, the codes a refusal may carry, and checks of the engine's
 * state around a call.
 */

/** Every code of the message catalogue: a refusal must carry one of them. */
export const KNOWN_CODES: ReadonlySet<string> = new Set(flatKeys(resources['nl-BE'].translation));

/** A refusal names its code and a few bounded parameters: it never echoes a request back. */
export const MAX_REFUSAL_CHARS = 16 * 1024;

/** How long one call may take before the fuzz calls it a hang. */
export const CALL_TIMEOUT_MS = 20_000;

/**
 * Untyped failures found by the fuzz whose cause lies in code others are changing now; each is
 * tolerated only where its error matches (the project must still be unchanged), and its entry
 * goes when the cause is fixed. Anything else untyped fails the test.
 */
export const KNOWN_UNTYPED: ReadonlyArray<{ channels: EngineChannel[]; error: RegExp; cause: string }> = [];

export function withTimeout<T>(promise: Promise<T>, what: string, ms = CALL_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Global prototypes as they are: a request must never add to them. */
export const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join()).join('|');

/** Where two project states first differ, for a message short enough to read (null: the same). */
export function stateDifference(before: string, after: string): string | null {
  if (before === after) return null;
  let at = 0;
  while (before[at] === after[at]) at++;
  const around = (s: string) => s.slice(Math.max(0, at - 150), at + 150);
  return `…${around(before)}… became …${around(after)}…`;
}

/** File ids in an answer that point outside `dir` (the engine's private temp dir). */
export function filesOutside(value: unknown, dir: string, resolve: (fileId: string) => { path: string }): string[] {
  const out: string[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null) {
      const record = v as Record<string, unknown>;
      if (typeof record.fileId === 'string' && typeof record.name === 'string') {
        const path = relative(dir, resolve(record.fileId).path);
        if (path.startsWith('..') || isAbsolute(path)) out.push(path);
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(value);
  return out;
}

/** A call that must succeed, as the fuzz sets up its vocabulary. */
export type Call = (channel: EngineChannel, request?: unknown) => Promise<unknown>;

/**
 * Opens the demo and collects what a hostile request should use to get far: the project's ids,
 * names and sub-values, and files to open and import (the small files of the hostile corpus, an
 * ordinary CSV, an exported profile and the saved project). Leaves the demo open, saved.
 */
export async function demoVocabulary(call: Call): Promise<Vocabulary & { fileIds: string[] }> {
  await call('project.demo');
  const files = hostileCorpus()
    .map((c) => ({ name: c.name, bytes: c.bytes() }))
    .filter((f) => f.bytes.length <= 8 * 1024);
  files.push({ name: 'toets.csv', bytes: new TextEncoder().encode('Stamboeknummer;Klas;Score (/40)\n2023054;1A;31\n2023055;1B;afw\n') });
  const fileIds: string[] = [];
  for (const file of files) fileIds.push(((await call('file.upload', { name: file.name, data: file.bytes })) as { fileId: string }).fileId);
  const profiles = (await call('profile.list')) as { profiles: Array<{ id: string }> };
  fileIds.push(((await call('profile.export', { profileId: profiles.profiles[0]!.id, fileId: null })) as { fileId: string }).fileId);
  fileIds.push(((await call('project.save', { fileId: null })) as { file: { fileId: string } }).file.fileId);
  const { strings, keyed, seeds } = harvest([await call('project.get'), profiles]);
  return {
    strings: [...strings, ...fileIds, 'job-00000001'],
    keyed: { ...keyed, fileId: fileIds, jobId: ['job-00000001'] },
    seeds,
    files: files.map((f) => f.bytes),
    fileIds,
  };
}

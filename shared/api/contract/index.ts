import type { z } from 'zod';
import { analysisCalls } from './analysis';
import { exportCalls } from './export';
import { importCalls } from './import';
import { privacyCalls } from './privacy';
import { projectCalls } from './project';
import { recipeCalls } from './recipe';
import { recoveryCalls } from './recovery';
import { appCalls, dialogCalls } from './shell';
import { storyCalls, storyExportCalls } from './stories';
import { viewCalls } from './views';

/**
 * Every call that crosses a process boundary, declared once: its name, its request and
 * its response. The Electron IPC handlers, the browser host and the renderer's client are
 * all driven by this table, and requests are validated on arrival (`../dispatch.ts`).
 *
 * The calls are declared by area in the files beside this one; this table puts them
 * together. Its order is the order of `channels` and `engineChannels`.
 */
export const contract = {
  ...appCalls,
  ...projectCalls,
  ...recoveryCalls,
  ...importCalls,
  ...recipeCalls,
  ...analysisCalls,
  ...viewCalls,
  ...storyCalls,
  ...dialogCalls,
  ...exportCalls,
  ...storyExportCalls,
  ...privacyCalls,
} as const;

export { FileRef } from './common';
export { AppInfo, events, MenuCommand, type EventPayload, type ShellEvent } from './shell';
export { ImportPreview, JobProgress, SourceDiff } from './import';
export { RecoverySlot } from './recovery';

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type EngineChannel = { [K in Channel]: Contract[K]['side'] extends 'engine' ? K : never }[Channel];
export type ShellChannel = Exclude<Channel, EngineChannel>;
/** What a caller may send on a channel (before defaults are applied). */
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** What a handler receives: the request after validation, defaults applied. */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
/** What a channel answers (`z.infer`, the output of its response schema). */
export type ResponseOf<C extends Channel> = z.infer<Contract[C]['response']>;

export const channels = Object.keys(contract) as Channel[];
export const engineChannels = channels.filter((c) => contract[c].side === 'engine') as EngineChannel[];
export const shellChannels = channels.filter((c) => contract[c].side === 'shell') as ShellChannel[];

/** The API as the renderer sees it: one async function per call. */
export type WerkbankApi = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/** Handlers a shell provides: they receive requests already validated. */
export type Handlers<C extends Channel> = { [K in C]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>> };

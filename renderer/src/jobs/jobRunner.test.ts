import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/api/contract';
import { WerkbankError } from '../../../shared/api/errors';
import { CANCELLED_CODE, type JobView, JobRunner } from './jobRunner';

/** A fake engine job API and a manual clock: each tick runs the timers that are due. */
function harness() {
  const progress = new Map<string, JobProgress>();
  const cancelled: string[] = [];
  const asked: string[] = [];
  const timers: Array<{ fn: () => void; id: number }> = [];
  let nextTimer = 0;
  let nextId = 0;
  const views: Array<JobView | null> = [];
  const api = {
    'job.progress': async ({ jobId }: { jobId: string }) => {
      asked.push(jobId);
      return progress.get(jobId) ?? { jobId, state: 'unknown' as const, phase: '', fraction: null };
    },
    'job.cancel': async ({ jobId }: { jobId: string }) => {
      cancelled.push(jobId);
      return { cancelled: true };
    },
  };
  const runner = new JobRunner(api, (v) => views.push(v), {
    newId: () => `job-${++nextId}-xxxx`,
    setTimer: (fn) => {
      const id = ++nextTimer;
      timers.push({ fn, id });
      return id;
    },
    clearTimer: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
  });
  const tick = async () => {
    const due = timers.splice(0);
    for (const t of due) t.fn();
    // Let the awaited progress answers settle.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { runner, progress, cancelled, asked, timers, views, tick };
}

/** A call the test settles by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('JobRunner', () => {
  it('polls progress while the call runs, shows it, and stops when the call settles', async () => {
    const h = harness();
    const call = deferred<string>();
    let seenId = '';
    const outcome = h.runner.run((jobId) => {
      seenId = jobId;
      return call.promise;
    });
    expect(h.runner.running?.jobId).toBe(seenId);
    h.progress.set(seenId, { jobId: seenId, state: 'running', phase: 'reading', fraction: 0.25 });
    await h.tick();
    expect(h.views.at(-1)).toMatchObject({ jobId: seenId, phase: 'reading', fraction: 0.25 });
    h.progress.set(seenId, { jobId: seenId, state: 'running', phase: 'converting', fraction: null });
    await h.tick();
    expect(h.views.at(-1)).toMatchObject({ phase: 'converting', fraction: null });
    expect(h.asked).toEqual([seenId, seenId]);
    call.resolve('table');
    expect(await outcome).toEqual({ status: 'done', value: 'table' });
    expect(h.views.at(-1)).toBeNull();
    expect(h.timers).toHaveLength(0);
  });

  it('cancel asks the engine to stop; the failing call then counts as cancelled, not as an error', async () => {
    const h = harness();
    const call = deferred<string>();
    const outcome = h.runner.run(() => call.promise);
    h.runner.cancel();
    expect(h.cancelled).toEqual(['job-1-xxxx']);
    expect(h.views.at(-1)).toMatchObject({ cancelling: true });
    call.reject(new WerkbankError('errors.internal', { detail: 'interrupted' }));
    expect(await outcome).toEqual({ status: 'cancelled' });
  });

  it('reports the engine’s cancelled error as cancelled and any other error as failed', async () => {
    const h = harness();
    expect(await h.runner.run(() => Promise.reject(new WerkbankError(CANCELLED_CODE)))).toEqual({ status: 'cancelled' });
    const error = new WerkbankError('errors.import.notASpreadsheet', { file: 'x.xlsx' });
    expect(await h.runner.run(() => Promise.reject(error))).toEqual({ status: 'failed', error });
  });

  it('a call that finished before the cancel arrived is done: the caller must know the work happened', async () => {
    const h = harness();
    const call = deferred<number>();
    const outcome = h.runner.run(() => call.promise);
    h.runner.cancel();
    call.resolve(7);
    expect(await outcome).toEqual({ status: 'done', value: 7 });
  });

  it('a newer job supersedes the running one: the old one is cancelled and its outcome ignored', async () => {
    const h = harness();
    const first = deferred<string>();
    const second = deferred<string>();
    const one = h.runner.run(() => first.promise);
    const two = h.runner.run(() => second.promise);
    expect(h.cancelled).toEqual(['job-1-xxxx']);
    expect(h.runner.running?.jobId).toBe('job-2-xxxx');
    first.reject(new WerkbankError(CANCELLED_CODE));
    expect(await one).toEqual({ status: 'superseded' });
    // The old job settling does not hide the new one's progress.
    expect(h.views.at(-1)).toMatchObject({ jobId: 'job-2-xxxx' });
    second.resolve('b');
    expect(await two).toEqual({ status: 'done', value: 'b' });
    expect(h.views.at(-1)).toBeNull();
  });

  it('dispose cancels what runs and stops polling', async () => {
    const h = harness();
    const call = deferred<string>();
    const outcome = h.runner.run(() => call.promise);
    h.runner.dispose();
    expect(h.cancelled).toEqual(['job-1-xxxx']);
    expect(h.timers).toHaveLength(0);
    call.reject(new WerkbankError(CANCELLED_CODE));
    expect(await outcome).toEqual({ status: 'superseded' });
  });
});

import { describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/api/errors';
import { type Job, JobRegistry, KEEP_FINISHED } from './jobs';

/** A promise and its resolve, to hold work at a point the test chooses. */
function gate<T = void>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

describe('JobRegistry', () => {
  it('shows the progress of a running job, then done', async () => {
    const jobs = new JobRegistry();
    const reached = gate();
    const release = gate();
    const running = jobs.run('job-aaaaaaaa', async (job) => {
      job.progress('reading', 0.25);
      reached.open();
      await release.promise;
      job.progress('converting', 2); // clamped
      return 42;
    });
    await reached.promise;
    expect(jobs.progress('job-aaaaaaaa')).toEqual({ jobId: 'job-aaaaaaaa', state: 'running', phase: 'reading', fraction: 0.25 });
    release.open();
    expect(await running).toBe(42);
    expect(jobs.progress('job-aaaaaaaa')).toEqual({ jobId: 'job-aaaaaaaa', state: 'done', phase: 'converting', fraction: 1 });
  });

  it('cancels through the signal; the job rejects as cancelled whatever the work threw', async () => {
    const jobs = new JobRegistry();
    const reached = gate();
    let seen: Job | null = null;
    const running = jobs.run('job-bbbbbbbb', async (job) => {
      seen = job;
      reached.open();
      await new Promise((_, reject) => job.signal.addEventListener('abort', () => reject(new Error('aborted by DuckDB'))));
    });
    await reached.promise;
    expect(jobs.cancel('job-bbbbbbbb')).toBe(true);
    expect(jobs.cancel('job-bbbbbbbb')).toBe(false); // already asked
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WerkbankError);
    expect((error as WerkbankError).code).toBe('errors.import.cancelled');
    expect(seen!.signal.aborted).toBe(true);
    expect(jobs.progress('job-bbbbbbbb').state).toBe('cancelled');
    expect(jobs.cancel('job-bbbbbbbb')).toBe(false); // finished
  });

  it('reports a failure as failed and passes the error on', async () => {
    const jobs = new JobRegistry();
    const error = await jobs.run('job-cccccccc', async () => {
      throw new WerkbankError('errors.import.empty', { file: 'x.csv' });
    }).catch((e: unknown) => e);
    expect((error as WerkbankError).code).toBe('errors.import.empty');
    expect(jobs.progress('job-cccccccc').state).toBe('failed');
  });

  it('never starts a job cancelled while it waited', async () => {
    const jobs = new JobRegistry();
    const handle = jobs.start('job-dddddddd');
    expect(jobs.progress('job-dddddddd')).toMatchObject({ state: 'running', phase: 'waiting' });
    expect(jobs.cancel('job-dddddddd')).toBe(true);
    let ran = false;
    await expect(handle.run(async () => void (ran = true))).rejects.toMatchObject({ code: 'errors.import.cancelled' });
    expect(ran).toBe(false);
    expect(jobs.progress('job-dddddddd').state).toBe('cancelled');
  });

  it('answers unknown for an id it never saw, refuses a running id twice, keeps only the last finished jobs', async () => {
    const jobs = new JobRegistry();
    expect(jobs.progress('never-seen')).toEqual({ jobId: 'never-seen', state: 'unknown', phase: '', fraction: null });
    expect(jobs.cancel('never-seen')).toBe(false);
    const held = gate();
    const first = jobs.run('same-id-1', () => held.promise);
    expect(() => jobs.start('same-id-1')).toThrow(expect.objectContaining({ code: 'errors.job.busy' }));
    held.open();
    await first;
    // A finished id may be used again.
    await jobs.run('same-id-1', async () => 1);
    for (let i = 0; i < KEEP_FINISHED + 5; i++) await jobs.run(`later-${i}`, async () => i);
    expect(jobs.progress('same-id-1').state).toBe('unknown');
    expect(jobs.progress('later-4').state).toBe('unknown');
    expect(jobs.progress('later-5').state).toBe('done');
    expect(jobs.progress(`later-${KEEP_FINISHED + 4}`).state).toBe('done');
  });

  it('gives a job without a client id an id of its own, and does not let it push named jobs out', async () => {
    const jobs = new JobRegistry();
    await jobs.run('named-job-1', async () => 1);
    const handle = jobs.start();
    expect(handle.id).toMatch(/^[0-9a-f-]{36}$/);
    const held = gate();
    const running = handle.run(() => held.promise);
    expect(jobs.progress(handle.id).state).toBe('running');
    held.open();
    await running;
    for (let i = 0; i < KEEP_FINISHED + 5; i++) await jobs.run(undefined, async () => i);
    expect(jobs.progress('named-job-1').state).toBe('done');
  });
});

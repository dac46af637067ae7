import type { JobProgress, WerkbankApi } from '../../../shared/api/contract';
import { WerkbankError } from '../../../shared/api/errors';

/**
 * Long engine calls (staging a file, importing, refreshing) with progress and cancel: the
 * call gets a client-chosen job id; while it runs, `job.progress` is asked every
 * POLL_MS and `job.cancel` stops it. One runner runs one job at a time: starting another
 * cancels the one still running (a newer preview makes the older one useless).
 */

export const POLL_MS = 250;

/** The error code the engine throws when a job was cancelled. */
export const CANCELLED_CODE = 'errors.import.cancelled';

export interface JobView {
  jobId: string;
  /** Catalogue key suffix under `jobs.phase.`; '' before the engine has said anything. */
  phase: string;
  /** 0…1, or null when the size of the work is not known. */
  fraction: number | null;
  /** The user asked to cancel; the engine has not stopped yet. */
  cancelling: boolean;
}

export type JobOutcome<T> =
  | { status: 'done'; value: T }
  | { status: 'cancelled' }
  /** Superseded by a newer job of the same runner: the caller should ignore it. */
  | { status: 'superseded' }
  | { status: 'failed'; error: unknown };

type JobApi = Pick<WerkbankApi, 'job.progress' | 'job.cancel'>;

export interface JobRunnerOptions {
  newId?: () => string;
  pollMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

interface Running {
  view: JobView;
  cancelled: boolean;
  superseded: boolean;
  timer: unknown;
}

export class JobRunner {
  private current: Running | null = null;
  private readonly newId: () => string;
  private readonly pollMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    private readonly api: JobApi,
    private readonly onChange: (view: JobView | null) => void,
    options: JobRunnerOptions = {},
  ) {
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.pollMs = options.pollMs ?? POLL_MS;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** The job running now, if any. */
  get running(): JobView | null {
    return this.current?.view ?? null;
  }

  /** Runs `start(jobId)`, polling its progress until it settles. */
  async run<T>(start: (jobId: string) => Promise<T>): Promise<JobOutcome<T>> {
    const previous = this.current;
    if (previous) {
      previous.superseded = true;
      this.stopPolling(previous);
      void this.api['job.cancel']({ jobId: previous.view.jobId }).catch(() => undefined);
    }
    const job: Running = {
      view: { jobId: this.newId(), phase: '', fraction: null, cancelling: false },
      cancelled: false,
      superseded: false,
      timer: null,
    };
    this.current = job;
    this.onChange(job.view);
    this.schedulePoll(job);
    try {
      const value = await start(job.view.jobId);
      if (job.superseded) return { status: 'superseded' };
      // Finished before the cancel took effect: the work is done, and the caller must know.
      return { status: 'done', value };
    } catch (error) {
      if (job.superseded) return { status: 'superseded' };
      if (job.cancelled || isCancelled(error)) return { status: 'cancelled' };
      return { status: 'failed', error };
    } finally {
      this.stopPolling(job);
      if (this.current === job) {
        this.current = null;
        this.onChange(null);
      }
    }
  }

  /** Asks the engine to stop the running job; its `run` then settles as cancelled. */
  cancel(): void {
    const job = this.current;
    if (!job || job.cancelled) return;
    job.cancelled = true;
    job.view = { ...job.view, cancelling: true };
    this.onChange(job.view);
    void this.api['job.cancel']({ jobId: job.view.jobId }).catch(() => undefined);
  }

  /** Stops polling and cancels whatever runs (the dialog that owns the runner closed). */
  dispose(): void {
    const job = this.current;
    if (!job) return;
    job.superseded = true;
    this.stopPolling(job);
    this.current = null;
    void this.api['job.cancel']({ jobId: job.view.jobId }).catch(() => undefined);
  }

  private schedulePoll(job: Running): void {
    job.timer = this.setTimer(() => void this.poll(job), this.pollMs);
  }

  private stopPolling(job: Running): void {
    if (job.timer !== null) this.clearTimer(job.timer);
    job.timer = null;
  }

  private async poll(job: Running): Promise<void> {
    job.timer = null;
    if (this.current !== job) return;
    let progress: JobProgress | null = null;
    try {
      progress = await this.api['job.progress']({ jobId: job.view.jobId });
    } catch {
      // A progress answer that fails changes nothing: the call itself reports its outcome.
    }
    if (this.current !== job) return;
    if (progress && progress.state === 'running') {
      job.view = { ...job.view, phase: progress.phase, fraction: progress.fraction };
      this.onChange(job.view);
    }
    this.schedulePoll(job);
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof WerkbankError && error.code === CANCELLED_CODE;
}

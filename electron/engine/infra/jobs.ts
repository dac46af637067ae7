import { randomUUID } from 'node:crypto';
import type { JobProgress } from '../../../shared/api/contract';
import { WerkbankError } from '../../../shared/api/errors';

/**
 * Long work (staging a file, importing, refreshing) runs as a job under a client-chosen id, so
 * that while the call runs the renderer can ask how far it is (`job.progress`) and stop it
 * (`job.cancel`). Those two calls answer from this registry at once; they never wait behind
 * the call they ask about.
 */

export type JobState = Exclude<JobProgress['state'], 'unknown'>;

/** How many finished jobs stay visible, so a late poll still sees how a job ended. */
export const KEEP_FINISHED = 20;

/** The phase of a job that has arrived but waits for the calls before it. */
export const WAITING_PHASE = 'waiting';

export interface Job {
  readonly id: string;
  /** Aborted when the user cancels; pass it to the work. */
  readonly signal: AbortSignal;
  readonly state: JobState;
  /** Phase is a catalogue key under `jobs.phase.`; fraction 0…1, or null when unknown. */
  progress(phase: string, fraction: number | null): void;
  /** Throws `errors.import.cancelled` when the job was cancelled: call it between steps. */
  throwIfCancelled(): void;
}

interface Entry {
  id: string;
  state: JobState;
  phase: string;
  fraction: number | null;
  controller: AbortController;
  /** Chosen by the client, so worth keeping for a late poll once finished. */
  named: boolean;
}

export class JobRegistry {
  private readonly running = new Map<string, Entry>();
  /** Finished jobs, oldest first. */
  private readonly finished = new Map<string, Entry>();

  /**
   * Registers a job (a random id when the client chose none). An id that is running already is
   * refused: two calls sharing one id could not be told apart. A finished id may be reused.
   */
  start(jobId?: string): JobHandle {
    const id = jobId ?? randomUUID();
    if (this.running.has(id)) throw new WerkbankError('errors.job.busy');
    this.finished.delete(id);
    const entry: Entry = { id, state: 'running', phase: WAITING_PHASE, fraction: null, controller: new AbortController(), named: jobId !== undefined };
    this.running.set(id, entry);
    return new JobHandle(entry, (e) => this.settle(e));
  }

  /**
   * Runs `work` as a job: the job ends 'done' when it resolves; when it throws, 'cancelled'
   * if it was cancelled (it then rejects with `errors.import.cancelled`, whatever the work
   * threw), 'failed' otherwise. Work that commits checks `throwIfCancelled()` just before it
   * commits; a cancel that arrives after that is too late and changes nothing.
   */
  async run<T>(jobId: string | undefined, work: (job: Job) => Promise<T>): Promise<T> {
    return this.start(jobId).run(work);
  }

  /** What the job is doing; 'unknown' for an id never seen or long forgotten. */
  progress(jobId: string): JobProgress {
    const entry = this.running.get(jobId) ?? this.finished.get(jobId);
    if (!entry) return { jobId, state: 'unknown', phase: '', fraction: null };
    return { jobId, state: entry.state, phase: entry.phase, fraction: entry.fraction };
  }

  /** Asks a running job to stop; false when no such job is running. */
  cancel(jobId: string): boolean {
    const entry = this.running.get(jobId);
    if (!entry || entry.controller.signal.aborted) return false;
    entry.controller.abort(new WerkbankError('errors.import.cancelled'));
    return true;
  }

  /** Cancels every running job (the engine is closing). */
  cancelAll(): void {
    for (const id of [...this.running.keys()]) this.cancel(id);
  }

  private settle(entry: Entry): void {
    this.running.delete(entry.id);
    // Nobody can ask about a job whose id only the engine knows: it would only push others out.
    if (!entry.named) return;
    this.finished.set(entry.id, entry);
    while (this.finished.size > KEEP_FINISHED) this.finished.delete(this.finished.keys().next().value!);
  }
}

/** A started job: the worker's side. */
export class JobHandle implements Job {
  constructor(
    private readonly entry: Entry,
    private readonly onSettle: (entry: Entry) => void,
  ) {}

  get id(): string {
    return this.entry.id;
  }

  get signal(): AbortSignal {
    return this.entry.controller.signal;
  }

  get state(): JobState {
    return this.entry.state;
  }

  progress(phase: string, fraction: number | null): void {
    if (this.entry.state !== 'running') return;
    this.entry.phase = phase;
    this.entry.fraction = fraction === null || !Number.isFinite(fraction) ? null : Math.min(1, Math.max(0, fraction));
  }

  throwIfCancelled(): void {
    if (this.signal.aborted) throw new WerkbankError('errors.import.cancelled');
  }

  async run<T>(work: (job: Job) => Promise<T>): Promise<T> {
    try {
      // Cancelled while it waited behind other calls: do not start at all.
      this.throwIfCancelled();
      this.progress('starting', null);
      const value = await work(this);
      this.finish('done');
      return value;
    } catch (error) {
      if (this.signal.aborted) {
        this.finish('cancelled');
        throw new WerkbankError('errors.import.cancelled');
      }
      this.finish('failed');
      throw error;
    }
  }

  private finish(state: JobState): void {
    if (this.entry.state !== 'running') return;
    this.entry.state = state;
    if (state === 'done') this.entry.fraction = 1;
    this.onSettle(this.entry);
  }
}

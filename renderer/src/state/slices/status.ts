import type { Message } from '../../../../shared/model/message';
import { toUserMessage } from '../errors';
import type { SliceDeps } from '../store';

/** Busy indicator, the error banner and the short toolbar notice. */
export interface StatusSlice {
  busyCount: number;
  error: Message | null;
  notice: Message | null;
  /** Runs a task with the busy indicator; a failure shows in the error banner and yields undefined. */
  run<T>(task: () => Promise<T>): Promise<T | undefined>;
  report(error: unknown): void;
  dismissError(): void;
  /** A short note in the toolbar (e.g. a cancelled import). */
  notify(message: Message | null): void;
}

export function statusSlice({ set }: SliceDeps): StatusSlice {
  return {
    busyCount: 0,
    error: null,
    notice: null,
    async run<T>(task: () => Promise<T>): Promise<T | undefined> {
      set((s) => ({ busyCount: s.busyCount + 1 }));
      try {
        return await task();
      } catch (e) {
        set({ error: toUserMessage(e) });
        return undefined;
      } finally {
        set((s) => ({ busyCount: s.busyCount - 1 }));
      }
    },
    report: (e) => set({ error: toUserMessage(e) }),
    dismissError: () => set({ error: null }),
    notify: (notice) => set({ notice }),
  };
}

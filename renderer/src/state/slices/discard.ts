import type { SliceDeps } from '../store';

/** What would replace the open project: a new one, a project file, the demo, or closing the window. */
export type DiscardReason = 'new' | 'open' | 'demo' | 'close';
export type DiscardAnswer = 'save' | 'discard' | 'cancel';

/**
 * Asking before unsaved work is discarded: Opslaan, Niet opslaan or Annuleren. The dialog
 * (app/DiscardDialog.tsx) shows while `discardQuestion` is set and answers with `answerDiscard`.
 */
export interface DiscardSlice {
  discardQuestion: DiscardReason | null;
  /**
   * Resolves true when the open project may go: it has no unsaved changes, or the user saved it,
   * or chose not to save. A question still open is answered Annuleren by the new one.
   */
  confirmDiscard(reason: DiscardReason): Promise<boolean>;
  answerDiscard(answer: DiscardAnswer): Promise<void>;
}

export function discardSlice({ set, get }: SliceDeps): DiscardSlice {
  let pending: ((proceed: boolean) => void) | null = null;

  return {
    discardQuestion: null,
    confirmDiscard(reason) {
      if (!get().project?.dirty) return Promise.resolve(true);
      pending?.(false);
      return new Promise<boolean>((resolve) => {
        pending = resolve;
        set({ discardQuestion: reason });
      });
    },
    async answerDiscard(answer) {
      const resolve = pending;
      pending = null;
      set({ discardQuestion: null });
      if (!resolve) return;
      if (answer !== 'save') return resolve(answer === 'discard');
      await get().save(false);
      // A save dialog cancelled, or a save that failed (the banner says why): the project stays.
      resolve(get().project?.dirty === false);
    },
  };
}

import type { RecoverySlot } from '../../../../shared/api/contract';
import { toUserMessage } from '../errors';
import type { SliceDeps } from '../store';

/**
 * The journal in the interface: work a crashed run left (offered at start), the autosave time
 * of the open project, another window with the same file, and wiping the project.
 */
export interface JournalSlice {
  /** Work to recover, shown in the recovery dialog while not empty and not put off. */
  recoverySlots: RecoverySlot[];
  recoveryOpen: boolean;
  autosavedAt: string | null;
  openElsewhere: boolean;
  wipeOpen: boolean;
  loadRecovery(): Promise<void>;
  /** Opens the work as the (unsaved) current project; an encrypted one asks its passphrase. */
  recover(slotId: string): Promise<void>;
  discardRecovery(slotId: string): Promise<void>;
  closeRecovery(): void;
  /** Asks the engine when it last autosaved (the engine writes in the background). */
  refreshJournal(): Promise<void>;
  showWipe(open: boolean): void;
  /** Wipes the open project (and, when `withFile`, the file it was opened from or saved to). */
  wipeProject(withFile: boolean): Promise<void>;
}

export function journalSlice({ set, get, api }: SliceDeps): JournalSlice {
  return {
    recoverySlots: [],
    recoveryOpen: false,
    autosavedAt: null,
    openElsewhere: false,
    wipeOpen: false,
    async loadRecovery() {
      const found = await get().run(() => api['recovery.list']({}));
      if (found) set({ recoverySlots: found.slots, recoveryOpen: found.slots.length > 0 });
    },
    async recover(slotId) {
      if (!(await get().confirmDiscard('open'))) return;
      const slot = get().recoverySlots.find((s) => s.slotId === slotId);
      const name = slot?.fileName ?? slot?.name ?? '';
      // One dialog at a time: the passphrase dialog, if any, stands in for the list.
      set({ recoveryOpen: false });
      let passphrase: string | undefined;
      for (;;) {
        const outcome = await get().run(async () => {
          try {
            return { state: await api['recovery.open']({ slotId, passphrase }) };
          } catch (e) {
            const message = toUserMessage(e);
            const ask = message.code === 'errors.project.needsPassphrase' || (passphrase !== undefined && message.code === 'errors.sealed.wrongPassphrase');
            if (!ask) throw e;
            return { refused: passphrase === undefined ? null : message };
          }
        });
        if (outcome?.state) {
          get().closePassphrase();
          get().leaveProject();
          get().adopt(outcome.state);
          set((s) => ({
            recoverySlots: s.recoverySlots.filter((x) => x.slotId !== slotId),
            recoveryOpen: false,
            autosavedAt: outcome.state.autosavedAt ?? null,
            notice: { code: 'ui.journal.recovery.recovered', params: {} },
          }));
          return;
        }
        if (!outcome) {
          get().closePassphrase();
          // Gone or damaged: the list is read again, so what it shows is true.
          await get().loadRecovery();
          return;
        }
        const answer = await get().askPassphrase({ purpose: 'open', name, error: outcome.refused });
        if (answer === null) return set({ recoveryOpen: get().recoverySlots.length > 0 });
        passphrase = answer;
      }
    },
    async discardRecovery(slotId) {
      const found = await get().run(() => api['recovery.discard']({ slotId }));
      if (found) set({ recoverySlots: found.slots, recoveryOpen: found.slots.length > 0 });
    },
    closeRecovery: () => set({ recoveryOpen: false }),
    async refreshJournal() {
      try {
        const status = await api['journal.status']({});
        if (status.autosavedAt !== get().autosavedAt || status.openElsewhere !== get().openElsewhere) set(status);
      } catch {
        // A status line is not worth an error banner; the next poll tries again.
      }
    },
    showWipe: (open) => set({ wipeOpen: open }),
    async wipeProject(withFile) {
      const file = withFile ? get().currentFile() : null;
      const state = await get().run(() => api['project.wipe']({ fileId: file?.fileId ?? null }));
      if (!state) return;
      get().leaveProject();
      get().adopt(state);
      set({ wipeOpen: false, autosavedAt: null, openElsewhere: false, notice: { code: 'ui.journal.wipe.done', params: {} } });
    },
  };
}

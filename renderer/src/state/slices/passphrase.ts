import type { Message } from '../../../../shared/model/message';
import type { SliceDeps } from '../store';

/** The shortest passphrase "Versleuteld opslaan…" accepts. */
export const MIN_PASSPHRASE = 8;

/** Asking for a project file's passphrase: to open an encrypted file, or to save encrypted. */
export interface PassphraseQuestion {
  purpose: 'open' | 'save';
  /** The file being opened, or the project's name when saving. */
  name: string;
  /** Why the last passphrase was refused (a wrong passphrase), shown in the dialog. */
  error: Message | null;
  /** A passphrase was given and is being tried: the dialog stays open and waits. */
  checking: boolean;
}

/**
 * The passphrase dialog (features/project-security/PassphraseDialog.tsx) shows while
 * `passphraseQuestion` is set. `askPassphrase` resolves with what the user typed, or null when
 * cancelled; the dialog stays open (checking) until `closePassphrase`, so a wrong passphrase
 * can be asked again in the same dialog. The passphrase itself is never kept in the store.
 */
export interface PassphraseSlice {
  passphraseQuestion: PassphraseQuestion | null;
  askPassphrase(question: Pick<PassphraseQuestion, 'purpose' | 'name' | 'error'>): Promise<string | null>;
  answerPassphrase(passphrase: string | null): void;
  closePassphrase(): void;
}

export function passphraseSlice({ set }: SliceDeps): PassphraseSlice {
  let pending: ((passphrase: string | null) => void) | null = null;

  return {
    passphraseQuestion: null,
    askPassphrase(question) {
      pending?.(null);
      return new Promise<string | null>((resolve) => {
        pending = resolve;
        set({ passphraseQuestion: { ...question, checking: false } });
      });
    },
    answerPassphrase(passphrase) {
      const resolve = pending;
      pending = null;
      if (passphrase === null) set({ passphraseQuestion: null });
      else set((s) => ({ passphraseQuestion: s.passphraseQuestion && { ...s.passphraseQuestion, checking: true } }));
      resolve?.(passphrase);
    },
    closePassphrase() {
      pending?.(null);
      pending = null;
      set({ passphraseQuestion: null });
    },
  };
}

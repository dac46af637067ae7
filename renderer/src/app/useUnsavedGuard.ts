import { useEffect } from 'react';
import type { NoticePayload, ShellNotice } from '../../../shared/api/contract/shell';
import { isPreloadApi } from '../api/preloadApi';
import { useWorkbench } from '../state/hooks';

/** Sends a one-way notice to the desktop shell; the browser has none to tell. */
function tellShell<N extends ShellNotice>(notice: N, payload: NoticePayload<N>): void {
  const bridge = (globalThis as { werkbank?: unknown }).werkbank;
  if (isPreloadApi(bridge)) bridge.notify(notice, payload);
}

/**
 * Closing the desktop window with unsaved work asks first (electron/main/close-guard.ts): the
 * shell is told whether there is unsaved work, and when it holds a close the same question as
 * Nieuw is asked here; "Opslaan" (once saved) or "Niet opslaan" lets the window close.
 * The browser shell needs none of this: the engine keeps the open project while the host runs,
 * and a reloaded page takes it up again.
 */
export function useUnsavedGuard(): void {
  const shell = useWorkbench((s) => s.shell);
  const unsaved = useWorkbench((s) => s.project?.dirty === true);
  const confirmDiscard = useWorkbench((s) => s.confirmDiscard);

  useEffect(() => {
    if (shell.kind === 'electron') tellShell('shell.unsaved', unsaved);
  }, [shell, unsaved]);

  useEffect(
    () =>
      shell.on('window.closeRequested', () => {
        void confirmDiscard('close').then((proceed) => proceed && tellShell('shell.closeConfirmed', null));
      }),
    [shell, confirmDiscard],
  );
}

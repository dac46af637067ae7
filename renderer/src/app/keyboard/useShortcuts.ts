import { useEffect } from 'react';
import type { MenuCommand } from '../../../../shared/api/contract';
import { leavesToTextField, shortcutFor } from './shortcuts';
import { isTextField } from './textField';

/**
 * Keyboard shortcuts for the shell without a menu. In Electron the menu's accelerators
 * send the same commands, so the page leaves the keys alone there (no double action).
 */
export function useShortcuts(enabled: boolean, onCommand: (command: MenuCommand) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const command = shortcutFor(e);
      if (!command) return;
      if (leavesToTextField(command) && isTextField(e.target)) return;
      // A modal dialog is open: its own keys (and Escape) belong to it.
      if (document.querySelector('dialog[open]')) return;
      e.preventDefault();
      onCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, onCommand]);
}

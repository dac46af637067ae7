import { useEffect } from 'react';
import { useWorkbench } from '../state/hooks';
import { leavesToTextField } from './keyboard/shortcuts';
import { isTextField } from './keyboard/textField';
import { useShortcuts } from './keyboard/useShortcuts';

/** The desktop menu, files opened from the file manager, and (in the browser) the keyboard shortcuts. */
export function useShellEvents(): void {
  const shell = useWorkbench((s) => s.shell);
  const command = useWorkbench((s) => s.command);
  const openFile = useWorkbench((s) => s.openFile);

  useEffect(() => {
    const offMenu = shell.on('menu.command', (cmd) => {
      // The menu's Ctrl+Z reaches us even while someone types: then it is the field's undo.
      if (leavesToTextField(cmd) && isTextField(document.activeElement)) {
        document.execCommand(cmd === 'edit.undo' ? 'undo' : 'redo');
        return;
      }
      command(cmd);
    });
    const offOpen = shell.on('project.openFile', (file) => void openFile(file));
    return () => {
      offMenu();
      offOpen();
    };
  }, [shell, command, openFile]);

  useShortcuts(shell.kind === 'browser', command);
}

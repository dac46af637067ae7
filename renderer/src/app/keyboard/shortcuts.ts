import type { MenuCommand } from '../../../../shared/api/contract';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The desktop menu's accelerators, for the shell that has no menu (the browser). */
export function shortcutFor(e: KeyLike): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 's') return e.shiftKey ? 'project.saveAs' : 'project.save';
  if (key === 'o' && !e.shiftKey) return 'project.open';
  if (key === 'i' && !e.shiftKey) return 'source.import';
  if (key === 'd' && !e.shiftKey) return 'view.save';
  if (key === 'z') return e.shiftKey ? 'edit.redo' : 'edit.undo';
  if (key === 'y' && !e.shiftKey) return 'edit.redo';
  return null;
}

/** Undo and redo belong to a text field while one has the focus. */
export function leavesToTextField(command: MenuCommand): boolean {
  return command === 'edit.undo' || command === 'edit.redo';
}

/** A main area of the workbench, reached by a skip link, Alt+G (the table) or F6 (the next area). */
export type AreaKey = { area: 'grid' } | { cycle: 1 | -1 };

/** Alt+G enters the result table; F6 and Shift+F6 go to the next and the previous main area. */
export function areaShortcut(e: KeyLike & { code?: string }): AreaKey | null {
  if (e.ctrlKey || e.metaKey) return null;
  if (e.altKey && !e.shiftKey && (e.code === 'KeyG' || e.key.toLowerCase() === 'g')) return { area: 'grid' };
  if (e.key === 'F6' && !e.altKey) return { cycle: e.shiftKey ? -1 : 1 };
  return null;
}

import type { MenuCommand } from '../../../../shared/api/contract';
import { changeLocale } from '../../i18n/setup';
import type { SliceDeps, WorkbenchState } from '../store';
import { canRedo, canUndo } from '../undoStack';

/**
 * What Undo and Redo (the menu, the browser's keys, the toolbar) act on: on the stories screen
 * the story being edited, with its own history (story.ts), else the recipe. On the stories screen
 * with no story chosen, or while a story is presented over it, they act on nothing: the recipe is
 * not what is on screen.
 */
export type UndoTarget = 'recipe' | 'story' | null;

export function undoTarget(s: Pick<WorkbenchState, 'storiesOpen' | 'storyHistory' | 'presenting'>): UndoTarget {
  if (!s.storiesOpen) return 'recipe';
  return s.storyHistory && !s.presenting ? 'story' : null;
}

/** Whether Undo and Redo would do anything now, by the same rule (the toolbar's buttons). */
export function undoRedoState(s: Pick<WorkbenchState, 'storiesOpen' | 'storyHistory' | 'presenting' | 'history'>): {
  canUndo: boolean;
  canRedo: boolean;
} {
  const target = undoTarget(s);
  if (target === 'story' && s.storyHistory) return { canUndo: canUndo(s.storyHistory), canRedo: canRedo(s.storyHistory) };
  if (target === 'recipe') return { canUndo: canUndo(s.history), canRedo: canRedo(s.history) };
  return { canUndo: false, canRedo: false };
}

/** The menu's commands (from the desktop menu, the keyboard or the toolbar) and the about box. */
export interface ShellSlice {
  aboutOpen: boolean;
  closeAbout(): void;
  command(command: MenuCommand): void;
}

export function shellSlice({ set, get }: SliceDeps): ShellSlice {
  return {
    aboutOpen: false,
    closeAbout: () => set({ aboutOpen: false }),
    command(cmd) {
      const s = get();
      const hasProject = s.project !== null;
      switch (cmd) {
        case 'project.new':
          return void s.newProject();
        case 'project.open':
          return void s.openProject();
        case 'project.demo':
          return void s.openDemo();
        case 'project.save':
          return void (hasProject && s.save(false));
        case 'project.saveAs':
          return void (hasProject && s.save(true));
        case 'source.import':
          return void (hasProject && s.importFiles());
        case 'view.save':
          return void (hasProject && s.requestViewSave());
        case 'edit.undo': {
          const target = undoTarget(s);
          if (target === 'story') return s.undoStory();
          if (target === 'recipe') return void s.undo();
          return;
        }
        case 'edit.redo': {
          const target = undoTarget(s);
          if (target === 'story') return s.redoStory();
          if (target === 'recipe') return void s.redo();
          return;
        }
        case 'view.language.nl':
          return void changeLocale('nl-BE');
        case 'view.language.en':
          return void changeLocale('en');
        case 'help.about':
          return set({ aboutOpen: true });
      }
    },
  };
}

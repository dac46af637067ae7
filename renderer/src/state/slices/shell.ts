import type { MenuCommand } from '../../../../shared/api/contract';
import { changeLocale } from '../../i18n/setup';
import type { SliceDeps } from '../store';

/** The menu's commands (from the desktop menu or the keyboard) and the about box. */
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
        case 'edit.undo':
          return void s.undo();
        case 'edit.redo':
          return void s.redo();
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

import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/contract';
import type { Locale } from '../../shared/i18n';
import { translator } from './text';

export interface MenuOptions {
  locale: Locale;
  /** Reload and developer tools are for development builds only. */
  packaged: boolean;
  platform: NodeJS.Platform;
  /** Called for items the renderer handles (it receives them as `menu.command` events). */
  command(cmd: MenuCommand): void;
  /** *Recente projecten*: newest first; choosing one opens it (recent.ts). */
  recent?: { name: string; path: string }[];
  openRecent?(path: string): void;
}

/** The application menu in the user's language: Bestand, Bewerken, Beeld, Help. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = translator(options.locale);
  const item = (key: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(key),
    accelerator,
    click: () => options.command(cmd),
  });
  const role = (key: string, r: NonNullable<MenuItemConstructorOptions['role']>): MenuItemConstructorOptions => ({
    label: t(key),
    role: r,
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const language = (key: string, cmd: MenuCommand, locale: Locale): MenuItemConstructorOptions => ({
    ...item(key, cmd),
    type: 'radio',
    checked: options.locale === locale,
  });
  const development: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [role('menu.reload', 'reload'), role('menu.forceReload', 'forceReload'), role('menu.devTools', 'toggleDevTools'), separator];

  const menus: MenuItemConstructorOptions[] = [
    {
      label: t('menu.file'),
      submenu: [
        item('menu.newProject', 'project.new', 'CmdOrCtrl+N'),
        item('menu.openProject', 'project.open', 'CmdOrCtrl+O'),
        {
          label: t('menu.recent'),
          enabled: (options.recent?.length ?? 0) > 0,
          submenu: (options.recent ?? []).map((r, i) => ({
            // `&` would make an access key on Windows and Linux.
            label: `${i + 1}  ${r.name.replace(/&/g, '&&')}`,
            toolTip: r.path,
            click: () => options.openRecent?.(r.path),
          })),
        },
        separator,
        item('menu.save', 'project.save', 'CmdOrCtrl+S'),
        item('menu.saveAs', 'project.saveAs', 'CmdOrCtrl+Shift+S'),
        separator,
        item('menu.importData', 'source.import', 'CmdOrCtrl+I'),
        item('menu.saveView', 'view.save', 'CmdOrCtrl+D'),
        item('menu.demo', 'project.demo'),
        separator,
        role('menu.quit', 'quit'),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        item('menu.undo', 'edit.undo', 'CmdOrCtrl+Z'),
        item('menu.redo', 'edit.redo', 'CmdOrCtrl+Y'),
        // A menu item holds one accelerator: the second redo key lives on a hidden twin.
        { ...item('menu.redo', 'edit.redo', 'CmdOrCtrl+Shift+Z'), visible: false, acceleratorWorksWhenHidden: true },
        separator,
        role('menu.cut', 'cut'),
        role('menu.copy', 'copy'),
        role('menu.paste', 'paste'),
        role('menu.selectAll', 'selectAll'),
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        language('menu.dutch', 'view.language.nl', 'nl-BE'),
        language('menu.english', 'view.language.en', 'en'),
        separator,
        ...development,
        role('menu.resetZoom', 'resetZoom'),
        role('menu.zoomIn', 'zoomIn'),
        role('menu.zoomOut', 'zoomOut'),
        separator,
        role('menu.fullScreen', 'togglefullscreen'),
      ],
    },
    { label: t('menu.help'), submenu: [item('menu.about', 'help.about')] },
  ];
  // macOS puts the application's own menu first; elsewhere the four menus stand alone.
  return options.platform === 'darwin' ? [{ role: 'appMenu' }, ...menus] : menus;
}

/** The locale a language command switches to, or null for other commands. */
export function localeOfCommand(cmd: MenuCommand): Locale | null {
  if (cmd === 'view.language.nl') return 'nl-BE';
  if (cmd === 'view.language.en') return 'en';
  return null;
}

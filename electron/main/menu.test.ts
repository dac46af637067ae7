import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/contract';
import { localeOfCommand, menuTemplate, type MenuOptions } from './menu';

function build(overrides: Partial<MenuOptions> = {}) {
  const command = vi.fn<(cmd: MenuCommand) => void>();
  const template = menuTemplate({ locale: 'nl-BE', packaged: true, platform: 'linux', command, ...overrides });
  return { template, command };
}

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return (menu.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return template.flatMap(items).filter((i) => i.label === label);
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('application menu', () => {
  it('has four top menus in Dutch, and in English on request', () => {
    expect(build().template.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(build({ locale: 'en' }).template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it.each([
    ['Nieuw project', 'CmdOrCtrl+N', 'project.new'],
    ['Project openen…', 'CmdOrCtrl+O', 'project.open'],
    ['Opslaan', 'CmdOrCtrl+S', 'project.save'],
    ['Opslaan als…', 'CmdOrCtrl+Shift+S', 'project.saveAs'],
    ['Gegevens importeren…', 'CmdOrCtrl+I', 'source.import'],
    ['Weergave bewaren…', 'CmdOrCtrl+D', 'view.save'],
    ['Demo bekijken', undefined, 'project.demo'],
    ['Ongedaan maken', 'CmdOrCtrl+Z', 'edit.undo'],
    ['Nederlands', undefined, 'view.language.nl'],
    ['English', undefined, 'view.language.en'],
    ['Over Datateam Werkbank', undefined, 'help.about'],
  ])('%s (%s) sends %s', (label, accelerator, cmd) => {
    const { template, command } = build();
    const [item] = find(template, label);
    expect(item?.accelerator).toBe(accelerator);
    click(item!);
    expect(command).toHaveBeenCalledExactlyOnceWith(cmd);
  });

  it('redoes with Ctrl+Y and with Ctrl+Shift+Z', () => {
    const { template, command } = build();
    const redo = find(template, 'Opnieuw');
    expect(redo.map((i) => i.accelerator).sort()).toEqual(['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y']);
    redo.forEach(click);
    expect(command.mock.calls).toEqual([['edit.redo'], ['edit.redo']]);
  });

  it('leaves clipboard editing, zoom, full screen and quitting to Electron roles', () => {
    const roles = build().template.flatMap(items).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['quit', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
    expect(find(build().template, 'Afsluiten')[0]?.role).toBe('quit');
  });

  it('offers reload and developer tools only when not packaged', () => {
    const roles = (packaged: boolean) => build({ packaged }).template.flatMap(items).map((i) => i.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('checks the current language', () => {
    const checked = (locale: 'nl-BE' | 'en') =>
      build({ locale }).template.flatMap(items).filter((i) => i.type === 'radio' && i.checked).map((i) => i.label);
    expect(checked('nl-BE')).toEqual(['Nederlands']);
    expect(checked('en')).toEqual(['English']);
  });

  it('puts the application menu first on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(template.slice(1).map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
  });

  it('has a translation for every label in both languages', () => {
    for (const locale of ['nl-BE', 'en'] as const) {
      const { template } = build({ locale, packaged: false });
      const labels = [...template.map((m) => m.label), ...template.flatMap(items).map((i) => i.label)];
      expect(labels.filter((l) => !l || /^menu\./.test(l))).toEqual([]);
    }
  });

  it('maps language commands to locales', () => {
    expect(localeOfCommand('view.language.nl')).toBe('nl-BE');
    expect(localeOfCommand('view.language.en')).toBe('en');
    expect(localeOfCommand('project.save')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { areaShortcut, leavesToTextField, shortcutFor } from './shortcuts';

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('keyboard shortcuts', () => {
  it('maps Ctrl and Cmd combinations to menu commands', () => {
    expect(shortcutFor(key('s', { ctrl: true }))).toBe('project.save');
    expect(shortcutFor(key('S', { ctrl: true, shift: true }))).toBe('project.saveAs');
    expect(shortcutFor(key('o', { meta: true }))).toBe('project.open');
    expect(shortcutFor(key('i', { ctrl: true }))).toBe('source.import');
    expect(shortcutFor(key('d', { ctrl: true }))).toBe('view.save');
    expect(shortcutFor(key('D', { ctrl: true, shift: true }))).toBeNull();
    expect(shortcutFor(key('z', { ctrl: true }))).toBe('edit.undo');
    expect(shortcutFor(key('Z', { ctrl: true, shift: true }))).toBe('edit.redo');
    expect(shortcutFor(key('y', { ctrl: true }))).toBe('edit.redo');
  });

  it('ignores plain keys and Alt combinations', () => {
    expect(shortcutFor(key('s'))).toBeNull();
    expect(shortcutFor(key('z', { ctrl: true, alt: true }))).toBeNull();
    expect(shortcutFor(key('x', { ctrl: true }))).toBeNull();
  });

  it('leaves undo and redo to text fields', () => {
    expect(leavesToTextField('edit.undo')).toBe(true);
    expect(leavesToTextField('project.save')).toBe(false);
  });

  it('enters the table with Alt+G and moves between the main areas with F6', () => {
    expect(areaShortcut(key('g', { alt: true }))).toEqual({ area: 'grid' });
    // On a Mac, Option+G types ©: the physical key still counts.
    expect(areaShortcut({ ...key('©', { alt: true }), code: 'KeyG' })).toEqual({ area: 'grid' });
    expect(areaShortcut(key('F6'))).toEqual({ cycle: 1 });
    expect(areaShortcut(key('F6', { shift: true }))).toEqual({ cycle: -1 });
    expect(areaShortcut(key('g'))).toBeNull();
    expect(areaShortcut(key('g', { alt: true, ctrl: true }))).toBeNull();
    expect(areaShortcut(key('G', { alt: true, shift: true }))).toBeNull();
  });
});

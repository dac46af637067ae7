import { z } from 'zod';
import { call, Empty, FileRef } from './common';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  shell: z.enum(['electron', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** What the app is and where it runs. */
export const appCalls = {
  'app.info': call('engine', Empty, AppInfo),
} as const;

/** Desktop only: native dialogs. */
export const dialogCalls = {
  'dialog.openFiles': call(
    'shell',
    z.object({ purpose: z.enum(['import', 'project', 'profile']), multiple: z.boolean().default(false) }),
    z.object({ files: z.array(FileRef) }),
  ),
  /** Where to save a project, an exported profile, table or story (PowerPoint, PDF); null when the user cancels. */
  'dialog.saveFile': call(
    'shell',
    z.object({ suggestedName: z.string(), kind: z.enum(['project', 'profile', 'csv', 'xlsx', 'pptx', 'pdf']) }),
    z.object({ file: FileRef.nullable() }),
  ),
} as const;

/**
 * The presenter view's window is the app's own page with this one query parameter
 * (renderer/src/features/present/channel.ts, `presenterUrl`): the only window the desktop shell
 * lets the renderer open (electron/main/security.ts, `presenterWindowPolicy`).
 */
export const PRESENTER_QUERY = { name: 'presenter', value: '1' } as const;

/** Commands the desktop menu sends to the renderer (the browser shell triggers them from the toolbar). */
export const MenuCommand = z.enum([
  'project.new',
  'project.open',
  'project.save',
  'project.saveAs',
  'project.demo',
  'source.import',
  'view.save',
  'edit.undo',
  'edit.redo',
  'view.language.nl',
  'view.language.en',
  'help.about',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** Messages from the shell to the renderer, declared once like the calls. */
export const events = {
  'menu.command': MenuCommand,
  /** A `.werkbank` file was passed on the command line or opened from the file manager. */
  'project.openFile': FileRef,
  /**
   * The user closes the window while the renderer said it holds unsaved work (`shell.unsaved`):
   * the renderer asks, and answers `shell.closeConfirmed` when the window may close.
   */
  'window.closeRequested': z.null(),
} as const;
export type ShellEvent = keyof typeof events;
export type EventPayload<E extends ShellEvent> = z.output<(typeof events)[E]>;

/**
 * One-way messages from the renderer to the desktop shell, declared once like the events: no
 * answer, nothing waits for them. Only the Electron preload carries them; in the browser there
 * is no shell to tell, so the renderer sends nothing there.
 */
export const notices = {
  /**
   * The interface language, at start and on every change: the desktop menu and dialogs follow
   * the renderer's choice (shared/i18n SUPPORTED_LOCALES, spelled out so the catalogues stay
   * out of the preload bundle; a test holds the two equal).
   */
  'shell.locale': z.enum(['nl-BE', 'en']),
  /** Whether the open project has unsaved changes: closing the window then asks first (`window.closeRequested`). */
  'shell.unsaved': z.boolean(),
  /** The answer to `window.closeRequested`: saved, or not to be saved; the window may close. */
  'shell.closeConfirmed': z.null(),
} as const;
export type ShellNotice = keyof typeof notices;
export type NoticePayload<N extends ShellNotice> = z.output<(typeof notices)[N]>;

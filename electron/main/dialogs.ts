import { basename, extname, join } from 'node:path';
import type { BaseWindow, Dialog, FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileRef, Handlers, RequestOf, ShellChannel } from '../../shared/api/contract';
import { WerkbankError } from '../../shared/api/errors';
import { PROJECT_EXTENSION } from '../../shared/model/project';
import type { Translate } from './text';

export const SPREADSHEET_EXTENSIONS = ['xlsx', 'xlsm', 'ods', 'csv', 'tsv', 'txt', 'parquet'];
/** Exported import profiles: `<name>.werkbankprofiel.json`. */
export const PROFILE_EXTENSION = 'werkbankprofiel.json';

/** The part of the engine's FileRegistry the shell needs: chosen paths become opaque handles. */
export interface FileRegistrar {
  register(path: string, name?: string): FileRef;
}

export interface DialogDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** The window the dialogs belong to (modal), or null when there is none. */
  window(): BaseWindow | null;
  files: FileRegistrar;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  /** Folder a save dialog starts in (the user's documents). */
  defaultDir(): string;
  t(): Translate;
}

/** The shell side of the contract: native open/save dialogs. Paths never reach the renderer. */
export function createShellHandlers(deps: DialogDeps): Handlers<ShellChannel> {
  const open = (options: OpenDialogOptions) => {
    const win = deps.window();
    return win ? deps.dialog.showOpenDialog(win, options) : deps.dialog.showOpenDialog(options);
  };
  const save = async (options: SaveDialogOptions): Promise<string | null> => {
    const win = deps.window();
    const result = await (win ? deps.dialog.showSaveDialog(win, options) : deps.dialog.showSaveDialog(options));
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  const register = (path: string) => deps.files.register(path, basename(path));

  return {
    'dialog.openFiles': async ({ purpose, multiple }) => {
      const t = deps.t();
      const result = await open({
        title: t({ import: 'dialog.importTitle', project: 'dialog.openProjectTitle', profile: 'dialog.openProfileTitle' }[purpose]),
        filters: [
          purpose === 'import'
            ? { name: t('dialog.filter.spreadsheets'), extensions: SPREADSHEET_EXTENSIONS }
            : purpose === 'profile'
              ? { name: t('dialog.filter.profile'), extensions: ['json'] }
              : projectFilter(t),
        ],
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      return { files: result.canceled ? [] : result.filePaths.map(register) };
    },

    'dialog.saveFile': async ({ suggestedName, kind }) => {
      const t = deps.t();
      const { ext, title, filter } = SAVE_KINDS[kind];
      const path = await save({
        title: t(title),
        defaultPath: join(deps.defaultDir(), withExtension(safeFileName(suggestedName), ext)),
        filters: [{ name: t(filter.name), extensions: filter.extensions }],
      });
      return { file: path === null ? null : register(withExtension(path, ext)) };
    },

    'export.saveImage': async ({ suggestedName, format, data }) => {
      const t = deps.t();
      const bytes = imageData(format, data);
      const path = await save({
        title: t('dialog.saveImageTitle'),
        defaultPath: join(deps.defaultDir(), withExtension(safeFileName(suggestedName), format)),
        filters: [{ name: t(`dialog.filter.${format}`), extensions: [format] }],
      });
      if (path === null) return { saved: false, fileName: null };
      const target = withExtension(path, format);
      await deps.writeFile(target, bytes);
      return { saved: true, fileName: basename(target) };
    },
  };
}

type SaveKind = RequestOf<'dialog.saveFile'>['kind'];

/** Per kind of file to save: the extension it gets, the dialog's title and its one filter (catalogue keys). */
const SAVE_KINDS: Record<SaveKind, { ext: string; title: string; filter: { name: string; extensions: string[] } }> = {
  project: { ext: PROJECT_EXTENSION, title: 'dialog.saveProjectTitle', filter: { name: 'dialog.filter.project', extensions: [PROJECT_EXTENSION] } },
  profile: { ext: PROFILE_EXTENSION, title: 'dialog.saveProfileTitle', filter: { name: 'dialog.filter.profile', extensions: ['json'] } },
  csv: { ext: 'csv', title: 'dialog.exportTableTitle', filter: { name: 'dialog.filter.csv', extensions: ['csv'] } },
  xlsx: { ext: 'xlsx', title: 'dialog.exportTableTitle', filter: { name: 'dialog.filter.xlsx', extensions: ['xlsx'] } },
  pptx: { ext: 'pptx', title: 'dialog.exportStoryTitle', filter: { name: 'dialog.filter.pptx', extensions: ['pptx'] } },
  pdf: { ext: 'pdf', title: 'dialog.exportStoryTitle', filter: { name: 'dialog.filter.pdf', extensions: ['pdf'] } },
};

function projectFilter(t: Translate): FileFilter {
  return { name: t('dialog.filter.project'), extensions: [PROJECT_EXTENSION] };
}

/** Appends `.ext` unless the name already ends with it (GTK dialogs do not add it). */
export function withExtension(path: string, ext: string): string {
  return extname(path).toLowerCase() === `.${ext}` ? path : `${path}.${ext}`;
}

/** A name the renderer suggested, made safe to use as a file name on every platform. */
export function safeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return cleaned || 'werkbank';
}

/**
 * The image as it goes to disk. Accepts bytes, SVG text, or a data URL as Plotly.toImage
 * returns it; PNG must be binary.
 */
export function imageData(format: 'png' | 'svg', data: Uint8Array | string): Uint8Array | string {
  if (typeof data !== 'string') return data;
  const dataUrl = /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/s.exec(data);
  if (dataUrl) {
    const isBase64 = dataUrl[2]!.split(';').includes('base64');
    const bytes = isBase64 ? Buffer.from(dataUrl[3]!, 'base64') : Buffer.from(decodeURIComponent(dataUrl[3]!), 'utf8');
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  if (format === 'svg') return data;
  throw new WerkbankError('errors.invalidRequest', { channel: 'export.saveImage', detail: 'PNG data must be bytes' });
}

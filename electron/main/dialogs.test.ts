import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BaseWindow, Dialog } from 'electron';
import type { FileRef } from '../../shared/api/contract';
import { WerkbankError } from '../../shared/api/errors';
import { createShellHandlers, imageData, safeFileName, withExtension } from './dialogs';
import { translator } from './text';

const docs = join('/home', 'juf', 'Documenten');

function setup(answer: { canceled: boolean; filePaths?: string[]; filePath?: string }, window: BaseWindow | null = null) {
  const showOpenDialog = vi.fn(async (..._args: unknown[]) => ({ canceled: answer.canceled, filePaths: answer.filePaths ?? [] }));
  const showSaveDialog = vi.fn(async (..._args: unknown[]) => ({ canceled: answer.canceled, filePath: answer.filePath ?? '' }));
  const registered: string[] = [];
  const files = {
    register: (path: string, name?: string): FileRef => {
      registered.push(path);
      return { fileId: `id${registered.length}`, name: name ?? path };
    },
  };
  const writeFile = vi.fn(async (_path: string, _data: Uint8Array | string) => {});
  const handlers = createShellHandlers({
    dialog: { showOpenDialog, showSaveDialog } as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
    window: () => window,
    files,
    writeFile,
    defaultDir: () => docs,
    t: () => translator('nl-BE'),
  });
  /** The options of the last dialog call (the window, when given, comes first). */
  const options = (mock: { mock: { calls: unknown[][] } }) => mock.mock.calls.at(-1)!.at(-1) as Record<string, unknown>;
  return { handlers, showOpenDialog, showSaveDialog, registered, writeFile, options };
}

describe('dialog.openFiles', () => {
  it('offers spreadsheets for import and registers every chosen file', async () => {
    const s = setup({ canceled: false, filePaths: ['/data/toetsen.xlsx', '/data/lvs.csv'] });
    const result = await s.handlers['dialog.openFiles']({ purpose: 'import', multiple: true });
    expect(result.files).toEqual([
      { fileId: 'id1', name: 'toetsen.xlsx' },
      { fileId: 'id2', name: 'lvs.csv' },
    ]);
    expect(s.registered).toEqual(['/data/toetsen.xlsx', '/data/lvs.csv']);
    const opts = s.options(s.showOpenDialog);
    expect(opts.filters).toEqual([{ name: 'Rekenbladen en tekstbestanden', extensions: ['xlsx', 'xlsm', 'ods', 'csv', 'tsv', 'txt', 'parquet'] }]);
    expect(opts.properties).toEqual(['openFile', 'multiSelections']);
    expect(opts.title).toBe('Gegevens importeren');
  });

  it('offers .werkbank files when opening a project, one at a time', async () => {
    const s = setup({ canceled: false, filePaths: ['/p/school.werkbank'] });
    await s.handlers['dialog.openFiles']({ purpose: 'project', multiple: false });
    const opts = s.options(s.showOpenDialog);
    expect(opts.filters).toEqual([{ name: 'Werkbank-project', extensions: ['werkbank'] }]);
    expect(opts.properties).toEqual(['openFile']);
  });

  it('returns no files and registers nothing when cancelled', async () => {
    const s = setup({ canceled: true, filePaths: ['/data/x.csv'] });
    expect(await s.handlers['dialog.openFiles']({ purpose: 'import', multiple: false })).toEqual({ files: [] });
    expect(s.registered).toEqual([]);
  });

  it('is modal to the window when there is one', async () => {
    const win = {} as BaseWindow;
    const s = setup({ canceled: true }, win);
    await s.handlers['dialog.openFiles']({ purpose: 'import', multiple: false });
    expect(s.showOpenDialog.mock.calls[0]![0]).toBe(win);
  });
});

describe('dialog.saveFile', () => {
  it('suggests a safe name in the documents folder and appends .werkbank', async () => {
    const s = setup({ canceled: false, filePath: '/p/Analyse 2025' });
    const result = await s.handlers['dialog.saveFile']({ suggestedName: 'Klas 3/B: analyse', kind: 'project' });
    expect(s.options(s.showSaveDialog).defaultPath).toBe(join(docs, 'Klas 3-B- analyse.werkbank'));
    expect(s.registered).toEqual(['/p/Analyse 2025.werkbank']);
    expect(result.file).toEqual({ fileId: 'id1', name: 'Analyse 2025.werkbank' });
  });

  it('saves an import profile as .werkbankprofiel.json', async () => {
    const s = setup({ canceled: false, filePath: '/p/LVS' });
    const result = await s.handlers['dialog.saveFile']({ suggestedName: 'LVS', kind: 'profile' });
    expect(s.options(s.showSaveDialog).filters).toEqual([{ name: 'Importprofiel', extensions: ['json'] }]);
    expect(result.file?.name).toBe('LVS.werkbankprofiel.json');
  });

  it('returns null when cancelled', async () => {
    const s = setup({ canceled: true });
    expect(await s.handlers['dialog.saveFile']({ suggestedName: 'x', kind: 'project' })).toEqual({ file: null });
    expect(s.registered).toEqual([]);
  });

  it.each([
    ['pptx', 'PowerPoint-presentatie'],
    ['pdf', 'PDF-document'],
  ] as const)('asks where to save a story as %s, with its own filter and title', async (kind, filterName) => {
    const s = setup({ canceled: false, filePath: '/p/Groei lezen' });
    const result = await s.handlers['dialog.saveFile']({ suggestedName: `Groei lezen.${kind}`, kind });
    const opts = s.options(s.showSaveDialog);
    expect(opts.title).toBe('Verhaal exporteren');
    expect(opts.defaultPath).toBe(join(docs, `Groei lezen.${kind}`));
    expect(opts.filters).toEqual([{ name: filterName, extensions: [kind] }]);
    // GTK dialogs add no extension: it is added here, once.
    expect(s.registered).toEqual([`/p/Groei lezen.${kind}`]);
    expect(result.file).toEqual({ fileId: 'id1', name: `Groei lezen.${kind}` });
  });

  it('names the story filters in English when the shell speaks English', async () => {
    const showSaveDialog = vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' }));
    const handlers = createShellHandlers({
      dialog: { showOpenDialog: vi.fn(), showSaveDialog } as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
      window: () => null,
      files: { register: () => ({ fileId: 'x', name: 'x' }) },
      writeFile: vi.fn(),
      defaultDir: () => docs,
      t: () => translator('en'),
    });
    expect(await handlers['dialog.saveFile']({ suggestedName: 'Story', kind: 'pptx' })).toEqual({ file: null });
    expect(await handlers['dialog.saveFile']({ suggestedName: 'Story', kind: 'pdf' })).toEqual({ file: null });
    const [pptx, pdf] = showSaveDialog.mock.calls.map((call) => call.at(-1) as { title: string; filters: unknown });
    expect(pptx).toMatchObject({ title: 'Export story', filters: [{ name: 'PowerPoint presentation', extensions: ['pptx'] }] });
    expect(pdf).toMatchObject({ title: 'Export story', filters: [{ name: 'PDF document', extensions: ['pdf'] }] });
  });

  it('keeps a story file the user named with its extension as it is', async () => {
    const s = setup({ canceled: false, filePath: '/p/handout.PDF' });
    const result = await s.handlers['dialog.saveFile']({ suggestedName: 'x.pdf', kind: 'pdf' });
    expect(result.file?.name).toBe('handout.PDF');
  });
});

describe('export.saveImage', () => {
  it('writes PNG bytes where the user chose', async () => {
    const s = setup({ canceled: false, filePath: '/p/grafiek' });
    const data = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const result = await s.handlers['export.saveImage']({ suggestedName: 'grafiek', format: 'png', data });
    expect(result).toEqual({ saved: true, fileName: 'grafiek.png' });
    expect(s.writeFile).toHaveBeenCalledWith('/p/grafiek.png', data);
    expect(s.options(s.showSaveDialog).filters).toEqual([{ name: 'PNG-afbeelding', extensions: ['png'] }]);
  });

  it('writes SVG text as it is', async () => {
    const s = setup({ canceled: false, filePath: '/p/grafiek.svg' });
    await s.handlers['export.saveImage']({ suggestedName: 'grafiek', format: 'svg', data: '<svg/>' });
    expect(s.writeFile).toHaveBeenCalledWith('/p/grafiek.svg', '<svg/>');
  });

  it('writes nothing when cancelled', async () => {
    const s = setup({ canceled: true });
    const result = await s.handlers['export.saveImage']({ suggestedName: 'g', format: 'svg', data: '<svg/>' });
    expect(result).toEqual({ saved: false, fileName: null });
    expect(s.writeFile).not.toHaveBeenCalled();
  });
});

describe('image data', () => {
  it('decodes a base64 PNG data URL as Plotly.toImage returns it', () => {
    const bytes = imageData('png', 'data:image/png;base64,iVBORw==') as Uint8Array;
    expect([...bytes]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('decodes a percent-encoded SVG data URL', () => {
    const out = imageData('svg', 'data:image/svg+xml,%3Csvg%20width%3D%221%22%2F%3E') as Uint8Array;
    expect(Buffer.from(out).toString('utf8')).toBe('<svg width="1"/>');
  });

  it('refuses PNG given as plain text', () => {
    expect(() => imageData('png', 'not an image')).toThrow(WerkbankError);
  });
});

describe('file names', () => {
  it('appends an extension only when missing', () => {
    expect(withExtension('/p/a', 'werkbank')).toBe('/p/a.werkbank');
    expect(withExtension('/p/a.WERKBANK', 'werkbank')).toBe('/p/a.WERKBANK');
    expect(withExtension('/p/a.png', 'svg')).toBe('/p/a.png.svg');
  });

  it('removes path separators, reserved and control characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(safeFileName('a\u0000b<c>|d')).toBe('a-b-c--d');
    expect(safeFileName('  ...  ')).toBe('werkbank');
  });
});

import type { FileRef } from '../../../../shared/api/contract';
import type { Message } from '../../../../shared/model/message';
import type { ProjectState } from '../../../../shared/model/project';
import { recipeFromBase } from '../recipeOps';
import type { SliceDeps } from '../store';

/** A file waiting for its import dialog: the n-th of the files chosen together. */
export interface PendingImport {
  file: FileRef;
  /** 1-based. */
  index: number;
  total: number;
}

export interface ImportReport {
  sourceName: string;
  warnings: Message[];
}

/** Files chosen together go through the import dialog one after another; then what the importers noticed. */
export interface ImportSlice {
  /** The files chosen together and which one's dialog is open. */
  importQueue: { files: FileRef[]; index: number } | null;
  importReports: ImportReport[];
  /** Chooses files and opens the import dialog for each in turn; nothing is imported before the user confirms. */
  importFiles(): Promise<void>;
  importDropped(files: File[]): Promise<void>;
  /** The import dialog imported its file (or sheets): show the new state and what the importer noticed. */
  imported(state: ProjectState): Promise<void>;
  /** Closes the import dialog and opens the next file's, if any. */
  closeImport(): void;
  dismissImportReports(): void;
}

export function importSlice({ set, get, api }: SliceDeps): ImportSlice {
  const enqueue = (refs: FileRef[]) => {
    if (refs.length === 0) return;
    set(({ importQueue: queue }) => ({
      importReports: [],
      importQueue: queue ? { ...queue, files: [...queue.files, ...refs] } : { files: refs, index: 0 },
    }));
  };

  return {
    importQueue: null,
    importReports: [],
    async importFiles() {
      const picked = await get().run(() => api['dialog.openFiles']({ purpose: 'import', multiple: true }));
      if (picked) enqueue(picked.files);
    },
    async importDropped(files) {
      const { run } = get();
      const project = files.find((f) => f.name.toLowerCase().endsWith('.werkbank'));
      const upload = async (file: File) => {
        const data = new Uint8Array(await file.arrayBuffer());
        return api['file.upload']({ name: file.name, data });
      };
      if (project) {
        const ref = await run(() => upload(project));
        // A copy was uploaded: Save must not write to that copy, so it asks where (the user's file stays as it is).
        if (ref) await get().openFile(ref, false);
        return;
      }
      const refs: FileRef[] = [];
      for (const file of files) {
        const ref = await run(() => upload(file));
        if (ref) refs.push(ref);
      }
      enqueue(refs);
    },
    /** After an import: the new sources' notes are shown; the first new source becomes the base when there is none yet. */
    async imported(state) {
      const known = new Set(get().project?.sources.map((s) => s.id));
      set({ project: state });
      const added = state.sources.filter((s) => !known.has(s.id));
      const reports = added.filter((s) => s.warnings.length > 0).map((s) => ({ sourceName: s.name, warnings: s.warnings }));
      if (reports.length > 0) set((s) => ({ importReports: [...s.importReports, ...reports] }));
      const base = added[0]?.id;
      if (base && state.recipe === null && get().history.present === null) {
        await get().setRecipe(() => recipeFromBase(base));
      }
    },
    closeImport: () =>
      set(({ importQueue: queue }) => ({
        importQueue: queue && queue.index + 1 < queue.files.length ? { ...queue, index: queue.index + 1 } : null,
      })),
    dismissImportReports: () => set({ importReports: [] }),
  };
}

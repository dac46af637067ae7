import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { PendingImport } from './slices/import';
import { undoRedoState } from './slices/shell';
import type { WorkbenchState, WorkbenchStore } from './store';

/** The store of this window; the store object never changes, so the context never re-renders anyone. */
export const StoreContext = createContext<WorkbenchStore | null>(null);

/** The part of the workbench state a component reads: it re-renders when that part changes, not otherwise. */
export function useWorkbench<T>(selector: (state: WorkbenchState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useWorkbench outside StoreContext');
  return useStore(store, selector);
}

/** Several values at once, compared one by one (for selectors that build an object). */
export function useWorkbenchShallow<T extends object>(selector: (state: WorkbenchState) => T): T {
  return useWorkbench(useShallow(selector));
}

// One hook per slice for what several components read.

/** Connection: never changes. */
export const useApi = () => useWorkbench((s) => s.api);
export const useShell = () => useWorkbench((s) => s.shell);

/** Status slice. */
export const useBusy = () => useWorkbench((s) => s.busyCount > 0);
export const useRun = () => useWorkbench((s) => s.run);

/** Project slice. */
export const useProject = () => useWorkbench((s) => s.project);
export const useResult = () => useWorkbench((s) => s.project?.result ?? null);
export const useRecipe = () => useWorkbench((s) => s.project?.recipe ?? null);
export const useSources = () => useWorkbench((s) => s.project?.sources);

/** Whether Undo and Redo can act now: on the story on the stories screen, else on the recipe (shell.ts undoTarget). */
export const useUndoRedo = () => useWorkbenchShallow(undoRedoState);

/** Import slice: the file whose import dialog is open, or null. */
export function usePendingImport(): PendingImport | null {
  const pending = useWorkbenchShallow((s) => {
    const queue = s.importQueue;
    const file = queue?.files[queue.index];
    return { file: file ?? null, index: (queue?.index ?? 0) + 1, total: queue?.files.length ?? 0 };
  });
  return pending.file ? { file: pending.file, index: pending.index, total: pending.total } : null;
}

/** The store itself, for reading the latest state inside an event handler without subscribing to it. */
export function useStoreApi(): WorkbenchStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi outside StoreContext');
  return store;
}

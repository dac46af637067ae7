import type { FileRef } from '../../../../shared/api/contract';
import type { ProjectState } from '../../../../shared/model/project';
import { sameRecipe } from '../recipeOps';
import type { SliceDeps } from '../store';
import { startStack } from '../undoStack';

/**
 * Changes when a source's data changes without the recipe changing (a refresh): the grid
 * and the chart use it to fetch again.
 */
export function dataVersion(project: ProjectState | null): string {
  return (project?.sources ?? []).map((s) => `${s.id}:${s.fileHash}:${s.importedAt}`).join('|');
}

/** The open project (sources, recipe, result, views, profiles) and the project file commands. */
export interface ProjectSlice {
  api: SliceDeps['api'];
  shell: SliceDeps['shell'];
  project: ProjectState | null;
  /** Shows a new project state after a refresh, an import or a profile change. */
  setProjectState(state: ProjectState): void;
  /** Shows a freshly loaded project: a new undo history and a clean chart. */
  adopt(state: ProjectState, file?: FileRef | null): void;
  newProject(): Promise<void>;
  openDemo(): Promise<void>;
  openFile(file: FileRef): Promise<void>;
  openProject(): Promise<void>;
  save(as?: boolean): Promise<void>;
  removeSource(sourceId: string): Promise<void>;
}

export function projectSlice({ set, get, api, shell }: SliceDeps): ProjectSlice {
  /** The file the project was opened from or saved to (Electron): Save writes there again. */
  let projectFile: FileRef | null = null;

  const load = async (task: () => Promise<ProjectState>, file: FileRef | null = null) => {
    const state = await get().run(task);
    if (state) get().adopt(state, file);
  };

  return {
    api,
    shell,
    project: null,
    setProjectState: (project) => set({ project }),
    adopt(state, file = null) {
      set({
        project: state,
        history: startStack(state.recipe),
        summary: null,
        chartSpec: null,
        importReports: [],
        error: null,
        notice: null,
      });
      projectFile = file;
    },
    newProject: () => load(() => api['project.new']({})),
    openDemo: () => load(() => api['project.demo']({})),
    openFile: (file) => load(() => api['project.open']({ fileId: file.fileId }), file),
    async openProject() {
      const picked = await get().run(() => api['dialog.openFiles']({ purpose: 'project', multiple: false }));
      const file = picked?.files[0];
      if (file) await get().openFile(file);
    },
    async save(as = false) {
      const current = get().project;
      if (!current) return;
      const fileName = `${current.name || 'project'}.werkbank`;
      await get().run(async () => {
        if (shell.kind === 'browser') {
          const { state, file } = await api['project.save']({ fileId: null });
          await shell.deliver({ ...file, name: fileName });
          set({ project: state, notice: { code: 'ui.toolbar.savedAs', params: { name: fileName } } });
          return;
        }
        let target = as ? null : projectFile;
        if (!target) {
          target = (await api['dialog.saveFile']({ suggestedName: fileName, kind: 'project' })).file;
          if (!target) return; // cancelled
        }
        const { state, file } = await api['project.save']({ fileId: target.fileId });
        projectFile = file;
        set({ project: state, notice: { code: 'ui.toolbar.savedAs', params: { name: file.name } } });
      });
    },
    async removeSource(sourceId) {
      const state = await get().run(() => api['source.remove']({ sourceId }));
      if (!state) return;
      set({ project: state });
      // The engine may have dropped a recipe built on this source.
      if (!sameRecipe(state.recipe, get().history.present)) set({ history: startStack(state.recipe) });
    },
  };
}

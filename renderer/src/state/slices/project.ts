import type { FileRef } from '../../../../shared/api/contract';
import type { SourceDependents } from '../../../../shared/api/contract/import';
import type { ProjectState } from '../../../../shared/model/project';
import { toUserMessage } from '../errors';
import { sameRecipe } from '../recipeOps';
import type { SliceDeps } from '../store';
import type { DiscardReason } from './discard';
import { GAIN_RESET } from './gain';
import { REFERENCE_RESET } from './reference';
import { SURVEY_RESET } from './survey';

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
  /** Counts the projects adopted: the screen puts the focus somewhere sensible after each. */
  opened: number;
  newProject(): Promise<void>;
  openDemo(): Promise<void>;
  /** `saveBack` false: the file is a copy (a dropped file uploaded), so Save asks where to write. */
  openFile(file: FileRef, saveBack?: boolean): Promise<void>;
  openProject(): Promise<void>;
  /** With a passphrase: the file is written encrypted (and the project stays encrypted). */
  save(as?: boolean, passphrase?: string): Promise<void>;
  /** "Versleuteld opslaan…": asks a new passphrase twice, then saves with it. */
  saveEncrypted(): Promise<void>;
  removeSource(sourceId: string, withDependents?: boolean): Promise<void>;
  /** A source with views or a recipe derived from it, waiting for the user to confirm they go too. */
  removeQuestion: { sourceId: string; name: string; dependents: SourceDependents } | null;
  cancelRemove(): void;
  /** The file the project was opened from or saved to in the desktop shell (null in the browser, or never saved). */
  currentFile(): FileRef | null;
}

export function projectSlice({ set, get, api, shell }: SliceDeps): ProjectSlice {
  /** The file the project was opened from or saved to (Electron): Save writes there again. */
  let projectFile: FileRef | null = null;

  /** Replaces the project, after asking whether unsaved work may go; recipe changes still waiting are dropped. */
  const load = async (reason: DiscardReason, task: () => Promise<ProjectState>, file: FileRef | null = null): Promise<ProjectState | null> => {
    if (!(await get().confirmDiscard(reason))) return null;
    get().leaveProject();
    const state = await get().run(task);
    if (state) get().adopt(state, file);
    return state ?? null;
  };

  return {
    api,
    shell,
    project: null,
    setProjectState: (project) => set({ project }),
    opened: 0,
    adopt(state, file = null) {
      get().startHistory(state.recipe);
      set({
        opened: get().opened + 1,
        project: state,
        summary: null,
        chartSpec: null,
        ...GAIN_RESET,
        ...REFERENCE_RESET,
        ...SURVEY_RESET,
        importReports: [],
        error: null,
        notice: null,
        autosavedAt: state.autosavedAt ?? null,
        openElsewhere: state.openElsewhere ?? false,
      });
      projectFile = file;
    },
    currentFile: () => projectFile,
    removeQuestion: null,
    cancelRemove: () => set({ removeQuestion: null }),
    async newProject() {
      await load('new', () => api['project.new']({}));
    },
    /** The demo opens on its first view (a learning-gain view): the finding is on screen at once. */
    async openDemo() {
      const state = await load('demo', () => api['project.demo']({}));
      const first = state?.views[0];
      if (first) await get().restoreView(first);
    },
    /**
     * An encrypted file asks for its passphrase (again after a wrong one, in the same dialog);
     * cancelling leaves the open project as it was: the engine only replaces it on success.
     */
    async openFile(file, saveBack = true) {
      if (!(await get().confirmDiscard('open'))) return;
      get().leaveProject();
      let passphrase: string | undefined;
      for (;;) {
        const outcome = await get().run(async () => {
          try {
            return { state: await api['project.open']({ fileId: file.fileId, passphrase }) };
          } catch (e) {
            const message = toUserMessage(e);
            const ask =
              message.code === 'errors.project.needsPassphrase' ||
              (passphrase !== undefined && message.code === 'errors.sealed.wrongPassphrase');
            if (!ask) throw e;
            return { refused: passphrase === undefined ? null : message };
          }
        });
        if (outcome?.state) {
          get().closePassphrase();
          get().adopt(outcome.state, saveBack ? file : null);
          return;
        }
        if (!outcome) return get().closePassphrase(); // failed: the banner says why
        const answer = await get().askPassphrase({ purpose: 'open', name: file.name, error: outcome.refused });
        if (answer === null) return; // cancelled
        passphrase = answer;
      }
    },
    /** The file is chosen first, then the question asked: cancelling the picker asks nothing. */
    async openProject() {
      const picked = await get().run(() => api['dialog.openFiles']({ purpose: 'project', multiple: false }));
      const file = picked?.files[0];
      if (file) await get().openFile(file);
    },
    async save(as = false, passphrase) {
      const current = get().project;
      if (!current) return;
      const fileName = `${current.name || 'project'}.werkbank`;
      await get().run(async () => {
        if (shell.kind === 'browser') {
          const { state, file } = await api['project.save']({ fileId: null, passphrase });
          await shell.deliver({ ...file, name: fileName });
          set({ project: state, notice: { code: 'ui.toolbar.savedAs', params: { name: fileName } } });
          return;
        }
        let target = as ? null : projectFile;
        if (!target) {
          target = (await api['dialog.saveFile']({ suggestedName: fileName, kind: 'project' })).file;
          if (!target) return; // cancelled
        }
        const { state, file } = await api['project.save']({ fileId: target.fileId, passphrase });
        projectFile = file;
        set({ project: state, notice: { code: 'ui.toolbar.savedAs', params: { name: file.name } } });
      });
    },
    async saveEncrypted() {
      const current = get().project;
      if (!current) return;
      const passphrase = await get().askPassphrase({ purpose: 'save', name: current.name, error: null });
      get().closePassphrase();
      if (passphrase !== null) await get().save(false, passphrase);
    },
    /**
     * After the recipe changes asked for before it; the history forgets the states that use the
     * source (recipeHistory.ts). A source something is derived from is removed only with it, after
     * the dialog named what goes (`removeQuestion`).
     */
    removeSource: (sourceId, withDependents = false) =>
      get().afterRecipeChanges(async () => {
        const name = get().project?.sources.find((s) => s.id === sourceId)?.name ?? sourceId;
        if (!withDependents) {
          const dependents = await get().run(() => api['source.dependents']({ sourceId }));
          if (!dependents) return;
          if (dependents.recipe || dependents.views.length > 0) {
            set({ removeQuestion: { sourceId, name, dependents } });
            return;
          }
        }
        set({ removeQuestion: null });
        // Typing still waiting in a story is saved before slides may go.
        if (withDependents) await get().flushStory();
        const state = await get().run(() => api['source.remove']({ sourceId, withDependents }));
        if (!state) return;
        get().forgetSource(sourceId);
        set({ project: state, notice: { code: 'ui.editing.sourceRemoved', params: { name } } });
        // The engine may have dropped a recipe built on this source.
        if (!sameRecipe(state.recipe, get().history.present)) get().startHistory(state.recipe);
        // A story being edited that lost slides is opened again as the engine keeps it (its undo
        // history named views that are gone).
        const open = get().storyHistory?.present;
        const stored = open && state.stories.find((s) => s.id === open.id);
        if (open && stored && JSON.stringify(stored) !== JSON.stringify(open)) {
          await get().selectStory(null);
          await get().selectStory(open.id);
        }
      }),
  };
}

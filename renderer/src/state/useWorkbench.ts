import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FileRef, MenuCommand, WerkbankApi } from '../../../shared/api/contract';
import type { Message } from '../../../shared/model/message';
import type { ProjectState } from '../../../shared/model/project';
import type { Recipe, RecipeStep } from '../../../shared/model/recipe';
import type { ChartSpec, GroupSummary, View } from '../../../shared/model/view';
import type { ShellSupport } from '../api/shell';
import { fitChartSpec } from '../chart/spec';
import { leavesToTextField } from '../keyboard/shortcuts';
import { isTextField } from '../keyboard/textField';
import { toUserMessage } from './errors';
import { appendStep, followEngine, recipeFromBase, removeStep, sameRecipe } from './recipeOps';
import { canRedo, canUndo, pushState, redo, startStack, undo, type UndoStack } from './undoStack';

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

/**
 * Changes when a source's data changes without the recipe changing (a refresh): the grid
 * and the chart use it to fetch again.
 */
export function dataVersion(project: ProjectState | null): string {
  return (project?.sources ?? []).map((s) => `${s.id}:${s.fileHash}:${s.importedAt}`).join('|');
}

/** Everything the screens read and every action they can take. */
export interface Workbench {
  api: WerkbankApi;
  shell: ShellSupport;
  project: ProjectState | null;
  busy: boolean;
  error: Message | null;
  notice: Message | null;
  /** The file whose import dialog is open; the others chosen with it wait their turn. */
  pendingImport: PendingImport | null;
  importReports: ImportReport[];
  chartSpec: ChartSpec | null;
  summary: GroupSummary | null;
  canUndo: boolean;
  canRedo: boolean;
  /** Runs a task with the busy indicator; a failure shows in the error banner and yields undefined. */
  run<T>(task: () => Promise<T>): Promise<T | undefined>;
  report(error: unknown): void;
  dismissError(): void;
  dismissImportReports(): void;
  /** Shows a project the engine already holds (after a reload). */
  adopt(state: ProjectState): void;
  newProject(): Promise<void>;
  openDemo(): Promise<void>;
  openProject(): Promise<void>;
  save(as?: boolean): Promise<void>;
  /** Chooses files and opens the import dialog for each in turn; nothing is imported before the user confirms. */
  importFiles(): Promise<void>;
  importDropped(files: File[]): Promise<void>;
  /** The import dialog imported its file (or sheets): show the new state and what the importer noticed. */
  imported(state: ProjectState): Promise<void>;
  /** Closes the import dialog and opens the next file's, if any. */
  closeImport(): void;
  /** Shows a new project state after a refresh or a profile change. */
  setProjectState(state: ProjectState): void;
  /** A short note in the toolbar (e.g. a cancelled import). */
  notify(message: Message): void;
  removeSource(sourceId: string): Promise<void>;
  chooseBase(sourceId: string): Promise<boolean>;
  addStep(step: RecipeStep): Promise<boolean>;
  removeRecipeStep(index: number): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  setChartSpec(spec: ChartSpec): void;
  drawChart(spec?: ChartSpec): Promise<void>;
  saveView(title: string, takeaway: string): Promise<boolean>;
  restoreView(view: View): Promise<void>;
  deleteView(viewId: string): Promise<void>;
  command(command: MenuCommand): void;
}

export interface WorkbenchOptions {
  onLanguage(locale: 'nl-BE' | 'en'): void;
  onAbout(): void;
}

/** The workbench's state and actions: the one place that talks to the API. */
export function useWorkbench(api: WerkbankApi, shell: ShellSupport, options: WorkbenchOptions): Workbench {
  const [project, setProjectState] = useState<ProjectState | null>(null);
  const [busyCount, setBusyCount] = useState(0);
  const [error, setError] = useState<Message | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);
  const [importQueue, setImportQueue] = useState<{ files: FileRef[]; index: number } | null>(null);
  const [importReports, setImportReports] = useState<ImportReport[]>([]);
  const [chartSpec, setChartSpecState] = useState<ChartSpec | null>(null);
  const [summary, setSummary] = useState<GroupSummary | null>(null);
  const [stack, setStack] = useState<UndoStack<Recipe | null>>(() => startStack(null));

  // Refs mirror the latest state for actions that run after an await.
  const projectRef = useRef(project);
  projectRef.current = project;
  const stackRef = useRef(stack);
  stackRef.current = stack;
  const fileRef = useRef<FileRef | null>(null);
  const recipeQueue = useRef<Promise<unknown>>(Promise.resolve());
  const optionsRef = useRef(options);
  optionsRef.current = options;

  /** Shows a new project state; the ref is updated at once for actions still running. */
  const setProject = useCallback((state: ProjectState) => {
    projectRef.current = state;
    setProjectState(state);
  }, []);

  const run = useCallback(async <T,>(task: () => Promise<T>): Promise<T | undefined> => {
    setBusyCount((n) => n + 1);
    try {
      return await task();
    } catch (e) {
      setError(toUserMessage(e));
      return undefined;
    } finally {
      setBusyCount((n) => n - 1);
    }
  }, []);

  const report = useCallback((e: unknown) => setError(toUserMessage(e)), []);

  /** A freshly loaded project starts a new undo history and a clean chart. */
  const load = useCallback((state: ProjectState, file: FileRef | null = null) => {
    setProject(state);
    stackRef.current = startStack(state.recipe);
    setStack(stackRef.current);
    setSummary(null);
    setChartSpecState(null);
    setImportReports([]);
    setError(null);
    setNotice(null);
    fileRef.current = file;
  }, [setProject]);

  /** Recipe changes run one after another, so each sees the stack the previous one left. */
  const queueRecipe = useCallback(
    (pick: (stack: UndoStack<Recipe | null>) => UndoStack<Recipe | null> | null): Promise<boolean> => {
      const next = recipeQueue.current.then(async () => {
        const target = pick(followEngine(stackRef.current, projectRef.current?.recipe ?? null));
        if (!target) return false;
        const state = await run(() => api['recipe.set']({ recipe: target.present }));
        if (!state) return false;
        stackRef.current = target;
        setStack(target);
        setProject(state);
        return true;
      });
      recipeQueue.current = next;
      return next;
    },
    [api, run, setProject],
  );

  const setRecipe = useCallback(
    (make: (current: Recipe | null) => Recipe | null) => queueRecipe((s) => pushState(s, make(s.present))),
    [queueRecipe],
  );

  const newProject = useCallback(async () => {
    const state = await run(() => api['project.new']({}));
    if (state) load(state);
  }, [api, run, load]);

  const openDemo = useCallback(async () => {
    const state = await run(() => api['project.demo']({}));
    if (state) load(state);
  }, [api, run, load]);

  const openFile = useCallback(
    async (file: FileRef) => {
      const state = await run(() => api['project.open']({ fileId: file.fileId }));
      if (state) load(state, file);
    },
    [api, run, load],
  );

  const openProject = useCallback(async () => {
    const picked = await run(() => api['dialog.openFiles']({ purpose: 'project', multiple: false }));
    const file = picked?.files[0];
    if (file) await openFile(file);
  }, [api, run, openFile]);

  const save = useCallback(
    async (as = false) => {
      const current = projectRef.current;
      if (!current) return;
      const fileName = `${current.name || 'project'}.werkbank`;
      await run(async () => {
        if (shell.kind === 'browser') {
          const { state, file } = await api['project.save']({ fileId: null });
          await shell.deliver({ ...file, name: fileName });
          setProject(state);
          setNotice({ code: 'ui.toolbar.savedAs', params: { name: fileName } });
          return;
        }
        let target = as ? null : fileRef.current;
        if (!target) {
          target = (await api['dialog.saveFile']({ suggestedName: fileName, kind: 'project' })).file;
          if (!target) return; // cancelled
        }
        const { state, file } = await api['project.save']({ fileId: target.fileId });
        fileRef.current = file;
        setProject(state);
        setNotice({ code: 'ui.toolbar.savedAs', params: { name: file.name } });
      });
    },
    [api, run, shell, setProject],
  );

  /** Files chosen together go through the import dialog one after another. */
  const enqueueImports = useCallback((refs: FileRef[]) => {
    if (refs.length === 0) return;
    setImportReports([]);
    setImportQueue((queue) => (queue ? { ...queue, files: [...queue.files, ...refs] } : { files: refs, index: 0 }));
  }, []);

  const closeImport = useCallback(() => {
    setImportQueue((queue) => (queue && queue.index + 1 < queue.files.length ? { ...queue, index: queue.index + 1 } : null));
  }, []);

  /** After an import: the new sources' notes are shown; the first new source becomes the base when there is none yet. */
  const imported = useCallback(
    async (state: ProjectState) => {
      const known = new Set(projectRef.current?.sources.map((s) => s.id));
      setProject(state);
      const added = state.sources.filter((s) => !known.has(s.id));
      const reports = added.filter((s) => s.warnings.length > 0).map((s) => ({ sourceName: s.name, warnings: s.warnings }));
      if (reports.length > 0) setImportReports((r) => [...r, ...reports]);
      const base = added[0]?.id;
      if (base && state.recipe === null && stackRef.current.present === null) {
        await setRecipe(() => recipeFromBase(base));
      }
    },
    [setProject, setRecipe],
  );

  const importFiles = useCallback(async () => {
    const picked = await run(() => api['dialog.openFiles']({ purpose: 'import', multiple: true }));
    if (picked) enqueueImports(picked.files);
  }, [api, run, enqueueImports]);

  const importDropped = useCallback(
    async (files: File[]) => {
      const project = files.find((f) => f.name.toLowerCase().endsWith('.werkbank'));
      const upload = async (file: File) => {
        const data = new Uint8Array(await file.arrayBuffer());
        return api['file.upload']({ name: file.name, data });
      };
      if (project) {
        const ref = await run(() => upload(project));
        if (ref) await openFile(ref);
        return;
      }
      const refs: FileRef[] = [];
      for (const file of files) {
        const ref = await run(() => upload(file));
        if (ref) refs.push(ref);
      }
      enqueueImports(refs);
    },
    [api, run, openFile, enqueueImports],
  );

  const removeSource = useCallback(
    async (sourceId: string) => {
      const state = await run(() => api['source.remove']({ sourceId }));
      if (state) {
        setProject(state);
        // The engine may have dropped a recipe built on this source.
        if (!sameRecipe(state.recipe, stackRef.current.present)) {
          stackRef.current = startStack(state.recipe);
          setStack(stackRef.current);
        }
      }
    },
    [api, run, setProject],
  );

  const chooseBase = useCallback((sourceId: string) => setRecipe(() => recipeFromBase(sourceId)), [setRecipe]);

  const addStep = useCallback(
    (step: RecipeStep) => setRecipe((current) => (current ? appendStep(current, step) : current)),
    [setRecipe],
  );

  const removeRecipeStep = useCallback(
    (index: number) => setRecipe((current) => (current ? removeStep(current, index) : current)),
    [setRecipe],
  );

  const undoRecipe = useCallback(async () => {
    await queueRecipe((s) => (canUndo(s) ? undo(s) : null));
  }, [queueRecipe]);

  const redoRecipe = useCallback(async () => {
    await queueRecipe((s) => (canRedo(s) ? redo(s) : null));
  }, [queueRecipe]);

  const drawChart = useCallback(
    async (spec?: ChartSpec) => {
      const chart = spec ?? chartSpec;
      if (!chart) return;
      const result = await run(() => api['chart.summary']({ recipe: null, chart }));
      if (result) setSummary(result);
    },
    [api, run, chartSpec],
  );

  const setChartSpec = useCallback((spec: ChartSpec) => setChartSpecState(spec), []);

  // A drawn chart follows the recipe: redraw it for the new result, or drop it when its columns are gone.
  const summaryRef = useRef(summary);
  summaryRef.current = summary;
  const resultKey = project?.result ? `${JSON.stringify(project.recipe)}|${dataVersion(project)}` : null;
  useEffect(() => {
    const drawn = summaryRef.current;
    const columns = projectRef.current?.result?.columns;
    if (!drawn || !columns || resultKey === null) return;
    if (fitChartSpec(columns, drawn.chart) !== drawn.chart) {
      setSummary(null);
      return;
    }
    let stale = false;
    void run(() => api['chart.summary']({ recipe: null, chart: drawn.chart })).then((next) => {
      if (!stale && next) setSummary(next);
    });
    return () => {
      stale = true;
    };
  }, [resultKey, api, run]);

  const saveView = useCallback(
    async (title: string, takeaway: string) => {
      const recipe = projectRef.current?.recipe;
      const chart = summaryRef.current?.chart ?? chartSpec;
      if (!recipe || !chart) return false;
      const state = await run(() => api['view.save']({ view: { title, takeaway, recipe, chart } }));
      if (state) setProject(state);
      return Boolean(state);
    },
    [api, run, chartSpec, setProject],
  );

  const restoreView = useCallback(
    async (view: View) => {
      summaryRef.current = null; // the restored chart is drawn below, not redrawn from the old one
      setSummary(null);
      const ok = await setRecipe(() => view.recipe);
      if (!ok) return;
      setChartSpecState(view.chart);
      const result = await run(() => api['chart.summary']({ recipe: null, chart: view.chart }));
      if (result) setSummary(result);
    },
    [api, run, setRecipe],
  );

  const deleteView = useCallback(
    async (viewId: string) => {
      const state = await run(() => api['view.delete']({ viewId }));
      if (state) setProject(state);
    },
    [api, run, setProject],
  );

  const command = useCallback(
    (cmd: MenuCommand) => {
      const hasProject = projectRef.current !== null;
      switch (cmd) {
        case 'project.new':
          return void newProject();
        case 'project.open':
          return void openProject();
        case 'project.demo':
          return void openDemo();
        case 'project.save':
          return void (hasProject && save(false));
        case 'project.saveAs':
          return void (hasProject && save(true));
        case 'source.import':
          return void (hasProject && importFiles());
        case 'edit.undo':
          return void undoRecipe();
        case 'edit.redo':
          return void redoRecipe();
        case 'view.language.nl':
          return optionsRef.current.onLanguage('nl-BE');
        case 'view.language.en':
          return optionsRef.current.onLanguage('en');
        case 'help.about':
          return optionsRef.current.onAbout();
      }
    },
    [newProject, openProject, openDemo, save, importFiles, undoRecipe, redoRecipe],
  );

  // Shell events: the desktop menu and files opened from the file manager.
  useEffect(() => {
    const offMenu = shell.on('menu.command', (cmd) => {
      // The menu's Ctrl+Z reaches us even while someone types: then it is the field's undo.
      if (leavesToTextField(cmd) && isTextField(document.activeElement)) {
        document.execCommand(cmd === 'edit.undo' ? 'undo' : 'redo');
        return;
      }
      command(cmd);
    });
    const offOpen = shell.on('project.openFile', (file) => void openFile(file));
    return () => {
      offMenu();
      offOpen();
    };
  }, [shell, command, openFile]);

  return useMemo(
    () => ({
      api,
      shell,
      project,
      busy: busyCount > 0,
      error,
      notice,
      pendingImport:
        importQueue && importQueue.files[importQueue.index]
          ? { file: importQueue.files[importQueue.index]!, index: importQueue.index + 1, total: importQueue.files.length }
          : null,
      importReports,
      chartSpec,
      summary,
      canUndo: canUndo(stack),
      canRedo: canRedo(stack),
      run,
      report,
      dismissError: () => setError(null),
      dismissImportReports: () => setImportReports([]),
      adopt: load,
      newProject,
      openDemo,
      openProject,
      save,
      importFiles,
      importDropped,
      imported,
      closeImport,
      setProjectState: setProject,
      notify: setNotice,
      removeSource,
      chooseBase,
      addStep,
      removeRecipeStep,
      undo: undoRecipe,
      redo: redoRecipe,
      setChartSpec,
      drawChart,
      saveView,
      restoreView,
      deleteView,
      command,
    }),
    [
      api,
      shell,
      project,
      busyCount,
      error,
      notice,
      importQueue,
      importReports,
      chartSpec,
      summary,
      stack,
      run,
      report,
      load,
      newProject,
      openDemo,
      openProject,
      save,
      importFiles,
      importDropped,
      imported,
      closeImport,
      setProject,
      removeSource,
      chooseBase,
      addStep,
      removeRecipeStep,
      undoRecipe,
      redoRecipe,
      setChartSpec,
      drawChart,
      saveView,
      restoreView,
      deleteView,
      command,
    ],
  );
}

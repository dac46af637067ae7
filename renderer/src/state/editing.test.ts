import { describe, expect, it } from 'vitest';
import type { FileRef, WerkbankApi } from '../../../shared/api/contract';
import { WerkbankError } from '../../../shared/api/errors';
import type { ProjectState } from '../../../shared/model/project';
import { type Recipe, recipeSources } from '../../../shared/model/recipe';
import type { ShellSupport } from '../api/shell';
import { createWorkbenchStore, type WorkbenchStore } from './store';
import { canRedo, canUndo } from './undoStack';

/**
 * A small engine that behaves as the real one where the history is concerned: it refuses a recipe
 * on a source it does not have (errors.source.unknown), refuses to remove a source the recipe uses,
 * and marks the project dirty on every change, clean on save.
 */
function fakeEngine() {
  let name = 'Eerste';
  let sources: string[] = [];
  let recipe: Recipe | null = null;
  let dirty = false;
  const sent: (Recipe | null)[] = [];
  /** While set, recipe.set waits for it: a slow answer. */
  let gate: Promise<void> | null = null;
  /** What the save dialog answers (Electron); null is "cancelled". */
  let saveTarget: FileRef | null = { fileId: 'f1', name: 'school.werkbank' };

  const state = (): ProjectState =>
    ({
      formatVersion: 1,
      name,
      fileName: null,
      dirty,
      sources: sources.map((id) => ({ id, name: id.toUpperCase() })),
      recipe,
      result: recipe ? { columns: [{ name: 'Klas', type: 'text' }], rowCount: 1, steps: [] } : null,
      views: [],
      profiles: [],
    }) as unknown as ProjectState;

  const api = {
    'project.new': async () => {
      name = 'Project';
      sources = [];
      recipe = null;
      dirty = false;
      return state();
    },
    'recipe.set': async ({ recipe: next }: { recipe: Recipe | null }) => {
      sent.push(next);
      if (gate) await gate;
      const missing = next ? recipeSources(next).find((s) => !sources.includes(s)) : undefined;
      if (missing) throw new WerkbankError('errors.source.unknown', { source: missing });
      if (JSON.stringify(next) !== JSON.stringify(recipe)) dirty = true;
      recipe = next;
      return state();
    },
    // What depends on a source, as the engine says it: the recipe, never a view here.
    'source.dependents': async ({ sourceId }: { sourceId: string }) => ({
      recipe: recipe !== null && recipeSources(recipe).includes(sourceId),
      views: [],
      slides: [],
    }),
    'source.remove': async ({ sourceId, withDependents }: { sourceId: string; withDependents?: boolean }) => {
      if (recipe && recipeSources(recipe).includes(sourceId)) {
        if (!withDependents) throw new WerkbankError('errors.source.inUse', { source: sourceId });
        recipe = null;
      }
      sources = sources.filter((s) => s !== sourceId);
      dirty = true;
      return state();
    },
    'dialog.saveFile': async () => ({ file: saveTarget }),
    'project.save': async ({ fileId }: { fileId: string | null }) => {
      dirty = false;
      return { state: state(), file: { fileId: fileId ?? 'download', name: 'school.werkbank' } };
    },
  };
  return {
    api: api as unknown as WerkbankApi,
    sent,
    /** An import: the source is there, the project changed. */
    addSource(id: string) {
      sources.push(id);
      dirty = true;
      return state();
    },
    slow(): () => void {
      let open!: () => void;
      gate = new Promise((resolve) => (open = resolve));
      return () => {
        gate = null;
        open();
      };
    },
    cancelSaveDialog() {
      saveTarget = null;
    },
  };
}

const shell = (kind: ShellSupport['kind']): ShellSupport => ({ kind, on: () => () => {}, deliver: async () => {} });

/** A store on the fake engine with sources s1 and s2, clean, and no recipe yet. */
function setup(kind: ShellSupport['kind'] = 'browser') {
  const engine = fakeEngine();
  const store = createWorkbenchStore(engine.api, shell(kind));
  engine.addSource('s1');
  store.getState().adopt({ ...engine.addSource('s2'), dirty: false });
  return { engine, store };
}

const base = (store: WorkbenchStore) => store.getState().project?.recipe?.base ?? null;

/** Waits until the question is asked (the store answers a promise the dialog resolves). */
async function asked(store: WorkbenchStore) {
  for (let i = 0; i < 20 && !store.getState().discardQuestion; i++) await Promise.resolve();
  return store.getState().discardQuestion;
}

describe('undo and redo through recipe states', () => {
  it('starts a new history with a new project: Ctrl+Z afterwards does nothing and sends nothing', async () => {
    const { engine, store } = setup();
    await store.getState().chooseBase('s1');
    await store.getState().chooseBase('s2');
    expect(canUndo(store.getState().history)).toBe(true);
    store.setState({ project: { ...store.getState().project!, dirty: false } });
    await store.getState().newProject();
    expect(store.getState().project?.name).toBe('Project');
    expect(canUndo(store.getState().history)).toBe(false);
    const before = engine.sent.length;
    await store.getState().undo();
    expect(engine.sent.length).toBe(before);
    expect(store.getState().error).toBeNull();
  });

  it('drops recipe changes still waiting when the project is replaced', async () => {
    const { engine, store } = setup();
    const release = engine.slow();
    const first = store.getState().chooseBase('s1');
    const second = store.getState().chooseBase('s2');
    const replaced = store.getState().newProject();
    release();
    expect(await first).toBe(false);
    expect(await second).toBe(false);
    await replaced;
    // The first was under way and answered for the old project; the second never left.
    expect(engine.sent).toEqual([expect.objectContaining({ base: 's1' })]);
    expect(store.getState().project?.name).toBe('Project');
    expect(store.getState().history).toEqual({ past: [], present: null, future: [] });
    expect(store.getState().error).toBeNull();
  });

  it('forgets the states of a removed source: undo goes to the nearest one that can be shown', async () => {
    const { engine, store } = setup();
    await store.getState().chooseBase('s1');
    await store.getState().chooseBase('s2');
    await store.getState().chooseBase('s1');
    await store.getState().removeSource('s2');
    expect(store.getState().project?.sources.map((s) => s.id)).toEqual(['s1']);
    expect(store.getState().notice?.code).toBe('ui.editing.sourceRemoved');
    const before = engine.sent.length;
    await store.getState().undo();
    expect(store.getState().error).toBeNull();
    expect(base(store)).toBeNull();
    // Undo went past the states on s2 without asking the engine for them.
    expect(engine.sent.slice(before)).toEqual([null]);
    await store.getState().redo();
    expect(base(store)).toBe('s1');
    expect(canRedo(store.getState().history)).toBe(false);
  });

  it('asks before removing a source the recipe uses; cancelled, nothing changes; confirmed, the recipe goes with it', async () => {
    const { store } = setup();
    await store.getState().chooseBase('s1');
    const history = store.getState().history;
    await store.getState().removeSource('s1');
    expect(store.getState().removeQuestion).toMatchObject({ sourceId: 's1', dependents: { recipe: true, views: [] } });
    expect(store.getState().project?.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(store.getState().history).toBe(history);
    store.getState().cancelRemove();
    expect(store.getState().removeQuestion).toBeNull();

    await store.getState().removeSource('s1', true);
    expect(store.getState().removeQuestion).toBeNull();
    expect(store.getState().project?.sources.map((s) => s.id)).toEqual(['s2']);
    expect(store.getState().error).toBeNull();
    expect(base(store)).toBeNull();
  });

  it('skips a state the engine refuses (its data changed since) instead of showing an error', async () => {
    const { engine, store } = setup();
    await store.getState().chooseBase('s2');
    await store.getState().chooseBase('s1');
    // The engine loses s2 behind the history's back (as a refresh can lose a column).
    await engine.api['source.remove']({ sourceId: 's2' });
    await store.getState().undo();
    expect(store.getState().error).toBeNull();
    expect(store.getState().notice).toEqual({ code: 'ui.editing.undoSkipped', params: { count: 1 } });
    // It went on to the state before: no recipe.
    expect(base(store)).toBeNull();
    expect(canUndo(store.getState().history)).toBe(false);
  });
});

describe('asking before unsaved work is discarded', () => {
  it('asks nothing when the project is saved', async () => {
    const { store } = setup();
    expect(await store.getState().confirmDiscard('new')).toBe(true);
    expect(store.getState().discardQuestion).toBeNull();
  });

  it('keeps the project on Annuleren and replaces it on Niet opslaan', async () => {
    const { store } = setup();
    await store.getState().chooseBase('s1');
    expect(store.getState().project?.dirty).toBe(true);

    const cancelled = store.getState().newProject();
    expect(await asked(store)).toBe('new');
    await store.getState().answerDiscard('cancel');
    await cancelled;
    expect(store.getState().project?.name).toBe('Eerste');
    expect(base(store)).toBe('s1');

    const discarded = store.getState().newProject();
    expect(await asked(store)).toBe('new');
    await store.getState().answerDiscard('discard');
    await discarded;
    expect(store.getState().project?.name).toBe('Project');
    expect(store.getState().discardQuestion).toBeNull();
  });

  it('saves first on Opslaan, and keeps the project when the save dialog is cancelled', async () => {
    const { engine, store } = setup('electron');
    await store.getState().chooseBase('s1');
    engine.cancelSaveDialog();
    const kept = store.getState().openDemo();
    expect(await asked(store)).toBe('demo');
    await store.getState().answerDiscard('save');
    await kept;
    expect(store.getState().project?.name).toBe('Eerste');
    expect(store.getState().project?.dirty).toBe(true);

    const { store: other } = setup('browser');
    await other.getState().chooseBase('s1');
    const saved = other.getState().newProject();
    expect(await asked(other)).toBe('new');
    await other.getState().answerDiscard('save');
    await saved;
    expect(other.getState().project?.name).toBe('Project');
  });

  it('answers an earlier question Annuleren when a new one comes', async () => {
    const { store } = setup();
    await store.getState().chooseBase('s1');
    const first = store.getState().confirmDiscard('new');
    const second = store.getState().confirmDiscard('close');
    expect(await first).toBe(false);
    expect(store.getState().discardQuestion).toBe('close');
    await store.getState().answerDiscard('discard');
    expect(await second).toBe(true);
  });
});

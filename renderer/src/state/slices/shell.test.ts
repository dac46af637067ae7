import { describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../../../shared/api/contract';
import type { ProjectState } from '../../../../shared/model/project';
import { Recipe, type StepDraft } from '../../../../shared/model/recipe';
import type { Story, StoryDraft } from '../../../../shared/model/story/story';
import type { ShellSupport } from '../../api/shell';
import { createWorkbenchStore } from '../store';
import { undoRedoState, undoTarget } from './shell';

const shell: ShellSupport = { kind: 'electron', on: () => () => {}, deliver: async () => {} };

/** A fake engine for the recipe (`recipe.set`) and the stories (`story.save`), recording what was sent. */
function setup() {
  const recipesSent: (Recipe | null)[] = [];
  const storiesSaved: StoryDraft[] = [];
  let recipe: Recipe | null = Recipe.parse({ version: 3, base: 's1', steps: [] });
  let stories: Story[] = [];
  const state = (): ProjectState =>
    ({
      formatVersion: 2,
      name: 'Test',
      fileName: null,
      dirty: true,
      sources: [{ id: 's1', name: 'S1', columns: [{ name: 'Nr', type: 'identifier' }], rowCount: 3 }],
      recipe,
      result: recipe
        ? {
            columns: [{ name: 'Nr', type: 'identifier' }],
            rowCount: 2,
            steps: recipe.steps.map((s) => ({ id: s.id, kind: s.kind, rowsAfter: 2, columns: [{ name: 'Nr', type: 'identifier' }], warnings: [] })),
          }
        : null,
      views: [],
      profiles: [],
      stories,
      exports: [],
      rok: [],
      rokEdited: false,
    }) as unknown as ProjectState;
  const api = {
    'recipe.set': async ({ recipe: next }: { recipe: Recipe | null }) => {
      recipesSent.push(next);
      recipe = next === null ? null : Recipe.parse(JSON.parse(JSON.stringify(next)));
      return state();
    },
    'story.save': async ({ story }: { story: StoryDraft }) => {
      storiesSaved.push(story);
      const id = story.id ?? `st${stories.length + 1}`;
      const old = stories.find((s) => s.id === id);
      const full = { question: '', slides: [], hypotheses: [], actions: [], ...story, id, createdAt: old?.createdAt ?? `c-${id}`, updatedAt: 'now' } as Story;
      stories = old ? stories.map((s) => (s.id === id ? full : s)) : [...stories, full];
      return state();
    },
  } as unknown as WerkbankApi;
  const store = createWorkbenchStore(api, shell);
  store.getState().adopt(state());
  const s = () => store.getState();
  /** Waits for what a command started: the recipe's queue and the story's saves. */
  const settle = async () => {
    await s().afterRecipeChanges(async () => {});
    await s().flushStory();
  };
  return { store, s, settle, recipesSent, storiesSaved };
}

const dedupe: StepDraft = { kind: 'deduplicate', keys: ['Nr'], keep: 'first' };
const steps = (r: Recipe | null | undefined) => r?.steps.map((step) => step.kind);

/** A recipe with one step to undo, and a story being edited with one edit to undo. */
async function withBothHistories() {
  const t = setup();
  await t.s().addStep(dedupe);
  expect(await t.s().createStory('Ons verhaal')).toBe(true);
  t.s().editStory((story) => ({ ...story, question: 'Groeien onze lezers?' }));
  await t.settle();
  t.recipesSent.length = 0;
  t.storiesSaved.length = 0;
  return t;
}

describe('undo and redo from the menu, the keys and the toolbar', () => {
  it('act on the recipe on the data screens, even with a story chosen on the stories screen before', async () => {
    const { s, settle, recipesSent, storiesSaved } = await withBothHistories();
    expect(s().storiesOpen).toBe(false);
    expect(undoTarget(s())).toBe('recipe');
    expect(undoRedoState(s())).toEqual({ canUndo: true, canRedo: false });

    s().command('edit.undo');
    await settle();
    expect(steps(s().project?.recipe)).toEqual([]);
    expect(undoRedoState(s())).toEqual({ canUndo: false, canRedo: true });
    s().command('edit.redo');
    await settle();
    expect(steps(s().project?.recipe)).toEqual(['deduplicate']);
    expect(recipesSent).toHaveLength(2);
    // The story's own history is untouched.
    expect(s().storyHistory?.present.question).toBe('Groeien onze lezers?');
    expect(storiesSaved).toEqual([]);
  });

  it('act on the story being edited while the stories screen is shown, and never on the recipe there', async () => {
    const { s, settle, recipesSent, storiesSaved } = await withBothHistories();
    await s().showStories(true);
    expect(undoTarget(s())).toBe('story');
    // The story's history decides, not the recipe's (which could undo too).
    expect(undoRedoState(s())).toEqual({ canUndo: true, canRedo: false });

    s().command('edit.undo');
    await settle();
    expect(s().storyHistory?.present.question).toBe('');
    expect(storiesSaved.at(-1)?.question).toBe('');
    expect(undoRedoState(s())).toEqual({ canUndo: false, canRedo: true });
    // Nothing more to undo in the story: the recipe is not undone instead.
    s().command('edit.undo');
    await settle();
    expect(recipesSent).toEqual([]);
    expect(steps(s().project?.recipe)).toEqual(['deduplicate']);

    s().command('edit.redo');
    await settle();
    expect(s().storyHistory?.present.question).toBe('Groeien onze lezers?');
    expect(storiesSaved.at(-1)?.question).toBe('Groeien onze lezers?');
    expect(recipesSent).toEqual([]);

    // Back to the data screens: the recipe again.
    await s().showStories(false);
    expect(undoRedoState(s())).toEqual({ canUndo: true, canRedo: false });
    s().command('edit.undo');
    await settle();
    expect(steps(s().project?.recipe)).toEqual([]);
  });

  it('do nothing on the stories screen with no story chosen', async () => {
    const { s, settle, recipesSent, storiesSaved } = await withBothHistories();
    await s().showStories(true);
    await s().selectStory(null);
    expect(undoTarget(s())).toBeNull();
    expect(undoRedoState(s())).toEqual({ canUndo: false, canRedo: false });
    s().command('edit.undo');
    s().command('edit.redo');
    await settle();
    expect(recipesSent).toEqual([]);
    expect(storiesSaved).toEqual([]);
    expect(steps(s().project?.recipe)).toEqual(['deduplicate']);
  });

  it('do nothing while the story is presented', async () => {
    const { s, settle, recipesSent, storiesSaved } = await withBothHistories();
    await s().showStories(true);
    await s().startPresenting(s().storyHistory!.present.id);
    expect(undoTarget(s())).toBeNull();
    expect(undoRedoState(s())).toEqual({ canUndo: false, canRedo: false });
    s().command('edit.undo');
    await settle();
    expect(s().storyHistory?.present.question).toBe('Groeien onze lezers?');
    expect(recipesSent).toEqual([]);
    expect(storiesSaved).toEqual([]);
    s().stopPresenting();
    expect(undoTarget(s())).toBe('story');
  });
});

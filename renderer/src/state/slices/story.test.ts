import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WerkbankApi } from '../../../../shared/api/contract';
import type { ProjectState } from '../../../../shared/model/project';
import type { Story, StoryDraft } from '../../../../shared/model/story/story';
import type { ShellSupport } from '../../api/shell';
import { createWorkbenchStore } from '../store';
import { STORY_SAVE_DELAY_MS, STORY_TYPING_GROUP_MS } from './story';

const shell: ShellSupport = { kind: 'browser', on: () => () => {}, deliver: async () => {} };

/** A fake engine that keeps stories as `story.save` would: a new id for a draft without one, the stamps kept. */
function setup() {
  const saved: StoryDraft[] = [];
  let stories: Story[] = [];
  let project = 'P1';
  const state = (): ProjectState =>
    ({ formatVersion: 2, name: project, fileName: null, dirty: true, sources: [], recipe: null, result: null, views: [], profiles: [], stories, exports: [], rok: [], rokEdited: false }) as unknown as ProjectState;
  const api = {
    'story.save': async ({ story }: { story: StoryDraft }) => {
      saved.push(story);
      const id = story.id ?? `st${stories.length + 1}`;
      const old = stories.find((s) => s.id === id);
      const full = { question: '', slides: [], hypotheses: [], actions: [], ...story, id, createdAt: old?.createdAt ?? `${project}-${id}`, updatedAt: 'now' } as Story;
      stories = old ? stories.map((s) => (s.id === id ? full : s)) : [...stories, full];
      return state();
    },
    'story.delete': async ({ storyId }: { storyId: string }) => {
      stories = stories.filter((s) => s.id !== storyId);
      return state();
    },
    'story.next': async ({ storyId, title }: { storyId: string; title: string }) => {
      const from = stories.find((s) => s.id === storyId)!;
      const id = `st${stories.length + 1}`;
      stories = [...stories, { ...from, id, title, slides: [], createdAt: `${project}-${id}` }];
      return state();
    },
  } as unknown as WerkbankApi;
  const store = createWorkbenchStore(api, shell);
  store.getState().adopt(state());
  return {
    store,
    saved,
    reopen(name: string, keep: Story[]) {
      project = name;
      stories = keep;
      store.getState().adopt(state());
    },
  };
}

describe('the story slice', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('makes a story and edits it; a structural edit is saved at once and undone with its own history', async () => {
    const { store, saved } = setup();
    expect(await store.getState().createStory('Ons verhaal')).toBe(true);
    const s = () => store.getState();
    expect(s().storyHistory?.present.id).toBe('st1');
    s().editStory((story) => ({ ...story, hypotheses: [...story.hypotheses, { id: 'h1', text: 'Lezers groeien', status: 'open', viewIds: [] }] }));
    await s().flushStory();
    expect(saved.at(-1)?.hypotheses).toEqual([{ id: 'h1', text: 'Lezers groeien', status: 'open', viewIds: [] }]);
    expect(s().project?.stories[0]?.hypotheses).toHaveLength(1);

    s().undoStory();
    await s().flushStory();
    expect(s().storyHistory?.present.hypotheses).toEqual([]);
    expect(saved.at(-1)?.hypotheses).toEqual([]);
    s().redoStory();
    await s().flushStory();
    expect(saved.at(-1)?.hypotheses).toHaveLength(1);
    // The recipe's history is another one: untouched.
    expect(s().history.past).toHaveLength(0);
  });

  it('saves typing after a pause, as one undo step per burst in a field', async () => {
    const { store, saved } = setup();
    await store.getState().createStory('Verhaal');
    const before = saved.length;
    const type = (text: string) => store.getState().editStory((story) => ({ ...story, question: text }), 'question');
    type('G');
    type('Gr');
    type('Groeien');
    expect(saved.length).toBe(before);
    expect(store.getState().storySaving).toBe(1);
    await vi.advanceTimersByTimeAsync(STORY_SAVE_DELAY_MS + 10);
    expect(saved.length).toBe(before + 1);
    expect(saved.at(-1)?.question).toBe('Groeien');
    expect(store.getState().storySaving).toBe(0);

    await vi.advanceTimersByTimeAsync(STORY_TYPING_GROUP_MS + 10);
    type('Groeien onze lezers?');
    store.getState().undoStory();
    expect(store.getState().storyHistory?.present.question).toBe('Groeien');
    store.getState().undoStory();
    expect(store.getState().storyHistory?.present.question).toBe('');
  });

  it('does not save a story without a title, nor hypotheses and actions still without text', async () => {
    const { store, saved } = setup();
    await store.getState().createStory('Verhaal');
    const before = saved.length;
    store.getState().editStory((story) => ({ ...story, title: '' }), 'title');
    await vi.advanceTimersByTimeAsync(STORY_SAVE_DELAY_MS + 10);
    expect(saved.length).toBe(before);
    expect(store.getState().storySaving).toBe(0);
    store.getState().editStory((story) => ({
      ...story,
      title: 'Terug',
      actions: [{ id: 'a1', what: '', who: '', when: '', status: 'planned', rok: [], carriedFrom: null }],
    }));
    await store.getState().flushStory();
    expect(saved.at(-1)).toMatchObject({ title: 'Terug', actions: [] });
    expect(store.getState().storyHistory?.present.actions).toHaveLength(1);
  });

  it('saves waiting typing before another story is chosen, and starts a new history for it', async () => {
    const { store, saved } = setup();
    await store.getState().createStory('Een');
    await store.getState().createStory('Twee');
    expect(store.getState().storyHistory?.present.id).toBe('st2');
    store.getState().editStory((story) => ({ ...story, question: 'Waarom?' }), 'question');
    await store.getState().selectStory('st1');
    expect(saved.at(-1)).toMatchObject({ id: 'st2', question: 'Waarom?' });
    expect(store.getState().storyHistory?.present.id).toBe('st1');
    expect(store.getState().storyHistory?.past).toEqual([]);
  });

  it('renames, makes the next measurement’s story, and deletes', async () => {
    const { store } = setup();
    await store.getState().createStory('Meting 1');
    await store.getState().selectStory(null);
    expect(await store.getState().renameStory('st1', 'Juni 2026')).toBe(true);
    expect(store.getState().project?.stories[0]?.title).toBe('Juni 2026');
    expect(await store.getState().nextStory('st1', 'September 2026')).toBe(true);
    expect(store.getState().storyHistory?.present).toMatchObject({ id: 'st2', title: 'September 2026' });
    await store.getState().deleteStory('st2');
    expect(store.getState().storyHistory).toBeNull();
    expect(store.getState().project?.stories.map((s) => s.id)).toEqual(['st1']);
  });

  it('drops the draft when another project with a story of the same id is opened', async () => {
    const { store, reopen } = setup();
    await store.getState().createStory('Oud');
    const other = { ...store.getState().project!.stories[0]!, title: 'Ander project', createdAt: 'P2-st1' };
    reopen('P2', [other]);
    expect(store.getState().storyHistory).toBeNull();
  });

  it('presents with the safe privacy choice unless the presenter changes it for the session', async () => {
    const { store } = setup();
    await store.getState().createStory('Verhaal');
    await store.getState().startPresenting('st1');
    expect(store.getState().presenting).toEqual({ storyId: 'st1', privacy: { pseudonymise: true, suppressBelow: 5 }, theme: 'light' });
    store.getState().setPresenting({ privacy: { pseudonymise: false, suppressBelow: null } });
    expect(store.getState().presenting?.privacy).toEqual({ pseudonymise: false, suppressBelow: null });
    store.getState().stopPresenting();
    await store.getState().startPresenting('st1');
    expect(store.getState().presenting?.privacy.pseudonymise).toBe(true);
  });
});

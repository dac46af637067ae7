import type { ProjectState } from '../../../../shared/model/project';
import type { Story } from '../../../../shared/model/story/story';
import { SAFE_PRIVACY, type PrivacyChoice } from '../../../../shared/model/story/privacy';
import { newStoryId, toDraft } from '../../features/story/storyOps';
import type { SliceDeps, WorkbenchStore } from '../store';
import { type UndoStack, canRedo, canUndo, pushState, redo, startStack, undo } from '../undoStack';

/** How long typing waits before it is saved, and how long a pause ends one undo step of typing. */
export const STORY_SAVE_DELAY_MS = 600;
export const STORY_TYPING_GROUP_MS = 1500;

export type ProjectorTheme = 'light' | 'dark';

/** A presentation running now: its privacy choice holds for this session only (never saved). */
export interface Presenting {
  storyId: string;
  privacy: PrivacyChoice;
  theme: ProjectorTheme;
}

/**
 * Stories: the list, the story being edited with its own undo history of drafts (Ctrl+Z and
 * Ctrl+Y in the story editor; the recipe's history is another one), and the presentation.
 * Every edit is saved through `story.save`; typing is saved after a short pause.
 */
export interface StorySlice {
  /** The stories screen is shown instead of the data screens. */
  storiesOpen: boolean;
  showStories(open: boolean): Promise<void>;
  /** The story being edited (`present`) and its undo history; null when none is chosen. */
  storyHistory: UndoStack<Story> | null;
  /** Saves waiting or under way for the story being edited. */
  storySaving: number;
  selectStory(storyId: string | null): Promise<void>;
  createStory(title: string): Promise<boolean>;
  renameStory(storyId: string, title: string): Promise<boolean>;
  deleteStory(storyId: string): Promise<void>;
  /** A new story for the next measurement (`story.next`), then edited. */
  nextStory(storyId: string, title: string): Promise<boolean>;
  /**
   * Changes the story being edited. A `typing` key (the field) makes it a text edit: saved after a
   * pause, and one undo step per burst of typing in that field; any other edit is saved at once.
   */
  editStory(change: (story: Story) => Story, typing?: string): void;
  undoStory(): void;
  redoStory(): void;
  /** Saves a waiting text edit now (before presenting, exporting or leaving the story). */
  flushStory(): Promise<void>;
  presenting: Presenting | null;
  startPresenting(storyId: string, privacy?: PrivacyChoice, theme?: ProjectorTheme): Promise<void>;
  setPresenting(change: Partial<Omit<Presenting, 'storyId'>>): void;
  stopPresenting(): void;
}

export function storySlice({ set, get, api }: SliceDeps): StorySlice {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastTyping: { key: string; at: number } | null = null;
  /** Saves run one after another, in the order the edits were made. */
  let chain: Promise<void> = Promise.resolve();

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /** Queues a save of the draft as it is now; the project state the engine answers is shown. */
  const saveNow = (): Promise<void> => {
    const waiting = timer !== null;
    clearTimer();
    const story = get().storyHistory?.present;
    const draft = story ? toDraft(story) : null;
    if (!draft) {
      if (waiting) set((s) => ({ storySaving: Math.max(0, s.storySaving - 1) }));
      return chain;
    }
    if (!waiting) set((s) => ({ storySaving: s.storySaving + 1 }));
    chain = chain.then(async () => {
      const state = await get().run(() => api['story.save']({ story: draft }));
      if (state) set({ project: state });
      set((s) => ({ storySaving: Math.max(0, s.storySaving - 1) }));
    });
    return chain;
  };

  const saveLater = () => {
    if (timer === null) set((s) => ({ storySaving: s.storySaving + 1 }));
    else clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), STORY_SAVE_DELAY_MS);
  };

  const storyOf = (storyId: string) => get().project?.stories.find((s) => s.id === storyId) ?? null;

  const edit = (storyId: string) => {
    const story = storyOf(storyId);
    lastTyping = null;
    set({ storyHistory: story ? startStack(story) : null });
  };

  /** Runs a call that makes a story, then edits the one it made. */
  const makeStory = async (task: () => Promise<ProjectState>): Promise<boolean> => {
    await get().flushStory();
    const before = get().project?.stories ?? [];
    const state = await get().run(task);
    if (!state) return false;
    set({ project: state });
    const id = newStoryId(before, state.stories);
    if (id) edit(id);
    return true;
  };

  return {
    storiesOpen: false,
    async showStories(open) {
      if (!open) await get().flushStory();
      set({ storiesOpen: open });
    },
    storyHistory: null,
    storySaving: 0,
    async selectStory(storyId) {
      if (get().storyHistory?.present.id === storyId) return;
      await get().flushStory();
      if (storyId === null) set({ storyHistory: null });
      else edit(storyId);
    },
    createStory: (title) => makeStory(() => api['story.save']({ story: { title, question: '', slides: [], hypotheses: [], actions: [] } })),
    nextStory: (storyId, title) => makeStory(() => api['story.next']({ storyId, title })),
    async renameStory(storyId, title) {
      if (get().storyHistory?.present.id === storyId) {
        get().editStory((s) => ({ ...s, title }));
        await chain;
        return true;
      }
      const story = storyOf(storyId);
      const draft = story ? toDraft({ ...story, title }) : null;
      if (!draft) return false;
      const state = await get().run(() => api['story.save']({ story: draft }));
      if (state) set({ project: state });
      return Boolean(state);
    },
    async deleteStory(storyId) {
      if (get().storyHistory?.present.id === storyId) {
        clearTimer();
        set({ storyHistory: null, storySaving: 0 });
        await chain;
      }
      const state = await get().run(() => api['story.delete']({ storyId }));
      if (state) set({ project: state });
    },
    editStory(change, typing) {
      const history = get().storyHistory;
      if (!history) return;
      const next = change(history.present);
      if (next === history.present) return;
      const now = Date.now();
      const sameBurst = typing !== undefined && lastTyping?.key === typing && now - lastTyping.at < STORY_TYPING_GROUP_MS;
      lastTyping = typing === undefined ? null : { key: typing, at: now };
      set({ storyHistory: sameBurst ? { ...history, present: next } : pushState(history, next) });
      if (typing === undefined) void saveNow();
      else saveLater();
    },
    undoStory() {
      const history = get().storyHistory;
      if (!history || !canUndo(history)) return;
      lastTyping = null;
      set({ storyHistory: undo(history) });
      void saveNow();
    },
    redoStory() {
      const history = get().storyHistory;
      if (!history || !canRedo(history)) return;
      lastTyping = null;
      set({ storyHistory: redo(history) });
      void saveNow();
    },
    flushStory: () => (timer !== null ? saveNow() : chain),
    presenting: null,
    async startPresenting(storyId, privacy = SAFE_PRIVACY, theme = 'light') {
      await get().flushStory();
      set({ presenting: { storyId, privacy, theme } });
    },
    setPresenting(change) {
      const current = get().presenting;
      if (current) set({ presenting: { ...current, ...change } });
    },
    stopPresenting: () => set({ presenting: null }),
  };
}

/**
 * Another project (opened, new, the demo) may hold a story with the same id: the draft being
 * edited is dropped when the project no longer has its story as it was created.
 */
export function followProjectWithStory(store: WorkbenchStore): void {
  store.subscribe((state, previous) => {
    if (state.project === previous.project) return;
    const draft = state.storyHistory?.present;
    if (!draft) return;
    const stored = state.project?.stories.find((s) => s.id === draft.id);
    if (!stored || stored.createdAt !== draft.createdAt) store.setState({ storyHistory: null, presenting: null });
  });
}

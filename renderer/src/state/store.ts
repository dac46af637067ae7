import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WerkbankApi } from '../../../shared/api/contract';
import type { ShellSupport } from '../api/shell';
import { chartSlice, followRecipeWithChart, type ChartSlice } from './slices/chart';
import { discardSlice, type DiscardSlice } from './slices/discard';
import { passphraseSlice, type PassphraseSlice } from './slices/passphrase';
import { journalSlice, type JournalSlice } from './slices/journal';
import { followRecipeWithGain, gainSlice, type GainSlice } from './slices/gain';
import { importSlice, type ImportSlice } from './slices/import';
import { projectSlice, type ProjectSlice } from './slices/project';
import { recipeSlice, type RecipeSlice } from './slices/recipe';
import { followRecipeWithReference, referenceSlice, type ReferenceSlice } from './slices/reference';
import { shellSlice, type ShellSlice } from './slices/shell';
import { statusSlice, type StatusSlice } from './slices/status';
import { followProjectWithStory, storySlice, type StorySlice } from './slices/story';
import { followProjectWithSurvey, surveySlice, type SurveySlice } from './slices/survey';
import { viewsSlice, type ViewsSlice } from './slices/views';

/**
 * The workbench's state: one zustand store made of slices, each a file in `slices/`.
 * Why zustand: components subscribe with a selector (`useWorkbench((s) => s.summary)`) and
 * re-render only when what they selected changes, where the old single hook behind a React
 * context re-rendered every screen on every change; actions live in the store as stable
 * functions, so the after-an-await logic reads `get()` instead of mirroring state in refs.
 * The interface language is not in here: i18next owns it and `useLocale()` follows it.
 */
export type WorkbenchState = StatusSlice &
  ProjectSlice &
  RecipeSlice &
  ImportSlice &
  ChartSlice &
  GainSlice &
  ReferenceSlice &
  SurveySlice &
  ViewsSlice &
  StorySlice &
  ShellSlice &
  DiscardSlice &
  PassphraseSlice &
  JournalSlice;

export type WorkbenchStore = StoreApi<WorkbenchState>;

/** What every slice gets: the store's setter and getter, and the connection to the engine. */
export interface SliceDeps {
  set: WorkbenchStore['setState'];
  get: WorkbenchStore['getState'];
  api: WerkbankApi;
  shell: ShellSupport;
}

/** One store per connection to the engine. */
export function createWorkbenchStore(api: WerkbankApi, shell: ShellSupport): WorkbenchStore {
  const store = createStore<WorkbenchState>()((set, get) => {
    const deps: SliceDeps = { set, get, api, shell };
    return {
      ...statusSlice(deps),
      ...projectSlice(deps),
      ...recipeSlice(deps),
      ...importSlice(deps),
      ...chartSlice(deps),
      ...gainSlice(deps),
      ...referenceSlice(deps),
      ...surveySlice(deps),
      ...viewsSlice(deps),
      ...storySlice(deps),
      ...shellSlice(deps),
      ...discardSlice(deps),
      ...passphraseSlice(deps),
      ...journalSlice(deps),
    };
  });
  followRecipeWithChart(store, api);
  followRecipeWithGain(store);
  followRecipeWithReference(store);
  followProjectWithStory(store);
  followProjectWithSurvey(store);
  return store;
}

import { WerkbankError } from '../../../shared/api/errors';
import { checkTypedName } from '../../../shared/model/names';
import { type Recipe, recipeSources } from '../../../shared/model/recipe';
import type { RokCatalog } from '../../../shared/model/story/rok';
import { type ExportSnapshot, MAX_SNAPSHOTS } from '../../../shared/model/story/snapshot';
import { type Story, StoryDraft, type StoryAction } from '../../../shared/model/story/story';
import { type View, viewRecipes } from '../../../shared/model/view';
import type { Project } from './project';

/**
 * The project's stories (shared/model/story/story.ts) and what goes with them: views duplicated
 * and reordered, the export snapshots, the project's own ROK titles. A story stores no numbers:
 * its slides name views, which must exist.
 */

function storyOf(project: Project, storyId: string): Story {
  const story = project.stories.find((s) => s.id === storyId);
  if (!story) throw new WerkbankError('errors.story.unknown', { story: storyId });
  return story;
}

/** Saves a new story (no id) or replaces one; every view it names must exist. */
export function saveStory(project: Project, input: StoryDraft): Story {
  const draft = StoryDraft.parse(input);
  checkTypedName(draft.title);
  const known = new Set(project.views.map((v) => v.id));
  const named = [...draft.slides.map((s) => s.viewId), ...draft.hypotheses.flatMap((h) => h.viewIds)];
  const missing = named.find((id) => !known.has(id));
  if (missing !== undefined) throw new WerkbankError('errors.view.unknown', { view: missing });
  for (const [what, ids] of [
    ['slides', draft.slides.map((s) => s.id)],
    ['hypotheses', draft.hypotheses.map((h) => h.id)],
    ['actions', draft.actions.map((a) => a.id)],
  ] as const) {
    if (new Set(ids).size !== ids.length) throw new WerkbankError('errors.story.duplicateItem', { what });
  }
  const now = project.clock().toISOString();
  const { id, ...content } = draft;
  if (id !== undefined) {
    const index = project.stories.findIndex((s) => s.id === id);
    if (index < 0) throw new WerkbankError('errors.story.unknown', { story: id });
    const updated: Story = { ...content, id, createdAt: project.stories[index]!.createdAt, updatedAt: now };
    project.stories[index] = updated;
    project.dirty = true;
    return updated;
  }
  const story: Story = { ...content, id: project.nextId('st', project.stories.map((s) => s.id)), createdAt: now, updatedAt: now };
  project.stories.push(story);
  project.dirty = true;
  return story;
}

export function deleteStory(project: Project, storyId: string): void {
  storyOf(project, storyId);
  project.stories = project.stories.filter((s) => s.id !== storyId);
  project.dirty = true;
}

/**
 * The story of the next measurement: the same leervraag and hypotheses (open again: the new
 * figures test them), and the actions that were not done or dropped, carried over to be
 * evaluated; its slides are chosen anew.
 */
export function nextStory(project: Project, storyId: string, title: string): Story {
  const previous = storyOf(project, storyId);
  const carried: StoryAction[] = previous.actions
    .filter((a) => a.status !== 'done' && a.status !== 'dropped')
    .map((a) => ({ ...a, carriedFrom: a.carriedFrom ?? previous.id }));
  return saveStory(project, {
    title,
    question: previous.question,
    slides: [],
    hypotheses: previous.hypotheses.map((h) => ({ ...h, status: 'open' as const })),
    actions: carried,
  });
}

/** Records an export (newest last; the oldest beyond MAX_SNAPSHOTS go). */
export function recordExport(project: Project, snapshot: ExportSnapshot): void {
  project.exports = [...project.exports, snapshot].slice(-MAX_SNAPSHOTS);
  project.dirty = true;
}

/** The sources behind some recipes, with the hashes of their files (for a snapshot). */
export function sourcesOfRecipes(project: Project, recipes: Recipe[]): ExportSnapshot['sources'] {
  const ids = new Set(recipes.flatMap(recipeSources));
  return project.sources.filter((s) => ids.has(s.id)).map((s) => ({ id: s.id, name: s.name, fileHash: s.fileHash }));
}

/** The sources behind some views (a survey's moments and observations included). */
export function sourcesOfViews(project: Project, views: View[]): ExportSnapshot['sources'] {
  return sourcesOfRecipes(project, views.flatMap(viewRecipes));
}

/** The project's own ROK titles, or null for the shipped ones; codes must be unique. */
export function saveRok(project: Project, catalog: RokCatalog | null): void {
  if (catalog !== null) {
    const codes = catalog.map((e) => e.code);
    if (new Set(codes).size !== codes.length) throw new WerkbankError('errors.story.duplicateItem', { what: 'rok' });
  }
  project.rok = catalog;
  project.dirty = true;
}

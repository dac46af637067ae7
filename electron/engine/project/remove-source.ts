import type { SourceDependents } from '../../../shared/api/contract/import';
import { WerkbankError } from '../../../shared/api/errors';
import { type Recipe, recipeSources } from '../../../shared/model/recipe';
import { viewRecipes } from '../../../shared/model/view';
import type { Project } from './project';

/**
 * Removing a source with everything derived from it (issue 12: data that must go, goes whole):
 * the views that read it, the story slides showing those views and the hypotheses' links to
 * them, and the current recipe when it reads it. What goes is asked first (`dependentsOf`), so
 * the interface can name it before anything is removed.
 */

const reads = (recipe: Recipe | null, sourceId: string) => recipe !== null && recipeSources(recipe).includes(sourceId);

export function dependentsOf(project: Project, sourceId: string): SourceDependents {
  if (!project.sources.some((s) => s.id === sourceId)) throw new WerkbankError('errors.source.unknown', { source: sourceId });
  const views = project.views.filter((v) => viewRecipes(v).some((r) => reads(r, sourceId)));
  const ids = new Set(views.map((v) => v.id));
  const slides = project.stories
    .map((story) => ({ storyId: story.id, title: story.title, count: story.slides.filter((slide) => ids.has(slide.viewId)).length }))
    .filter((s) => s.count > 0);
  return { recipe: reads(project.recipe, sourceId), views: views.map((v) => ({ id: v.id, title: v.title })), slides };
}

/** Removes the source and what `dependentsOf` names; the table goes last, so a failure leaves the rest as it was. */
export async function removeWithDependents(project: Project, sourceId: string): Promise<void> {
  const dependents = dependentsOf(project, sourceId);
  const ids = new Set(dependents.views.map((v) => v.id));
  const before = { views: project.views, stories: project.stories, recipe: project.recipe };
  project.stories = project.stories.map((story) => ({
    ...story,
    slides: story.slides.filter((slide) => !ids.has(slide.viewId)),
    hypotheses: story.hypotheses.map((h) => ({ ...h, viewIds: h.viewIds.filter((id) => !ids.has(id)) })),
  }));
  project.views = project.views.filter((v) => !ids.has(v.id));
  if (dependents.recipe) project.recipe = null;
  try {
    await project.removeSource(sourceId);
  } catch (error) {
    Object.assign(project, before);
    throw error;
  }
}

import { WerkbankError } from '../../../shared/api/errors';
import { checkTypedName } from '../../../shared/model/names';
import type { View, ViewDraft } from '../../../shared/model/view';
import { checkGainColumns } from '../analysis/learning-gain';
import { checkReferenceColumns } from '../analysis/reference';
import { columnOf, finalStep } from '../recipe/compile';
import type { Project } from './project';

/**
 * The project's saved views (DESIGN.md: View): checked against the tables they read, saved new
 * or in place, deleted (not while a story shows them), duplicated and moved. A view stores no
 * numbers: it recomputes from its recipe and analysis.
 */

function viewOf(project: Project, viewId: string): View {
  const view = project.views.find((v) => v.id === viewId);
  if (!view) throw new WerkbankError('errors.view.unknown', { view: viewId });
  return view;
}

/** Throws a WerkbankError when the view's sources or chart columns do not exist (in the table its recipe gives). */
export function checkView(project: Project, view: Pick<View, 'recipe' | 'chart' | 'gain' | 'reference' | 'survey'>): void {
  const columns = finalStep(project.compileAsFar(view.recipe)).columns;
  columnOf(columns, view.chart.groupBy);
  if (view.chart.measure !== null) columnOf(columns, view.chart.measure);
  // A learning-gain view: its scores must be comparable and its columns there.
  if (view.gain) checkGainColumns(view.gain.analysis, columns);
  if (view.reference) checkReferenceColumns(view.reference.analysis, columns);
  if (view.gain && view.reference) throw new WerkbankError('errors.reference.withGain');
  if (view.survey) {
    if (view.gain || view.reference) throw new WerkbankError('errors.survey.withOther');
    // Every table the survey reads must be there (its moments and the observations).
    for (const moment of view.survey.analysis.moments) project.compileAsFar(moment.recipe);
    if (view.survey.analysis.observations) project.compileAsFar(view.survey.analysis.observations.recipe);
  }
}

/** Saves a new view (no id) or replaces one under its id. */
export function saveView(project: Project, draft: ViewDraft): View {
  // The title is typed by the user and shown as a name: refused when not clean (names.ts).
  checkTypedName(draft.title);
  checkView(project, draft);
  const now = project.clock().toISOString();
  const { id, ...content } = draft;
  if (id !== undefined) {
    const index = project.views.findIndex((v) => v.id === id);
    if (index < 0) throw new WerkbankError('errors.view.unknown', { view: id });
    const updated: View = { ...content, id, createdAt: project.views[index]!.createdAt, updatedAt: now };
    project.views[index] = updated;
    project.dirty = true;
    return updated;
  }
  const view: View = { ...content, id: project.nextId('v', project.views.map((v) => v.id)), createdAt: now, updatedAt: now };
  project.views.push(view);
  project.dirty = true;
  return view;
}

export function deleteView(project: Project, viewId: string): void {
  const view = viewOf(project, viewId);
  // A story shows it: removing it would leave a slide without a view.
  const story = project.stories.find((s) => s.slides.some((slide) => slide.viewId === viewId));
  if (story) throw new WerkbankError('errors.story.viewInUse', { view: view.title, story: story.title });
  project.views = project.views.filter((v) => v !== view);
  project.dirty = true;
}

/** A copy of a view right after it, titled with a suffix (` (kopie)`, ` (kopie 2)` …) unique among the views. */
export function duplicateView(project: Project, viewId: string, suffix: string): View {
  const view = viewOf(project, viewId);
  const titles = new Set(project.views.map((v) => v.title.toLowerCase()));
  let title = `${view.title} (${suffix})`;
  for (let n = 2; titles.has(title.toLowerCase()); n++) title = `${view.title} (${suffix} ${n})`;
  const now = project.clock().toISOString();
  const copy: View = { ...structuredClone(view), title, id: project.nextId('v', project.views.map((v) => v.id)), createdAt: now, updatedAt: now };
  project.views.splice(project.views.indexOf(view) + 1, 0, copy);
  project.dirty = true;
  return copy;
}

/** Moves a view to position `to` (clamped to the list). */
export function moveView(project: Project, viewId: string, to: number): void {
  const view = viewOf(project, viewId);
  const rest = project.views.filter((v) => v !== view);
  rest.splice(Math.min(to, rest.length), 0, view);
  project.views = rest;
  project.dirty = true;
}

import type { Handlers } from '../../../shared/api/contract';
import type { PseudonymRole } from '../../../shared/model/privacy/settings';
import type { Project } from '../project/project';
import { recordExport, sourcesOfViews } from '../project/stories';
import { newPseudonymKey, pseudonyms } from './pseudonyms';

type PrivacyChannel = 'privacy.settings' | 'privacy.setK' | 'privacy.pseudonyms' | 'privacy.revealed';
type Serial = <Req, Res>(handler: (request: Req) => Promise<Res>) => (request: Req) => Promise<Res>;

/** The project's pseudonym key, made (and kept, to be saved) when a project has none. */
export function projectKey(project: Project): string {
  if (!project.privacy.key) {
    project.privacy = { ...project.privacy, key: newPseudonymKey() };
    project.dirty = true;
  }
  return project.privacy.key!;
}

/** The project's codes for names shown one by one (story/pseudonyms.ts). */
export function projectPseudonyms(project: Project, role: PseudonymRole, names: readonly string[]): string[] {
  return names.length === 0 ? [] : pseudonyms(projectKey(project), role, names);
}

/** The handlers of the privacy calls (shared/api/contract/privacy.ts), over the engine's open project. */
export function privacyHandlers(current: () => Project, serial: Serial): Handlers<PrivacyChannel> {
  return {
    'privacy.settings': serial(async () => ({ k: current().privacy.k })),
    'privacy.setK': serial(async ({ k }) => {
      const project = current();
      if (project.privacy.k !== k) {
        project.privacy = { ...project.privacy, k };
        project.dirty = true;
      }
      return { k, state: await project.state() };
    }),
    'privacy.pseudonyms': serial(async ({ role, names }) => ({ codes: projectPseudonyms(current(), role, names) })),
    'privacy.revealed': serial(async ({ storyId, privacy }) => {
      const project = current();
      const story = project.stories.find((s) => s.id === storyId);
      const views = project.views.filter((v) => story?.slides.some((s) => s.viewId === v.id));
      recordExport(project, {
        at: project.clock().toISOString(),
        format: 'present',
        storyId,
        viewIds: views.map((v) => v.id),
        sources: sourcesOfViews(project, views),
        privacy,
        fileName: story?.title ?? storyId,
        pupilLevelSlides: 0,
        suppressedGroups: 0,
      });
      return project.state();
    }),
  };
}

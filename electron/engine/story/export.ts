import { WerkbankError } from '../../../shared/api/errors';
import type { StoryFormat } from '../../../shared/api/contract/stories';
import type { Locale } from '../../../shared/i18n/index';
import type { Deck } from '../../../shared/model/story/deck';
import type { PrivacyChoice } from '../../../shared/model/story/privacy';
import { DEFAULT_ROK, rokTitle } from '../../../shared/model/story/rok';
import type { ExportSnapshot } from '../../../shared/model/story/snapshot';
import { chartPng } from '../export/story/chart-image';
import { writeStoryPdf } from '../export/story/pdf';
import { writeStoryPptx } from '../export/story/pptx';
import type { PendingWrites } from '../infra/temp-root';
import type { Project } from '../project/project';
import { writeFileAtomic } from '../project/store';
import { recordExport, sourcesOfViews } from '../project/stories';
import { computeDeck } from './deck';

/** The bytes of a computed story in a format: PowerPoint (16:9) or a PDF handout. */
export async function storyBytes(deck: Deck, format: StoryFormat, locale: Locale, rok = DEFAULT_ROK): Promise<Uint8Array> {
  const title = (code: string) => rokTitle(rok, code);
  if (format === 'pdf') return writeStoryPdf(deck, { locale, rokTitle: title });
  return writeStoryPptx(deck, {
    locale,
    rokTitle: title,
    // Laid out at a quarter of the pixel size and drawn 4 times over: the chart's text (its smallest
    // font, chart-frame.ts) comes out near the slide's body size, legible from the back of a room. The
    // slide prints the chart's notes itself, so the picture leaves them out.
    chartImage: (chart, width, height) => chartPng({ ...chart, notes: [] }, Math.round(width / 4), Math.round(height / 4), locale, 4),
  });
}

export interface StoryExport {
  slides: number;
  snapshot: ExportSnapshot;
}

/**
 * Writes a story to `path` (atomically: a failed export leaves no half file) and records the
 * snapshot of the export in the project: when, which views, the sources' hashes, and what the
 * privacy choice let out. `progress` is told the phase (computing the views, writing).
 */
export async function exportStory(
  project: Project,
  request: { storyId: string; format: StoryFormat; privacy: PrivacyChoice; locale: Locale },
  target: { path: string; fileName: string; pending: PendingWrites },
  progress: (phase: 'computing' | 'writing') => void = () => undefined,
): Promise<StoryExport> {
  progress('computing');
  const deck = await computeDeck(project, request.storyId, request.privacy, request.locale);
  if (deck.slides.length === 0) throw new WerkbankError('errors.story.empty');
  progress('writing');
  const bytes = await storyBytes(deck, request.format, request.locale, project.rok ?? DEFAULT_ROK);
  await writeFileAtomic(target.path, bytes, target.pending);
  const views = project.views.filter((v) => deck.slides.some((s) => s.viewId === v.id));
  const snapshot: ExportSnapshot = {
    at: project.clock().toISOString(),
    format: request.format,
    storyId: request.storyId,
    viewIds: deck.slides.map((s) => s.viewId),
    sources: sourcesOfViews(project, views),
    privacy: request.privacy,
    fileName: target.fileName,
    pupilLevelSlides: deck.slides.filter((s) => s.privacy.level === 'pupil').length,
    suppressedGroups: deck.slides.reduce((sum, s) => sum + s.privacy.suppressed, 0),
  };
  recordExport(project, snapshot);
  return { slides: deck.slides.length, snapshot };
}

import { WerkbankError } from '../../../shared/api/errors';
import type { Locale } from '../../../shared/i18n/index';
import { recipeSources } from '../../../shared/model/recipe';
import type { Deck, DeckSlide } from '../../../shared/model/story/deck';
import type { PrivacyChoice } from '../../../shared/model/story/privacy';
import { SECTION_ORDER, type Story, type StorySlide } from '../../../shared/model/story/story';
import { designOf, type View } from '../../../shared/model/view';
import type { Project } from '../project/project';
import { gainFigures, referenceFigures, type SlideFigures, summaryFigures, surveyFigures } from './slide-chart';
import { checkView } from '../project/views';
import { projectPseudonyms } from './privacy-handlers';

/**
 * A story computed for showing (shared/model/story/deck.ts): every slide's view recomputed from
 * its recipe and analysis, in the order of the data-use cycle's sections (a slide keeps its place
 * within its section), the privacy choice applied. A view that no longer computes (a source
 * refreshed without its column) becomes a slide that says why; the rest of the story still shows.
 */
export async function computeDeck(project: Project, storyId: string, privacy: PrivacyChoice, locale: Locale): Promise<Deck> {
  const story = project.stories.find((s) => s.id === storyId);
  if (!story) throw new WerkbankError('errors.story.unknown', { story: storyId });
  const slides: DeckSlide[] = [];
  for (const slide of orderedSlides(story)) {
    const view = project.views.find((v) => v.id === slide.viewId);
    if (!view) throw new WerkbankError('errors.view.unknown', { view: slide.viewId });
    slides.push(await computeSlide(project, slide, view, privacy, locale));
  }
  return { story, projectName: project.name, slides, privacy, at: project.clock().toISOString() };
}

/** The slides by section in the cycle's order; within a section, as the story lists them. */
export function orderedSlides(story: Story): StorySlide[] {
  return SECTION_ORDER.flatMap((section) => story.slides.filter((s) => s.section === section));
}

async function figuresOf(project: Project, view: View, privacy: PrivacyChoice, locale: Locale): Promise<SlideFigures> {
  if (view.gain) return gainFigures(view, await project.gain(view.recipe, view.gain.analysis), privacy, locale);
  if (view.reference) return referenceFigures(view, await project.reference(view.recipe, view.reference.analysis), privacy, locale);
  if (view.survey) return surveyFigures(view, await project.survey(view.survey.analysis), privacy, locale);
  return summaryFigures(view, await project.summary(view.recipe, view.chart), privacy, locale, (names) => projectPseudonyms(project, 'pupil', names));
}

async function computeSlide(
  project: Project,
  slide: StorySlide,
  view: View,
  privacy: PrivacyChoice,
  locale: Locale,
): Promise<DeckSlide> {
  const design = designOf(view);
  const sourceIds = new Set(recipeSources(view.recipe));
  const common = {
    slideId: slide.id,
    viewId: view.id,
    section: slide.section,
    title: view.title,
    subtitle: design.subtitle,
    takeaway: view.takeaway,
    notes: slide.notes,
    interpretation: slide.interpretation,
    alternative: slide.alternative,
    rok: design.rok,
    sources: project.sources
      .filter((s) => sourceIds.has(s.id))
      .map((s) => ({ name: s.name, fileName: s.fileName, importedAt: s.importedAt })),
  };
  try {
    checkView(project, view);
    const figures = await figuresOf(project, view, privacy, locale);
    // The user's own text alternative wins over the generated one (it was written for the chart shown).
    const own = view.gain?.alt ?? design.alt;
    return { ...common, chart: figures.chart, error: null, alt: own ?? figures.alt, n: figures.n, privacy: figures.privacy };
  } catch (error) {
    if (!(error instanceof WerkbankError)) throw error;
    return {
      ...common,
      chart: null,
      error: error.toMessage(),
      alt: view.title,
      n: null,
      privacy: { level: 'aggregated', suppressed: 0, k: privacy.suppressBelow, pseudonymised: false },
    };
  }
}

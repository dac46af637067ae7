import { SECTION_ORDER, type Story, type StoryDraft, type StorySection, type StorySlide } from '../../../../shared/model/story/story';

/**
 * Pure edits of a story draft, as the story editor makes them. Slides are kept in the order of
 * the data-use cycle's sections (question → … → evaluation), so the order the editor shows per
 * section is the order the deck shows them in.
 */

const sectionIndex = (section: StorySection) => SECTION_ORDER.indexOf(section);

/** The slides in section order, keeping their order within a section (a stable sort). */
export function inSectionOrder(slides: readonly StorySlide[]): StorySlide[] {
  return slides
    .map((slide, i) => ({ slide, i }))
    .sort((a, b) => sectionIndex(a.slide.section) - sectionIndex(b.slide.section) || a.i - b.i)
    .map((x) => x.slide);
}

/** A new item id with `prefix` (`s`, `h`, `a`): one past the highest number in use. */
export function nextItemId(prefix: string, items: readonly { id: string }[]): string {
  let max = 0;
  for (const { id } of items) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${max + 1}`;
}

export function addSlide(story: Story, viewId: string, section: StorySection): Story {
  const slide: StorySlide = { id: nextItemId('s', story.slides), viewId, section, notes: '', interpretation: '', alternative: '' };
  return { ...story, slides: inSectionOrder([...story.slides, slide]) };
}

export function removeSlide(story: Story, slideId: string): Story {
  return { ...story, slides: story.slides.filter((s) => s.id !== slideId) };
}

export function updateSlide(story: Story, slideId: string, change: Partial<Omit<StorySlide, 'id'>>): Story {
  const slides = story.slides.map((s) => (s.id === slideId ? { ...s, ...change } : s));
  return { ...story, slides: change.section ? inSectionOrder(moveToEnd(slides, slideId)) : slides };
}

/** A slide moved into another section goes to that section's end. */
function moveToEnd(slides: StorySlide[], slideId: string): StorySlide[] {
  const slide = slides.find((s) => s.id === slideId);
  return slide ? [...slides.filter((s) => s.id !== slideId), slide] : slides;
}

/**
 * One place up (-1) or down (+1) within its section; past the section's first or last slide it
 * moves into the previous or next section (at its end or start). At the story's ends nothing moves.
 */
export function moveSlide(story: Story, slideId: string, by: -1 | 1): Story {
  const slides = inSectionOrder(story.slides);
  const i = slides.findIndex((s) => s.id === slideId);
  const slide = slides[i];
  if (!slide) return story;
  const neighbour = slides[i + by];
  if (neighbour && neighbour.section === slide.section) {
    const out = [...slides];
    out[i] = neighbour;
    out[i + by] = slide;
    return { ...story, slides: out };
  }
  const target = SECTION_ORDER[sectionIndex(slide.section) + by];
  if (!target) return story;
  const moved = { ...slide, section: target };
  const rest = slides.filter((s) => s.id !== slideId);
  // Into the previous section: after its last slide; into the next one: before its first.
  const at = by < 0 ? rest.findIndex((s) => sectionIndex(s.section) > sectionIndex(target)) : rest.findIndex((s) => sectionIndex(s.section) >= sectionIndex(target));
  const out = [...rest];
  out.splice(at < 0 ? rest.length : at, 0, moved);
  return { ...story, slides: out };
}

/** Whether a slide can move up or down at all (the story's first and last cannot go further). */
export function canMove(story: Story, slideId: string, by: -1 | 1): boolean {
  return moveSlide(story, slideId, by) !== story;
}

/**
 * What `story.save` gets: the draft without the engine's stamps, and without hypotheses or
 * actions that have no text yet (the contract needs one; an empty one is being typed). Null
 * when the title is empty: nothing is saved until it has one.
 */
export function toDraft(story: Story): StoryDraft | null {
  const title = story.title.trim();
  if (title === '') return null;
  return {
    id: story.id,
    title,
    question: story.question,
    slides: story.slides,
    hypotheses: story.hypotheses.filter((h) => h.text.trim() !== ''),
    actions: story.actions.filter((a) => a.what.trim() !== ''),
  };
}

/** The stories in `after` that `before` did not have (the one the engine just made). */
export function newStoryId(before: readonly { id: string }[], after: readonly { id: string }[]): string | null {
  const known = new Set(before.map((s) => s.id));
  return after.find((s) => !known.has(s.id))?.id ?? null;
}

import { z } from 'zod';
import { CleanName } from '../names';
import { VIEW_ID } from '../view';

/**
 * A story (DESIGN.md: Story): the views a datateam takes to a staff meeting, in sections that
 * follow the data-use cycle (DOMAIN.md: question → hypotheses → data → interpretation, looking
 * for alternative explanations → actions → evaluation at the next measurement). It stores no
 * numbers: every slide shows a view, which recomputes from its recipe.
 */
export const STORY_ID = /^st[1-9][0-9]{0,8}$/;
export const TEXT_MAX = 4000;
export const NOTES_MAX = 20_000;

/** The data-use cycle's steps, in order; every slide sits in one. */
export const StorySection = z.enum(['question', 'hypotheses', 'data', 'interpretation', 'actions', 'evaluation']);
export type StorySection = z.infer<typeof StorySection>;
export const SECTION_ORDER = StorySection.options;

const ItemId = z.string().regex(/^[a-z]{1,3}[1-9][0-9]{0,8}$/);
const RokCode = z.string().regex(/^[A-Z]{1,2}[0-9]{1,2}$/);

export const StorySlide = z.object({
  /** Stable within the story (`s1`, `s2` …). */
  id: ItemId,
  viewId: z.string().regex(VIEW_ID),
  section: StorySection,
  /** Speaker notes: shown in the presenter view, written into the slide's notes. */
  notes: z.string().max(NOTES_MAX).default(''),
  /** What the team reads in it, and (the cycle's prompt) another explanation it considered. */
  interpretation: z.string().max(TEXT_MAX).default(''),
  alternative: z.string().max(TEXT_MAX).default(''),
});
export type StorySlide = z.infer<typeof StorySlide>;

export const HypothesisStatus = z.enum(['open', 'confirmed', 'rejected']);
export type HypothesisStatus = z.infer<typeof HypothesisStatus>;

export const Hypothesis = z.object({
  id: ItemId,
  text: z.string().min(1).max(TEXT_MAX),
  status: HypothesisStatus.default('open'),
  /** The views that test it. */
  viewIds: z.array(z.string().regex(VIEW_ID)).max(50).default([]),
});
export type Hypothesis = z.infer<typeof Hypothesis>;

export const ActionStatus = z.enum(['planned', 'doing', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const StoryAction = z.object({
  id: ItemId,
  what: z.string().min(1).max(TEXT_MAX),
  who: z.string().max(300).default(''),
  /** When it is due: an ISO date (`2027-03-01`) or empty. */
  when: z.string().regex(/^([0-9]{4}-[0-9]{2}-[0-9]{2})?$/).default(''),
  status: ActionStatus.default('planned'),
  rok: z.array(RokCode).max(10).default([]),
  /** The story it was carried over from, to be evaluated at this measurement. */
  carriedFrom: z.string().regex(STORY_ID).nullable().default(null),
});
export type StoryAction = z.infer<typeof StoryAction>;

export const Story = z.object({
  id: z.string().regex(STORY_ID),
  title: CleanName.min(1).max(300),
  /** The team's leervraag: the question the story answers. */
  question: z.string().max(TEXT_MAX).default(''),
  slides: z.array(StorySlide).max(200).default([]),
  hypotheses: z.array(Hypothesis).max(50).default([]),
  actions: z.array(StoryAction).max(100).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Story = z.infer<typeof Story>;

/** What the renderer sends: no id for a new story; the engine stamps the times. */
export const StoryDraft = Story.omit({ id: true, createdAt: true, updatedAt: true }).extend({
  id: z.string().regex(STORY_ID).optional(),
  title: z.string().min(1).max(300),
});
export type StoryDraft = z.input<typeof StoryDraft>;

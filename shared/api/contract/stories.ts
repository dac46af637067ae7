import { z } from 'zod';
import { ProjectState } from '../../model/project';
import { RokCatalog } from '../../model/story/rok';
import { Deck } from '../../model/story/deck';
import { PrivacyChoice } from '../../model/story/privacy';
import { ExportSnapshot } from '../../model/story/snapshot';
import { StoryDraft, STORY_ID } from '../../model/story/story';
import { call, FileRef } from './common';
import { JobId } from './import';

const StoryId = z.string().regex(STORY_ID);

/** Stories (shared/model/story/): ordered views along the data-use cycle, presented and exported. */
export const storyCalls = {
  'story.save': call('engine', z.object({ story: StoryDraft }), ProjectState),
  'story.delete': call('engine', z.object({ storyId: StoryId }), ProjectState),
  /**
   * A new story for the next measurement: the leervraag and hypotheses of `storyId`, its actions
   * not done or dropped carried over (`carriedFrom`) to be evaluated, no slides yet.
   */
  'story.next': call('engine', z.object({ storyId: StoryId, title: z.string().min(1).max(300) }), ProjectState),
  /** Every slide's view recomputed, with the privacy choice applied (presenting, exporting). */
  'story.deck': call('engine', z.object({ storyId: StoryId, privacy: PrivacyChoice, locale: z.enum(['nl-BE', 'en']) }), Deck),
  /** The project's own titles of the reference framework's codes (null: the shipped ones). */
  'rok.save': call('engine', z.object({ catalog: RokCatalog.nullable() }), ProjectState),
} as const;

/** A story written to slides or a handout. */
export const StoryFormat = z.enum(['pptx', 'pdf']);
export type StoryFormat = z.infer<typeof StoryFormat>;

export const storyExportCalls = {
  /**
   * Writes a story as PowerPoint (16:9, native charts where the kind maps) or as a PDF handout
   * to the chosen file, or (fileId null) to a new file handed out as a download; records an
   * ExportSnapshot in the project.
   */
  'export.story': call(
    'engine',
    z.object({
      storyId: StoryId,
      format: StoryFormat,
      privacy: PrivacyChoice,
      locale: z.enum(['nl-BE', 'en']),
      fileId: z.string().nullable(),
      jobId: JobId,
    }),
    z.object({ file: FileRef, slides: z.number().int().nonnegative(), snapshot: ExportSnapshot, state: ProjectState }),
  ),
} as const;

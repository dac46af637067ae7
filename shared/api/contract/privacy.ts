import { z } from 'zod';
import { ProjectState } from '../../model/project';
import { PseudonymRole } from '../../model/privacy/settings';
import { PrivacyChoice } from '../../model/story/privacy';
import { STORY_ID } from '../../model/story/story';
import { call } from './common';

const K = z.number().int().min(2).max(100);

/** The project's privacy settings (shared/model/privacy/settings.ts) and its pseudonyms. */
export const privacyCalls = {
  /** The project's k: groups under it are left out of everything that leaves the app. */
  'privacy.settings': call('engine', z.object({}), z.object({ k: K })),
  /** Sets the project's k (saved with the project). */
  'privacy.setK': call('engine', z.object({ k: K }), z.object({ k: K, state: ProjectState })),
  /**
   * The project's stable codes for names shown one by one (`LL-…` pupils, `LK-…` teachers),
   * in the order asked; the key they come from stays in the engine.
   */
  'privacy.pseudonyms': call(
    'engine',
    z.object({ role: PseudonymRole, names: z.array(z.string().max(500)).max(20_000) }),
    z.object({ codes: z.array(z.string()) }),
  ),
  /**
   * Records in the export log that a presentation of a story showed more than the safe choice
   * (names revealed, small groups shown): the presenter's explicit choice.
   */
  'privacy.revealed': call('engine', z.object({ storyId: z.string().regex(STORY_ID), privacy: PrivacyChoice }), ProjectState),
} as const;

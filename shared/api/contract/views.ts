import { z } from 'zod';
import { ProjectState } from '../../model/project';
import { PrivacyChoice, SAFE_PRIVACY } from '../../model/story/privacy';
import { ViewDraft } from '../../model/view';
import { call } from './common';

/** Saved views: edited, duplicated, reordered (stories show them: stories.ts). */
export const viewCalls = {
  'view.save': call('engine', z.object({ view: ViewDraft }), ProjectState),
  'view.delete': call('engine', z.object({ viewId: z.string() }), ProjectState),
  /** A copy right after the view, titled "… (kopie)"; stories keep showing the original. */
  'view.duplicate': call('engine', z.object({ viewId: z.string(), locale: z.enum(['nl-BE', 'en']).default('nl-BE') }), ProjectState),
  /** Moves a view to position `to` (0-based) in the list. */
  'view.move': call('engine', z.object({ viewId: z.string(), to: z.number().int().nonnegative() }), ProjectState),
  /**
   * Records that a view's chart was exported as an image (the snapshot of an export: when, which
   * view, the sources' hashes), after the shell saved it, with what the picture let out: the
   * privacy choice it was made with (default the safe one), whether it showed pupils one by one,
   * and how many groups it left out under k.
   */
  'view.exported': call(
    'engine',
    z.object({
      viewId: z.string(),
      format: z.enum(['png', 'svg']),
      fileName: z.string().max(300),
      privacy: PrivacyChoice.default(() => ({ ...SAFE_PRIVACY })),
      pupilLevel: z.boolean().default(false),
      suppressedGroups: z.number().int().nonnegative().max(100_000).default(0),
    }),
    ProjectState,
  ),
} as const;

import { z } from 'zod';
import { ProjectState } from '../../model/project';
import { ViewDraft } from '../../model/view';
import { call } from './common';

/** Saved views (stories will join them here). */
export const viewCalls = {
  'view.save': call('engine', z.object({ view: ViewDraft }), ProjectState),
  'view.delete': call('engine', z.object({ viewId: z.string() }), ProjectState),
} as const;

import { z } from 'zod';
import { StepId } from './step-id';

/**
 * What every step has besides its kind's own fields: a stable id, and whether it is switched
 * off. A disabled step stays in the recipe (and in its place) but passes its table on unchanged.
 */
export const StepBase = z.object({
  id: StepId,
  disabled: z.boolean().optional(),
});

import { z } from 'zod';
import { StepBase } from '../step-base';
import { OutputName } from './group';

/**
 * Wide to long: the chosen columns become rows, each input row giving one row per chosen column
 * (in the order listed), with the column's name in `nameColumn` and its value in `valueColumn`;
 * the other columns repeat. The values keep their type when the columns agree (integers with
 * decimals become decimals); otherwise all become text, with a warning. `dropEmpty` leaves out
 * the rows whose value is empty.
 */
export const UnpivotStep = StepBase.extend({
  kind: z.literal('unpivot'),
  columns: z.array(z.string()).min(1),
  nameColumn: OutputName,
  valueColumn: OutputName,
  dropEmpty: z.boolean().default(false),
});
export type UnpivotStep = z.infer<typeof UnpivotStep>;

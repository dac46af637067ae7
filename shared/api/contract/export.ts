import { z } from 'zod';
import { Bytes, call } from './common';

/** Results out of the workbench. */
export const exportCalls = {
  /** Saves an exported chart (PNG bytes or SVG text) where the user chooses. */
  'export.saveImage': call(
    'shell',
    z.object({ suggestedName: z.string(), format: z.enum(['png', 'svg']), data: z.union([Bytes, z.string()]) }),
    z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  ),
} as const;

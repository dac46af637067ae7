import { z } from 'zod';
import { CleanName } from './names';
import { ImportOptions } from './source';

/**
 * A reusable import configuration ("run last year's analysis on this year's export"):
 * recognised by the headers a file has, applied in one click. Built-in profiles ship with
 * the workbench (shared/import/builtin-profiles.ts); the project keeps its own.
 */
export const ImportProfile = z.object({
  id: z.string(),
  name: CleanName.min(1),
  builtIn: z.boolean(),
  /** What kind of export it reads, for the user (a catalogue key `profiles.kind.*`). */
  kind: z.enum(['studentList', 'gradebook', 'flemishTests', 'schoolDashboard', 'survey', 'observations', 'other']),
  /**
   * Headers (compared case-, accent- and space-insensitively) a file must have to match;
   * a file matches when it has all of them. Patterns allowed as for ColumnRule.
   */
  signature: z.array(z.string().min(1)).min(1),
  /** The options applied (sheet only when the sheet name is part of the export). */
  options: ImportOptions.omit({ profileId: true }),
  createdAt: z.string(),
});
export type ImportProfile = z.infer<typeof ImportProfile>;

/** The name is checked by the engine (checkTypedName), so a bad one gets its own message. */
export const ProfileDraft = ImportProfile.omit({ id: true, builtIn: true, createdAt: true }).extend({
  id: z.string().optional(),
  name: z.string().min(1),
});
export type ProfileDraft = z.infer<typeof ProfileDraft>;

/** The file a profile is exported to: `<name>.werkbankprofiel.json`. */
export const ProfileFile = z.object({
  format: z.literal('datateam-werkbank-profile'),
  formatVersion: z.literal(1),
  profile: ImportProfile,
});
export type ProfileFile = z.infer<typeof ProfileFile>;

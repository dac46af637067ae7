import { z } from 'zod';

/** The threshold k a new project starts with (DOMAIN.md: default 5). */
export const DEFAULT_K = 5;

/**
 * A project's privacy settings, kept in its file: `k`, the smallest group whose figures leave the
 * app (presenting, every export), and `key`, the project's own random key (32 bytes, base64) from
 * which pupils' and teachers' pseudonyms are derived, so that a pupil keeps the same code in every
 * export and after the sources are refreshed. Files from before these settings have none: k is 5
 * and a key is made when the file is opened (and saved with it).
 */
export const ProjectPrivacy = z.object({
  k: z.number().int().min(2).max(100).default(DEFAULT_K),
  key: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/)
    .nullable()
    .default(null),
});
export type ProjectPrivacy = z.infer<typeof ProjectPrivacy>;

/** Whose names a pseudonym stands for: pupils (`LL-…`) or teachers in observations (`LK-…`). */
export const PseudonymRole = z.enum(['pupil', 'teacher']);
export type PseudonymRole = z.infer<typeof PseudonymRole>;

export const PSEUDONYM_PREFIX: Record<PseudonymRole, string> = { pupil: 'LL', teacher: 'LK' };

/** A name as it identifies a person, whatever its spacing, case or Unicode form: `  Zoë  Peeters` → `zoë peeters`. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('nl-BE');
}

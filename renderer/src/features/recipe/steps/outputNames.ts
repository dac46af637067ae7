import { isCleanName, MAX_NAME_CHARS } from '../../../../../shared/model/names';
import type { Message } from '../../../../../shared/model/message';

/** Names starting so are the engine's own (db/reserved.ts). */
const RESERVED_PREFIX = '__';

/**
 * Why each name a step makes cannot be a column of its result, as the engine would say it (the
 * same message codes), or null where it can: empty, not clean, too long, reserved, or taken by
 * an earlier name of the list (DuckDB compares names without regard to case).
 */
export function nameProblems(names: string[]): Array<Message | null> {
  const seen = new Set<string>();
  return names.map((raw): Message | null => {
    const name = raw.trim();
    const folded = name.toLowerCase();
    const taken = seen.has(folded);
    seen.add(folded);
    if (name === '') return { code: 'errors.recipe.emptyColumnName', params: {} };
    if (!isCleanName(name)) return { code: 'errors.name.notClean', params: { name } };
    if (name.length > MAX_NAME_CHARS) return { code: 'errors.name.tooLong', params: { length: name.length, max: MAX_NAME_CHARS } };
    if (name.startsWith(RESERVED_PREFIX)) return { code: 'errors.recipe.reservedColumnName', params: { name } };
    if (taken) return { code: 'errors.recipe.duplicateColumnName', params: { name } };
    return null;
  });
}

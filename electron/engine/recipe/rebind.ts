/**
 * Re-running a recipe or analysis file on another school's exports (`npm run cli -- run` and
 * `analyse`): the same export from another school, or from another version of the same system,
 * may spell a header differently: `score` for `Score`, `Remediering wiskunde` for
 * `Remediëring wiskunde`, `Aantal  leerlingen` with two spaces. Such a column is read under the
 * name the file refers to, and the run says so; anything less sure is left for the recipe's own
 * "unknown column" message.
 */

import type { ColumnSetting } from '../../../shared/model/import';

/** A header as a person reads it: case, accents and spacing aside. */
export function foldHeader(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Every string value in a recipe or analysis file (keys aside): the column names it refers to are among them. */
export function stringsIn(value: unknown): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') found.add(next);
    else if (Array.isArray(next)) stack.push(...next);
    else if (next !== null && typeof next === 'object') stack.push(...Object.values(next));
  }
  return found;
}

export interface Rebinding {
  from: string;
  to: string;
}

/**
 * The columns of an imported file to read under another name: a column whose name the files do
 * not refer to, when exactly one name they refer to reads the same once case, accents and
 * spacing are set aside, that name is no column already, and no other column reads the same.
 */
export function rebindings(columns: readonly string[], referenced: ReadonlySet<string>): Rebinding[] {
  const present = new Set(columns);
  const wanted = new Map<string, Set<string>>();
  for (const name of referenced) {
    if (present.has(name)) continue;
    const key = foldHeader(name);
    if (key === '') continue;
    wanted.set(key, (wanted.get(key) ?? new Set()).add(name));
  }
  const byFold = new Map<string, string[]>();
  for (const column of columns) {
    const key = foldHeader(column);
    byFold.set(key, [...(byFold.get(key) ?? []), column]);
  }
  const out: Rebinding[] = [];
  for (const [key, names] of wanted) {
    const candidates = byFold.get(key) ?? [];
    if (names.size !== 1 || candidates.length !== 1) continue;
    const from = candidates[0]!;
    if (referenced.has(from)) continue;
    out.push({ from, to: [...names][0]! });
  }
  return out;
}

/**
 * Import settings that read each rebound column under its new name: the column is named by its
 * header as found in the file (`columns`: header and name, as an inspection gives them); a
 * setting the column already has keeps everything else.
 */
export function renamedSettings(settings: readonly ColumnSetting[] | undefined, columns: readonly { source: string; name: string }[], renames: readonly Rebinding[]): ColumnSetting[] {
  const out = [...(settings ?? [])];
  for (const { from, to } of renames) {
    const column = columns.find((c) => c.name === from);
    if (!column) continue;
    const at = out.findIndex((s) => s.source === column.source);
    if (at >= 0) out[at] = { ...out[at]!, name: to };
    else out.push({ source: column.source, name: to });
  }
  return out;
}

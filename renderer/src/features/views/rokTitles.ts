import { DEFAULT_ROK, type RokCatalog } from '../../../../shared/model/story/rok';

/** The titles as typed in the ROK dialog, per code. */
export type RokTitles = Record<string, string>;

/** The longest title a code takes (RokEntry). */
export const ROK_TITLE_MAX = 500;

export function rokTitlesOf(catalog: RokCatalog): RokTitles {
  return Object.fromEntries(catalog.map((e) => [e.code, e.title]));
}

/** Codes whose typed title is blank, in the catalog's order. */
export function untitledCodes(catalog: RokCatalog, titles: RokTitles): string[] {
  return catalog.filter((e) => (titles[e.code] ?? '').trim() === '').map((e) => e.code);
}

/**
 * What saving the typed titles does: nothing while a code has no title (`untitled`), nothing when
 * no title changed (`unchanged`), else the catalog to save (`catalog`), null when it is the
 * shipped one again (the project then follows the shipped titles).
 */
export function rokToSave(
  current: RokCatalog,
  titles: RokTitles,
): { kind: 'untitled'; codes: string[] } | { kind: 'unchanged' } | { kind: 'save'; catalog: RokCatalog | null } {
  const codes = untitledCodes(current, titles);
  if (codes.length > 0) return { kind: 'untitled', codes };
  const catalog = current.map((e) => ({ ...e, title: (titles[e.code] ?? e.title).trim().slice(0, ROK_TITLE_MAX) }));
  if (catalog.every((e, i) => e.title === current[i]!.title)) return { kind: 'unchanged' };
  return { kind: 'save', catalog: sameTitles(catalog, DEFAULT_ROK) ? null : catalog };
}

function sameTitles(a: RokCatalog, b: RokCatalog): boolean {
  return a.length === b.length && a.every((e, i) => e.code === b[i]!.code && e.rubric === b[i]!.rubric && e.title === b[i]!.title);
}

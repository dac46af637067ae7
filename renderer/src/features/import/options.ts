import type { Locale } from '../../../../shared/i18n/index';
import { LIKERT_AGREEMENT } from '../../../../shared/import/builtin-profiles';
import { type ColumnSetting, DEFAULT_MISSING_TOKENS, type ValueMapping } from '../../../../shared/model/import';
import { cleanName } from '../../../../shared/model/names';
import type { ImportProfile, ProfileDraft } from '../../../../shared/model/profile';
import type { ImportOptions, InspectedColumn, InspectResult } from '../../../../shared/model/source';
import type { ColumnType } from '../../../../shared/model/table';
import { formatNumber, parseLocaleNumber } from '../../format/format';
import { safeFileName } from '../../format/fileName';

/**
 * The import dialog's editing of ImportOptions, as pure functions: every change the user
 * makes produces new options, which the dialog sends to `import.preview` and, on confirm,
 * unchanged to `source.import`.
 */

/** The 5-point agreement scale of the survey exports, lowest first, in every wording the survey profile knows. */
export const LIKERT_5: ReadonlyArray<{ label: string; value: number }> = LIKERT_AGREEMENT;

/** The levels of the Flemish central tests, lowest first. */
export const GRADE_LEVELS: readonly string[] = ['E', 'D', 'C', 'B', 'A'];

export type MappingKind = 'none' | ValueMapping['kind'];

/** The settings of one column (by its header in the file), or an empty setting. */
export function columnSetting(options: ImportOptions, source: string): ColumnSetting {
  return options.columns?.find((c) => c.source === source) ?? { source };
}

/**
 * Changes one column's settings. A field set to `undefined` is removed, so the column falls
 * back to what is detected; a setting left with nothing but its source is dropped.
 */
export function setColumn(options: ImportOptions, source: string, patch: Partial<Omit<ColumnSetting, 'source'>>): ImportOptions {
  const current = columnSetting(options, source);
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  const setting = next as ColumnSetting;
  const list = options.columns ?? [];
  const exists = list.some((c) => c.source === source);
  const keep = Object.keys(setting).length > 1;
  const columns = !keep
    ? list.filter((c) => c.source !== source)
    : exists
      ? list.map((c) => (c.source === source ? setting : c))
      : [...list, setting];
  return withColumns(options, columns);
}

function withColumns(options: ImportOptions, columns: ColumnSetting[]): ImportOptions {
  const { columns: _drop, ...rest } = options;
  return columns.length > 0 ? { ...rest, columns } : rest;
}

/**
 * Choosing another sheet or header row gives other columns: the settings written for the
 * old ones are dropped (a profile's rules still apply).
 */
export function withLayout(options: ImportOptions, patch: Pick<ImportOptions, 'sheet' | 'headerRow' | 'headerRows'>): ImportOptions {
  const next: ImportOptions = { ...options, ...patch };
  if ('sheet' in patch && patch.sheet !== options.sheet) {
    delete next.headerRow;
    delete next.headerRows;
  }
  return withColumns(next, []);
}

/** Chooses a profile (null: none). Column settings the user wrote stay: they win over the profile's rules. */
export function withProfile(options: ImportOptions, profileId: string | null): ImportOptions {
  return { ...options, profileId };
}

/** Changing a column's type; an ordinal type needs levels, taken from the column when it knows them. */
export function withColumnType(options: ImportOptions, column: InspectedColumn, type: ColumnType): ImportOptions {
  const setting = columnSetting(options, column.source);
  const mapping = setting.mapping ?? column.mapping;
  if (type === 'ordinal') {
    const levels = mapping?.kind === 'ordinal' ? mapping.levels : column.levels;
    return setColumn(options, column.source, {
      type,
      mapping: levels && levels.length >= 2 ? { kind: 'ordinal', levels } : setting.mapping,
    });
  }
  // An ordinal mapping only makes sense for an ordinal column.
  const dropMapping = setting.mapping?.kind === 'ordinal';
  return setColumn(options, column.source, { type, ...(dropMapping ? { mapping: undefined } : {}) });
}

/** Setting a mapping; an ordinal mapping makes the column ordinal, leaving one returns it to its inferred type. */
export function withMapping(options: ImportOptions, column: InspectedColumn, mapping: ValueMapping | undefined): ImportOptions {
  const setting = columnSetting(options, column.source);
  if (mapping?.kind === 'ordinal') return setColumn(options, column.source, { mapping, type: 'ordinal' });
  const leavesOrdinal = (setting.type ?? column.type) === 'ordinal';
  return setColumn(options, column.source, { mapping, ...(leavesOrdinal ? { type: undefined } : {}) });
}

/** What the mapping editor starts from when the user picks a kind. */
export function defaultMapping(kind: MappingKind, column: InspectedColumn): ValueMapping | undefined {
  switch (kind) {
    case 'none':
      return undefined;
    case 'fraction':
      return { kind: 'fraction' };
    case 'labels':
      return { kind: 'labels', labels: LIKERT_5.map((l) => ({ ...l })) };
    case 'ordinal':
      return { kind: 'ordinal', levels: column.levels && column.levels.length >= 2 ? column.levels : [...GRADE_LEVELS] };
  }
}

/** The tokens a column reads as missing: its own, else the file-wide ones, else the defaults. */
export function missingTokensOf(options: ImportOptions, source: string): string[] {
  return columnSetting(options, source).missingTokens ?? options.missingTokens ?? DEFAULT_MISSING_TOKENS;
}

/** Tokens as the user sees them: comma-separated, without the empty cell (always missing). */
export function formatTokens(tokens: readonly string[]): string {
  return tokens.filter((t) => t !== '').join(', ');
}

/** Reads comma-separated tokens; an empty cell always stays missing, so '' is always included. */
export function parseTokens(text: string): string[] {
  const tokens = text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return ['', ...new Set(tokens)];
}

/** Levels as typed: `E, D, C, B, A` (lowest first). Null when fewer than two distinct levels. */
export function parseLevels(text: string): string[] | null {
  const levels = [...new Set(text.split(',').map((l) => l.trim()).filter((l) => l !== ''))];
  return levels.length >= 2 ? levels : null;
}

export function formatLevels(levels: readonly string[]): string {
  return levels.join(', ');
}

/** Label pairs as the user edits them: one `label = value` per line. */
export function formatLabels(labels: ReadonlyArray<{ label: string; value: number }>, locale: Locale): string {
  return labels.map((l) => `${l.label} = ${formatNumber(l.value, locale)}`).join('\n');
}

/**
 * Reads `label = value` lines (empty lines skipped). Returns the pairs, or the 1-based line
 * that cannot be read (no `=`, no label, or not a number) so the editor can point at it.
 */
export function parseLabels(
  text: string,
  locale: Locale,
): { ok: true; labels: Array<{ label: string; value: number }> } | { ok: false; line: number } {
  const labels: Array<{ label: string; value: number }> = [];
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const at = line.lastIndexOf('=');
    const label = at < 0 ? '' : line.slice(0, at).trim();
    const value = at < 0 ? null : parseLocaleNumber(line.slice(at + 1), locale);
    if (label === '' || value === null) return { ok: false, line: i + 1 };
    labels.push({ label, value });
  }
  return labels.length > 0 ? { ok: true, labels } : { ok: false, line: 1 };
}

/** The visible sheets, which "import every sheet" imports one by one. */
export function visibleSheets(inspect: InspectResult): string[] {
  return inspect.sheets.filter((s) => !s.hidden).map((s) => s.name);
}

/**
 * The options for another sheet when every sheet is imported: the settings the user made for
 * the sheet on screen (header row, columns) stay with that sheet; the others are detected
 * afresh (with the profile, encoding and file-wide choices kept).
 */
export function sheetOptions(options: ImportOptions, sheet: string, shown: string | null): ImportOptions {
  if (sheet === shown) return { ...options, sheet };
  const { headerRow: _headerRow, headerRows: _headerRows, columns: _columns, ...rest } = options;
  return { ...rest, sheet };
}

/** The name a sheet's source gets when every sheet is imported: `file (sheet)`. */
export function sheetSourceName(fileName: string, sheet: string): string {
  // Sheet names come from the file: cleaned like headers, as the engine refuses unclean typed names.
  return cleanName(`${fileName.replace(/\.[^.]+$/, '')} (${sheet})`);
}

/**
 * Headers that recognise this kind of file later: the included columns' headers as found in
 * the file, once each.
 */
export function signatureOf(inspect: InspectResult): string[] {
  return [...new Set(inspect.columns.filter((c) => c.included).map((c) => c.source))].filter((s) => s.trim() !== '');
}

/** A profile from what the dialog shows now: the user's options without the profile choice. */
export function profileDraft(
  name: string,
  kind: ImportProfile['kind'],
  options: ImportOptions,
  inspect: InspectResult,
): ProfileDraft {
  const { profileId: _drop, ...rest } = options;
  return { name: name.trim(), kind, signature: signatureOf(inspect), options: rest };
}

/**
 * The headers of the preview rows. A fraction mapping splits one column in two (score and
 * maximum); when the engine lists only the score column, the maximum is named as the engine
 * names it (`<name> (max)`).
 */
export function previewColumns(inspect: InspectResult, rowWidth: number | null): Array<{ name: string; type: ColumnType }> {
  const included = inspect.columns.filter((c) => c.included);
  const base = included.map((c) => ({ name: c.name, type: c.type }));
  if (rowWidth === null || rowWidth <= base.length) return base;
  const expanded: Array<{ name: string; type: ColumnType }> = [];
  for (const c of included) {
    expanded.push({ name: c.name, type: c.type });
    if (c.mapping?.kind === 'fraction' && !included.some((o) => o !== c && o.source === c.source)) {
      expanded.push({ name: `${c.name}${MAX_SUFFIX}`, type: 'decimal' });
    }
  }
  return expanded;
}

/** The suffix of the maximum column a fraction mapping adds (`Score` → `Score (max)`), as the engine names it. */
export const MAX_SUFFIX = ' (max)';

/**
 * The column a derived column comes from: the score column whose fraction mapping adds this
 * maximum column (source `<score source> (max)`). Null for a column of the file itself.
 * A derived column takes only a name and include/leave out.
 */
export function derivedFrom(inspect: InspectResult, column: InspectedColumn): InspectedColumn | null {
  return (
    inspect.columns.find((c) => c !== column && c.mapping?.kind === 'fraction' && `${c.source}${MAX_SUFFIX}` === column.source) ?? null
  );
}

/** The first InspectedColumn for each header in the file: a split column is listed once in the settings. */
export function settingColumns(inspect: InspectResult): InspectedColumn[] {
  const seen = new Set<string>();
  return inspect.columns.filter((c) => {
    if (seen.has(c.source)) return false;
    seen.add(c.source);
    return true;
  });
}

/** The file an exported profile is offered as: `<name>.werkbankprofiel.json`, without characters file systems refuse. */
export function profileFileName(name: string): string {
  return safeFileName(name, 'profiel', 'werkbankprofiel.json');
}

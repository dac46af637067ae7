import type { ColumnRule, ColumnSetting } from '../model/import';
import type { ImportProfile } from '../model/profile';
import type { ImportOptions } from '../model/source';
import { compileHeaderPattern, type HeaderPattern } from './header-pattern';

/**
 * Recognising an export by its headers, and applying a profile's options under the user's.
 * Pure TypeScript: the engine uses it at import, the renderer may use it to explain a match.
 */

/**
 * A header as profiles compare it: lower case, accents stripped, every run of spaces and
 * punctuation one space, trimmed. `Remediëring  wiskunde` and `remediering-wiskunde` are equal,
 * `Score (/40)` becomes `score 40`.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A signature entry written `/…/` is a regular expression (case-insensitive); anything else a header. */
export function signaturePattern(entry: string): HeaderPattern | null {
  const m = /^\/(.+)\/$/s.exec(entry.trim());
  if (!m) return null;
  // An invalid pattern matches nothing rather than breaking every import.
  return compileHeaderPattern(m[1]!) ?? { test: () => false };
}

/** Whether one signature entry is present among the headers (raw and normalised). */
export function signatureEntryFound(entry: string, headers: readonly string[]): boolean {
  const pattern = signaturePattern(entry);
  if (pattern) return headers.some((h) => pattern.test(h.trim()) || pattern.test(normaliseHeader(h)));
  const wanted = normaliseHeader(entry);
  return wanted !== '' && headers.some((h) => normaliseHeader(h) === wanted);
}

/** A profile matches a file when every entry of its signature is present among the file's headers. */
export function profileMatches(profile: Pick<ImportProfile, 'signature'>, headers: readonly string[]): boolean {
  return profile.signature.length > 0 && profile.signature.every((entry) => signatureEntryFound(entry, headers));
}

/**
 * The profile that fits these headers best, or null. Project profiles (builtIn false) come
 * before built-in ones: a school's own profile for an export is meant to win over the generic
 * one. Within each group the profile with the most signature entries wins (the most specific);
 * ties go to the one listed first.
 */
export function matchProfile<P extends Pick<ImportProfile, 'signature' | 'builtIn'>>(profiles: readonly P[], headers: readonly string[]): P | null {
  let best: P | null = null;
  const rank = (p: P) => (p.builtIn ? 0 : 1_000_000) + p.signature.length;
  for (const profile of profiles) {
    if (!profileMatches(profile, headers)) continue;
    if (best === null || rank(profile) > rank(best)) best = profile;
  }
  return best;
}

/**
 * A profile's options with the user's on top: every option the user set wins; column settings
 * merge per column (`source`, compared like headers), the user's fields winning; the user's
 * column rules come before the profile's (the first matching rule applies; the same rule is kept
 * once, so merging a profile into options it was merged into changes nothing). With the file's
 * `headers`, the profile's column settings are re-aimed at the headers as this file spells
 * them (`STAMBOEKNUMMER` for a profile saved from a file with `Stamboeknummer`).
 */
export function mergeOptions(profile: Omit<ImportOptions, 'profileId'>, user: ImportOptions, headers?: readonly string[]): ImportOptions {
  const profileColumns = (profile.columns ?? []).map((c) => (headers ? { ...c, source: spelledAs(c.source, headers) } : { ...c }));
  const out: ImportOptions = { ...profile };
  for (const [key, value] of Object.entries(user) as [keyof ImportOptions, unknown][]) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  const columns = mergeColumns(profileColumns, user.columns ?? []);
  if (columns.length > 0) out.columns = columns;
  else delete out.columns;
  // Deduplicated: re-applying a profile to options that already hold its rules (a refresh) adds nothing.
  const seen = new Set<string>();
  const rules: ColumnRule[] = [...(user.columnRules ?? []), ...(profile.columnRules ?? [])].filter((rule) => {
    const key = JSON.stringify(rule);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  if (rules.length > 0) out.columnRules = rules;
  else delete out.columnRules;
  return out;
}

/** The header among `headers` that equals `source` after normalising (exact spelling first), else `source`. */
function spelledAs(source: string, headers: readonly string[]): string {
  if (headers.includes(source)) return source;
  const key = normaliseHeader(source);
  return headers.find((h) => normaliseHeader(h) === key) ?? source;
}

function mergeColumns(profile: ColumnSetting[], user: ColumnSetting[]): ColumnSetting[] {
  const out = [...profile];
  for (const setting of user) {
    const key = normaliseHeader(setting.source);
    const index = out.findIndex((c) => c.source === setting.source || normaliseHeader(c.source) === key);
    if (index < 0) out.push({ ...setting });
    else out[index] = { ...out[index]!, ...dropUndefined(setting), source: setting.source };
  }
  return out;
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

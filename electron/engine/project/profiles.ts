import { z } from 'zod';
import { WerkbankError } from '../../../shared/api/errors';
import { BUILTIN_PROFILES, isBuiltinProfileId } from '../../../shared/import/builtin-profiles';
import { checkTypedName } from '../../../shared/model/names';
import { ImportProfile, type ProfileDraft, ProfileFile } from '../../../shared/model/profile';
import type { Project } from './project';

/**
 * Import profiles on the engine's side: the built-in ones (read-only) and the project's own
 * (kept in the Project and saved in the manifest), exported to and imported from
 * `<name>.werkbankprofiel.json` files.
 */

export const PROFILE_FILE_FORMAT = 'datateam-werkbank-profile';
export const PROFILE_FORMAT_VERSION = 1;
export const PROFILE_EXTENSION = 'werkbankprofiel.json';
/** A profile is a few kilobytes; anything far bigger is not one (and is not read into memory). */
export const MAX_PROFILE_BYTES = 1_000_000;

/** Built-in profiles first, then the project's own. */
export function listProfiles(ws: Project): ImportProfile[] {
  return [...BUILTIN_PROFILES, ...ws.profiles];
}

/** The profile with this id, the project's or built-in; null when there is none. */
export function profileById(ws: Project, id: string): ImportProfile | null {
  return ws.profiles.find((p) => p.id === id) ?? BUILTIN_PROFILES.find((p) => p.id === id) ?? null;
}

/** The profile with this id, the project's or built-in; errors.profile.unknown otherwise. */
export function findProfile(ws: Project, id: string): ImportProfile {
  const found = profileById(ws, id);
  if (!found) throw new WerkbankError('errors.profile.unknown', { profile: id });
  return found;
}

/**
 * Saves a profile in the project: a new one (a fresh id, unless the draft names an id that is
 * free), or an update of the project profile with the draft's id (its createdAt kept).
 * Built-in profiles are read-only.
 */
export function saveProfile(ws: Project, draft: ProfileDraft): ImportProfile {
  const { id, ...content } = draft;
  checkTypedName(content.name);
  if (id !== undefined && isBuiltinProfileId(id)) throw readOnly(id);
  const index = id === undefined ? -1 : ws.profiles.findIndex((p) => p.id === id);
  const profile: ImportProfile = ImportProfile.parse({
    ...content,
    id: index >= 0 ? id : id ?? freshId(ws),
    builtIn: false,
    createdAt: index >= 0 ? ws.profiles[index]!.createdAt : ws.clock().toISOString(),
  });
  if (index >= 0) ws.profiles[index] = profile;
  else ws.profiles.push(profile);
  ws.dirty = true;
  return profile;
}

export function deleteProfile(ws: Project, id: string): void {
  if (isBuiltinProfileId(id)) throw readOnly(id);
  const index = ws.profiles.findIndex((p) => p.id === id);
  if (index < 0) throw new WerkbankError('errors.profile.unknown', { profile: id });
  ws.profiles.splice(index, 1);
  ws.dirty = true;
}

/** The file a profile is exported to, as text (pretty JSON: people share and read these). */
export function profileFileText(profile: ImportProfile): string {
  const file: ProfileFile = { format: PROFILE_FILE_FORMAT, formatVersion: PROFILE_FORMAT_VERSION, profile };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `<name>.werkbankprofiel.json` (the file registry sanitises the name further). */
export function profileFileName(profile: ImportProfile): string {
  return `${profile.name}.${PROFILE_EXTENSION}`;
}

/**
 * Reads a profile file and adds its profile to the project as a project profile. A file that
 * is not a profile, one from a newer workbench, and a damaged one each get their own message.
 * An id already taken (by a project or built-in profile) is replaced by a fresh one.
 */
export function importProfile(ws: Project, bytes: Uint8Array): ImportProfile {
  const profile = readProfileFile(bytes);
  const taken = isBuiltinProfileId(profile.id) || ws.profiles.some((p) => p.id === profile.id);
  const imported: ImportProfile = { ...profile, id: taken ? freshId(ws) : profile.id, builtIn: false };
  ws.profiles.push(imported);
  ws.dirty = true;
  return imported;
}

export function readProfileFile(bytes: Uint8Array): ImportProfile {
  if (bytes.length === 0 || bytes.length > MAX_PROFILE_BYTES) throw new WerkbankError('errors.profile.notAProfile');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new WerkbankError('errors.profile.notAProfile');
  }
  const head = z.object({ format: z.literal(PROFILE_FILE_FORMAT), formatVersion: z.number() }).safeParse(json);
  if (!head.success) throw new WerkbankError('errors.profile.notAProfile');
  // The version is checked before the schema: a newer file may well not fit today's schema.
  if (head.data.formatVersion > PROFILE_FORMAT_VERSION) {
    throw new WerkbankError('errors.profile.newerVersion', { found: head.data.formatVersion, supported: PROFILE_FORMAT_VERSION });
  }
  const parsed = ProfileFile.safeParse(json);
  if (!parsed.success) throw new WerkbankError('errors.profile.corrupt');
  return parsed.data.profile;
}

function readOnly(id: string): WerkbankError {
  const builtIn = BUILTIN_PROFILES.find((p) => p.id === id);
  return new WerkbankError('errors.profile.builtInReadOnly', { profile: builtIn?.name ?? id });
}

/** `p<n>` above every project profile id of that form, so ids are not reused within a project. */
function freshId(ws: Project): string {
  const max = ws.profiles.reduce((m, p) => {
    const n = /^p(\d+)$/.exec(p.id);
    return n ? Math.max(m, Number(n[1])) : m;
  }, 0);
  return `p${max + 1}`;
}

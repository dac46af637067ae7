import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/api/errors';
import { BUILTIN_PROFILES } from '../../../shared/import/builtin-profiles';
import type { ProfileDraft } from '../../../shared/model/profile';
import {
  deleteProfile,
  findProfile,
  importProfile,
  listProfiles,
  PROFILE_FORMAT_VERSION,
  profileFileName,
  profileFileText,
  readProfileFile,
  saveProfile,
} from './profiles';
import { Session } from '../db/session';
import { Project } from './project';

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

let ws: Project;
beforeEach(() => {
  ws = new Project(session);
  let t = 0;
  ws.clock = () => new Date(Date.UTC(2026, 1, 1, 0, 0, t++));
});
afterEach(() => ws.dispose());

const draft: ProfileDraft = {
  name: 'Ons puntenboek',
  kind: 'gradebook',
  signature: ['Leerling', 'Klas', 'Score'],
  options: { columns: [{ source: 'Score', mapping: { kind: 'fraction' } }], missingTokens: ['afw', 'ziek'] },
};
const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WerkbankError);
    return (error as WerkbankError).code;
  }
  throw new Error('did not throw');
};

describe('project profiles', () => {
  it('lists the built-in profiles first, then the project’s', () => {
    const saved = saveProfile(ws, draft);
    expect(listProfiles(ws)).toEqual([...BUILTIN_PROFILES, saved]);
  });

  it('saves with a fresh id, updates in place keeping createdAt, and deletes', () => {
    ws.dirty = false;
    const a = saveProfile(ws, draft);
    const b = saveProfile(ws, { ...draft, name: 'Tweede' });
    expect([a.id, b.id]).toEqual(['p1', 'p2']);
    expect(a).toMatchObject({ builtIn: false, createdAt: '2026-02-01T00:00:00.000Z', options: draft.options });
    expect(ws.dirty).toBe(true);
    const updated = saveProfile(ws, { ...draft, id: 'p1', name: 'Herzien' });
    expect(updated).toMatchObject({ id: 'p1', name: 'Herzien', createdAt: a.createdAt });
    expect(ws.profiles.map((p) => p.name)).toEqual(['Herzien', 'Tweede']);
    // An id given that does not exist yet is used as it is.
    expect(saveProfile(ws, { ...draft, id: 'mijn-profiel' }).id).toBe('mijn-profiel');
    deleteProfile(ws, 'p1');
    expect(saveProfile(ws, draft).id).toBe('p3');
    expect(codeOf(() => deleteProfile(ws, 'p1'))).toBe('errors.profile.unknown');
    expect(findProfile(ws, 'p2').name).toBe('Tweede');
    expect(codeOf(() => findProfile(ws, 'nope'))).toBe('errors.profile.unknown');
  });

  it('refuses a typed profile name with control or invisible characters with its own message', () => {
    expect(() => saveProfile(ws, { ...draft, name: 'Lijst\u202e' })).toThrow(expect.objectContaining({ code: 'errors.name.notClean' }));
    expect(ws.profiles).toHaveLength(0);
  });

  it('keeps built-in profiles read-only', () => {
    const builtIn = BUILTIN_PROFILES[0]!;
    expect(codeOf(() => saveProfile(ws, { ...draft, id: builtIn.id }))).toBe('errors.profile.builtInReadOnly');
    expect(codeOf(() => deleteProfile(ws, builtIn.id))).toBe('errors.profile.builtInReadOnly');
    expect(findProfile(ws, builtIn.id)).toEqual(builtIn);
    expect(ws.profiles).toEqual([]);
  });
});

describe('profile files', () => {
  it('round-trip a profile through its file, with a fresh id when the id is taken', () => {
    const saved = saveProfile(ws, draft);
    const text = profileFileText(saved);
    expect(JSON.parse(text)).toEqual({ format: 'datateam-werkbank-profile', formatVersion: PROFILE_FORMAT_VERSION, profile: saved });
    expect(profileFileName(saved)).toBe('Ons puntenboek.werkbankprofiel.json');

    const other = new Project(session);
    const imported = importProfile(other, encode(text));
    expect(imported).toEqual(saved); // p1 is free in the other project
    expect(other.profiles).toEqual([saved]);
    expect(other.dirty).toBe(true);
    void other.dispose();

    const again = importProfile(ws, encode(text));
    expect(again).toEqual({ ...saved, id: 'p2' });
    expect(ws.profiles.map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('imports an exported built-in profile as a project profile of its own', () => {
    const builtIn = BUILTIN_PROFILES.find((p) => p.kind === 'flemishTests')!;
    const imported = importProfile(ws, encode(profileFileText(builtIn)));
    expect(imported).toEqual({ ...builtIn, id: 'p1', builtIn: false });
  });

  it('refuses a file from a newer workbench, telling both versions', () => {
    const file = { format: 'datateam-werkbank-profile', formatVersion: PROFILE_FORMAT_VERSION + 1, profile: { anything: 'new' } };
    const error = (() => {
      try {
        readProfileFile(encode(file));
      } catch (e) {
        return e as WerkbankError;
      }
      throw new Error('accepted');
    })();
    expect(error.code).toBe('errors.profile.newerVersion');
    expect(error.params).toEqual({ found: PROFILE_FORMAT_VERSION + 1, supported: PROFILE_FORMAT_VERSION });
    expect(ws.profiles).toEqual([]);
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['a CSV', encode('Leerling;Score\nJana;34/50\n')],
    ['a project manifest', encode({ formatVersion: 1, app: 'Datateam Werkbank', sources: [] })],
    ['another JSON format', encode({ format: 'something-else', formatVersion: 1, profile: {} })],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
  ])('calls %s not a profile', (_, bytes) => {
    expect(codeOf(() => importProfile(ws, bytes))).toBe('errors.profile.notAProfile');
    expect(ws.profiles).toEqual([]);
  });

  it('calls a profile file with a damaged profile corrupt', () => {
    const saved = saveProfile(new Project(session), draft);
    const damaged = { format: 'datateam-werkbank-profile', formatVersion: 1, profile: { ...saved, signature: [] } };
    expect(codeOf(() => importProfile(ws, encode(damaged)))).toBe('errors.profile.corrupt');
    const badMapping = { format: 'datateam-werkbank-profile', formatVersion: 1, profile: { ...saved, options: { columns: [{ source: 'x', mapping: { kind: 'ordinal', levels: ['A'] } }] } } };
    expect(codeOf(() => importProfile(ws, encode(badMapping)))).toBe('errors.profile.corrupt');
  });
});

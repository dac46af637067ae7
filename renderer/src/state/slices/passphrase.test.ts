import { describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../../../shared/api/contract';
import { WerkbankError } from '../../../../shared/api/errors';
import type { ProjectState } from '../../../../shared/model/project';
import type { ShellSupport } from '../../api/shell';
import { createWorkbenchStore } from '../store';

const shell: ShellSupport = { kind: 'browser', on: () => () => {}, deliver: async () => {} };

function project(name: string, encrypted: boolean): ProjectState {
  return { formatVersion: 1, name, fileName: null, dirty: false, sources: [], recipe: null, result: null, views: [], profiles: [], encrypted } as unknown as ProjectState;
}

/** An engine holding one encrypted file, `geheim.werkbank`, whose passphrase is `juist-wachtwoord`. */
function fakeApi(opened: (string | undefined)[], saved: (string | undefined)[]): WerkbankApi {
  const api = {
    'project.new': async () => project('Huidig', false),
    'project.open': async ({ passphrase }: { fileId: string; passphrase?: string }) => {
      opened.push(passphrase);
      if (passphrase === undefined) throw new WerkbankError('errors.project.needsPassphrase');
      if (passphrase !== 'juist-wachtwoord') throw new WerkbankError('errors.sealed.wrongPassphrase');
      return project('Geheim', true);
    },
    'project.save': async ({ passphrase }: { fileId: string | null; passphrase?: string }) => {
      saved.push(passphrase);
      return { state: project('Huidig', passphrase !== undefined), file: { fileId: 'f2', name: 'Huidig.werkbank' } };
    },
  };
  return api as unknown as WerkbankApi;
}

const file = { fileId: 'f1', name: 'geheim.werkbank' };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the passphrase of an encrypted project', () => {
  it('asks for it, asks again after a wrong one with the reason, and opens with the right one', async () => {
    const opened: (string | undefined)[] = [];
    const store = createWorkbenchStore(fakeApi(opened, []), shell);
    await store.getState().newProject();
    const opening = store.getState().openFile(file);
    await tick();
    expect(store.getState().passphraseQuestion).toMatchObject({ purpose: 'open', name: 'geheim.werkbank', error: null });
    store.getState().answerPassphrase('fout');
    await tick();
    expect(store.getState().passphraseQuestion?.error?.code).toBe('errors.sealed.wrongPassphrase');
    expect(store.getState().project?.name).toBe('Huidig');
    store.getState().answerPassphrase('juist-wachtwoord');
    await opening;
    expect(opened).toEqual([undefined, 'fout', 'juist-wachtwoord']);
    expect(store.getState().passphraseQuestion).toBeNull();
    expect(store.getState().project).toMatchObject({ name: 'Geheim', encrypted: true });
    expect(store.getState().error).toBeNull();
    expect(store.getState().busyCount).toBe(0);
  });

  it('leaves the open project as it was when cancelled', async () => {
    const store = createWorkbenchStore(fakeApi([], []), shell);
    await store.getState().newProject();
    const before = store.getState().project;
    const opening = store.getState().openFile(file);
    await tick();
    store.getState().answerPassphrase(null);
    await opening;
    expect(store.getState().project).toBe(before);
    expect(store.getState().passphraseQuestion).toBeNull();
    expect(store.getState().error).toBeNull();
  });

  it('saves encrypted with the passphrase given, and not when cancelled', async () => {
    const saved: (string | undefined)[] = [];
    const store = createWorkbenchStore(fakeApi([], saved), shell);
    await store.getState().newProject();
    let saving = store.getState().saveEncrypted();
    store.getState().answerPassphrase(null);
    await saving;
    expect(saved).toEqual([]);
    saving = store.getState().saveEncrypted();
    store.getState().answerPassphrase('lang-genoeg');
    await saving;
    expect(saved).toEqual(['lang-genoeg']);
    expect(store.getState().project?.encrypted).toBe(true);
    expect(store.getState().passphraseQuestion).toBeNull();
  });
});

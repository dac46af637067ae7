import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../shared/model/message';
import type { ImportProfile } from '../../../../shared/model/profile';
import { profileFileName } from './options';
import { toUserMessage } from '../../state/errors';
import { useApi, useShell, useStoreApi, useWorkbench } from '../../state/hooks';
import { useProfileWords } from './useProfileWords';
import { ActionRow } from '../../ui/ActionRow';
import { Modal } from '../../ui/Modal';
import { FailedNotice } from '../../ui/Notices';
import { useMessageText } from '../../ui/useMessageText';
import './import.css';

/** Headers shown per profile before "…": enough to recognise it. */
const SIGNATURE_SHOWN = 4;

/** The import profiles: the built-in ones (read-only) and the project's own; export, import, delete. */
export function ProfilesDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const shell = useShell();
  const setProjectState = useWorkbench((s) => s.setProjectState);
  const store = useStoreApi();
  const text = useMessageText();
  const words = useProfileWords();
  const [profiles, setProfiles] = useState<ImportProfile[] | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);
  const [working, setWorking] = useState(false);

  const load = useCallback(async () => {
    try {
      setProfiles((await api['profile.list']({})).profiles);
    } catch (e) {
      setError(toUserMessage(e));
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  /** Runs one action; its failure shows in the dialog, and the list is read again. */
  const act = async (task: () => Promise<Message | null>) => {
    setWorking(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await task());
    } catch (e) {
      setError(toUserMessage(e));
    } finally {
      setWorking(false);
      await load();
    }
  };

  const remove = (p: ImportProfile) =>
    act(async () => {
      setProjectState(await api['profile.delete']({ profileId: p.id }));
      return { code: 'ui.profiles.deleted', params: { name: words.name(p) } };
    });

  const exportProfile = (p: ImportProfile) =>
    act(async () => {
      const suggestedName = profileFileName(words.name(p));
      const target = (await api['dialog.saveFile']({ suggestedName, kind: 'profile' })).file;
      if (!target && shell.kind === 'electron') return null; // the user cancelled the save dialog
      // No target in the browser: the engine writes a new file, which is downloaded.
      const file = await api['profile.export']({ profileId: p.id, fileId: target?.fileId ?? null });
      if (!target) await shell.deliver(file);
      return { code: 'ui.profiles.exported', params: { name: file.name } };
    });

  const importProfile = () =>
    act(async () => {
      const picked = await api['dialog.openFiles']({ purpose: 'profile', multiple: false });
      const file = picked.files[0];
      if (!file) return null;
      const before = new Set(store.getState().project?.profiles.map((p) => p.id));
      const state = await api['profile.import']({ fileId: file.fileId });
      setProjectState(state);
      const added = state.profiles.find((p) => !before.has(p.id));
      return { code: 'ui.profiles.imported', params: { name: added?.name ?? file.name } };
    });

  const builtIn = (profiles ?? []).filter((p) => p.builtIn);
  const own = (profiles ?? []).filter((p) => !p.builtIn);

  const item = (p: ImportProfile) => (
    <li key={p.id} className="profile-item" data-testid="profile-item" data-profile-id={p.id} data-builtin={p.builtIn}>
      <div className="profile-main">
        <strong>{words.name(p)}</strong> <span className="tag">{words.kind(p.kind)}</span>
        {p.builtIn && <span className="tag">{t('ui.profiles.builtIn')}</span>}
        <div className="hint">
          {t('ui.profiles.signature', {
            columns:
              p.signature.slice(0, SIGNATURE_SHOWN).join(', ') + (p.signature.length > SIGNATURE_SHOWN ? ', …' : ''),
          })}
        </div>
      </div>
      <div className="profile-actions">
        <button
          type="button"
          className="button small"
          data-testid="profile-export"
          disabled={working}
          aria-label={t('ui.profiles.exportLabel', { name: words.name(p) })}
          onClick={() => void exportProfile(p)}
        >
          {t('ui.profiles.export')}
        </button>
        {!p.builtIn && (
          <button
            type="button"
            className="button small"
            data-testid="profile-delete"
            disabled={working}
            aria-label={t('ui.profiles.deleteLabel', { name: words.name(p) })}
            onClick={() => void remove(p)}
          >
            {t('ui.profiles.delete')}
          </button>
        )}
      </div>
    </li>
  );

  return (
    <Modal title={t('ui.profiles.title')} testId="profiles-dialog" onClose={onClose} wide>
      <p className="muted">{t('ui.profiles.intro')}</p>
      {error && <FailedNotice testId="profiles-error" message={error} />}
      {notice && (
        <p className="notice" role="status" data-testid="profiles-notice">
          {text(notice)}
        </p>
      )}
      {profiles === null ? (
        <p className="muted">{t('ui.import.loading')}</p>
      ) : (
        <>
          <h3>{t('ui.profiles.ownTitle')}</h3>
          {own.length === 0 ? (
            <p className="muted">{t('ui.profiles.ownEmpty')}</p>
          ) : (
            <ul className="profile-list" data-testid="profiles-own">
              {own.map(item)}
            </ul>
          )}
          <h3>{t('ui.profiles.builtInTitle')}</h3>
          <ul className="profile-list" data-testid="profiles-builtin">
            {builtIn.map(item)}
          </ul>
        </>
      )}
      <ActionRow>
        <button type="button" className="button" data-testid="profile-import" disabled={working} onClick={() => void importProfile()}>
          {t('ui.profiles.import')}
        </button>
        <button type="button" className="button primary" data-autofocus onClick={onClose}>
          {t('ui.profiles.close')}
        </button>
      </ActionRow>
    </Modal>
  );
}

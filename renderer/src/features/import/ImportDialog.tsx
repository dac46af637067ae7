import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/contract';
import type { Message } from '../../../../shared/model/message';
import type { ImportProfile } from '../../../../shared/model/profile';
import type { ProjectState } from '../../../../shared/model/project';
import type { ImportOptions } from '../../../../shared/model/source';
import { formatCount } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import { profileDraft, sheetOptions, sheetSourceName, signatureOf, visibleSheets } from './options';
import { useJob } from '../../jobs/useJob';
import { toUserMessage } from '../../state/errors';
import type { PendingImport } from '../../state/slices/import';
import { useApi, useSources, useStoreApi, useWorkbench } from '../../state/hooks';
import { ActionRow } from '../../ui/ActionRow';
import { JobSlot } from '../../ui/JobSlot';
import { RefreshDialog } from '../sources/RefreshDialog';
import { Modal } from '../../ui/Modal';
import { CancelledNotice, FailedNotice } from '../../ui/Notices';
import { useMessageText } from '../../ui/useMessageText';
import { ColumnsEditor } from './ColumnsEditor';
import { FileSettings } from './FileSettings';
import { LeftOutRows } from './LeftOutRows';
import { PreviewTable } from './PreviewTable';
import { SaveProfileForm } from './SaveProfileForm';
import './import.css';

/** Wait this long after the last change before asking for a new preview (staging is cached, analysis is quick). */
const PREVIEW_DEBOUNCE_MS = 300;

/**
 * The import dialog for one file: what is detected, the choices, the first rows as they will
 * be imported. Every change asks the engine for a new preview; nothing is imported until
 * the user confirms, and then with exactly the options previewed.
 */
export function ImportDialog({ pending }: { pending: PendingImport }) {
  const { t } = useTranslation();
  const api = useApi();
  const store = useStoreApi();
  const sources = useSources();
  const setProjectState = useWorkbench((s) => s.setProjectState);
  const imported = useWorkbench((s) => s.imported);
  const closeImport = useWorkbench((s) => s.closeImport);
  const locale = useLocale();
  const text = useMessageText();
  const { file } = pending;
  const { runner, view: job } = useJob(api);

  const [options, setOptions] = useState<ImportOptions>({});
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  /** The options the preview on screen was made with: confirming waits until it shows the latest. */
  const [previewedKey, setPreviewedKey] = useState<string | null>(null);
  /** What went wrong last; only a failed preview keeps the import button off (there is nothing to import). */
  const [error, setError] = useState<{ message: Message; during: 'preview' | 'import' | 'profile' } | null>(null);
  const [cancelled, setCancelled] = useState<'preview' | 'import' | null>(null);
  const [importing, setImporting] = useState(false);
  const importingRef = useRef(false);
  const [allSheets, setAllSheets] = useState(false);
  const [profiles, setProfiles] = useState<ImportProfile[]>([]);
  const [profileForm, setProfileForm] = useState(false);
  const [profileNote, setProfileNote] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const firstPreview = useRef(true);
  /** The user chose to refresh an existing source with this file instead of importing a copy. */
  const [refreshing, setRefreshing] = useState<string | null>(null);

  const loadProfiles = useCallback(async () => {
    try {
      setProfiles((await api['profile.list']({})).profiles);
    } catch {
      // Without the list the dialog still imports; the applied profile stays shown.
    }
  }, [api]);

  useEffect(() => {
    void loadProfiles();
  }, [loadProfiles]);

  // Every change of the options: a new preview, after a short pause while the user keeps changing.
  const optionsKey = JSON.stringify(options);
  useEffect(() => {
    const delay = firstPreview.current ? 0 : PREVIEW_DEBOUNCE_MS;
    firstPreview.current = false;
    let stale = false;
    const timer = setTimeout(() => {
      // Options cannot change while importing; a retry then waits for the next change.
      if (importingRef.current) return;
      const requested = optionsRef.current;
      void runner
        .run((jobId) => api['import.preview']({ fileId: file.fileId, options: requested, jobId }))
        .then((outcome) => {
          if (stale || outcome.status === 'superseded') return;
          if (outcome.status === 'done') {
            setPreview(outcome.value);
            setPreviewedKey(JSON.stringify(requested));
            setError(null);
            setCancelled(null);
          } else if (outcome.status === 'cancelled') {
            setCancelled('preview');
          } else {
            setError({ message: toUserMessage(outcome.error), during: 'preview' });
          }
        });
    }, delay);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [optionsKey, attempt, api, file.fileId, runner]);

  const change = (next: ImportOptions) => {
    setCancelled(null);
    setError((e) => (e?.during === 'preview' ? e : null));
    setOptions(next);
  };

  const close = () => {
    if (importing) {
      runner.cancel();
      return;
    }
    closeImport();
  };

  /** Imports the file (or each visible sheet) with the options previewed. */
  const confirm = async () => {
    const current = optionsRef.current;
    const inspect = preview?.inspect;
    if (!inspect) return;
    setImporting(true);
    importingRef.current = true;
    setError(null);
    setCancelled(null);
    const sheets = allSheets ? visibleSheets(inspect) : [null];
    const before = new Set(store.getState().project?.sources.map((s) => s.id));
    let state: ProjectState | null = null;
    let stopped: 'cancelled' | Message | null = null;
    for (const sheet of sheets) {
      const request = sheet === null
        ? { fileId: file.fileId, options: current }
        : { fileId: file.fileId, options: sheetOptions(current, sheet, inspect.sheet), name: sheetSourceName(file.name, sheet) };
      const outcome = await runner.run((jobId) => api['source.import']({ ...request, jobId }));
      if (outcome.status === 'done') {
        state = outcome.value;
        continue;
      }
      stopped = outcome.status === 'failed' ? toUserMessage(outcome.error) : 'cancelled';
      break;
    }
    if (stopped !== null && state !== null) {
      // Some sheets were imported before the stop: take them out again, so nothing changed.
      for (const source of state.sources.filter((s) => !before.has(s.id))) {
        state = await api['source.remove']({ sourceId: source.id }).catch(() => state);
      }
      if (state) setProjectState(state);
    }
    setImporting(false);
    importingRef.current = false;
    if (stopped === 'cancelled') {
      setCancelled('import');
      return;
    }
    if (stopped !== null) {
      setError({ message: stopped, during: 'import' });
      return;
    }
    if (state) await imported(state);
    closeImport();
  };

  const saveProfile = async (name: string, kind: ImportProfile['kind']) => {
    const inspect = preview?.inspect;
    if (!inspect) return;
    try {
      const state = await api['profile.save']({ profile: profileDraft(name, kind, optionsRef.current, inspect) });
      setProjectState(state);
      setProfileForm(false);
      setProfileNote(name);
      await loadProfiles();
      const saved = [...state.profiles].reverse().find((p) => p.name === name);
      if (saved) change({ ...optionsRef.current, profileId: saved.id });
    } catch (e) {
      setError({ message: toUserMessage(e), during: 'profile' });
    }
  };

  const existing = preview?.existing ?? null;
  const existingSource = existing ? sources?.find((s) => s.id === existing.sourceId) : undefined;
  if (refreshing !== null && existingSource && existingSource.id === refreshing) {
    return <RefreshDialog source={existingSource} file={file} onClose={() => closeImport()} />;
  }

  const inspect = preview?.inspect ?? null;
  const included = inspect?.columns.filter((c) => c.included).length ?? 0;
  const busy = job !== null;
  const title = t('ui.import.title', { name: file.name });

  const errorBox = error && (
    <FailedNotice testId="import-error" message={error.message}>
      {!inspect && <p className="hint">{t('ui.import.errorNothingImported')}</p>}
    </FailedNotice>
  );

  // Progress, and what stopped it, stay in sight next to the buttons however far the body is scrolled.
  const footer = (
    <>
      <JobSlot job={job} onCancel={() => runner.cancel()}>
        {error && preview ? (
          errorBox
        ) : cancelled ? (
          <CancelledNotice
            testId="import-cancelled"
            text={t(cancelled === 'import' ? 'ui.import.importCancelled' : 'ui.import.previewCancelled')}
            onRetry={cancelled === 'preview' ? () => setAttempt((n) => n + 1) : undefined}
            retryTestId="import-retry"
          />
        ) : null}
      </JobSlot>
      <ActionRow>
        <button
          type="button"
          className="button"
          data-testid="import-save-profile"
          disabled={!inspect || importing || profileForm}
          onClick={() => setProfileForm(true)}
        >
          {t('ui.import.saveProfile')}
        </button>
        <span className="spacer" />
        <button type="button" className="button subtle" data-testid="import-cancel" data-autofocus disabled={importing} onClick={close}>
          {t('ui.import.cancel')}
        </button>
        <button
          type="button"
          className="button primary"
          data-testid="import-confirm"
          disabled={!inspect || error?.during === 'preview' || importing || busy || previewedKey !== optionsKey}
          onClick={() => void confirm()}
        >
          {allSheets && inspect
            ? t('ui.import.confirmSheets', { count: visibleSheets(inspect).length })
            : existingSource
              ? t('ui.import.confirmAnyway')
              : t('ui.import.confirm')}
        </button>
      </ActionRow>
    </>
  );

  return (
    <Modal title={title} testId="import-dialog" onClose={close} large footer={footer}>
      <p className="import-file">
        <strong data-testid="import-file-name">{file.name}</strong>
        {pending.total > 1 && (
          <span className="muted" data-testid="import-queue-position">
            {' '}
            {t('ui.import.position', { index: pending.index, total: pending.total })}
          </span>
        )}
      </p>
      {error && !preview && errorBox}
      {existing && existingSource && !importing && (
        <div className="notice-box" role="status" data-testid="import-existing" data-same-content={existing.sameContent}>
          {t(existing.sameContent ? 'ui.import.existingSame' : 'ui.import.existingName', { name: existingSource.name })}{' '}
          <button type="button" className="button" data-testid="import-refresh-instead" onClick={() => setRefreshing(existingSource.id)}>
            {t('ui.import.refreshInstead', { name: existingSource.name })}
          </button>
        </div>
      )}
      {profileNote && (
        <p className="notice" role="status" data-testid="import-profile-saved">
          {t('ui.import.profileSaved', { name: profileNote })}
        </p>
      )}
      {!preview && !error && !cancelled && <p className="muted">{t('ui.import.loading')}</p>}
      {preview && inspect && (
        <fieldset className="import-body" disabled={importing} aria-busy={busy}>
          <legend className="visually-hidden">{title}</legend>
          {profileForm && (
            <SaveProfileForm
              defaultName={inspect.profile?.name ?? file.name.replace(/\.[^.]+$/, '')}
              defaultKind="other"
              signature={signatureOf(inspect)}
              onSave={(name, kind) => void saveProfile(name, kind)}
              onCancel={() => setProfileForm(false)}
            />
          )}
          <FileSettings
            preview={preview}
            options={options}
            profiles={profiles}
            allSheets={allSheets}
            onAllSheets={setAllSheets}
            onChange={change}
          />
          <section>
            <h3>{t('ui.import.previewTitle')}</h3>
            <p className="hint" data-testid="import-summary" data-rows={inspect.rowCount} data-columns={included}>
              {t('ui.import.summary', {
                rows: formatCount(inspect.rowCount, locale),
                columns: formatCount(included, locale),
                count: inspect.rowCount,
              })}
            </p>
            <PreviewTable preview={preview} />
          </section>
          {inspect.warnings.length > 0 && (
            <section>
              <h3>{t('ui.import.warningsTitle')}</h3>
              <ul className="compact-list" data-testid="import-preview-warnings">
                {inspect.warnings.map((w, i) => (
                  <li key={i} data-testid="import-preview-warning" data-code={w.code}>
                    {text(w)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section>
            <h3>{t('ui.import.columnsTitle')}</h3>
            <ColumnsEditor inspect={inspect} options={options} onChange={change} />
          </section>
          <LeftOutRows rows={inspect.leftOut} />
        </fieldset>
      )}
    </Modal>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileRef, ImportPreview, SourceDiff } from '../../../../shared/api/contract';
import type { Message } from '../../../../shared/model/message';
import type { SourceInfo } from '../../../../shared/model/source';
import { formatCount } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import { useJob } from '../../jobs/useJob';
import { toUserMessage } from '../../state/errors';
import { useApi, useWorkbench } from '../../state/hooks';
import { PreviewTable } from '../import/PreviewTable';
import { ActionRow } from '../../ui/ActionRow';
import { JobSlot } from '../../ui/JobSlot';
import { Modal } from '../../ui/Modal';
import { CancelledNotice, FailedNotice } from '../../ui/Notices';
import { useMessageText } from '../../ui/useMessageText';
import './sources.css';

/**
 * Re-import a source from a new version of its file: first what would change (rows added and
 * removed, columns added and missing, type changes) and the new rows; replaced only on confirm.
 */
export function RefreshDialog({ source, file, onClose }: { source: SourceInfo; file: FileRef; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const setProjectState = useWorkbench((s) => s.setProjectState);
  const notify = useWorkbench((s) => s.notify);
  const locale = useLocale();
  const text = useMessageText();
  const { runner, view: job } = useJob(api);
  const [result, setResult] = useState<{ preview: ImportPreview; diff: SourceDiff } | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [applying, setApplying] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stale = false;
    setCancelled(false);
    void runner
      .run((jobId) => api['source.refreshPreview']({ sourceId: source.id, fileId: file.fileId, jobId }))
      .then((outcome) => {
        if (stale || outcome.status === 'superseded') return;
        if (outcome.status === 'done') setResult(outcome.value);
        else if (outcome.status === 'cancelled') setCancelled(true);
        else setError(toUserMessage(outcome.error));
      });
    return () => {
      stale = true;
    };
  }, [api, runner, source.id, file.fileId, attempt]);

  const confirm = async () => {
    setApplying(true);
    setError(null);
    setCancelled(false);
    // What no longer fits was shown: replacing anyway leaves those steps to say why.
    const acceptMisfits = (result?.diff.noLongerFits.length ?? 0) > 0;
    const outcome = await runner.run((jobId) =>
      api['source.refresh']({ sourceId: source.id, fileId: file.fileId, jobId, ...(acceptMisfits ? { acceptMisfits } : {}) }),
    );
    setApplying(false);
    if (outcome.status === 'done') {
      setProjectState(outcome.value);
      notify({ code: 'ui.refresh.done', params: { name: source.name } });
      onClose();
    } else if (outcome.status === 'cancelled') {
      setCancelled(true);
    } else if (outcome.status === 'failed') {
      setError(toUserMessage(outcome.error));
    }
  };

  const close = () => (applying ? runner.cancel() : onClose());
  const count = (n: number) => formatCount(n, locale);
  const diff = result?.diff ?? null;

  const footer = (
    <>
      <JobSlot job={job} onCancel={() => runner.cancel()}>
        {error ? (
          <FailedNotice testId="refresh-error" message={error}>
            {' '}
            {t('ui.refresh.unchanged')}
          </FailedNotice>
        ) : cancelled ? (
          <CancelledNotice
            testId="refresh-cancelled"
            text={t('ui.refresh.cancelled')}
            onRetry={!result ? () => setAttempt((n) => n + 1) : undefined}
          />
        ) : null}
      </JobSlot>
      <ActionRow>
        <button type="button" className="button subtle" data-testid="refresh-cancel" data-autofocus disabled={applying} onClick={close}>
          {t('ui.refresh.cancel')}
        </button>
        <button
          type="button"
          className="button primary"
          data-testid="refresh-confirm"
          disabled={!result || applying || job !== null}
          onClick={() => void confirm()}
        >
          {t(diff && diff.noLongerFits.length > 0 ? 'ui.refresh.confirmAnyway' : 'ui.refresh.confirm')}
        </button>
      </ActionRow>
    </>
  );

  return (
    <Modal title={t('ui.refresh.title', { name: source.name })} testId="refresh-dialog" onClose={close} large footer={footer}>
      <p className="muted">{t('ui.refresh.intro', { file: file.name, old: source.fileName })}</p>
      {!result && !error && !cancelled && <p className="muted">{t('ui.import.loading')}</p>}
      {diff && result && (
        <>
          <section
            className="refresh-diff"
            data-testid="refresh-diff"
            data-rows-before={diff.rowsBefore}
            data-rows-after={diff.rowsAfter}
            data-rows-added={diff.rowsAdded}
            data-rows-removed={diff.rowsRemoved}
          >
            <h3>{t('ui.refresh.diffTitle')}</h3>
            <ul className="compact-list">
              <li data-testid="refresh-rows">
                {t('ui.refresh.rows', { before: count(diff.rowsBefore), after: count(diff.rowsAfter) })}
              </li>
              <li data-testid="refresh-rows-added">{t('ui.refresh.rowsAdded', { count: diff.rowsAdded, n: count(diff.rowsAdded) })}</li>
              <li data-testid="refresh-rows-removed">
                {t('ui.refresh.rowsRemoved', { count: diff.rowsRemoved, n: count(diff.rowsRemoved) })}
              </li>
              {diff.columnsAdded.length > 0 && (
                <li data-testid="refresh-columns-added">{t('ui.refresh.columnsAdded', { columns: diff.columnsAdded.join(', ') })}</li>
              )}
              {diff.columnsMissing.length > 0 && (
                <li data-testid="refresh-columns-missing" className="caution">
                  {t('ui.refresh.columnsMissing', { columns: diff.columnsMissing.join(', ') })}
                </li>
              )}
              {diff.typeChanges.map((c) => (
                <li key={c.column} data-testid="refresh-type-change" data-column={c.column}>
                  {t('ui.refresh.typeChange', { column: c.column, from: t(`ui.types.${c.from}`), to: t(`ui.types.${c.to}`) })}
                </li>
              ))}
              {diff.renamed && diff.renamed.length > 0 && (
                <li data-testid="refresh-columns-renamed">
                  {t('ui.refresh.columnsRenamed', { columns: diff.renamed.map((r) => `${r.from} → ${r.to}`).join(', ') })}
                </li>
              )}
              {diff.columnsAdded.length === 0 && diff.columnsMissing.length === 0 && diff.typeChanges.length === 0 && (
                <li>{t('ui.refresh.sameColumns')}</li>
              )}
            </ul>
          </section>
          {diff.noLongerFits.length > 0 && (
            <section className="refresh-misfits" data-testid="refresh-misfits">
              <h3>{t('ui.refresh.misfitsTitle')}</h3>
              <ul className="compact-list">
                {diff.noLongerFits.map((m, i) => (
                  <li key={i} className="caution" data-testid="refresh-misfit" data-view={m.view ?? undefined} data-step={m.step ?? undefined}>
                    {m.view === null
                      ? t('ui.refresh.misfitRecipe', { step: m.step })
                      : m.step === null
                        ? t('ui.refresh.misfitChart', { view: m.view })
                        : t('ui.refresh.misfitView', { view: m.view, step: m.step })}{' '}
                    {text(m.error)}
                  </li>
                ))}
              </ul>
              <p className="muted">{t('ui.refresh.misfitsHint')}</p>
            </section>
          )}
          {result.preview.inspect.warnings.length > 0 && (
            <section className="refresh-warnings">
              <h3>{t('ui.import.warningsTitle')}</h3>
              <ul className="compact-list" data-testid="refresh-warnings">
                {result.preview.inspect.warnings.map((w, i) => (
                  <li key={i}>{text(w)}</li>
                ))}
              </ul>
            </section>
          )}
          <section>
            <h3>{t('ui.import.previewTitle')}</h3>
            <PreviewTable preview={result.preview} testId="refresh-preview-table" />
          </section>
        </>
      )}
    </Modal>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../shared/api/contract/export';
import type { Message } from '../../../../shared/model/message';
import { isPupilLevel } from '../../../../shared/model/recipe';
import { formatCount } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import { useJob } from '../../jobs/useJob';
import { toUserMessage } from '../../state/errors';
import { useApi, useProject, useShell, useWorkbench } from '../../state/hooks';
import { ActionRow } from '../../ui/ActionRow';
import { JobSlot } from '../../ui/JobSlot';
import { Modal } from '../../ui/Modal';
import { CancelledNotice, FailedNotice } from '../../ui/Notices';
import { identifyingColumns, PupilCodeFields } from './PupilCodeFields';
import { useProjectK } from '../present/useProjectK';
import './export.css';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'csv-flemish', label: 'ui.export.csvFlemish' },
  { format: 'csv-international', label: 'ui.export.csvInternational' },
  { format: 'xlsx', label: 'ui.export.xlsx' },
];

/**
 * Exports the result table as the steps make it now: CSV (Flemish Excel or international) or an
 * Excel workbook. A table with a row per pupil needs the privacy warning confirmed first, which
 * names what leaves (the rows and every column). A grouped table leaves with its groups under the
 * project's k suppressed (export/table-privacy.ts in the engine) unless the user unticks that.
 */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const shell = useShell();
  const project = useProject();
  const notify = useWorkbench((s) => s.notify);
  const locale = useLocale();
  const { runner, view: job } = useJob(api);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<Message | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [busy, setBusy] = useState(false);
  const recipe = project?.recipe ?? null;
  const result = project?.result ?? null;
  const pupilLevel = result ? isPupilLevel(recipe, result.columns) : true;
  const projectK = useProjectK();
  const k = projectK.k ?? 5;
  const [suppress, setSuppress] = useState(true);
  // A table per pupil leaves under pupil codes unless the user chooses otherwise.
  const [codes, setCodes] = useState(true);
  const [idColumns, setIdColumns] = useState<string[]>(() => identifyingColumns(result?.columns ?? []));
  const coded = pupilLevel && codes;
  const kept = result ? result.columns.filter((c) => !coded || !idColumns.includes(c.name)).map((c) => c.name) : [];

  const start = async () => {
    if (!project || !result) return;
    setError(null);
    setCancelled(false);
    setBusy(true);
    try {
      const kind = format === 'xlsx' ? 'xlsx' : 'csv';
      const suggestedName = `${project.name || 'Resultaat'}.${kind}`;
      const target = (await api['dialog.saveFile']({ suggestedName, kind })).file;
      if (!target && shell.kind === 'electron') return; // the user cancelled the save dialog
      // No target in the browser: the engine writes a new file, which is downloaded.
      const outcome = await runner.run((jobId) => api['export.table']({ recipe, format, fileId: target?.fileId ?? null, jobId, locale, ...(pupilLevel ? (coded ? { pseudonymise: idColumns } : {}) : { suppressBelow: suppress ? k : null }) }));
      if (outcome.status === 'done') {
        const { file, rows, cutCells, suppressed } = outcome.value;
        if (!target) await shell.deliver({ ...file, name: suggestedName });
        // Cut cells matter more than the confirmation, then groups left empty: say that one when there are any.
        notify(
          cutCells > 0
            ? { code: 'ui.export.cut', params: { count: cutCells } }
            : suppressed > 0
              ? { code: 'ui.export.suppressedDone', params: { count: suppressed, k } }
              : { code: 'ui.export.done', params: { name: target ? file.name : suggestedName, count: rows, formatted: formatCount(rows, locale) } },
        );
        onClose();
      } else if (outcome.status === 'cancelled') {
        setCancelled(true);
      } else if (outcome.status === 'failed') {
        setError(toUserMessage(outcome.error));
      }
    } catch (e) {
      setError(toUserMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const footer = (
    <>
      <JobSlot job={job} onCancel={() => runner.cancel()}>
        {error ? <FailedNotice testId="export-error" message={error} /> : cancelled ? <CancelledNotice testId="export-cancelled" text={t('ui.export.cancel')} /> : null}
      </JobSlot>
      <ActionRow>
        <button type="button" className="button subtle" data-testid="export-cancel" onClick={() => (busy ? runner.cancel() : onClose())}>
          {t('ui.export.cancel')}
        </button>
        <button
          type="button"
          className="button primary"
          data-testid="export-start"
          disabled={!result || busy || (pupilLevel && !understood) || (coded && idColumns.length === 0)}
          onClick={() => void start()}
        >
          {t('ui.export.start')}
        </button>
      </ActionRow>
    </>
  );

  return (
    <Modal title={t('ui.export.title')} testId="export-dialog" onClose={() => (busy ? runner.cancel() : onClose())} footer={footer}>
      {result && (
        <p className="muted">
          {t('ui.export.intro', { count: result.rowCount, formatted: formatCount(result.rowCount, locale), columns: result.columns.length })}
        </p>
      )}
      <fieldset className="export-formats">
        <legend>{t('ui.export.format')}</legend>
        {FORMATS.map((f) => (
          <label key={f.format} className="radio-line">
            <input
              type="radio"
              name="export-format"
              value={f.format}
              data-testid={`export-format-${f.format}`}
              checked={format === f.format}
              data-autofocus={format === f.format ? true : undefined}
              onChange={() => setFormat(f.format)}
            />{' '}
            {t(f.label)}
          </label>
        ))}
      </fieldset>
      {pupilLevel && (
        <div className="export-privacy" role="note" data-testid="export-pupil-warning">
          <strong>{t('ui.export.pupilLevelTitle')}</strong>
          <p>{t('ui.export.pupilLevel')}</p>
          {result && (
            <p data-testid="export-pupil-what">
              {t('ui.export.pupilLevelWhat', {
                count: result.rowCount,
                formatted: formatCount(result.rowCount, locale),
                columns: (coded ? [t('ui.export.pupilCodeColumn'), ...kept] : kept).join(', '),
              })}
            </p>
          )}
          {result && <PupilCodeFields columns={result.columns} on={codes} chosen={idColumns} onToggle={setCodes} onChoose={setIdColumns} />}
          <label className="checkbox-line">
            <input type="checkbox" data-testid="export-understood" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />{' '}
            {t('ui.export.pupilLevelConfirm')}
          </label>
        </div>
      )}
      {!pupilLevel && result && (
        <fieldset className="export-formats export-grouped" data-testid="export-grouped">
          <legend>{t('ui.export.groupedTitle')}</legend>
          <label className="checkbox-line">
            <input type="checkbox" data-testid="export-suppress" checked={suppress} onChange={(e) => setSuppress(e.target.checked)} />{' '}
            {t('ui.export.suppress', { k })}
          </label>
          {!suppress && (
            <p className="warning" role="status" data-testid="export-suppress-off">
              {t('ui.export.suppressOff')}
            </p>
          )}
        </fieldset>
      )}
    </Modal>
  );
}

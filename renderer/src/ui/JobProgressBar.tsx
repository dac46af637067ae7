import { useTranslation } from 'react-i18next';
import type { JobView } from '../jobs/jobRunner';
import './ui.css';

/** What a running job is doing, in words (`jobs.phase.*`), without its percentage. */
export function useJobPhase(job: JobView | null): string {
  const { t, i18n } = useTranslation();
  if (!job) return '';
  const phaseKey = `jobs.phase.${job.phase}`;
  return job.cancelling ? t('ui.jobs.cancelling') : job.phase !== '' && i18n.exists(phaseKey) ? t(phaseKey) : t('ui.jobs.working');
}

/**
 * The progress of a running job, with a cancel button. Determinate when the engine knows the
 * size of the work; the phase is said in words. Not a live region itself (the percentage would be
 * read out at every step): JobSlot announces the phase as it changes.
 */
export function JobProgressBar({ job, onCancel }: { job: JobView; onCancel(): void }) {
  const { t } = useTranslation();
  const phase = useJobPhase(job);
  const percent = job.fraction === null ? null : Math.round(job.fraction * 100);
  return (
    <div className="job-progress" data-testid="job-progress" data-phase={job.phase}>
      <span className="job-phase" data-testid="job-phase">
        {phase}
        {percent !== null && ` (${percent}%)`}
      </span>
      {/* A <progress> without value is indeterminate. */}
      {percent === null ? (
        <progress aria-label={phase} />
      ) : (
        <progress aria-label={phase} max={100} value={percent} />
      )}
      <button
        type="button"
        className="button small"
        data-testid="job-cancel"
        disabled={job.cancelling}
        onClick={onCancel}
      >
        {t('ui.jobs.cancel')}
      </button>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { JobView } from '../jobs/jobRunner';
import './ui.css';

/**
 * The progress of a running job, with a cancel button. Determinate when the engine knows the
 * size of the work; the phase is said in words (`jobs.phase.*`).
 */
export function JobProgressBar({ job, onCancel }: { job: JobView; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const phaseKey = `jobs.phase.${job.phase}`;
  const phase = job.cancelling
    ? t('ui.jobs.cancelling')
    : job.phase !== '' && i18n.exists(phaseKey)
      ? t(phaseKey)
      : t('ui.jobs.working');
  const percent = job.fraction === null ? null : Math.round(job.fraction * 100);
  return (
    <div className="job-progress" role="status" data-testid="job-progress" data-phase={job.phase}>
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

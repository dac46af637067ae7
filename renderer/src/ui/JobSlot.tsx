import type { ReactNode } from 'react';
import type { JobView } from '../jobs/jobRunner';
import { JobProgressBar, useJobPhase } from './JobProgressBar';
import { LiveRegion } from './LiveRegion';

/**
 * Reserved room under a dialog's body: the running job's progress, else what stopped the last
 * one (`children`: a cancelled or failed notice, each its own live region), so the buttons do not
 * jump. The job's phase is announced as it starts and changes (the region stays in the page).
 */
export function JobSlot({ job, onCancel, children }: { job: JobView | null; onCancel(): void; children?: ReactNode }) {
  const phase = useJobPhase(job);
  return (
    <div className="job-slot">
      <LiveRegion text={phase} testId="job-announcement" />
      {job ? <JobProgressBar job={job} onCancel={onCancel} /> : children}
    </div>
  );
}

import type { ReactNode } from 'react';
import type { JobView } from '../jobs/jobRunner';
import { JobProgressBar } from './JobProgressBar';

/**
 * Reserved room under a dialog's body: the running job's progress, else what stopped the last
 * one (`children`: a cancelled or failed notice), so the buttons do not jump.
 */
export function JobSlot({ job, onCancel, children }: { job: JobView | null; onCancel(): void; children?: ReactNode }) {
  return <div className="job-slot">{job ? <JobProgressBar job={job} onCancel={onCancel} /> : children}</div>;
}

import { useEffect, useMemo, useState } from 'react';
import type { WerkbankApi } from '../../../shared/api/contract';
import { type JobView, JobRunner } from './jobRunner';

/** A job runner owned by one component: its progress as state, cancelled when the component goes. */
export function useJob(api: WerkbankApi): { runner: JobRunner; view: JobView | null } {
  const [view, setView] = useState<JobView | null>(null);
  const runner = useMemo(() => new JobRunner(api, setView), [api]);
  useEffect(() => () => runner.dispose(), [runner]);
  return { runner, view };
}

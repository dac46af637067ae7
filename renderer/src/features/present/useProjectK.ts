import { useCallback, useEffect, useState } from 'react';
import { useApi, useWorkbench } from '../../state/hooks';

/**
 * The project's k (the smallest group that may leave the app, a project setting saved with it):
 * read from the engine when the project changes, and set there. Null until it has been read.
 */
export function useProjectK(): { k: number | null; setK(k: number): Promise<void> } {
  const api = useApi();
  const setProjectState = useWorkbench((s) => s.setProjectState);
  const projectName = useWorkbench((s) => s.project?.name ?? null);
  const [k, setLocal] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void api['privacy.settings']({}).then(
      (settings) => live && setLocal(settings.k),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, projectName]);
  const setK = useCallback(
    async (next: number) => {
      setLocal(next);
      const answer = await api['privacy.setK']({ k: next });
      setLocal(answer.k);
      setProjectState(answer.state);
    },
    [api, setProjectState],
  );
  return { k, setK };
}

import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../../../shared/i18n/index';
import type { Connection } from '../api/shell';
import { changeLocale } from '../i18n/setup';
import { useShortcuts } from '../keyboard/useShortcuts';
import { useWorkbench } from '../state/useWorkbench';
import { WorkbenchContext } from '../state/WorkbenchContext';
import { AboutDialog } from './AboutDialog';
import { ErrorBanner } from './ErrorBanner';
import { Welcome } from './Welcome';
import { WorkbenchLayout } from './WorkbenchLayout';

export function App({ connection }: { connection: Connection }) {
  const { api, shell, demo } = connection;
  const [aboutOpen, setAboutOpen] = useState(false);
  const [booted, setBooted] = useState(false);
  const onLanguage = useCallback((locale: Locale) => changeLocale(locale), []);
  const onAbout = useCallback(() => setAboutOpen(true), []);
  const wb = useWorkbench(api, shell, { onLanguage, onAbout });
  const { openDemo, run } = wb;

  // Start: the demo when asked for, else whatever project the engine already holds (a reload).
  useEffect(() => {
    let cancelled = false;
    const start = async () => {
      if (demo) {
        await openDemo();
      } else {
        const state = await run(() => api['project.get']({}));
        const started = state && (state.sources.length > 0 || state.views.length > 0 || state.fileName !== null);
        if (started && !cancelled) wb.adopt(state);
      }
      if (!cancelled) setBooted(true);
    };
    void start();
    return () => {
      cancelled = true;
    };
    // Runs once per connection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, demo]);

  useShortcuts(shell.kind === 'browser', wb.command);

  return (
    <WorkbenchContext.Provider value={wb}>
      <ErrorBanner />
      {!booted ? null : wb.project ? <WorkbenchLayout /> : <Welcome />}
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
    </WorkbenchContext.Provider>
  );
}

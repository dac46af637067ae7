import { useEffect, useState } from 'react';
import type { Connection } from '../api/shell';
// The shell's layout first: the features' rules come after it, as they always have.
import './app.css';
import { StoreContext, useWorkbench } from '../state/hooks';
import { createWorkbenchStore } from '../state/store';
import { AboutDialog } from './AboutDialog';
import { DiscardDialog } from './DiscardDialog';
import { ErrorBanner } from './ErrorBanner';
import { PassphraseDialog } from '../features/project-security/PassphraseDialog';
import { RecoveryDialog } from '../features/journal/RecoveryDialog';
import { WipeDialog } from '../features/journal/WipeDialog';
import { RemoveSourceDialog } from '../features/sources/RemoveSourceDialog';
import { isPresenterWindow } from '../features/present/channel';
import { useShellEvents } from './useShellEvents';
import { useUnsavedGuard } from './useUnsavedGuard';
import { useWindowDrop } from './useWindowDrop';
import { Welcome } from './Welcome';
import { WorkbenchLayout } from './WorkbenchLayout';

export function App({ connection }: { connection: Connection }) {
  // One store per connection; the connection does not change while the page lives.
  const [store] = useState(() => createWorkbenchStore(connection.api, connection.shell));
  return (
    <StoreContext.Provider value={store}>
      <Screen demo={connection.demo} />
    </StoreContext.Provider>
  );
}

/** The error banner, then the welcome screen or the workbench, the about box and the question before unsaved work goes. */
function Screen({ demo }: { demo: boolean }) {
  const [booted, setBooted] = useState(false);
  const api = useWorkbench((s) => s.api);
  const openDemo = useWorkbench((s) => s.openDemo);
  const run = useWorkbench((s) => s.run);
  const adopt = useWorkbench((s) => s.adopt);
  const loadRecovery = useWorkbench((s) => s.loadRecovery);
  const hasProject = useWorkbench((s) => s.project !== null);
  const aboutOpen = useWorkbench((s) => s.aboutOpen);
  const closeAbout = useWorkbench((s) => s.closeAbout);

  // Menu and shell events first, as before the first project arrives.
  useShellEvents();
  useUnsavedGuard();
  useWindowDrop();

  // Start: the demo when asked for, else whatever project the engine already holds (a reload).
  useEffect(() => {
    let cancelled = false;
    const start = async () => {
      if (demo) {
        await openDemo();
      } else {
        const state = await run(() => api['project.get']({}));
        const started = state && (state.sources.length > 0 || state.views.length > 0 || state.fileName !== null);
        if (started && !cancelled) adopt(state);
      }
      if (!cancelled) setBooted(true);
      // Work a run left unsaved (a crash, kill -9, a flat battery) is offered once the screen is up.
      if (!cancelled && !isPresenterWindow()) await loadRecovery();
    };
    void start();
    return () => {
      cancelled = true;
    };
  }, [api, demo, openDemo, run, adopt, loadRecovery]);

  return (
    <>
      <ErrorBanner />
      {!booted ? null : hasProject ? <WorkbenchLayout /> : <Welcome />}
      {aboutOpen && <AboutDialog onClose={closeAbout} />}
      <DiscardDialog />
      <PassphraseDialog />
      <RecoveryDialog />
      <WipeDialog />
      <RemoveSourceDialog />
    </>
  );
}

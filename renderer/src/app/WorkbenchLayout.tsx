import { useEffect, useRef, useState } from 'react';
import { useBusy, usePendingImport, useWorkbench } from '../state/hooks';
import { AnalysisTabs } from '../features/gain/AnalysisTabs';
import { ImportDialog } from '../features/import/ImportDialog';
import { ResultSection } from '../features/grid/ResultSection';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { isPresenterWindow } from '../features/present/channel';
import { PresenterWindow } from '../features/present/PresenterWindow';
import { StoriesWorkspace } from '../features/story/StoriesWorkspace';
import { OpenElsewhereNotice } from '../features/journal/AutosaveStatus';
import { Toolbar } from './Toolbar';
import { areaTarget } from './keyboard/areas';
import { focusSoon, installFocusGuard } from './keyboard/focus';
import { SkipLinks } from './keyboard/SkipLinks';

/**
 * Toolbar on top, sources and views on the left, the result table and, under it, the chart and
 * learning-gain tabs; or the stories screen in their place. A window opened as a presentation's
 * presenter view (`?presenter=1`) shows only that.
 */
export function WorkbenchLayout() {
  const pendingImport = usePendingImport();
  const storiesOpen = useWorkbench((s) => s.storiesOpen);
  const [presenter] = useState(() => isPresenterWindow());
  useFocusAfterOpening(presenter);
  if (presenter) return <PresenterWindow />;
  return (
    <div className="workbench" data-testid="workbench">
      <SkipLinks />
      <Toolbar />
      <OpenElsewhereNotice />
      {storiesOpen ? (
        <StoriesWorkspace />
      ) : (
        <div className="workbench-body">
          <SourcesPanel />
          <main className="workbench-main">
            <ResultSection />
            <AnalysisTabs />
          </main>
        </div>
      )}
      {/* One dialog per file, in turn: keyed by the file so each starts fresh. */}
      {pendingImport && <ImportDialog key={`${pendingImport.index}-${pendingImport.file.fileId}`} pending={pendingImport} />}
    </div>
  );
}

/**
 * A project was started, opened or recovered: once the engine is done, the focus goes where the
 * work begins — the import button of an empty project, else the analysis shown (the demo's
 * learning gain), else the sources — and never stays on the page's body.
 */
function useFocusAfterOpening(presenter: boolean): void {
  const opened = useWorkbench((s) => s.opened);
  const busy = useBusy();
  const handled = useRef(0);
  // The focus stays on the page when what held it goes away (focus.ts).
  useEffect(() => installFocusGuard(), []);
  useEffect(() => {
    if (presenter || busy || handled.current === opened) return;
    handled.current = opened;
    focusSoon(() => {
      const empty = document.querySelector('[data-testid="sources-panel"] .source-list') === null;
      if (empty) return document.querySelector('[data-testid="import-button"]');
      return areaTarget('analysis') ?? areaTarget('sources');
    });
  }, [opened, busy, presenter]);
}

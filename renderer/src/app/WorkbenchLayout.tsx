import { useState } from 'react';
import { usePendingImport, useWorkbench } from '../state/hooks';
import { AnalysisTabs } from '../features/gain/AnalysisTabs';
import { ImportDialog } from '../features/import/ImportDialog';
import { ResultSection } from '../features/grid/ResultSection';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { isPresenterWindow } from '../features/present/channel';
import { PresenterWindow } from '../features/present/PresenterWindow';
import { StoriesWorkspace } from '../features/story/StoriesWorkspace';
import { OpenElsewhereNotice } from '../features/journal/AutosaveStatus';
import { Toolbar } from './Toolbar';

/**
 * Toolbar on top, sources and views on the left, the result table and, under it, the chart and
 * learning-gain tabs; or the stories screen in their place. A window opened as a presentation's
 * presenter view (`?presenter=1`) shows only that.
 */
export function WorkbenchLayout() {
  const pendingImport = usePendingImport();
  const storiesOpen = useWorkbench((s) => s.storiesOpen);
  const [presenter] = useState(() => isPresenterWindow());
  if (presenter) return <PresenterWindow />;
  return (
    <div className="workbench" data-testid="workbench">
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

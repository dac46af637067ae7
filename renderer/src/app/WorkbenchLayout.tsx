import { usePendingImport } from '../state/hooks';
import { AnalysisTabs } from '../features/gain/AnalysisTabs';
import { ImportDialog } from '../features/import/ImportDialog';
import { ResultSection } from '../features/grid/ResultSection';
import { SourcesPanel } from '../features/sources/SourcesPanel';
import { Toolbar } from './Toolbar';

/** Toolbar on top, sources and views on the left, the result table and, under it, the chart and learning-gain tabs. */
export function WorkbenchLayout() {
  const pendingImport = usePendingImport();
  return (
    <div className="workbench" data-testid="workbench">
      <Toolbar />
      <div className="workbench-body">
        <SourcesPanel />
        <main className="workbench-main">
          <ResultSection />
          <AnalysisTabs />
        </main>
      </div>
      {/* One dialog per file, in turn: keyed by the file so each starts fresh. */}
      {pendingImport && <ImportDialog key={`${pendingImport.index}-${pendingImport.file.fileId}`} pending={pendingImport} />}
    </div>
  );
}

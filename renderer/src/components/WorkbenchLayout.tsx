import { useWb } from '../state/WorkbenchContext';
import { ChartPanel } from './ChartPanel';
import { ImportDialog } from './import/ImportDialog';
import { ResultSection } from './ResultSection';
import { SourcesPanel } from './SourcesPanel';
import { Toolbar } from './Toolbar';

/** Toolbar on top, sources and views on the left, the result table and its chart in the centre. */
export function WorkbenchLayout() {
  const { pendingImport } = useWb();
  return (
    <div className="workbench" data-testid="workbench">
      <Toolbar />
      <div className="workbench-body">
        <SourcesPanel />
        <main className="workbench-main">
          <ResultSection />
          <ChartPanel />
        </main>
      </div>
      {/* One dialog per file, in turn: keyed by the file so each starts fresh. */}
      {pendingImport && <ImportDialog key={`${pendingImport.index}-${pendingImport.file.fileId}`} pending={pendingImport} />}
    </div>
  );
}

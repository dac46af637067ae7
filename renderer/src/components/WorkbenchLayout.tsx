import { ChartPanel } from './ChartPanel';
import { ResultSection } from './ResultSection';
import { SourcesPanel } from './SourcesPanel';
import { Toolbar } from './Toolbar';

/** Toolbar on top, sources and views on the left, the result table and its chart in the centre. */
export function WorkbenchLayout() {
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
    </div>
  );
}

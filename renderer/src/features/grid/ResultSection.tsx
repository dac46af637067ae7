import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject, useWorkbench } from '../../state/hooks';
import { ExportDialog } from '../export/ExportDialog';
import { FilterBar } from '../recipe/filter/FilterBar';
import { DeriveDialog } from '../recipe/derive/DeriveDialog';
import { JoinDialog } from '../recipe/join/JoinDialog';
import { MatchDialog } from '../recipe/match/MatchDialog';
import { RecipeSteps } from '../recipe/RecipeSteps';
import { AddStepMenu } from '../recipe/steps/AddStepMenu';
import { ShownStepBar } from '../recipe/steps/ShownStepBar';
import { useShownTable } from '../recipe/steps/useShownTable';
import { ResultGrid } from './ResultGrid';
import { RowCount } from './RowCount';
import { ViewDialog } from '../views/ViewDialog';
import { topModal } from '../../ui/modal-stack';
import './grid.css';

/**
 * The result of the recipe: its steps beside the table, filters, row count and the table itself,
 * or the table after the step chosen in the steps panel.
 */
export function ResultSection() {
  const { t } = useTranslation();
  const project = useProject();
  const hasChart = useWorkbench((s) => (s.summary?.chart ?? s.chartSpec) !== null);
  const headingId = useId();
  const [joinOpen, setJoinOpen] = useState(false);
  const [matchOpen, setMatchOpen] = useState(false);
  const [deriveOpen, setDeriveOpen] = useState(false);
  const [viewOpen, setViewOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const recipe = project?.recipe ?? null;
  const result = project?.result ?? null;
  const shown = useShownTable();
  const canSaveView = recipe !== null && hasChart;
  useViewSaveRequests(canSaveView, () => setViewOpen(true));

  return (
    <section className="result-section" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{t('ui.table.title')}</h2>
        {shown && <RowCount count={shown.rowCount} />}
        <div className="section-actions">
          <button
            type="button"
            className="button"
            data-testid="join-open"
            disabled={!recipe || !result}
            onClick={() => setJoinOpen(true)}
          >
            {t('ui.join.open')}
          </button>
          <AddStepMenu disabled={!recipe || !result} />
          <button type="button" className="button" data-testid="match-open" disabled={!recipe || !result} onClick={() => setMatchOpen(true)}>
            {t('ui.match.open')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="derive-open"
            disabled={!recipe || !result}
            onClick={() => setDeriveOpen(true)}
          >
            {t('ui.derive.open')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="export-open"
            disabled={!recipe || !result}
            onClick={() => setExportOpen(true)}
          >
            {t('ui.export.open')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="view-save"
            aria-keyshortcuts="Control+D"
            disabled={!canSaveView}
            onClick={() => setViewOpen(true)}
          >
            {t('ui.views.save')}
          </button>
        </div>
      </div>
      {shown && (
        <div className="result-body">
          <RecipeSteps />
          <div className="result-table">
            <ShownStepBar index={shown.index} />
            <FilterBar />
            {/* A table of another step is no change to mark: a grid of its own, without "added" columns. */}
            <ResultGrid key={shown.index === null ? 'result' : `step-${shown.index}`} recipe={shown.recipe} columns={shown.columns} filterable={shown.index === null} />
          </div>
        </div>
      )}
      {!recipe && (
        <p className="placeholder">{t(project && project.sources.length > 0 ? 'ui.table.noRecipe' : 'ui.table.noSources')}</p>
      )}
      {joinOpen && <JoinDialog onClose={() => setJoinOpen(false)} />}
      {matchOpen && <MatchDialog onClose={() => setMatchOpen(false)} />}
      {deriveOpen && <DeriveDialog onClose={() => setDeriveOpen(false)} />}
      {viewOpen && <ViewDialog onClose={() => setViewOpen(false)} />}
      {exportOpen && <ExportDialog onClose={() => setExportOpen(false)} />}
    </section>
  );
}

/**
 * "Weergave bewaren…" from the menu or Ctrl+D: opens the view dialog as the button does, or says
 * why there is nothing to save; ignored while another dialog is open.
 */
function useViewSaveRequests(canSave: boolean, open: () => void): void {
  const requests = useWorkbench((s) => s.viewSaveRequests);
  const notify = useWorkbench((s) => s.notify);
  const seen = useRef(requests);
  useEffect(() => {
    if (requests === seen.current) return;
    seen.current = requests;
    if (topModal() !== null) return;
    if (canSave) open();
    else notify({ code: 'ui.views.nothingToSave', params: {} });
  }, [requests, canSave, open, notify]);
}

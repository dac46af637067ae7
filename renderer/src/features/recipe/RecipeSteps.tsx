import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import { focusSoon } from '../../app/keyboard/focus';
import { useProject, useWorkbench } from '../../state/hooks';
import { SHOW_BASE, shownIndex } from '../../state/recipeOps';
import type { RecipeStep } from '../../../../shared/model/recipe';
import { DeriveDialog } from './derive/DeriveDialog';
import { formCanEdit } from './filter/filterOps';
import { FilterStepDialog } from './filter/FilterStepDialog';
import { JoinDialog } from './join/JoinDialog';
import { MatchDialog } from './match/MatchDialog';
import { type EditorTarget, isEditable, StepEditor } from './steps/StepEditor';
import { StepItem } from './steps/StepItem';
import { useDescribeStep } from './steps/useDescribeStep';
import './recipe.css';
import './steps/steps.css';

/**
 * The recipe as a list beside the grid: the base table, then every step with the rows after it,
 * its warnings and diagnostics, and its buttons. Clicking a step (or Enter on it) shows the table
 * as it was after that step; every change goes through the recipe's history (undo, redo).
 */
export function RecipeSteps() {
  const { t } = useTranslation();
  const project = useProject();
  const locale = useLocale();
  const shown = useWorkbench((s) => s.shownStep);
  const showStep = useWorkbench((s) => s.showStep);
  const removeRecipeStep = useWorkbench((s) => s.removeRecipeStep);
  const moveRecipeStep = useWorkbench((s) => s.moveRecipeStep);
  const toggleRecipeStep = useWorkbench((s) => s.toggleRecipeStep);
  const { describe, sourceName } = useDescribeStep();
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const closeEditor = useCallback(() => setEditing(null), []);
  // Steps with a dialog of their own (join, name match, derived column, filter) are edited there.
  const [dialog, setDialog] = useState<{ kind: DialogKind; stepId: string } | null>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const list = useRef<HTMLOListElement>(null);
  const headingId = useId();
  // A step was added (from its dialog, the step menu or the filter bar): the focus goes to it in the
  // list, once the dialog that added it has closed.
  const added = useWorkbench((s) => s.stepAdded);
  const handled = useRef(added?.nonce ?? 0);
  useEffect(() => {
    if (!added || added.nonce === handled.current) return;
    handled.current = added.nonce;
    focusSoon(() => list.current?.querySelector(`[data-step-id="${CSS.escape(added.id)}"] .step-show`));
  }, [added]);
  const recipe = project?.recipe;
  if (!project || !recipe) return null;

  // Reports are keyed by step id: a result that lags behind an edit never lands on the wrong step.
  const reports = new Map((project.result?.steps ?? []).map((r) => [r.id, r]));
  const base = project.sources.find((s) => s.id === recipe.base);
  const steps = recipe.steps;
  // The step whose table the grid shows: the last one when it shows the result (−1: the base table).
  const current = shownIndex(recipe, shown) ?? steps.length - 1;

  /** Once the list has re-rendered, the focus goes to what `find` finds then. */
  const focusLater = (find: () => HTMLElement | null | undefined) => requestAnimationFrame(() => find()?.focus());
  const showButtons = () => Array.from(list.current?.querySelectorAll<HTMLButtonElement>('.step-show') ?? []);

  const move = async (id: string, delta: number, button: HTMLButtonElement) => {
    const which = button.dataset.testid;
    if (!(await moveRecipeStep(id, delta))) return;
    // The button moved with its step; where it can go no further, its twin takes the focus.
    focusLater(() => {
      const item = list.current?.querySelector(`[data-step-id="${CSS.escape(id)}"]`);
      const same = item?.querySelector<HTMLButtonElement>(`[data-testid="${which}"]`);
      return same && !same.disabled ? same : item?.querySelector<HTMLButtonElement>(which === 'step-up' ? '[data-testid="step-down"]' : '[data-testid="step-up"]');
    });
  };

  const remove = async (index: number) => {
    if (!(await removeRecipeStep(index))) return;
    // The focus goes to the step that took its place, or the one before it (the base table at last).
    focusLater(() => {
      const buttons = showButtons();
      return buttons[Math.min(index + 1, buttons.length - 1)];
    });
  };

  return (
    <section className="recipe-steps" data-testid="recipe-steps" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('ui.steps.title')}</h3>
      {steps.length > 0 && <p className="hint">{t('ui.steps.hint')}</p>}
      <ol className="step-list" ref={list}>
        <li className={current === -1 ? 'step step-base current' : 'step step-base'} data-testid="recipe-base">
          <button
            type="button"
            className="step-show"
            data-testid="step-show-base"
            aria-current={current === -1 ? 'step' : undefined}
            title={t(steps.length === 0 ? 'ui.steps.showResult' : 'ui.steps.showBase')}
            onClick={() => showStep(SHOW_BASE)}
          >
            <span className="step-number base" aria-hidden="true" />
            <span className="step-text">{t('ui.recipe.base', { name: sourceName(recipe.base) })}</span>
          </button>
          {base && (
            <div className="step-meta">
              <span className="step-rows">{t('ui.steps.rows', { count: base.rowCount, formatted: formatCount(base.rowCount, locale) })}</span>
            </div>
          )}
        </li>
        {steps.map((step, i) => {
          const before = i === 0 ? (base?.rowCount ?? null) : (reports.get(steps[i - 1]!.id)?.rowsAfter ?? null);
          return (
            <StepItem
              key={step.id}
              step={step}
              index={i}
              count={steps.length}
              description={describe(step)}
              report={reports.get(step.id)}
              rowsBefore={before}
              current={current === i}
              rightName={step.kind === 'join' || step.kind === 'matchNames' ? sourceName(step.right) : ''}
              actions={{
                show: () => showStep(step.id),
                edit: isEditable(step)
                  ? () => setEditing({ kind: step.kind, stepId: step.id })
                  : hasDialog(step)
                    ? () => setDialog({ kind: step.kind, stepId: step.id })
                    : undefined,
                toggle: () => void toggleRecipeStep(step.id),
                move: (delta, button) => void move(step.id, delta, button),
                remove: () => void remove(i),
              }}
            />
          );
        })}
      </ol>
      {editing && <StepEditor target={editing} onClose={closeEditor} />}
      {dialog?.kind === 'join' && <JoinDialog stepId={dialog.stepId} onClose={closeDialog} />}
      {dialog?.kind === 'matchNames' && <MatchDialog stepId={dialog.stepId} onClose={closeDialog} />}
      {dialog?.kind === 'derive' && <DeriveDialog stepId={dialog.stepId} onClose={closeDialog} />}
      {dialog?.kind === 'filter' && <FilterStepDialog stepId={dialog.stepId} onClose={closeDialog} />}
    </section>
  );
}

type DialogKind = 'join' | 'matchNames' | 'derive' | 'filter';

/** Whether a step is edited in a dialog of its own (a filter with groups written in a recipe file has none). */
function hasDialog(step: RecipeStep): step is Extract<RecipeStep, { kind: DialogKind }> {
  if (step.kind === 'filter') return formCanEdit(step);
  return step.kind === 'join' || step.kind === 'matchNames' || step.kind === 'derive';
}

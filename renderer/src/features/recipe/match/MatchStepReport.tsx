import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchDecision, MatchDiagnostics, MatchStep } from '../../../../../shared/model/recipe';
import { useBusy, useProject, useWorkbench } from '../../../state/hooks';
import { ActionRow } from '../../../ui/ActionRow';
import { Modal } from '../../../ui/Modal';
import { MatchReview } from './MatchReview';
import { MatchSummary } from './MatchSummary';
import './match.css';

/** A name-match step in the recipe summary: its figures and the way to its review list. */
export function MatchStepReport({ step, diagnostics, rightName }: { step: MatchStep; diagnostics: MatchDiagnostics; rightName: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="match-step-report">
      <MatchSummary diagnostics={diagnostics} rightName={rightName} idPrefix="step" />
      <button type="button" className="button subtle" data-testid="match-review-open" onClick={() => setOpen(true)}>
        {t('ui.match.review.open')}
      </button>
      {open && <MatchReviewDialog step={step} rightName={rightName} onClose={() => setOpen(false)} />}
    </div>
  );
}

/**
 * The review list of a step already in the recipe. Decisions are gathered here and shown at once
 * (the engine runs the step with them in its place); saving writes them into the step as one
 * undoable edit of the recipe.
 */
function MatchReviewDialog({ step, rightName, onClose }: { step: MatchStep; rightName: string; onClose(): void }) {
  const { t } = useTranslation();
  const project = useProject();
  const busy = useBusy();
  const setRecipe = useWorkbench((s) => s.setRecipe);
  const [decisions, setDecisions] = useState<MatchDecision[]>(step.decisions);
  const recipe = project?.recipe ?? null;
  // Decisions added or withdrawn since the step was saved.
  const text = (list: MatchDecision[]) => new Set(list.map((d) => JSON.stringify(d)));
  const [now, saved] = [text(decisions), text(step.decisions)];
  const count = [...now].filter((d) => !saved.has(d)).length + [...saved].filter((d) => !now.has(d)).length;
  const pending = count > 0;

  const save = async () => {
    const saved = await setRecipe((current) =>
      current ? { ...current, steps: current.steps.map((s) => (s.id === step.id && s.kind === 'matchNames' ? { ...s, decisions } : s)) } : current,
    );
    if (saved) onClose();
  };

  return (
    <Modal
      title={t('ui.match.review.title')}
      testId="match-review-dialog"
      onClose={onClose}
      large
      footer={
        <ActionRow>
          {pending && <span className="muted" data-testid="match-pending">{t('ui.match.review.pending', { count })}</span>}
          <span className="spacer" />
          <button type="button" className="button subtle" onClick={onClose}>
            {t('ui.match.close')}
          </button>
          <button type="button" className="button primary" data-testid="match-save" disabled={!pending || busy} onClick={() => void save()}>
            {t('ui.match.review.save')}
          </button>
        </ActionRow>
      }
    >
      {recipe && <MatchReview recipe={recipe} step={{ ...step, decisions }} rightName={rightName} onDecisions={setDecisions} />}
    </Modal>
  );
}

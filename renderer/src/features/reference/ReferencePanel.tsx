import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceResult } from '../../../../shared/model/analysis/reference';
import { findActiveReferenceView } from '../views/activeView';
import { useRecipe, useResult, useWorkbench } from '../../state/hooks';
import { useMessageText } from '../../ui/useMessageText';
import { ReferenceChart } from './ReferenceChart';
import { ReferenceForm } from './ReferenceForm';
import { ReferenceTables } from './ReferenceTable';
import { useReferenceWords } from './useReferenceWords';
import './reference.css';

/**
 * The *Vergelijking* panel: the form (proposed from the table's columns), the refusal or problem
 * in place, and once computed the warnings, the reference bars and a table per component.
 */
export function ReferencePanel() {
  const { t } = useTranslation();
  const text = useMessageText();
  const result = useResult();
  const recipe = useRecipe();
  const views = useWorkbench((s) => s.project?.views);
  const draft = useWorkbench((s) => s.referenceDraft);
  const guessed = useWorkbench((s) => s.referenceGuessed);
  const reference = useWorkbench((s) => s.referenceResult);
  const problem = useWorkbench((s) => s.referenceProblem);
  const propose = useWorkbench((s) => s.proposeReference);

  useEffect(() => {
    if (!draft) void propose();
  }, [draft, propose]);

  if (!result) return null;
  const active = findActiveReferenceView(views ?? [], recipe, reference?.analysis ?? null);
  return (
    <div className="gain-panel reference-panel" data-testid="reference-panel">
      <p className="hint">{t('ui.reference.intro')}</p>
      {!guessed && <p className="caution">{t('ui.reference.noProposal')}</p>}
      {draft && (
        <details className="gain-setup" open={!reference} key={reference ? 'computed' : 'empty'}>
          <summary>{t('ui.reference.form.title')}</summary>
          <ReferenceForm draft={draft} columns={result.columns} />
        </details>
      )}
      {problem && (
        <p className="warning" role="alert" data-testid="reference-problem">
          {text(problem)}
        </p>
      )}
      {active && (
        <header className="view-annotation" data-testid="active-view">
          <h3 data-testid="active-view-title">{active.title}</h3>
          {active.takeaway && <p data-testid="active-view-takeaway">{active.takeaway}</p>}
        </header>
      )}
      {reference ? <ReferenceResultView result={reference} /> : !problem && <p className="placeholder">{t('ui.reference.empty')}</p>}
    </div>
  );
}

function ReferenceResultView({ result }: { result: ReferenceResult }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const words = useReferenceWords(result);
  return (
    <div className="gain-result reference-result" data-testid="reference-result">
      {result.warnings.length > 0 && (
        <div className="gain-warnings" role="note" aria-label={t('ui.reference.warnings')}>
          {result.warnings.map((w, i) => (
            <p key={i} className="gain-warning" data-testid="reference-warning" data-code={w.code}>
              {text(w)}
            </p>
          ))}
        </div>
      )}
      <ReferenceChart result={result} words={words} />
      <ReferenceTables result={result} words={words} />
    </div>
  );
}

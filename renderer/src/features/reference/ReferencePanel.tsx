import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceResult } from '../../../../shared/model/analysis/reference';
import { findActiveReferenceView } from '../views/activeView';
import { useRecipe, useResult, useWorkbench } from '../../state/hooks';
import { AnalysisPanel, AnalysisWarnings } from '../gain/AnalysisPanel';
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
  const result = useResult();
  const recipe = useRecipe();
  const views = useWorkbench((s) => s.project?.views);
  const opened = useWorkbench((s) => s.openedViewId);
  const draft = useWorkbench((s) => s.referenceDraft);
  const guessed = useWorkbench((s) => s.referenceGuessed);
  const reference = useWorkbench((s) => s.referenceResult);
  const problem = useWorkbench((s) => s.referenceProblem);
  const propose = useWorkbench((s) => s.proposeReference);

  useEffect(() => {
    if (!draft) void propose();
  }, [draft, propose]);

  if (!result) return null;
  const active = findActiveReferenceView(views ?? [], recipe, reference?.analysis ?? null, opened);
  return (
    <AnalysisPanel
      testPrefix="reference"
      className="gain-panel reference-panel"
      words={{ intro: t('ui.reference.intro'), noProposal: t('ui.reference.noProposal'), formTitle: t('ui.reference.form.title'), empty: t('ui.reference.empty') }}
      guessed={guessed}
      form={draft ? <ReferenceForm draft={draft} columns={result.columns} /> : null}
      computed={reference !== null}
      problem={problem}
      active={active}
    >
      {reference && <ReferenceResultView result={reference} />}
    </AnalysisPanel>
  );
}

function ReferenceResultView({ result }: { result: ReferenceResult }) {
  const { t } = useTranslation();
  const words = useReferenceWords(result);
  return (
    <div className="gain-result reference-result" data-testid="reference-result">
      <AnalysisWarnings label={t('ui.reference.warnings')} warnings={result.warnings} testId="reference-warning" withCode />
      <ReferenceChart result={result} words={words} />
      <ReferenceTables result={result} words={words} />
    </div>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyResult } from '../../../../shared/model/analysis/survey';
import { useRecipe, useResult, useWorkbench } from '../../state/hooks';
import { AnalysisPanel, AnalysisWarnings } from '../gain/AnalysisPanel';
import { findActiveSurveyView } from '../views/activeView';
import { CodebookEditor } from './CodebookEditor';
import { ObservationsTable, TeacherTable } from './ObservationsTable';
import { SurveyChart } from './SurveyChart';
import { SurveyForm } from './SurveyForm';
import { SurveyGroups, SurveyItemsTable } from './SurveyItemsTable';
import { useSurveyWords } from './useSurveyWords';
import './survey.css';

/**
 * The *Teambevraging* panel: the form (proposed from the project's sources: the surveys as
 * moments, the observations), the refusal or problem in place, and once computed the warnings,
 * the codebook to check and confirm, a chart of the chosen kind, the items of the moment shown
 * by concern, and the observations per element (per teacher only when asked for, and marked).
 */
export function SurveyPanel() {
  const { t } = useTranslation();
  const result = useResult();
  const recipe = useRecipe();
  const sources = useWorkbench((s) => s.project?.sources);
  const views = useWorkbench((s) => s.project?.views);
  const opened = useWorkbench((s) => s.openedViewId);
  const draft = useWorkbench((s) => s.surveyDraft);
  const guessed = useWorkbench((s) => s.surveyGuessed);
  const survey = useWorkbench((s) => s.surveyResult);
  const problem = useWorkbench((s) => s.surveyProblem);
  const chart = useWorkbench((s) => s.surveyChart);
  const moment = useWorkbench((s) => s.surveyMoment);
  const propose = useWorkbench((s) => s.proposeSurvey);

  useEffect(() => {
    if (!draft) propose({ first: t('ui.survey.form.first'), last: t('ui.survey.form.last'), nth: (n) => t('ui.survey.form.nth', { n }) });
  }, [draft, propose, t]);

  if (!result) return null;
  const active = findActiveSurveyView(views ?? [], recipe, survey?.analysis ?? null, chart, moment, opened);
  return (
    <AnalysisPanel
      testPrefix="survey"
      className="gain-panel survey-panel"
      words={{ intro: t('ui.survey.intro'), noProposal: t('ui.survey.noProposal'), formTitle: t('ui.survey.form.title'), empty: t('ui.survey.empty') }}
      guessed={guessed}
      form={draft && sources ? <SurveyForm draft={draft} sources={sources} /> : null}
      computed={survey !== null}
      problem={problem}
      active={active}
    >
      {survey && <SurveyResultView result={survey} />}
    </AnalysisPanel>
  );
}

function SurveyResultView({ result }: { result: SurveyResult }) {
  const { t } = useTranslation();
  const words = useSurveyWords();
  return (
    <div className="gain-result survey-result" data-testid="survey-result">
      <AnalysisWarnings label={t('ui.survey.warnings')} warnings={result.warnings} testId="survey-warning" withCode />
      <CodebookEditor result={result} />
      <SurveyChart result={result} words={words} />
      <SurveyItemsTable result={result} words={words} />
      <SurveyGroups result={result} words={words} />
      <ObservationsTable result={result} words={words} />
      <TeacherTable result={result} words={words} />
    </div>
  );
}

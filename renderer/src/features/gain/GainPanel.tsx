import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { GainResult } from '../../../../shared/model/analysis/gain';
import { findActiveGainView } from '../views/activeView';
import { useLocale } from '../../i18n/useLocale';
import { useRecipe, useResult, useWorkbench } from '../../state/hooks';
import { AnalysisPanel, AnalysisWarnings } from './AnalysisPanel';
import { GainChart } from './GainChart';
import { GainExpected, GainLeftOut, GainTransitions, GainTrend } from './GainDetails';
import { GainFigures } from './GainFigures';
import { GainForm } from './GainForm';
import { useGainWords } from './useGainWords';

const REGRESSION_TO_MEAN = 'engine.gain.regressionToMean';

/**
 * The learning-gain panel: the analysis form (started from what the columns suggest), the
 * refusal or problem in place, and once computed the chart and the figures, which update together.
 */
export function GainPanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const result = useResult();
  const recipe = useRecipe();
  const views = useWorkbench((s) => s.project?.views);
  const opened = useWorkbench((s) => s.openedViewId);
  const draft = useWorkbench((s) => s.gainDraft);
  const guessed = useWorkbench((s) => s.gainGuessed);
  const gain = useWorkbench((s) => s.gainResult);
  const problem = useWorkbench((s) => s.gainProblem);
  const chart = useWorkbench((s) => s.gainChart);
  const proposeGain = useWorkbench((s) => s.proposeGain);

  useEffect(() => {
    if (!draft) void proposeGain(locale);
  }, [draft, proposeGain, locale]);

  if (!result) return null;
  const active = findActiveGainView(views ?? [], recipe, gain?.analysis ?? null, chart, opened);
  return (
    <AnalysisPanel
      testPrefix="gain"
      className="gain-panel"
      words={{ intro: t('ui.gain.intro'), noProposal: t('ui.gain.noProposal'), formTitle: t('ui.gain.form.title'), empty: t('ui.gain.empty') }}
      guessed={guessed}
      form={draft ? <GainForm draft={draft} columns={result.columns} /> : null}
      computed={gain !== null}
      problem={problem}
      active={active}
    >
      {gain && <GainResultView result={gain} />}
    </AnalysisPanel>
  );
}

function GainResultView({ result }: { result: GainResult }) {
  const { t } = useTranslation();
  const words = useGainWords(result);
  const regression = result.warnings.filter((w) => w.code === REGRESSION_TO_MEAN);
  const others = result.warnings.filter((w) => w.code !== REGRESSION_TO_MEAN);
  return (
    <div className="gain-result" data-testid="gain-result">
      <AnalysisWarnings label={t('ui.gain.warnings')} warnings={others} testId="gain-warning" />
      <GainChart result={result} />
      <GainFigures result={result} words={words} />
      <div className="gain-details">
        <GainLeftOut result={result} words={words} />
        <GainExpected result={result} words={words} warnings={regression} />
        <GainTransitions result={result} words={words} />
        <GainTrend result={result} words={words} />
      </div>
    </div>
  );
}

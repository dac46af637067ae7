import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { GainResult } from '../../../../shared/model/analysis/gain';
import { findActiveGainView } from '../views/activeView';
import { useLocale } from '../../i18n/useLocale';
import { useRecipe, useResult, useWorkbench } from '../../state/hooks';
import { useMessageText } from '../../ui/useMessageText';
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
  const text = useMessageText();
  const result = useResult();
  const recipe = useRecipe();
  const views = useWorkbench((s) => s.project?.views);
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
  const active = findActiveGainView(views ?? [], recipe, gain?.analysis ?? null, chart);
  return (
    <div className="gain-panel" data-testid="gain-panel">
      <p className="hint">{t('ui.gain.intro')}</p>
      {!guessed && <p className="caution">{t('ui.gain.noProposal')}</p>}
      {draft && (
        <details className="gain-setup" open={!gain} key={gain ? 'computed' : 'empty'}>
          <summary>{t('ui.gain.form.title')}</summary>
          <GainForm draft={draft} columns={result.columns} />
        </details>
      )}
      {problem && (
        <p className="warning" role="alert" data-testid="gain-problem">
          {text(problem)}
        </p>
      )}
      {active && (
        <header className="view-annotation" data-testid="active-view">
          <h3 data-testid="active-view-title">{active.title}</h3>
          {active.takeaway && <p data-testid="active-view-takeaway">{active.takeaway}</p>}
        </header>
      )}
      {gain ? <GainResultView result={gain} /> : !problem && <p className="placeholder">{t('ui.gain.empty')}</p>}
    </div>
  );
}

function GainResultView({ result }: { result: GainResult }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const words = useGainWords(result);
  const regression = result.warnings.filter((w) => w.code === REGRESSION_TO_MEAN);
  const others = result.warnings.filter((w) => w.code !== REGRESSION_TO_MEAN);
  return (
    <div className="gain-result" data-testid="gain-result">
      {others.length > 0 && (
        <div className="gain-warnings" role="note" aria-label={t('ui.gain.warnings')}>
          {others.map((w, i) => (
            <p key={i} className="gain-warning" data-testid="gain-warning">
              {text(w)}
            </p>
          ))}
        </div>
      )}
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

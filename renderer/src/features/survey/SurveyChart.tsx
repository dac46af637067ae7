import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyResult } from '../../../../shared/model/analysis/survey';
import { designOf, SurveyChartKind } from '../../../../shared/model/view';
import { applyDesign } from '../chart/design';
import { usePlotlyFigure } from '../chart/usePlotlyFigure';
import { useLocale } from '../../i18n/useLocale';
import { useRecipe, useWorkbench } from '../../state/hooks';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { findActiveSurveyView } from './activeSurveyView';
import { shownMoment } from './figures/common';
import { availableSurveyKinds, perMoment, surveyFigure, surveyValueAxis, type SurveyWords } from './figures/index';

/** A chart kind's name; one literal key each, so the catalogue check sees them all. */
export function useSurveyKindLabel(): (kind: SurveyChartKind) => string {
  const { t } = useTranslation();
  return (kind) =>
    ({
      items: t('ui.survey.chart.kinds.items'),
      likert: t('ui.survey.chart.kinds.likert'),
      dumbbell: t('ui.survey.chart.kinds.dumbbell'),
      observations: t('ui.survey.chart.kinds.observations'),
      quadrant: t('ui.survey.chart.kinds.quadrant'),
    })[kind];
}

/**
 * The survey's chart of the chosen kind, drawn with `Plotly.react` from a pure figure builder
 * (figures/) with the active view's design on it; the moment switcher for the kinds that show one
 * moment; the alt text, made from the figures, is the plot's accessible name and can be read under it.
 */
export function SurveyChart({ result, words }: { result: SurveyResult; words: SurveyWords }) {
  const { t } = useTranslation();
  const kindLabel = useSurveyKindLabel();
  const locale = useLocale();
  const recipe = useRecipe();
  const kind = useWorkbench((s) => s.surveyChart);
  const setKind = useWorkbench((s) => s.setSurveyChart);
  const moment = useWorkbench((s) => s.surveyMoment);
  const setMoment = useWorkbench((s) => s.setSurveyMoment);
  const views = useWorkbench((s) => s.project?.views);
  const opened = useWorkbench((s) => s.openedViewId);
  const plotRef = useRef<HTMLDivElement>(null);
  const kinds = availableSurveyKinds(result);
  const view = findActiveSurveyView(views ?? [], recipe, result.analysis, kind, moment, opened);
  const design = view ? designOf(view) : null;
  const drawn = useMemo(() => surveyFigure(kind, result, moment, words), [kind, result, moment, words]);
  const figure = useMemo(() => {
    if (!drawn) return null;
    const base = { data: drawn.data, layout: drawn.layout };
    return design ? applyDesign(base, design, { valueAxis: surveyValueAxis(kind), locale }) : base;
  }, [drawn, design, kind, locale]);
  usePlotlyFigure(plotRef, figure);
  const shown = shownMoment(result, moment);

  return (
    <div className="gain-chart survey-chart">
      <div className="gain-chart-bar">
        <LabelledSelect label={t('ui.survey.chart.kind')} layout="field-inline" data-testid="survey-chart-kind" value={kind} onChange={(e) => setKind(SurveyChartKind.parse(e.target.value))}>
          {SurveyChartKind.options.map((k) => (
            <option key={k} value={k} disabled={!kinds.includes(k)}>
              {kinds.includes(k) ? kindLabel(k) : `${kindLabel(k)} ${t('ui.survey.chart.unavailable')}`}
            </option>
          ))}
        </LabelledSelect>
        {result.moments.length > 1 && (
          <div className="survey-moment-switch" role="group" aria-label={t('ui.survey.moment.label')} data-testid="survey-moment-switch">
            <span className="survey-moment-switch-label">{t('ui.survey.moment.label')}</span>
            {result.moments.map((m) => (
              <button
                key={m.label}
                type="button"
                className="button small"
                data-testid="survey-moment-option"
                data-moment={m.label}
                aria-pressed={shown?.label === m.label}
                onClick={() => setMoment(m.label === result.moments.at(-1)?.label ? null : m.label)}
              >
                {t('ui.survey.moment.option', { moment: m.label, n: words.count(m.respondents) })}
              </button>
            ))}
            {!perMoment(kind) && <span className="hint">{kind === 'quadrant' ? t('ui.survey.moment.allShown') : t('ui.survey.moment.noMoment')}</span>}
          </div>
        )}
      </div>
      <div ref={plotRef} className="survey-plot" data-testid="survey-plot" data-kind={kind} role="img" aria-label={drawn?.alt ?? t('ui.survey.chart.nothingToDraw')} hidden={!figure} />
      {!figure && <p className="placeholder">{t('ui.survey.chart.nothingToDraw')}</p>}
      {drawn && (
        <details className="gain-alt">
          <summary>{t('ui.survey.chart.altLabel')}</summary>
          <p data-testid="survey-alt">{drawn.alt}</p>
        </details>
      )}
    </div>
  );
}

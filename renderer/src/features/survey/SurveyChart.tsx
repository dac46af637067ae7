import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyResult } from '../../../../shared/model/analysis/survey';
import { designOf, SurveyChartKind } from '../../../../shared/model/view';
import { ChartExport } from '../chart/ChartExport';
import { usePlotlyFigure } from '../chart/usePlotlyFigure';
import { findActiveSurveyView } from '../views/activeView';
import { shownFigure, shownN } from '../views/shownFigure';
import { useDesignAlt } from '../views/useDesignAlt';
import { useLocale } from '../../i18n/useLocale';
import { useRecipe, useWorkbench } from '../../state/hooks';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { shownMoment } from './figures/common';
import { availableSurveyKinds, perMoment, type SurveyWords } from './figures/index';

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
 * moment; the export of the chart (as the view it is, when saved); the alt text, made from the
 * figures or the active view's own (edited in the view editor), is the plot's accessible name and
 * can be read under it, flagged when written for other figures than these.
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
  // The chart as the figures give it, the active view's design drawn on it.
  const shownChart = useMemo(() => ({ kind: 'survey' as const, result, chart: kind, moment, words }), [result, kind, moment, words]);
  const drawn = useMemo(() => shownFigure(shownChart, design ?? designOf({}), locale), [shownChart, design, locale]);
  const figure = drawn ? drawn.figure : null;
  const alt = useDesignAlt(shownChart, design, drawn?.alt ?? null);
  const staleId = useId();
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
        {figure && <ChartExport figure={figure} view={view} fallbackTitle={`${t('ui.survey.tab')} - ${kindLabel(kind)}`} n={shownN(shownChart)} />}
      </div>
      <div
        ref={plotRef}
        className="survey-plot"
        data-testid="survey-plot"
        data-kind={kind}
        role="img"
        aria-label={alt?.label ?? t('ui.survey.chart.nothingToDraw')}
        aria-describedby={alt?.stale ? staleId : undefined}
        hidden={!figure}
      />
      {!figure && <p className="placeholder">{t('ui.survey.chart.nothingToDraw')}</p>}
      {figure && alt && (
        <>
          {alt.stale && (
            <p className="gain-alt-stale" id={staleId} data-testid="survey-alt-stale">
              {t('ui.design.alt.screenStale')}
            </p>
          )}
          <details className="gain-alt">
            <summary>
              {t('ui.survey.chart.altLabel')}
              {alt.edited && (
                <span className="gain-alt-mark" data-testid="survey-alt-edited">
                  {' '}
                  {t('ui.design.alt.editedMark')}
                </span>
              )}
            </summary>
            <p data-testid="survey-alt">{alt.label}</p>
            {alt.stale && (
              <div className="gain-alt-generated">
                <p>{t('ui.design.alt.generatedNow')}</p>
                <p data-testid="survey-alt-generated">{drawn?.alt}</p>
              </div>
            )}
          </details>
        </>
      )}
    </div>
  );
}

import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceResult } from '../../../../shared/model/analysis/reference';
import { designOf } from '../../../../shared/model/view';
import { ChartExport } from '../chart/ChartExport';
import { usePlotlyFigure } from '../chart/usePlotlyFigure';
import { findActiveReferenceView } from '../views/activeView';
import { shownFigure, shownN } from '../views/shownFigure';
import { useDesignAlt } from '../views/useDesignAlt';
import { useLocale } from '../../i18n/useLocale';
import { useRecipe, useWorkbench } from '../../state/hooks';
import type { ReferenceWords } from './figures/words';

/**
 * The reference bars, drawn with `Plotly.react` from the pure figure builder; the alt text, made
 * from the figures or the active view's own (edited in the view editor), is the plot's accessible
 * name and can be read under it, flagged when written for other figures than these.
 */
export function ReferenceChart({ result, words }: { result: ReferenceResult; words: ReferenceWords }) {
  const { t } = useTranslation();
  const plotRef = useRef<HTMLDivElement>(null);
  const views = useWorkbench((s) => s.project?.views);
  const recipe = useRecipe();
  const locale = useLocale();
  const opened = useWorkbench((s) => s.openedViewId);
  const view = findActiveReferenceView(views ?? [], recipe, result.analysis, opened);
  const design = view ? designOf(view) : null;
  // The bars as the figures give them, the active view's design drawn on them.
  const shown = useMemo(() => ({ kind: 'reference' as const, result, words }), [result, words]);
  const drawn = useMemo(() => shownFigure(shown, design ?? designOf({}), locale), [shown, design, locale]);
  const figure = drawn ? drawn.figure : null;
  const alt = useDesignAlt(shown, design, drawn?.alt ?? null);
  const staleId = useId();
  usePlotlyFigure(plotRef, figure);

  return (
    <div className="gain-chart reference-chart">
      {figure && (
        <div className="gain-chart-bar">
          <ChartExport figure={figure} view={view} fallbackTitle={`${t('ui.reference.tab')} - ${result.analysis.mean}`} n={shownN(shown)} />
        </div>
      )}
      <div
        ref={plotRef}
        className="reference-plot"
        data-testid="reference-plot"
        role="img"
        aria-label={alt?.label ?? t('ui.reference.chart.nothingToDraw')}
        aria-describedby={alt?.stale ? staleId : undefined}
        hidden={!figure}
      />
      {!figure && <p className="placeholder">{t('ui.reference.chart.nothingToDraw')}</p>}
      {figure && alt && (
        <>
          {alt.stale && (
            <p className="gain-alt-stale" id={staleId} data-testid="reference-alt-stale">
              {t('ui.design.alt.screenStale')}
            </p>
          )}
          <details className="gain-alt">
            <summary>
              {t('ui.reference.chart.altLabel')}
              {alt.edited && (
                <span className="gain-alt-mark" data-testid="reference-alt-edited">
                  {' '}
                  {t('ui.design.alt.editedMark')}
                </span>
              )}
            </summary>
            <p data-testid="reference-alt">{alt.label}</p>
            {alt.stale && (
              <div className="gain-alt-generated">
                <p>{t('ui.design.alt.generatedNow')}</p>
                <p data-testid="reference-alt-generated">{drawn?.alt}</p>
              </div>
            )}
          </details>
        </>
      )}
    </div>
  );
}

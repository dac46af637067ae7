import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceResult } from '../../../../shared/model/analysis/reference';
import { designOf } from '../../../../shared/model/view';
import { ChartExport } from '../chart/ChartExport';
import { usePlotlyFigure } from '../chart/usePlotlyFigure';
import { findActiveReferenceView } from '../views/activeView';
import { shownFigure, shownN } from '../views/shownFigure';
import { useLocale } from '../../i18n/useLocale';
import { useRecipe, useWorkbench } from '../../state/hooks';
import type { ReferenceWords } from './figures/words';

/**
 * The reference bars, drawn with `Plotly.react` from the pure figure builder; the alt text, made
 * from the figures, is the plot's accessible name and can be read under it.
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
  usePlotlyFigure(plotRef, figure);

  return (
    <div className="gain-chart reference-chart">
      {figure && (
        <div className="gain-chart-bar">
          <ChartExport figure={figure} view={view} fallbackTitle={`${t('ui.reference.tab')} - ${result.analysis.mean}`} n={shownN(shown)} />
        </div>
      )}
      <div ref={plotRef} className="reference-plot" data-testid="reference-plot" role="img" aria-label={drawn?.alt ?? t('ui.reference.chart.nothingToDraw')} hidden={!figure} />
      {!figure && <p className="placeholder">{t('ui.reference.chart.nothingToDraw')}</p>}
      {figure && (
        <details className="gain-alt">
          <summary>{t('ui.reference.chart.altLabel')}</summary>
          <p data-testid="reference-alt">{drawn?.alt}</p>
        </details>
      )}
    </div>
  );
}

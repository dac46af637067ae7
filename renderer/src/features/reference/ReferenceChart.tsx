import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceResult } from '../../../../shared/model/analysis/reference';
import { ChartExport } from '../chart/ChartExport';
import { exportFileName } from '../chart/figure';
import { usePlotlyFigure } from '../chart/usePlotlyFigure';
import { referenceFigure } from './figures/referenceBars';
import type { ReferenceWords } from './figures/words';

/**
 * The reference bars, drawn with `Plotly.react` from the pure figure builder; the alt text, made
 * from the figures, is the plot's accessible name and can be read under it.
 */
export function ReferenceChart({ result, words }: { result: ReferenceResult; words: ReferenceWords }) {
  const { t } = useTranslation();
  const plotRef = useRef<HTMLDivElement>(null);
  const figure = useMemo(() => referenceFigure(result, words), [result, words]);
  usePlotlyFigure(plotRef, figure);

  return (
    <div className="gain-chart reference-chart">
      {figure && (
        <div className="gain-chart-bar">
          <ChartExport plotRef={plotRef} fileTitle={exportFileName(`${t('ui.reference.tab')} - ${result.analysis.mean}`, 'png')} />
        </div>
      )}
      <div ref={plotRef} className="reference-plot" data-testid="reference-plot" role="img" aria-label={figure?.alt ?? t('ui.reference.chart.nothingToDraw')} hidden={!figure} />
      {!figure && <p className="placeholder">{t('ui.reference.chart.nothingToDraw')}</p>}
      {figure && (
        <details className="gain-alt">
          <summary>{t('ui.reference.chart.altLabel')}</summary>
          <p data-testid="reference-alt">{figure.alt}</p>
        </details>
      )}
    </div>
  );
}

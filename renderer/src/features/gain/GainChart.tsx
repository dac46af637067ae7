import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GainResult } from '../../../../shared/model/analysis/gain';
import { GainChartKind } from '../../../../shared/model/view';
import { ChartExport } from '../chart/ChartExport';
import { exportFileName } from '../chart/figure';
import { loadPlotly } from '../chart/loadPlotly';
import { useWorkbench } from '../../state/hooks';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { availableKinds, gainFigure } from './figures/index';
import { useGainWords } from './useGainWords';

/** A chart kind's name; one literal key each, so the catalogue check sees them all. */
export function useKindLabel(): (kind: GainChartKind) => string {
  const { t } = useTranslation();
  return (kind) =>
    ({
      ciDots: t('ui.gain.chart.kinds.ciDots'),
      gainStrip: t('ui.gain.chart.kinds.gainStrip'),
      slope: t('ui.gain.chart.kinds.slope'),
      scatter: t('ui.gain.chart.kinds.scatter'),
      transitionsHeatmap: t('ui.gain.chart.kinds.transitionsHeatmap'),
      sankey: t('ui.gain.chart.kinds.sankey'),
      trend: t('ui.gain.chart.kinds.trend'),
    })[kind];
}

/**
 * The learning-gain chart of the chosen kind, drawn with `Plotly.react` from a pure figure
 * builder (figures/); its alt text, made from the figures, is the plot's accessible name and can
 * be read under it. Kinds the result cannot draw are offered disabled.
 */
export function GainChart({ result }: { result: GainResult }) {
  const { t } = useTranslation();
  const words = useGainWords(result);
  const kindLabel = useKindLabel();
  const kind = useWorkbench((s) => s.gainChart);
  const setKind = useWorkbench((s) => s.setGainChart);
  const report = useWorkbench((s) => s.report);
  const plotRef = useRef<HTMLDivElement>(null);
  const kinds = availableKinds(result);
  const figure = useMemo(() => gainFigure(kind, result, words), [kind, result, words]);

  useEffect(() => {
    const el = plotRef.current;
    if (!el) return;
    let cancelled = false;
    loadPlotly()
      .then((Plotly) => {
        if (cancelled) return;
        if (!figure) {
          Plotly.purge(el);
          return;
        }
        return Plotly.react(el, figure.data, figure.layout, { displaylogo: false, responsive: true, displayModeBar: false }).then(() => undefined);
      })
      .catch(report);
    return () => {
      cancelled = true;
    };
  }, [figure, report]);

  // Free plotly's listeners and caches when the chart goes away.
  useEffect(() => {
    const el = plotRef.current;
    return () => {
      if (el) void loadPlotly().then((Plotly) => Plotly.purge(el));
    };
  }, []);

  const missing = kind === 'trend' ? t('ui.gain.chart.noTrend') : kind === 'transitionsHeatmap' || kind === 'sankey' ? t('ui.gain.chart.noTransitions') : t('ui.gain.chart.nothingToDraw');
  return (
    <div className="gain-chart">
      <div className="gain-chart-bar">
        <LabelledSelect label={t('ui.gain.chart.kind')} layout="field-inline" data-testid="gain-chart-kind" value={kind} onChange={(e) => setKind(GainChartKind.parse(e.target.value))}>
          {GainChartKind.options.map((k) => (
            <option key={k} value={k} disabled={!kinds.includes(k)}>
              {kinds.includes(k) ? kindLabel(k) : `${kindLabel(k)} ${t('ui.gain.chart.unavailable')}`}
            </option>
          ))}
        </LabelledSelect>
        {figure && <ChartExport plotRef={plotRef} fileTitle={exportFileName(`${kindLabel(kind)} - ${words.groupTitle}`, 'png')} />}
      </div>
      <div ref={plotRef} className="gain-plot" data-testid="gain-plot" data-kind={kind} role="img" aria-label={figure?.alt ?? missing} hidden={!figure} />
      {!figure && <p className="placeholder">{missing}</p>}
      {figure && (
        <details className="gain-alt">
          <summary>{t('ui.gain.chart.altLabel')}</summary>
          <p data-testid="gain-alt">{figure.alt}</p>
        </details>
      )}
    </div>
  );
}

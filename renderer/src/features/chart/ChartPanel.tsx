import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { designOf } from '../../../../shared/model/view';
import { useLocale } from '../../i18n/useLocale';
import { shownFigure, shownN } from '../views/shownFigure';
import { fitChartSpec, groupableColumns, measurableColumns, withMeasure } from './spec';
import { findActiveView } from '../views/activeView';
import { useDesignAlt } from '../views/useDesignAlt';
import { ViewAnnotation } from '../views/ViewAnnotation';
import { useRecipe, useResult, useWorkbench } from '../../state/hooks';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { ChartCaption } from './ChartCaption';
import { ChartExport } from './ChartExport';
import { ChartPlot } from './ChartPlot';
import { useChartWords } from './useChartWords';
import './chart.css';

/**
 * Group, measure and aggregate; draws a bar chart of the current result. `embedded`: inside the
 * analysis tabs, whose tab names and labels it (no heading of its own).
 */
export function ChartPanel({ embedded = false }: { embedded?: boolean }) {
  const { t } = useTranslation();
  const result = useResult();
  const views = useWorkbench((s) => s.project?.views);
  const recipe = useRecipe();
  const chartSpec = useWorkbench((s) => s.chartSpec);
  const summary = useWorkbench((s) => s.summary);
  const setChartSpec = useWorkbench((s) => s.setChartSpec);
  const drawChart = useWorkbench((s) => s.drawChart);
  const headingId = useId();
  const staleId = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const columns = result?.columns ?? [];
  const spec = fitChartSpec(columns, chartSpec);
  const words = useChartWords(summary?.chart ?? null);
  const opened = useWorkbench((s) => s.openedViewId);
  const activeView = findActiveView(views ?? [], recipe, summary?.chart ?? null, opened);
  const locale = useLocale();
  const design = activeView ? designOf(activeView) : null;
  const shown = useMemo(() => (summary && words ? { kind: 'chart' as const, summary, words } : null), [summary, words]);
  const drawn = useMemo(() => (shown ? shownFigure(shown, design ?? designOf({}), locale) : null), [shown, design, locale]);
  // The active view's own text alternative names the plot; flagged when the figures changed since.
  const alt = useDesignAlt(shown, design, drawn?.alt ?? null);

  // Keep the form's spec valid for the current columns.
  useEffect(() => {
    if (spec && spec !== chartSpec) setChartSpec(spec);
  }, [spec, chartSpec, setChartSpec]);

  if (!result) return null;

  return (
    <section className={embedded ? 'chart-panel embedded' : 'chart-panel'} data-testid="chart-panel" aria-labelledby={embedded ? undefined : headingId}>
      {!embedded && (
        <div className="section-header">
          <h2 id={headingId}>{t('ui.chart.title')}</h2>
        </div>
      )}
      {spec && (
        <form
          className="chart-form"
          onSubmit={(e) => {
            e.preventDefault();
            void drawChart(spec);
          }}
        >
          <LabelledSelect
            label={t('ui.chart.groupBy')}
            data-testid="chart-group"
            value={spec.groupBy}
            onChange={(e) => setChartSpec({ ...spec, groupBy: e.target.value })}
          >
            {groupableColumns(columns).map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </LabelledSelect>
          <LabelledSelect
            label={t('ui.chart.measure')}
            data-testid="chart-measure"
            value={spec.measure ?? ''}
            onChange={(e) => setChartSpec(withMeasure(spec, e.target.value === '' ? null : e.target.value))}
          >
            <option value="">{t('ui.chart.countRows')}</option>
            {measurableColumns(columns).map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </LabelledSelect>
          <LabelledSelect
            label={t('ui.chart.aggregate')}
            data-testid="chart-aggregate"
            value={spec.aggregate}
            disabled={spec.measure === null}
            onChange={(e) => setChartSpec({ ...spec, aggregate: e.target.value === 'count' ? 'count' : 'mean' })}
          >
            <option value="mean">{t('ui.chart.mean')}</option>
            <option value="count">{t('ui.chart.count')}</option>
          </LabelledSelect>
          <button type="submit" className="button primary" data-testid="chart-draw">
            {t('ui.chart.draw')}
          </button>
          {shown && drawn && <ChartExport figure={drawn.figure} view={activeView} fallbackTitle={`${shown.words.yTitle} - ${shown.words.xTitle}`} n={shownN(shown)} />}
        </form>
      )}
      {activeView && <ViewAnnotation view={activeView} />}
      {summary && drawn ? (
        <>
          {alt?.stale && (
            <p className="gain-alt-stale" id={staleId} data-testid="chart-alt-stale">
              {t('ui.design.alt.screenStale')}
            </p>
          )}
          <div className="chart-body">
            <ChartPlot figure={drawn.figure} alt={alt?.label ?? drawn.alt} describedBy={alt?.stale ? staleId : undefined} plotRef={plotRef} />
            <ChartCaption summary={summary} />
          </div>
        </>
      ) : (
        <p className="placeholder">{t('ui.chart.empty')}</p>
      )}
    </section>
  );
}

import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName } from './figure';
import { fitChartSpec, groupableColumns, measurableColumns, withMeasure } from './spec';
import { findActiveView } from '../views/activeView';
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
  const plotRef = useRef<HTMLDivElement>(null);
  const columns = result?.columns ?? [];
  const spec = fitChartSpec(columns, chartSpec);
  const words = useChartWords(summary?.chart ?? null);
  const activeView = findActiveView(views ?? [], recipe, summary?.chart ?? null);

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
          {summary && words && (
            <ChartExport plotRef={plotRef} fileTitle={exportFileName(`${words.yTitle} - ${words.xTitle}`, 'png')} />
          )}
        </form>
      )}
      {activeView && <ViewAnnotation view={activeView} />}
      {summary && words ? (
        <div className="chart-body">
          <ChartPlot summary={summary} words={words} plotRef={plotRef} />
          <ChartCaption summary={summary} />
        </div>
      ) : (
        <p className="placeholder">{t('ui.chart.empty')}</p>
      )}
    </section>
  );
}

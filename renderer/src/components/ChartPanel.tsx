import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName } from '../chart/figure';
import { fitChartSpec, groupableColumns, measurableColumns, withMeasure } from '../chart/spec';
import { findActiveView } from '../state/activeView';
import { useWb } from '../state/WorkbenchContext';
import { ChartCaption } from './ChartCaption';
import { ChartExport } from './ChartExport';
import { ChartPlot } from './ChartPlot';
import { useChartWords } from './useChartWords';

/** Group, measure and aggregate; draws a bar chart of the current result. */
export function ChartPanel() {
  const { t } = useTranslation();
  const wb = useWb();
  const headingId = useId();
  const ids = { group: useId(), measure: useId(), aggregate: useId() };
  const plotRef = useRef<HTMLDivElement>(null);
  const columns = wb.project?.result?.columns ?? [];
  const spec = fitChartSpec(columns, wb.chartSpec);
  const summary = wb.summary;
  const words = useChartWords(summary?.chart ?? null);
  const activeView = findActiveView(wb.project?.views ?? [], wb.project?.recipe ?? null, summary?.chart ?? null);

  // Keep the form's spec valid for the current columns.
  const { setChartSpec } = wb;
  useEffect(() => {
    if (spec && spec !== wb.chartSpec) setChartSpec(spec);
  }, [spec, wb.chartSpec, setChartSpec]);

  if (!wb.project?.result) return null;

  return (
    <section className="chart-panel" data-testid="chart-panel" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId}>{t('ui.chart.title')}</h2>
      </div>
      {spec && (
        <form
          className="chart-form"
          onSubmit={(e) => {
            e.preventDefault();
            void wb.drawChart(spec);
          }}
        >
          <span className="field">
            <label htmlFor={ids.group}>{t('ui.chart.groupBy')}</label>
            <select
              id={ids.group}
              data-testid="chart-group"
              value={spec.groupBy}
              onChange={(e) => setChartSpec({ ...spec, groupBy: e.target.value })}
            >
              {groupableColumns(columns).map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </span>
          <span className="field">
            <label htmlFor={ids.measure}>{t('ui.chart.measure')}</label>
            <select
              id={ids.measure}
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
            </select>
          </span>
          <span className="field">
            <label htmlFor={ids.aggregate}>{t('ui.chart.aggregate')}</label>
            <select
              id={ids.aggregate}
              data-testid="chart-aggregate"
              value={spec.aggregate}
              disabled={spec.measure === null}
              onChange={(e) => setChartSpec({ ...spec, aggregate: e.target.value === 'count' ? 'count' : 'mean' })}
            >
              <option value="mean">{t('ui.chart.mean')}</option>
              <option value="count">{t('ui.chart.count')}</option>
            </select>
          </span>
          <button type="submit" className="button primary" data-testid="chart-draw">
            {t('ui.chart.draw')}
          </button>
          {summary && words && (
            <ChartExport plotRef={plotRef} fileTitle={exportFileName(`${words.yTitle} - ${words.xTitle}`, 'png')} />
          )}
        </form>
      )}
      {activeView && (
        <header className="view-annotation" data-testid="active-view">
          <h3 data-testid="active-view-title">{activeView.title}</h3>
          {activeView.takeaway && <p data-testid="active-view-takeaway">{activeView.takeaway}</p>}
        </header>
      )}
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

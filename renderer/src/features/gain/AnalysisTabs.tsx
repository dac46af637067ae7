import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../chart/ChartPanel';
import { useResult, useWorkbench } from '../../state/hooks';
import type { AnalysisTab } from '../../state/slices/gain';
import { ReferencePanel } from '../reference/ReferencePanel';
import { SurveyPanel } from '../survey/SurveyPanel';
import { GainPanel } from './GainPanel';
import './gain.css';

const TABS: AnalysisTab[] = ['chart', 'gain', 'reference', 'survey'];

/**
 * Beside the grid: four tabs, *Grafiek* (the bar chart), *Leerwinst* (the learning-gain panel),
 * *Vergelijking* (the comparison with a reference) and *Teambevraging* (the staff survey),
 * as an ARIA tablist: arrow keys, Home and End move between the tabs and show the one reached.
 * Only the tab shown is rendered (plotly cannot size a chart it cannot see); the forms keep their
 * state in the store.
 */
export function AnalysisTabs() {
  const { t } = useTranslation();
  const result = useResult();
  const tab = useWorkbench((s) => s.analysisTab);
  const setTab = useWorkbench((s) => s.setAnalysisTab);
  const base = useId();
  const refs = useRef<Record<AnalysisTab, HTMLButtonElement | null>>({ chart: null, gain: null, reference: null, survey: null });
  // The tab shown changed by itself (a view opened) while a tab had the focus: the focus follows it.
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.getAttribute('role') === 'tab' && Object.values(refs.current).includes(active as HTMLButtonElement)) refs.current[tab]?.focus();
  }, [tab]);
  if (!result) return null;

  const tabId = (k: AnalysisTab) => `${base}-tab-${k}`;
  const panelId = (k: AnalysisTab) => `${base}-panel-${k}`;
  const label = (k: AnalysisTab) => ({ chart: t('ui.chart.title'), gain: t('ui.gain.tab'), reference: t('ui.reference.tab'), survey: t('ui.survey.tab') })[k];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i - 1 + TABS.length) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : null;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    refs.current[next]?.focus();
  };

  return (
    <section className="chart-panel analysis-tabs" data-testid="analysis-tabs" aria-label={t('ui.survey.tabsLabel')}>
      <div role="tablist" aria-label={t('ui.survey.tabsLabel')} className="tab-list" onKeyDown={onKeyDown}>
        {TABS.map((k) => (
          <button
            key={k}
            ref={(el) => {
              refs.current[k] = el;
            }}
            type="button"
            role="tab"
            id={tabId(k)}
            className="tab"
            data-testid={`tab-${k}`}
            aria-selected={tab === k}
            aria-controls={panelId(k)}
            tabIndex={tab === k ? 0 : -1}
            onClick={() => setTab(k)}
          >
            {label(k)}
          </button>
        ))}
      </div>
      {TABS.map((k) => (
        <div key={k} role="tabpanel" id={panelId(k)} aria-labelledby={tabId(k)} hidden={tab !== k} className="tab-panel">
          {tab === k && (k === 'chart' ? <ChartPanel embedded /> : k === 'gain' ? <GainPanel /> : k === 'reference' ? <ReferencePanel /> : <SurveyPanel />)}
        </div>
      ))}
    </section>
  );
}

import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LOCALES } from '../../../../shared/i18n/index';
import type { GainResult } from '../../../../shared/model/analysis/gain';
import { designOf, GAIN_ALT_MAX, GainChartKind } from '../../../../shared/model/view';
import { ChartExport } from '../chart/ChartExport';
import { usePlotlyFigure } from '../chart/usePlotlyFigure';
import { findActiveGainView } from '../views/activeView';
import { shownFigure, shownN } from '../views/shownFigure';
import { useRecipe, useWorkbench } from '../../state/hooks';
import { useLocale } from '../../i18n/useLocale';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { shownAlt } from './altText';
import { availableKinds, gainFigure, gainWords } from './figures/index';
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
 * be read and edited under it (GainAltEditor). Kinds the result cannot draw are offered disabled.
 */
export function GainChart({ result }: { result: GainResult }) {
  const { t } = useTranslation();
  const words = useGainWords(result);
  const kindLabel = useKindLabel();
  const kind = useWorkbench((s) => s.gainChart);
  const setKind = useWorkbench((s) => s.setGainChart);
  const plotRef = useRef<HTMLDivElement>(null);
  const kinds = availableKinds(result);
  const views = useWorkbench((s) => s.project?.views);
  const recipe = useRecipe();
  const locale = useLocale();
  const opened = useWorkbench((s) => s.openedViewId);
  const view = findActiveGainView(views ?? [], recipe, result.analysis, kind, opened);
  const design = view ? designOf(view) : null;
  // The chart as the figures give it, the active view's design drawn on it.
  const shown = useMemo(() => ({ kind: 'gain' as const, result, chart: kind, words }), [result, kind, words]);
  const drawn = useMemo(() => shownFigure(shown, design ?? designOf({}), locale), [shown, design, locale]);
  const figure = useMemo(() => (drawn ? { ...drawn.figure, alt: drawn.alt } : null), [drawn]);
  const edit = useWorkbench((s) => s.gainAlts[kind]);
  const otherAlts = useOtherLocaleAlts(edit ? kind : null, result);
  const alt = figure ? shownAlt(edit, figure.alt, otherAlts) : null;
  usePlotlyFigure(plotRef, figure);

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
        {figure && <ChartExport figure={figure} view={view} fallbackTitle={`${kindLabel(kind)} - ${words.groupTitle}`} n={shownN(shown)} />}
      </div>
      <div ref={plotRef} className="gain-plot" data-testid="gain-plot" data-kind={kind} role="img" aria-label={alt?.label ?? missing} hidden={!figure} />
      {!figure && <p className="placeholder">{missing}</p>}
      {figure && alt && <GainAltEditor kind={kind} generated={figure.alt} alt={alt} />}
    </div>
  );
}

/**
 * The figures' alt text in the other interface languages, only while an edit needs comparing: an
 * edit made in Dutch is not written for other figures because the interface now speaks English.
 */
function useOtherLocaleAlts(kind: GainChartKind | null, result: GainResult): string[] {
  const { i18n } = useTranslation();
  const locale = useLocale();
  return useMemo(() => {
    if (kind === null) return [];
    return SUPPORTED_LOCALES.filter((l) => l !== locale).flatMap((other) => {
      const t = i18n.getFixedT(other);
      const fig = gainFigure(kind, result, gainWords((key, params) => t(key, params ?? {}), other, result));
      return fig ? [fig.alt] : [];
    });
  }, [kind, result, locale, i18n]);
}

/**
 * The 'Tekstalternatief' under the chart: the generated text in a textarea the user may edit
 * (the plot then carries the edit as its name, and a saved view keeps it), a button back to the
 * generated text, and, when the figures changed after the edit, a note outside the fold that the
 * text was written for other figures, with the text they give now beside it.
 */
function GainAltEditor({ kind, generated, alt }: { kind: GainChartKind; generated: string; alt: ReturnType<typeof shownAlt> }) {
  const { t } = useTranslation();
  const editAlt = useWorkbench((s) => s.editGainAlt);
  const resetAlt = useWorkbench((s) => s.resetGainAlt);
  const confirmAlt = useWorkbench((s) => s.confirmGainAlt);
  const ids = { text: useId(), hint: useId(), stale: useId() };
  return (
    <>
      {alt.stale && (
        <p className="caution gain-alt-stale" id={ids.stale} data-testid="gain-alt-stale">
          {t('ui.gain.chart.altStale')}
        </p>
      )}
      <details className="gain-alt" data-testid="gain-alt-details">
        <summary>
          {t('ui.gain.chart.altLabel')}
          {alt.edited && (
            <span className="gain-alt-mark" data-testid="gain-alt-edited">
              {' '}
              {t('ui.gain.chart.altEditedMark')}
            </span>
          )}
        </summary>
        <div className="gain-alt-editor">
          <p className="hint" id={ids.hint}>
            {t('ui.gain.chart.altHint')}
          </p>
          <label htmlFor={ids.text}>{t('ui.gain.chart.altEditLabel')}</label>
          <textarea
            id={ids.text}
            data-testid="gain-alt"
            value={alt.text}
            maxLength={Math.max(GAIN_ALT_MAX, alt.text.length)}
            rows={Math.min(10, Math.max(3, Math.ceil(alt.text.length / 120)))}
            aria-describedby={alt.stale ? `${ids.hint} ${ids.stale}` : ids.hint}
            onChange={(e) => editAlt(kind, e.target.value, generated)}
          />
          {alt.edited && (
            <div className="gain-alt-actions">
              <button type="button" className="button small" data-testid="gain-alt-reset" onClick={() => resetAlt(kind)}>
                {t('ui.gain.chart.altReset')}
              </button>
              {alt.stale && (
                <button type="button" className="button small" data-testid="gain-alt-confirm" onClick={() => confirmAlt(kind, generated)}>
                  {t('ui.gain.chart.altConfirm')}
                </button>
              )}
            </div>
          )}
          {alt.stale && (
            <div className="gain-alt-generated">
              <p>{t('ui.gain.chart.altGeneratedNow')}</p>
              <p data-testid="gain-alt-generated">{generated}</p>
            </div>
          )}
        </div>
      </details>
    </>
  );
}

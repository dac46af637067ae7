import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WerkbankError } from '../../../../shared/api/errors';
import type { PrivacyBadge, PrivacyChoice } from '../../../../shared/model/story/privacy';
import { designOf, type GroupSummary, type View } from '../../../../shared/model/view';
import { dataUrlToText, decodeDataUrl } from '../../api/dataUrl';
import { useLocale } from '../../i18n/useLocale';
import { useApi, useRun, useStoreApi, useWorkbench } from '../../state/hooks';
import type { WorkbenchState } from '../../state/store';
import { gainPrivacy, referencePrivacy, surveyPrivacy } from '../views/privacy';
import { shownFigure } from '../views/shownFigure';
import type { PlotlyFigureData } from './design';
import { EXPORT_SIZE, exportFigure, recipeSourceInfos, sourceLine } from './exportFigure';
import { asksPrivacy, chartExposure, EXPORT_K, pseudonymiseText, pupilNames, safeChart, safeDesign, safeN, type ChartExposure } from './exportPrivacy';
import { useProjectK } from '../present/useProjectK';
import { ExportPrivacyDialog } from './ExportPrivacyDialog';
import { exportFileName, type FigureWords } from './figure';
import { loadPlotly, type PlotlyApi } from './loadPlotly';
import { useChartWords } from './useChartWords';

interface Props {
  /** The chart as the screen draws it, the view's design on it; null: nothing to export. */
  figure: PlotlyFigureData | null;
  /** The saved view the chart shows: its title, subtitle and name; the export is recorded in it. */
  view: View | null;
  /** The file name of a chart that is no view. */
  fallbackTitle: string;
  /** Pupils (or rows) behind the figures, for the source line. */
  n: number | null;
}

/** The plain chart being exported: the summary the screen draws and its words. */
interface PlainChart {
  summary: GroupSummary;
  words: FigureWords;
}

/** What the snapshot of an export records about privacy (`view.exported`). */
interface Recorded {
  privacy: PrivacyChoice;
  pupilLevel: boolean;
  suppressedGroups: number;
}

/**
 * A learning-gain chart, a comparison or a survey chart is exported as the screen shows it: its
 * groups under the analysis' own threshold are already left out, and it names no pupil. The
 * snapshot records that.
 */
function recordedAsShown(state: WorkbenchState, view: View | null): Recorded | null {
  let badge: PrivacyBadge | null = null;
  if ((view?.gain || state.analysisTab === 'gain') && state.gainResult) badge = gainPrivacy(state.gainResult, state.gainChart);
  else if ((view?.reference || state.analysisTab === 'reference') && state.referenceResult) badge = referencePrivacy(state.referenceResult);
  else if ((view?.survey || state.analysisTab === 'survey') && state.surveyResult) badge = surveyPrivacy(state.surveyResult);
  if (!badge) return null;
  return {
    privacy: { pseudonymise: true, suppressBelow: badge.k !== null && badge.k >= 2 ? badge.k : null },
    pupilLevel: badge.level === 'pupil',
    suppressedGroups: badge.suppressed,
  };
}

/**
 * The bottom margin plotly gives the exported figure (without its lines under the chart), drawn
 * once out of sight at the export size: long category labels (pupils' names, pseudonyms) push it
 * past the figure's own. Null when it cannot be measured (the lines then go where they always did).
 */
async function drawnBottom(Plotly: PlotlyApi, figure: PlotlyFigureData): Promise<number | null> {
  const div = document.createElement('div');
  div.setAttribute('aria-hidden', 'true');
  div.style.cssText = `position:fixed;left:-20000px;top:0;width:${EXPORT_SIZE.width}px;height:${EXPORT_SIZE.height}px;visibility:hidden;pointer-events:none`;
  document.body.append(div);
  try {
    await Plotly.newPlot(div, figure.data, figure.layout, { staticPlot: true });
    // Plotly keeps the margins it drew with in the div's full layout.
    const b = (div as { _fullLayout?: { _size?: { b?: unknown } } })._fullLayout?._size?.b;
    return typeof b === 'number' && Number.isFinite(b) ? b : null;
  } catch {
    return null;
  } finally {
    Plotly.purge(div);
    div.remove();
  }
}

/**
 * PNG and SVG of the chart: 2000×1200 pixels, with the view's title and subtitle above, its
 * annotations on it and the source line (files, import dates, n) under it; named after the view.
 *
 * The plain chart (a mean or a count per group; the analysis tabs show it on the chart tab) that
 * shows pupils one by one or has groups under k first asks what may leave the machine
 * (ExportPrivacyDialog, the safe choice preselected, k the project's); the picture then leaves
 * those groups out and names the pupils by their stable codes `LL-…` (exportPrivacy.ts), with a
 * note saying so. The screen keeps
 * what it shows. The export's snapshot in the project records the choice.
 */
export function ChartExport({ figure, view, fallbackTitle, n }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const run = useRun();
  const store = useStoreApi();
  const setProjectState = useWorkbench((s) => s.setProjectState);
  const summary = useWorkbench((s) => s.summary);
  const chartWords = useChartWords(summary?.chart ?? null);
  const [asking, setAsking] = useState<{ format: 'png' | 'svg'; exposure: ChartExposure; plain: PlainChart } | null>(null);
  const projectK = useProjectK().k ?? EXPORT_K;

  /** The plain chart when that is what this exports (not a learning-gain chart, a comparison nor a survey chart). */
  const plainChart = (): PlainChart | null => {
    if (view?.gain || view?.reference || view?.survey) return null;
    if (store.getState().analysisTab !== 'chart' || !summary || !chartWords) return null;
    return { summary, words: chartWords };
  };

  const save = (format: 'png' | 'svg', plain: PlainChart | null, choice: PrivacyChoice | null) =>
    run(async () => {
      if (!figure) return;
      const state = store.getState();
      const recipe = view?.recipe ?? state.project?.recipe ?? null;
      const sources = recipe ? recipeSourceInfos(state.project?.sources ?? [], recipe) : [];
      const words = {
        line: (files: string, count: string | null) =>
          files === '' ? t('ui.design.export.nOnly', { n: count ?? '' }) : count === null ? t('ui.design.export.source', { files }) : t('ui.design.export.sourceN', { files, n: count }),
        file: (name: string, date: string) => t('ui.design.export.file', { name, date }),
      };
      let picture = figure;
      let title = view?.title ?? null;
      let subtitle = view ? designOf(view).subtitle : '';
      let count = n;
      let note: string | null = null;
      let recorded = recordedAsShown(state, view);
      if (plain && choice) {
        // The chart drawn again from the summary with the choice applied, the view's design following it;
        // pupils under the project's stable codes (the key stays in the engine).
        const names = choice.pseudonymise ? pupilNames(plain.summary) : [];
        const { codes } = names.length > 0 ? await api['privacy.pseudonyms']({ role: 'pupil', names }) : { codes: [] };
        const codeOf = new Map(names.map((name, i) => [name, codes[i]!]));
        const safe = safeChart(plain.summary, choice, {
          emptyGroup: plain.words.emptyGroup,
          pupil: (name) => {
            const code = codeOf.get(name);
            if (code === undefined) throw new WerkbankError('errors.renderer.export', { detail: 'no pseudonym' });
            return code;
          },
        });
        const drawn = shownFigure({ kind: 'chart', summary: safe.summary, words: plain.words }, safeDesign(view ? designOf(view) : designOf({}), safe), locale);
        if (drawn) picture = drawn.figure;
        title = title === null ? null : pseudonymiseText(title, safe.pseudonyms);
        subtitle = pseudonymiseText(subtitle, safe.pseudonyms);
        count = safeN(safe);
        const notes: string[] = [];
        if (safe.suppressed > 0 && choice.suppressBelow !== null) notes.push(t('ui.exportPrivacy.noteSuppressed', { count: safe.suppressed, k: choice.suppressBelow }));
        if (safe.pseudonymised) notes.push(t('ui.exportPrivacy.notePseudonymised'));
        note = notes.length > 0 ? notes.join(' · ') : null;
        recorded = { privacy: choice, pupilLevel: safe.pupilLevel, suppressedGroups: safe.suppressed };
      }
      const text = { title, subtitle, source: sourceLine(sources, count, words, locale), note };
      const Plotly = await loadPlotly();
      let url: string;
      try {
        const bottom = await drawnBottom(Plotly, exportFigure(picture, { ...text, source: null, note: null }));
        url = await Plotly.toImage(exportFigure(picture, text, EXPORT_SIZE, bottom), { format, ...EXPORT_SIZE });
      } catch (error) {
        throw new WerkbankError('errors.renderer.export', { detail: error instanceof Error ? error.message : String(error) });
      }
      const data = format === 'png' ? decodeDataUrl(url).bytes : dataUrlToText(url);
      const suggestedName = exportFileName(title ?? fallbackTitle, format);
      const saved = await api['export.saveImage']({ suggestedName, format, data });
      if (saved.saved && view) {
        const fileName = (saved.fileName ?? suggestedName).slice(0, 300);
        setProjectState(await api['view.exported']({ viewId: view.id, format, fileName, ...recorded }));
      }
    });

  const start = (format: 'png' | 'svg') => {
    if (!figure) return;
    const plain = plainChart();
    const exposure = plain ? chartExposure(plain.summary, projectK) : null;
    if (plain && exposure && asksPrivacy(exposure)) setAsking({ format, exposure, plain });
    else void save(format, null, null);
  };

  return (
    <span className="chart-export" role="group" aria-label={t('ui.chart.export')}>
      <span className="muted">{t('ui.chart.export')}:</span>
      <button type="button" className="button small" data-testid="export-png" disabled={!figure} onClick={() => start('png')}>
        {t('ui.chart.exportPng')}
      </button>
      <button type="button" className="button small" data-testid="export-svg" disabled={!figure} onClick={() => start('svg')}>
        {t('ui.chart.exportSvg')}
      </button>
      {asking && (
        <ExportPrivacyDialog
          format={asking.format}
          exposure={asking.exposure}
          onCancel={() => setAsking(null)}
          onExport={(choice) => {
            setAsking(null);
            void save(asking.format, asking.plain, choice);
          }}
        />
      )}
    </span>
  );
}

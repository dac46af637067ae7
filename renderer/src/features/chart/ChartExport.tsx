import { useTranslation } from 'react-i18next';
import { WerkbankError } from '../../../../shared/api/errors';
import { designOf, type View } from '../../../../shared/model/view';
import { dataUrlToText, decodeDataUrl } from '../../api/dataUrl';
import { useLocale } from '../../i18n/useLocale';
import { useApi, useRun, useStoreApi } from '../../state/hooks';
import type { PlotlyFigureData } from './design';
import { EXPORT_SIZE, exportFigure, recipeSourceInfos, sourceLine } from './exportFigure';
import { exportFileName } from './figure';
import { loadPlotly } from './loadPlotly';

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

/**
 * PNG and SVG of the chart: 2000×1200 pixels, with the view's title and subtitle above, its
 * annotations on it and the source line (files, import dates, n) under it; named after the view.
 */
export function ChartExport({ figure, view, fallbackTitle, n }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const run = useRun();
  const store = useStoreApi();

  const save = (format: 'png' | 'svg') =>
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
      const text = { title: view?.title ?? null, subtitle: view ? designOf(view).subtitle : '', source: sourceLine(sources, n, words, locale) };
      const Plotly = await loadPlotly();
      let url: string;
      try {
        url = await Plotly.toImage(exportFigure(figure, text), { format, ...EXPORT_SIZE });
      } catch (error) {
        throw new WerkbankError('errors.renderer.export', { detail: error instanceof Error ? error.message : String(error) });
      }
      const data = format === 'png' ? decodeDataUrl(url).bytes : dataUrlToText(url);
      const suggestedName = exportFileName(view?.title ?? fallbackTitle, format);
      const saved = await api['export.saveImage']({ suggestedName, format, data });
      if (saved.saved && view) await state.viewExported(view.id, format, (saved.fileName ?? suggestedName).slice(0, 300));
    });

  return (
    <span className="chart-export" role="group" aria-label={t('ui.chart.export')}>
      <span className="muted">{t('ui.chart.export')}:</span>
      <button type="button" className="button small" data-testid="export-png" disabled={!figure} onClick={() => void save('png')}>
        {t('ui.chart.exportPng')}
      </button>
      <button type="button" className="button small" data-testid="export-svg" disabled={!figure} onClick={() => void save('svg')}>
        {t('ui.chart.exportSvg')}
      </button>
    </span>
  );
}

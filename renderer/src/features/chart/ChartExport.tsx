import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { WerkbankError } from '../../../../shared/api/errors';
import { dataUrlToText, decodeDataUrl } from '../../api/dataUrl';
import { loadPlotly } from './loadPlotly';
import { useApi, useRun } from '../../state/hooks';

/** Exported charts are 1600×900 pixels: an 800×450 layout at twice the scale, sharp on a projector. */
const EXPORT = { width: 800, height: 450, scale: 2 } as const;

export function ChartExport({ plotRef, fileTitle }: { plotRef: RefObject<HTMLDivElement | null>; fileTitle: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const run = useRun();

  const save = (format: 'png' | 'svg') =>
    run(async () => {
      const el = plotRef.current;
      if (!el) return;
      const Plotly = await loadPlotly();
      let url: string;
      try {
        url = await Plotly.toImage(el, { format, ...EXPORT });
      } catch (error) {
        throw new WerkbankError('errors.renderer.export', { detail: error instanceof Error ? error.message : String(error) });
      }
      const data = format === 'png' ? decodeDataUrl(url).bytes : dataUrlToText(url);
      const suggestedName = fileTitle.replace(/\.png$/, `.${format}`);
      await api['export.saveImage']({ suggestedName, format, data });
    });

  return (
    <span className="chart-export" role="group" aria-label={t('ui.chart.export')}>
      <span className="muted">{t('ui.chart.export')}:</span>
      <button type="button" className="button small" data-testid="export-png" onClick={() => void save('png')}>
        {t('ui.chart.exportPng')}
      </button>
      <button type="button" className="button small" data-testid="export-svg" onClick={() => void save('svg')}>
        {t('ui.chart.exportSvg')}
      </button>
    </span>
  );
}

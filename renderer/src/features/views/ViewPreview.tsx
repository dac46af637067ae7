import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlotlyFigure } from '../chart/usePlotlyFigure';
import { PrivacyBadge } from './PrivacyBadge';
import { type ShownFigure, shownPrivacy, type Shown } from './shownFigure';

interface Props {
  shown: Shown | null;
  drawn: ShownFigure | null;
  title: string;
  subtitle: string;
}

/** The editor's live preview: the chart with the draft's design, under the draft's title and subtitle. */
export function ViewPreview({ shown, drawn, title, subtitle }: Props) {
  const { t } = useTranslation();
  const plotRef = useRef<HTMLDivElement>(null);
  // The preview's box sets the height: a figure's own (the survey charts grow with their items) would spill out of it.
  const figure = useMemo(() => {
    if (!drawn) return null;
    const { height: _height, ...layout } = drawn.figure.layout;
    return { ...drawn.figure, layout };
  }, [drawn]);
  usePlotlyFigure(plotRef, figure);
  return (
    <section className="view-preview" aria-label={t('ui.design.preview')} data-testid="view-preview">
      <h3 className="view-preview-label">{t('ui.design.preview')}</h3>
      <div className="view-preview-card">
        <div className="view-preview-head">
          <p className="view-preview-title" data-testid="view-preview-title">
            {title.trim() || '…'}
          </p>
          {shown && <PrivacyBadge badge={shownPrivacy(shown)} testId="view-preview-privacy" teachers={shown.kind === 'survey'} />}
        </div>
        {subtitle.trim() && <p className="view-preview-subtitle">{subtitle}</p>}
        <div ref={plotRef} className="view-preview-plot" data-testid="view-preview-plot" role="img" aria-label={drawn?.alt ?? t('ui.design.previewEmpty')} hidden={!drawn} />
        {!drawn && <p className="placeholder">{t('ui.design.previewEmpty')}</p>}
      </div>
    </section>
  );
}

import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deck, DeckSlide } from '../../../../shared/model/story/deck';
import { rokTitle, type RokCatalog } from '../../../../shared/model/story/rok';
import { formatCount, formatDate } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import { useMessageText } from '../../ui/useMessageText';
import { ActionsSlide } from './ActionsSlide';
import { SlideChartView } from './SlideChartView';
import { type PresentSlide, slideSpoken } from './slides';
import { chartFontSize, useFrameHeight } from './useFrameHeight';

interface SlideViewProps {
  deck: Deck;
  slide: PresentSlide;
  /** 1-based, as shown. */
  number: number;
  total: number;
  theme: 'light' | 'dark';
  rok: RokCatalog;
  /** A small copy (the presenter view's next slide). */
  thumbnail?: boolean;
}

/**
 * One slide in a 16:9 frame whose type scales with the frame (CSS container units): the title
 * slide, a view's slide or the actions. At 1080 px a title is about 54 px high.
 */
export function SlideView({ deck, slide, number, total, theme, rok, thumbnail }: SlideViewProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const height = useFrameHeight(ref);
  return (
    <section
      ref={ref}
      className={`slide slide-${theme}${thumbnail ? ' slide-thumb' : ''}`}
      aria-roledescription={t('ui.present.slideRole')}
      aria-label={t('ui.present.slideTitled', { n: number, total, title: slideSpoken(deck, slide, t('ui.present.actions.title')).title })}
      data-testid={thumbnail ? 'slide-thumb' : 'slide'}
      data-slide-kind={slide.kind}
      data-slide-number={number}
    >
      {slide.kind === 'title' ? (
        <TitleSlide deck={deck} />
      ) : slide.kind === 'actions' ? (
        <ActionsSlide story={deck.story} rok={rok} />
      ) : (
        <ViewSlide slide={slide.slide} theme={theme} rok={rok} fontSize={chartFontSize(height)} plot={height > 0} />
      )}
      <span className="slide-number" aria-hidden="true">
        {number} / {total}
      </span>
    </section>
  );
}

function TitleSlide({ deck }: { deck: Deck }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="slide-title-page">
      <h1 className="slide-title-main">{deck.story.title}</h1>
      {deck.story.question && (
        <div className="slide-question">
          <span className="slide-question-label">{t('ui.present.titleSlide.question')}</span>
          <p>{deck.story.question}</p>
        </div>
      )}
      <p className="slide-meta">{t('ui.present.titleSlide.date', { project: deck.projectName, date: formatDate(deck.at, locale) })}</p>
    </div>
  );
}

function ViewSlide({ slide, theme, rok, fontSize, plot }: { slide: DeckSlide; theme: 'light' | 'dark'; rok: RokCatalog; fontSize: number; plot: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useMessageText();
  const sources = slide.sources.map((s) => t('ui.present.slide.sourceItem', { file: s.fileName || s.name, date: formatDate(s.importedAt, locale) })).join(', ');
  const badge = slide.privacy;
  return (
    <div className="slide-view">
      <header className="slide-header">
        <h2 className="slide-heading">{slide.title}</h2>
        {slide.subtitle && <p className="slide-subtitle">{slide.subtitle}</p>}
      </header>
      <div className="slide-chart">
        {slide.chart ? (
          plot && <SlideChartView chart={slide.chart} alt={slide.alt} theme={theme} fontSize={fontSize} />
        ) : (
          <p className="slide-error" role="note">
            {slide.error ? text(slide.error) : t('ui.present.slide.noChart')}
          </p>
        )}
      </div>
      {slide.chart && slide.chart.notes.length > 0 && (
        <ul className="slide-notes">
          {slide.chart.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {slide.takeaway && <p className="slide-takeaway">{slide.takeaway}</p>}
      <footer className="slide-footer">
        <span className="slide-source" data-testid="slide-source">
          {sources && t('ui.present.slide.source', { sources })}
          {slide.n !== null && <> · {t('ui.present.slide.n', { n: formatCount(slide.n, locale) })}</>}
        </span>
        <span className={`slide-badge slide-badge-${badge.level}`} data-testid="slide-privacy" title={t('ui.present.slide.privacyLabel')}>
          {t(badge.level === 'pupil' ? 'ui.present.slide.pupil' : 'ui.present.slide.aggregated')}
          {badge.level === 'pupil' && ` · ${t(badge.pseudonymised ? 'ui.present.slide.pseudonymised' : 'ui.present.slide.realNames')}`}
          {badge.suppressed > 0 && ` · ${t('ui.present.slide.suppressed', { count: badge.suppressed, k: badge.k ?? '' })}`}
        </span>
        {slide.rok.length > 0 && (
          <span className="slide-rok" aria-label={t('ui.present.slide.rokLabel')}>
            {slide.rok.map((code) => (
              <span key={code} className="slide-rok-tag" title={rokTitle(rok, code)}>
                {code}
              </span>
            ))}
          </span>
        )}
      </footer>
    </div>
  );
}

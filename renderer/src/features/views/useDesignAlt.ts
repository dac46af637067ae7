import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LOCALES, type Locale } from '../../../../shared/i18n/index';
import type { ViewDesign } from '../../../../shared/model/annotation';
import { chartWords } from '../chart/useChartWords';
import { gainWords } from '../gain/figures/index';
import { useLocale } from '../../i18n/useLocale';
import { referenceWords, type Translate } from '../reference/figures/words';
import { surveyWords } from '../survey/figures/index';
import { designAlt, shownAlt, type AltEdit, type ShownAlt } from './altText';
import { baseFigure, type Shown } from './shownFigure';

/** What is shown with its words in another language. */
function shownIn(shown: Shown, t: Translate, locale: Locale): Shown {
  if (shown.kind === 'chart') return { ...shown, words: chartWords(t, locale, shown.summary.chart) };
  if (shown.kind === 'reference') return { ...shown, words: referenceWords(t, locale, shown.result) };
  if (shown.kind === 'survey') return { ...shown, words: surveyWords(t, locale) };
  return { ...shown, words: gainWords(t, locale, shown.result) };
}

/** The text the figures of `shown` give in the interface languages other than `locale`. */
export function otherLocaleAlts(shown: Shown, locale: Locale, translateIn: (locale: Locale) => Translate): string[] {
  return SUPPORTED_LOCALES.filter((l) => l !== locale).flatMap((other) => {
    const alt = baseFigure(shownIn(shown, translateIn(other), other), other)?.alt;
    return alt === undefined ? [] : [alt];
  });
}

/**
 * The text the figures give in the other interface languages, only while an edit needs comparing
 * (`needed`): an edit made in Dutch is not written for other figures because the interface now
 * speaks English.
 */
export function useOtherLocaleAlts(shown: Shown | null, needed: boolean): string[] {
  const { i18n } = useTranslation();
  const locale = useLocale();
  return useMemo(() => {
    if (!needed || !shown) return [];
    return otherLocaleAlts(shown, locale, (other) => {
      const fixed = i18n.getFixedT(other);
      return (key, params) => fixed(key, params ?? {});
    });
  }, [needed, shown, locale, i18n]);
}

/**
 * The text alternative of what is shown: `edit` (if any) against the text `generated` from the
 * figures; null while nothing is drawn.
 */
export function useShownAlt(shown: Shown | null, edit: AltEdit | undefined, generated: string | null): ShownAlt | null {
  const others = useOtherLocaleAlts(shown, edit !== undefined && generated !== null);
  return generated === null ? null : shownAlt(edit, generated, others);
}

/** The text alternative of a plain, comparison or survey chart: the edit its design carries (the active view's). */
export function useDesignAlt(shown: Shown | null, design: Pick<ViewDesign, 'alt' | 'altFrom'> | null, generated: string | null): ShownAlt | null {
  return useShownAlt(shown, design ? designAlt(design) : undefined, generated);
}

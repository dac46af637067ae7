import type { Locale } from '../../../../../shared/i18n/index';
import type { ReferenceResult } from '../../../../../shared/model/analysis/reference';
import { formatCount, formatNumber } from '../../../format/format';

/** A translator as the figures need it: i18next's `t` on screen, the shared catalogue in tests. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * Everything the comparison says in words, in the interface language, for one result: the unit
 * named (vaardigheidspunten / procentpunten), numbers in the locale's format (`245,1` in Dutch,
 * a true minus sign), and `t` for the sentences of the alt text.
 */
export interface ReferenceWords {
  locale: Locale;
  t: Translate;
  /** `vaardigheidspunten` or `procentpunten`. */
  unit: string;
  /** The means' axis title. */
  meanAxis: string;
  /** What is averaged, in a sentence: `vaardigheidsscore`, `score (%)`. */
  what: string;
  /** A component's name; the one comparison of a table without components gets a generic name. */
  component(name: string | null): string;
  /** A measured number with one decimal; negative with a true minus sign. */
  num(x: number): string;
  /** A difference with its sign: `+1,2`, `−6,9`; no sign when it rounds to zero. */
  signed(x: number): string;
  count(n: number): string;
}

export function referenceWords(t: Translate, locale: Locale, result: ReferenceResult): ReferenceWords {
  const percent = result.analysis.unit === 'percentPoints';
  const num = (x: number) => {
    const text = formatNumber(x, locale, 1, 1);
    // A negative that rounds to zero has no sign.
    return /[1-9]/.test(text) ? text.replace(/^-/, '−') : text.replace(/^-/, '');
  };
  return {
    locale,
    t,
    unit: percent ? t('ui.reference.chart.unitPercentPoints') : t('ui.reference.chart.unitScalePoints'),
    meanAxis: percent ? t('ui.reference.chart.axisMeanPercent') : t('ui.reference.chart.axisMeanScale'),
    what: percent ? t('ui.reference.chart.alt.whatPercent') : t('ui.reference.chart.alt.whatScale'),
    component: (name) => (name === null ? t('ui.reference.table.oneComponent') : name),
    num,
    signed: (x) => {
      const text = num(Math.abs(x));
      return (/[1-9]/.test(text) ? (x > 0 ? '+' : '−') : '') + text;
    },
    count: (n) => formatCount(n, locale),
  };
}

import type { Locale } from '../../../../../shared/i18n/index';
import type { GainResult } from '../../../../../shared/model/analysis/gain';
import { formatCount, formatNumber } from '../../../format/format';

/** A translator as the figures need it: i18next's `t` on screen, the shared catalogue in tests. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * Everything a learning-gain figure says in words, in the interface language, for one result:
 * the unit named (procentpunten / vaardigheidspunten), axis titles, numbers in the locale's
 * format (decimal comma in Dutch), and `t` for the sentences of the alt texts.
 */
export interface GainWords {
  locale: Locale;
  t: Translate;
  /** `procentpunten` or `vaardigheidspunten`. */
  unit: string;
  /** What the groups are: the column grouped by, or "Alle leerlingen". */
  groupTitle: string;
  overall: string;
  emptyGroup: string;
  from: string;
  to: string;
  gainAxis: string;
  /** The axis of one moment's scores (scatter). */
  scoreAxis(moment: string): string;
  /** The axis of mean scores (slope, trend). */
  meanAxis: string;
  /** A measured number, one decimal by default; negative with a true minus sign. */
  num(x: number, digits?: number): string;
  /** A gain with its sign: `+9,8`, `−2,1`. */
  signed(x: number, digits?: number): string;
  count(n: number): string;
}

export function gainWords(t: Translate, locale: Locale, result: GainResult): GainWords {
  const percent = result.unit === 'percentPoints';
  const unit = percent ? t('ui.gain.chart.unitPercentPoints') : t('ui.gain.chart.unitScalePoints');
  // A true minus sign reads better than a hyphen on a projector.
  const num = (x: number, digits = 1) => {
    const text = formatNumber(x, locale, digits, digits);
    // A negative that rounds to zero has no sign.
    return /[1-9]/.test(text) ? text.replace(/^-/, '−') : text.replace(/^-/, '');
  };
  return {
    locale,
    t,
    unit,
    groupTitle: result.analysis.groupBy ?? t('ui.gain.figures.overall'),
    overall: t('ui.gain.figures.overall'),
    emptyGroup: t('ui.gain.figures.emptyGroup'),
    from: result.from,
    to: result.to,
    gainAxis: t('ui.gain.chart.axisGain', { unit }),
    scoreAxis: (moment) => (percent ? t('ui.gain.chart.axisScorePercent', { moment }) : t('ui.gain.chart.axisScoreScale', { moment })),
    meanAxis: percent ? t('ui.gain.chart.axisMeanPercent') : t('ui.gain.chart.axisMeanScale'),
    num,
    signed: (x, digits = 1) => {
      const text = num(Math.abs(x), digits);
      // No sign on a gain that rounds to zero.
      return (/[1-9]/.test(text) ? (x > 0 ? '+' : '−') : '') + text;
    },
    count: (n) => formatCount(n, locale),
  };
}

import type { Locale } from '../../../../../shared/i18n/index';
import type { FlagRule, Quadrant, SurveyAxis } from '../../../../../shared/model/analysis/survey';
import { formatCount, formatNumber } from '../../../format/format';

/** A translator as the figures need it: i18next's `t` on screen, the shared catalogue in tests. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * Everything the survey's figures and tables say in words, in the interface language: means and
 * SDs with two decimals in the locale's format (`1,56`), counts, shares as whole percentages,
 * the flag's reasons with their thresholds, the quadrants' culture names, the observation levels.
 */
export interface SurveyWords {
  locale: Locale;
  t: Translate;
  /** A mean or SD: two decimals (`3,67`). */
  num(x: number): string;
  /** A threshold as set: one decimal at least (`3,0`, `0,8`). */
  threshold(x: number): string;
  count(n: number): string;
  /** A share 0–1 as a whole percentage (`39%`). */
  pct(share: number): string;
  /** Why an item is flagged: `gemiddelde < 3,0`, `SD ≥ 0,8`. */
  reason(reason: 'mean' | 'sd', flag: FlagRule): string;
  quadrant(q: Quadrant): string;
  axis(axis: SurveyAxis): string;
  /** Observation level 1–5 by index 0–4: `niet` … `systematisch`. */
  level(index: number): string;
}

export function surveyWords(t: Translate, locale: Locale): SurveyWords {
  const levels = [
    t('ui.survey.levels.l1'),
    t('ui.survey.levels.l2'),
    t('ui.survey.levels.l3'),
    t('ui.survey.levels.l4'),
    t('ui.survey.levels.l5'),
  ];
  const threshold = (x: number) => formatNumber(x, locale, 2, 1);
  return {
    locale,
    t,
    num: (x) => formatNumber(x, locale, 2, 2).replace(/^-/, '−'),
    threshold,
    count: (n) => formatCount(n, locale),
    pct: (share) => `${formatNumber(Math.round(share * 100), locale, 0)}%`,
    reason: (reason, flag) =>
      reason === 'mean' ? t('ui.survey.flag.mean', { value: threshold(flag.meanBelow) }) : t('ui.survey.flag.sd', { value: threshold(flag.sdAtLeast) }),
    quadrant: (q) =>
      ({
        highHigh: t('ui.survey.quadrants.highHigh'),
        highSkillLowWill: t('ui.survey.quadrants.highSkillLowWill'),
        lowLow: t('ui.survey.quadrants.lowLow'),
        lowSkillHighWill: t('ui.survey.quadrants.lowSkillHighWill'),
      })[q],
    axis: (axis) => (axis === 'skill' ? t('ui.survey.axes.skill') : t('ui.survey.axes.will')),
    level: (index) => levels[index] ?? String(index + 1),
  };
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { surveyWords, type SurveyWords } from './figures/words';

/** The words of the survey's figures and tables, in the interface language. */
export function useSurveyWords(): SurveyWords {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => surveyWords((key, params) => t(key, params ?? {}), locale), [t, locale]);
}

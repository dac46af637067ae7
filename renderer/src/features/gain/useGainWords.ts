import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GainResult } from '../../../../shared/model/analysis/gain';
import { useLocale } from '../../i18n/useLocale';
import { gainWords, type GainWords } from './figures/index';

/** The words of a result's figures and tables, in the interface language. */
export function useGainWords(result: GainResult): GainWords {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => gainWords((key, params) => t(key, params ?? {}), locale, result), [t, locale, result]);
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceResult } from '../../../../shared/model/analysis/reference';
import { useLocale } from '../../i18n/useLocale';
import { referenceWords, type ReferenceWords } from './figures/words';

/** The words of a comparison's figures and table, in the interface language. */
export function useReferenceWords(result: ReferenceResult): ReferenceWords {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => referenceWords((key, params) => t(key, params ?? {}), locale, result), [t, locale, result]);
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterStep } from '../../../../../shared/model/recipe';
import { formatDate, formatNumber } from '../../../format/format';
import { needsValue } from './filterOps';
import { useLocale } from '../../../i18n/useLocale';

/** A filter in words: `Klas is 2A`, `Score minstens 23,5`, `Datum kleiner dan 28/05/2026`. */
export function useFilterLabel(): (step: FilterStep) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (step: FilterStep) => {
      const op = t(`ui.filter.ops.${step.op}`);
      if (!needsValue(step.op)) return `${step.column} ${op}`;
      const v = step.value;
      const shown =
        typeof v === 'number'
          ? formatNumber(v, locale)
          : typeof v === 'boolean'
            ? t(v ? 'ui.filter.yes' : 'ui.filter.no')
            : v === null
              ? ''
              : /^\d{4}-\d{2}-\d{2}$/.test(v)
                ? formatDate(v, locale)
                : `“${v}”`;
      return `${step.column} ${op} ${shown}`;
    },
    [t, locale],
  );
}

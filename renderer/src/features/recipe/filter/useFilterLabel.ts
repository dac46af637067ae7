import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type FilterCondition, type FilterGroup, type FilterMatch, type FilterStep, isFilterGroup } from '../../../../../shared/model/recipe';
import type { Cell } from '../../../../../shared/model/table';
import { formatDate, formatNumber } from '../../../format/format';
import { useLocale } from '../../../i18n/useLocale';

/**
 * A filter in words: `Klas is “2A”`, `Score minstens 23,5`, `Klas is een van “2A”, “2B”`,
 * `Datum van 01/09/2025 tot en met 30/06/2026`; several conditions joined with `en` or `of`,
 * a group in brackets.
 */
export function useFilterLabel(): (step: Pick<FilterStep, 'match' | 'conditions'>) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (step: Pick<FilterStep, 'match' | 'conditions'>) => {
      const shown = (v: Cell): string =>
        typeof v === 'number'
          ? formatNumber(v, locale)
          : typeof v === 'boolean'
            ? t(v ? 'ui.filter.yes' : 'ui.filter.no')
            : v === null
              ? t('ui.filter.emptyValue')
              : /^\d{4}-\d{2}-\d{2}$/.test(v)
                ? formatDate(v, locale)
                : `“${v}”`;
      const condition = (c: FilterCondition): string => {
        switch (c.op) {
          case 'isEmpty':
          case 'notEmpty':
            return `${c.column} ${t(`ui.filter.ops.${c.op}`)}`;
          case 'in':
          case 'notIn':
            return `${c.column} ${t(`ui.filter.ops.${c.op}`)} ${c.values.map(shown).join(', ')}`;
          case 'between':
            if (c.min === null) return `${c.column} ${t('ui.filter.ops.lte')} ${shown(c.max)}`;
            if (c.max === null) return `${c.column} ${t('ui.filter.ops.gte')} ${shown(c.min)}`;
            return t('ui.filter.range', { column: c.column, min: shown(c.min), max: shown(c.max) });
          default:
            return `${c.column} ${t(`ui.filter.ops.${c.op}`)} ${shown(c.value)}`;
        }
      };
      const joined = (match: FilterMatch, parts: string[]) => parts.join(` ${t(match === 'all' ? 'ui.filter.and' : 'ui.filter.or')} `);
      const entry = (e: FilterCondition | FilterGroup) =>
        isFilterGroup(e) ? (e.conditions.length > 1 ? `(${joined(e.match, e.conditions.map(condition))})` : condition(e.conditions[0]!)) : condition(e);
      return joined(step.match, step.conditions.map(entry));
    },
    [t, locale],
  );
}

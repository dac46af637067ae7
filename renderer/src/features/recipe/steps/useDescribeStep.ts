import { useTranslation } from 'react-i18next';
import type { RecipeStep } from '../../../../../shared/model/recipe';
import { useSources } from '../../../state/hooks';
import { useFilterLabel } from '../filter/useFilterLabel';

/** A step in words (`Koppeling met … op …`), and a source's name by id. */
export function useDescribeStep(): { describe(step: RecipeStep): string; sourceName(id: string): string } {
  const { t } = useTranslation();
  const sources = useSources();
  const filterLabel = useFilterLabel();
  const sourceName = (id: string) => sources?.find((s) => s.id === id)?.name ?? t('ui.recipe.unknownSource');

  const describe = (step: RecipeStep): string => {
    switch (step.kind) {
      case 'join':
        return t('ui.recipe.join', {
          name: sourceName(step.right),
          left: step.keys.map((k) => k.left).join(', '),
          right: step.keys.map((k) => k.right).join(', '),
          how: t(`ui.recipe.how.${step.how}`),
        });
      case 'filter':
        return t('ui.recipe.filter', { label: filterLabel(step) });
      case 'deduplicate':
        return step.keys.length === 0
          ? t(step.keep === 'first' ? 'ui.recipe.deduplicateRows' : 'ui.recipe.deduplicateRowsLast')
          : t(step.keep === 'first' ? 'ui.recipe.deduplicateKeys' : 'ui.recipe.deduplicateKeysLast', { keys: step.keys.join(', ') });
      case 'group': {
        const columns = [step.countName, ...step.aggregates.map((a) => a.name)].join(', ');
        return step.keys.length === 0 ? t('ui.recipe.groupAll', { columns }) : t('ui.recipe.group', { keys: step.keys.join(', '), columns });
      }
      case 'pivot': {
        const aggregate = [t(`ui.recipe.aggregates.${step.aggregate}`), step.aggregate === 'count' ? null : step.measure].filter(Boolean).join(' ');
        const values = step.values.map((v) => v.name).join(', ');
        return step.keys.length === 0
          ? t('ui.recipe.pivotAll', { column: step.column, values, aggregate })
          : t('ui.recipe.pivot', { column: step.column, values, keys: step.keys.join(', '), aggregate });
      }
      case 'select':
        return t('ui.recipe.select', { columns: step.columns.map((c) => (c.as === undefined || c.as === c.column ? c.column : `${c.column} → ${c.as}`)).join(', ') });
      case 'sort':
        return t('ui.recipe.sort', { keys: step.keys.map((k) => `${k.column} (${t(k.direction === 'asc' ? 'ui.recipe.sortAsc' : 'ui.recipe.sortDesc')})`).join(', ') });
      case 'stack':
        return t('ui.recipe.stack', { names: step.sources.map(sourceName).join(', ') });
      case 'unpivot':
        return t('ui.recipe.unpivot', { columns: step.columns.join(', '), name: step.nameColumn, value: step.valueColumn });
      case 'derive':
        return t('ui.derive.step', { name: step.name, expression: step.expression });
      case 'matchNames': {
        const fields = (f: typeof step.leftName) => (f.kind === 'full' ? f.column : `${f.first} + ${f.last}`);
        return t('ui.match.step', { name: sourceName(step.right), left: fields(step.leftName), right: fields(step.rightName), how: t(`ui.recipe.how.${step.how}`) });
      }
    }
  };
  return { describe, sourceName };
}

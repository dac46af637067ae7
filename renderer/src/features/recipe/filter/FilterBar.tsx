import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filtersOf } from '../../../state/recipeOps';
import { useRecipe, useWorkbench } from '../../../state/hooks';
import { FilterForm } from './FilterForm';
import { useFilterLabel } from './useFilterLabel';
import '../recipe.css';

/** Active filters as removable chips, and a small form to add one. */
export function FilterBar() {
  const { t } = useTranslation();
  const recipe = useRecipe();
  const removeRecipeStep = useWorkbench((s) => s.removeRecipeStep);
  const label = useFilterLabel();
  const [adding, setAdding] = useState(false);
  const filters = filtersOf(recipe);
  return (
    <div className="filter-bar" data-testid="filter-bar">
      <span className="filter-bar-label">{t('ui.filter.title')}:</span>
      {filters.length === 0 && <span className="muted">{t('ui.filter.none')}</span>}
      <ul className="chips">
        {filters.map(({ index, step }) => (
          <li key={index} className="chip" data-testid="filter-chip">
            <span>{label(step)}</span>
            <button
              type="button"
              className="chip-remove"
              data-testid="filter-chip-remove"
              aria-label={t('ui.filter.remove', { label: label(step) })}
              title={t('ui.filter.remove', { label: label(step) })}
              onClick={() => void removeRecipeStep(index)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {!adding && (
        <button type="button" className="button small" data-testid="filter-add" onClick={() => setAdding(true)}>
          + {t('ui.filter.add')}
        </button>
      )}
      {adding && <FilterForm onDone={() => setAdding(false)} />}
    </div>
  );
}

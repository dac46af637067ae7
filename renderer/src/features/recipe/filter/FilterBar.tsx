import { useCallback, useState } from 'react';
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
  const request = useWorkbench((s) => s.filterRequest);
  // A column header asked for a filter on its column: the form opens on it (anew for each request).
  const [column, setColumn] = useState<{ name: string; nonce: number } | null>(null);
  const [seen, setSeen] = useState(request?.nonce ?? 0);
  if (request && request.nonce !== seen) {
    setSeen(request.nonce);
    setColumn({ name: request.column, nonce: request.nonce });
    setAdding(true);
  }
  const done = useCallback(() => {
    setAdding(false);
    setColumn(null);
  }, []);
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
      {adding && <FilterForm key={column?.nonce ?? 0} column={column?.name ?? null} onDone={done} />}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterMatch } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { useLocale } from '../../../i18n/useLocale';
import { useStepTarget } from '../steps/useStepTarget';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { ConditionRow } from './ConditionRow';
import { buildFilter, type ConditionDraft, draftOf, emptyDraft, flatConditions, opsFor } from './filterOps';
import './filter.css';

/**
 * One filter step: one or more conditions, all of them (AND) or at least one (OR). A new step
 * starts from the result (on `column` when given: a column header's filter); with `stepId`, that
 * filter step is edited on the table before it and saved in place.
 */
export function FilterForm({ onDone, stepId = null, column = null }: { onDone(): void; stepId?: string | null; column?: string | null }) {
  const { t } = useTranslation();
  const target = useStepTarget('filter', stepId);
  const editing = target.step;
  const columns = target.columns;
  const locale = useLocale();
  const [drafts, setDrafts] = useState<ConditionDraft[]>(() =>
    editing ? flatConditions(editing).map((c) => draftOf(c, locale)) : [column ? headerDraft(column, columns) : emptyDraft(columns[0]?.name ?? '')],
  );
  const [match, setMatch] = useState<FilterMatch>(editing?.match ?? 'all');
  const [invalid, setInvalid] = useState<number[]>([]);

  useEffect(() => {
    if (target.gone) onDone();
  }, [target.gone, onDone]);

  const change = (i: number, draft: ConditionDraft) => {
    setDrafts((all) => all.map((d, k) => (k === i ? draft : d)));
    setInvalid((bad) => bad.filter((k) => k !== i));
  };

  const submit = async () => {
    const built = buildFilter(columns, drafts, match, locale);
    if ('invalid' in built) {
      setInvalid(built.invalid);
      return;
    }
    if (await target.submit(built.step)) onDone();
  };

  return (
    <form
      className="filter-form"
      data-testid="filter-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      {drafts.length > 1 && (
        <LabelledSelect layout="field-inline" label={t('ui.filter.match')} data-testid="filter-match" value={match} onChange={(e) => setMatch(e.target.value === 'any' ? 'any' : 'all')}>
          <option value="all">{t('ui.filter.matchAll')}</option>
          <option value="any">{t('ui.filter.matchAny')}</option>
        </LabelledSelect>
      )}
      {drafts.map((draft, i) => (
        <ConditionRow
          key={i}
          index={i}
          columns={columns}
          recipe={target.recipeBefore}
          draft={draft}
          invalid={invalid.includes(i)}
          autoFocus={i === 0}
          onChange={(d) => change(i, d)}
          onRemove={drafts.length > 1 ? () => setDrafts((all) => all.filter((_, k) => k !== i)) : undefined}
        />
      ))}
      <div className="filter-form-actions">
        <button type="button" className="button subtle small" data-testid="filter-add-condition" onClick={() => setDrafts((all) => [...all, emptyDraft(columns[0]?.name ?? '')])}>
          + {t('ui.filter.addCondition')}
        </button>
        <button type="submit" className="button primary small" data-testid="filter-apply">
          {t(editing ? 'ui.filter.save' : 'ui.filter.apply')}
        </button>
        <button type="button" className="button subtle small" onClick={onDone}>
          {t('ui.filter.cancel')}
        </button>
        {invalid.length > 0 && (
          <span className="field-error" aria-live="polite" data-testid="filter-invalid">
            {t('ui.filter.invalidValue')}
          </span>
        )}
      </div>
    </form>
  );
}

/** A filter from a column header starts as a spreadsheet's autofilter does: its values to tick, with their counts. */
function headerDraft(column: string, columns: readonly ColumnInfo[]): ConditionDraft {
  const type = columns.find((c) => c.name === column)?.type ?? 'text';
  return { ...emptyDraft(column), op: opsFor(type).includes('in') ? 'in' : 'eq' };
}

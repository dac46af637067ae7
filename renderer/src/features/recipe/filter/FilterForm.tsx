import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterMatch } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { useLocale } from '../../../i18n/useLocale';
import { useWorkbench } from '../../../state/hooks';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { ConditionRow } from './ConditionRow';
import { buildFilter, type ConditionDraft, emptyDraft } from './filterOps';
import './filter.css';

const NO_COLUMNS: ColumnInfo[] = [];

/** One filter step: one or more conditions, all of them (AND) or at least one (OR). */
export function FilterForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const columns = useWorkbench((s) => s.project?.result?.columns) ?? NO_COLUMNS;
  const addStep = useWorkbench((s) => s.addStep);
  const locale = useLocale();
  const [drafts, setDrafts] = useState<ConditionDraft[]>(() => [emptyDraft(columns[0]?.name ?? '')]);
  const [match, setMatch] = useState<FilterMatch>('all');
  const [invalid, setInvalid] = useState<number[]>([]);

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
    if (await addStep(built.step)) onDone();
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
          {t('ui.filter.apply')}
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

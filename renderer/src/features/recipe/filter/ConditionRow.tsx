import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterOp, Recipe } from '../../../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../../../shared/model/table';
import { formatCount, formatDate, formatNumber } from '../../../format/format';
import { useLocale } from '../../../i18n/useLocale';
import { useRovingFocus } from '../../../app/keyboard/roving';
import { useApi, useRun } from '../../../state/hooks';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { type ConditionDraft, emptyDraft, opsFor, sortDistinct, valueInputFor } from './filterOps';

const DISTINCT_LIMIT = 500;

interface Props {
  index: number;
  columns: readonly ColumnInfo[];
  /** The recipe whose table the values come from (the table before the step). */
  recipe: Recipe | null;
  draft: ConditionDraft;
  invalid: boolean;
  onChange(draft: ConditionDraft): void;
  onRemove?: () => void;
  autoFocus?: boolean;
}

/** One condition: column, condition and its value(s); a value list shows the values that occur, with their counts. */
export function ConditionRow({ index, columns, recipe, draft, invalid, onChange, onRemove, autoFocus }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const run = useRun();
  const ids = { value: useId(), min: useId(), max: useId() };
  const valueList = useRef<HTMLUListElement>(null);
  const roving = useRovingFocus(valueList, 'input[type="checkbox"]');
  const column = columns.find((c) => c.name === draft.column) ?? null;
  const input = column ? valueInputFor(column.type, draft.op) : 'none';
  const needsDistinct = input === 'list' || input === 'distinct';
  const [distinct, setDistinct] = useState<{ values: { value: Cell; n: number }[]; truncated: boolean } | null>(null);
  // The first condition keeps the test ids it always had.
  const testId = (name: string) => (index === 0 ? `filter-${name}` : `filter-${name}-${index + 1}`);

  useEffect(() => {
    setDistinct(null);
    if (!column || !needsDistinct) return;
    let stale = false;
    void run(() => api['table.distinct']({ recipe, column: column.name, limit: DISTINCT_LIMIT })).then((r) => {
      if (!stale && r) setDistinct({ values: sortDistinct(r.values, column, locale), truncated: r.truncated });
    });
    return () => {
      stale = true;
    };
  }, [column, needsDistinct, api, run, locale, recipe]);

  const shown = (v: Cell) =>
    v === null ? t('ui.filter.emptyValue') : typeof v === 'number' ? formatNumber(v, locale) : typeof v === 'boolean' ? t(v ? 'ui.filter.yes' : 'ui.filter.no') : column?.type === 'date' ? formatDate(v, locale) : v;
  const ticked = (v: Cell) => draft.values.some((x) => x === v);
  const toggle = (v: Cell, on: boolean) => onChange({ ...draft, values: on ? [...draft.values, v] : draft.values.filter((x) => x !== v) });
  const setOp = (op: FilterOp) => onChange({ ...draft, op });
  const text = (field: 'value' | 'min' | 'max', type: 'text' | 'date', id: string, label?: string) => (
    <input
      id={id}
      data-testid={testId(field === 'value' ? 'value' : field)}
      aria-label={label}
      type={type}
      inputMode={column && (column.type === 'integer' || column.type === 'decimal') ? 'decimal' : undefined}
      value={draft[field]}
      aria-invalid={invalid}
      onChange={(e) => onChange({ ...draft, [field]: e.target.value })}
    />
  );

  return (
    <div className="filter-condition" data-testid="filter-condition">
      <LabelledSelect
        layout="bare"
        label={t('ui.filter.column')}
        autoFocus={autoFocus}
        data-testid={testId('column')}
        value={draft.column}
        onChange={(e) => {
          const next = columns.find((c) => c.name === e.target.value);
          // Keep the condition where it fits the new column's type.
          onChange({ ...emptyDraft(e.target.value), op: next && opsFor(next.type).includes(draft.op) ? draft.op : 'eq' });
        }}
      >
        {columns.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}
          </option>
        ))}
      </LabelledSelect>
      <LabelledSelect layout="bare" label={t('ui.filter.op')} data-testid={testId('op')} value={draft.op} onChange={(e) => setOp(e.target.value as FilterOp)}>
        {(column ? opsFor(column.type) : []).map((o) => (
          <option key={o} value={o}>
            {t(`ui.filter.ops.${o}`)}
          </option>
        ))}
      </LabelledSelect>
      {input === 'distinct' && (
        <>
          <label htmlFor={ids.value}>{t('ui.filter.value')}</label>
          <select id={ids.value} data-testid={testId('value')} value={draft.value} aria-invalid={invalid} onChange={(e) => onChange({ ...draft, value: e.target.value })}>
            <option value="">{t('ui.filter.choose')}</option>
            {(distinct?.values ?? []).flatMap(({ value }) =>
              value === null ? [] : [<option key={String(value)} value={String(value)}>{String(value)}</option>],
            )}
          </select>
        </>
      )}
      {input === 'boolean' && (
        <>
          <label htmlFor={ids.value}>{t('ui.filter.value')}</label>
          <select id={ids.value} data-testid={testId('value')} value={draft.value} aria-invalid={invalid} onChange={(e) => onChange({ ...draft, value: e.target.value })}>
            <option value="">{t('ui.filter.choose')}</option>
            <option value="true">{t('ui.filter.yes')}</option>
            <option value="false">{t('ui.filter.no')}</option>
          </select>
        </>
      )}
      {(input === 'text' || input === 'number' || input === 'date') && (
        <>
          <label htmlFor={ids.value}>{t('ui.filter.value')}</label>
          {text('value', input === 'date' ? 'date' : 'text', ids.value)}
        </>
      )}
      {input === 'range' && (
        <>
          <label htmlFor={ids.min}>{t('ui.filter.from')}</label>
          {text('min', column?.type === 'date' ? 'date' : 'text', ids.min)}
          <label htmlFor={ids.max}>{t('ui.filter.to')}</label>
          {text('max', column?.type === 'date' ? 'date' : 'text', ids.max)}
          <span className="muted">{t('ui.filter.openEnd')}</span>
        </>
      )}
      {onRemove && (
        <button type="button" className="icon-button" data-testid={testId('remove-condition')} aria-label={t('ui.filter.removeCondition')} title={t('ui.filter.removeCondition')} onClick={onRemove}>
          ×
        </button>
      )}
      {input === 'list' && (
        <fieldset className="filter-values" data-testid={testId('values')} aria-invalid={invalid}>
          <legend>{t('ui.filter.values')}</legend>
          <div className="filter-values-actions">
            <button type="button" className="button subtle small" onClick={() => onChange({ ...draft, values: (distinct?.values ?? []).map((v) => v.value) })}>
              {t('ui.filter.selectAll')}
            </button>
            <button type="button" className="button subtle small" onClick={() => onChange({ ...draft, values: [] })}>
              {t('ui.filter.selectNone')}
            </button>
          </div>
          {/* One Tab stop: the arrow keys move between the values (roving.ts). */}
          <ul ref={valueList} {...roving}>
            {(distinct?.values ?? []).map(({ value, n }) => (
              <li key={value === null ? '\u0000' : `${typeof value}:${String(value)}`}>
                <label className="checkbox">
                  <input type="checkbox" data-testid="filter-list-value" data-value={String(value)} checked={ticked(value)} onChange={(e) => toggle(value, e.target.checked)} />
                  <span>{shown(value)}</span>
                  <span className="muted">({formatCount(n, locale)})</span>
                </label>
              </li>
            ))}
          </ul>
          {distinct?.truncated && <p className="muted">{t('ui.filter.truncated')}</p>}
        </fieldset>
      )}
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterOp } from '../../../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../../../shared/model/table';
import { buildFilter, inLevelOrder, needsValue, opsFor, valueInputFor } from './filterOps';
import { useLocale } from '../../../i18n/useLocale';
import { useApi, useRun, useWorkbench } from '../../../state/hooks';
import { LabelledSelect } from '../../../ui/LabelledSelect';

const DISTINCT_LIMIT = 500;
const NO_COLUMNS: ColumnInfo[] = [];

/** Column, condition and value; for text columns the value is picked from the values that occur. */
export function FilterForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const columns = useWorkbench((s) => s.project?.result?.columns) ?? NO_COLUMNS;
  const api = useApi();
  const run = useRun();
  const addStep = useWorkbench((s) => s.addStep);
  const locale = useLocale();
  const [columnName, setColumnName] = useState(columns[0]?.name ?? '');
  const column = columns.find((c) => c.name === columnName) ?? null;
  const ops = column ? opsFor(column.type) : [];
  const [op, setOp] = useState<FilterOp>('eq');
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [distinct, setDistinct] = useState<{ values: Cell[]; truncated: boolean } | null>(null);
  const ids = { value: useId() };
  const firstField = useRef<HTMLSelectElement>(null);
  const input = column ? valueInputFor(column.type, op) : 'text';

  useEffect(() => firstField.current?.focus(), []);

  // Keep the condition valid for the column's type.
  useEffect(() => {
    if (column && !opsFor(column.type).includes(op)) setOp('eq');
  }, [column, op]);

  useEffect(() => {
    setDistinct(null);
    setValue('');
    if (!column || (column.type !== 'text' && column.type !== 'ordinal')) return;
    let stale = false;
    void run(() => api['table.distinct']({ recipe: null, column: column.name, limit: DISTINCT_LIMIT })).then((r) => {
      if (!stale && r) {
        const values = r.values.map((v) => v.value).filter((v) => v !== null);
        setDistinct({ values: column.levels ? inLevelOrder(values, column.levels) : values, truncated: r.truncated });
      }
    });
    return () => {
      stale = true;
    };
  }, [column, api, run]);

  const submit = async () => {
    if (!column) return;
    const step = buildFilter(column, op, value, locale);
    if (!step) {
      setInvalid(true);
      return;
    }
    if (await addStep(step)) onDone();
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
      <LabelledSelect
        layout="bare"
        label={t('ui.filter.column')}
        ref={firstField}
        data-testid="filter-column"
        value={columnName}
        onChange={(e) => {
          setColumnName(e.target.value);
          setInvalid(false);
        }}
      >
        {columns.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}
          </option>
        ))}
      </LabelledSelect>
      <LabelledSelect layout="bare" label={t('ui.filter.op')} data-testid="filter-op" value={op} onChange={(e) => setOp(e.target.value as FilterOp)}>
        {ops.map((o) => (
          <option key={o} value={o}>
            {t(`ui.filter.ops.${o}`)}
          </option>
        ))}
      </LabelledSelect>
      {needsValue(op) && (
        <>
          <label htmlFor={ids.value}>{t('ui.filter.value')}</label>
          {input === 'distinct' ? (
            <select
              id={ids.value}
              data-testid="filter-value"
              value={value}
              aria-invalid={invalid}
              onChange={(e) => {
                setValue(e.target.value);
                setInvalid(false);
              }}
            >
              <option value="">{t('ui.filter.choose')}</option>
              {(distinct?.values ?? []).map((v) => (
                <option key={String(v)} value={String(v)}>
                  {String(v)}
                </option>
              ))}
            </select>
          ) : input === 'boolean' ? (
            <select id={ids.value} data-testid="filter-value" value={value} onChange={(e) => setValue(e.target.value)}>
              <option value="">{t('ui.filter.choose')}</option>
              <option value="true">{t('ui.filter.yes')}</option>
              <option value="false">{t('ui.filter.no')}</option>
            </select>
          ) : (
            <input
              id={ids.value}
              data-testid="filter-value"
              type={input === 'date' ? 'date' : 'text'}
              inputMode={input === 'number' ? 'decimal' : undefined}
              value={value}
              aria-invalid={invalid}
              onChange={(e) => {
                setValue(e.target.value);
                setInvalid(false);
              }}
            />
          )}
        </>
      )}
      <button type="submit" className="button primary small" data-testid="filter-apply">
        {t('ui.filter.apply')}
      </button>
      <button type="button" className="button subtle small" onClick={onDone}>
        {t('ui.filter.cancel')}
      </button>
      {invalid && (
        <span className="field-error" aria-live="polite" data-testid="filter-invalid">
          {t('ui.filter.invalidValue')}
        </span>
      )}
      {distinct?.truncated && input === 'distinct' && <span className="muted">{t('ui.filter.truncated')}</span>}
    </form>
  );
}

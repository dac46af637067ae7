import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../../shared/model/message';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { FieldProblem } from '../steps/EditorParts';
import { Icon } from '../steps/icons';
import { AGGREGATE_FNS, type AggregateDraft, changeAggregate, columnsFor, type NameWords, needsColumn, needsValue, numericOnly, opsFor, type ShareOp } from './groupDraft';

interface Props {
  index: number;
  value: AggregateDraft;
  columns: ColumnInfo[];
  words: NameWords;
  problems: { name: Message | null; value: Message | null; column: Message | null } | null;
  onChange(next: AggregateDraft): void;
  onRemove(): void;
}

/**
 * One figure of a group step: what it computes, of which column (a share: under which
 * condition), and the name of its column in the result.
 */
export function AggregateRow({ index, value: d, columns, words, problems, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const ids = { name: useId(), value: useId(), nameProblem: useId(), valueProblem: useId(), columnProblem: useId() };
  const change = (patch: Partial<AggregateDraft>) => onChange(changeAggregate(d, patch, columns, words));
  const column = columns.find((c) => c.name === d.column);
  const offered = columnsFor(d.fn, columns);
  const ops: ShareOp[] = d.op === 'in' ? [...opsFor(column?.type), 'in'] : opsFor(column?.type);
  const n = index + 1;

  return (
    <li className="aggregate-row" data-testid="group-aggregate">
      <fieldset>
        <legend className="visually-hidden">{t('ui.steps.group.row', { n })}</legend>
        <LabelledSelect label={t('ui.steps.group.fn')} data-testid="group-fn" value={d.fn} onChange={(e) => change({ fn: e.target.value as AggregateDraft['fn'] })}>
          {AGGREGATE_FNS.map((fn) => (
            <option key={fn} value={fn}>
              {t(`ui.recipe.aggregates.${fn}`)}
            </option>
          ))}
        </LabelledSelect>
        {needsColumn(d.fn) && (
          <LabelledSelect
            label={d.fn === 'share' ? t('ui.steps.group.condition') : t('ui.steps.group.column')}
            data-testid="group-column"
            value={d.column}
            aria-invalid={problems?.column ? true : undefined}
            aria-describedby={problems?.column ? ids.columnProblem : undefined}
            onChange={(e) => change({ column: e.target.value })}
          >
            {!column && <option value={d.column}>{d.column}</option>}
            {offered.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </LabelledSelect>
        )}
        {d.fn === 'share' && (
          <LabelledSelect label={<span className="visually-hidden">{t('ui.filter.op')}</span>} data-testid="group-op" value={d.op} onChange={(e) => change({ op: e.target.value as ShareOp })}>
            {ops.map((op) => (
              <option key={op} value={op}>
                {t(`ui.filter.ops.${op}`)}
              </option>
            ))}
          </LabelledSelect>
        )}
        {d.fn === 'share' && needsValue(d.op) && <ValueField id={ids.value} type={column?.type} levels={column?.levels} value={d.value} invalid={problems?.value ?? null} problemId={ids.valueProblem} onChange={(value) => change({ value })} />}
        <span className="field aggregate-name">
          <label htmlFor={ids.name}>{t('ui.steps.group.name')}</label>
          <input
            id={ids.name}
            data-testid="group-name"
            value={d.name}
            aria-invalid={problems?.name ? true : undefined}
            aria-describedby={problems?.name ? ids.nameProblem : undefined}
            onChange={(e) => change({ name: e.target.value })}
          />
        </span>
        <button type="button" className="icon-button aggregate-remove" data-testid="group-remove" aria-label={t('ui.steps.group.remove', { n })} title={t('ui.steps.group.remove', { n })} onClick={onRemove}>
          <Icon name="remove" />
        </button>
      </fieldset>
      {numericOnly(d.fn) && offered.length === 0 && <p className="field-error">{t('ui.steps.group.noNumeric')}</p>}
      <FieldProblem id={ids.columnProblem} problem={problems?.column ?? null} />
      <FieldProblem id={ids.valueProblem} problem={problems?.value ?? null} />
      <FieldProblem id={ids.nameProblem} problem={problems?.name ?? null} />
    </li>
  );
}

/** The share's value: yes/no for a yes/no column, a level for levels, a date picker for dates, else typed. */
function ValueField(props: { id: string; type: ColumnInfo['type'] | undefined; levels: string[] | undefined; value: string; invalid: Message | null; problemId: string; onChange(v: string): void }) {
  const { t } = useTranslation();
  const common = {
    'data-testid': 'group-value',
    'aria-invalid': props.invalid ? true : undefined,
    'aria-describedby': props.invalid ? props.problemId : undefined,
  } as const;
  const label = t('ui.steps.group.value');
  if (props.type === 'boolean' || (props.type === 'ordinal' && (props.levels ?? []).length > 0)) {
    const options = props.type === 'boolean' ? [['true', t('ui.steps.group.yes')], ['false', t('ui.steps.group.no')]] : props.levels!.map((l) => [l, l]);
    return (
      <LabelledSelect label={label} {...common} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{t('ui.filter.choose')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </LabelledSelect>
    );
  }
  return (
    <span className="field">
      <label htmlFor={props.id}>{label}</label>
      <input id={props.id} type={props.type === 'date' ? 'date' : 'text'} inputMode={props.type === 'integer' || props.type === 'decimal' ? 'decimal' : undefined} {...common} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </span>
  );
}

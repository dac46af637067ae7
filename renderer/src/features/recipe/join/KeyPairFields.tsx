import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type JoinKey, KEY_OPTIONS } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { LabelledSelect } from '../../../ui/LabelledSelect';

interface Props {
  index: number;
  value: JoinKey;
  leftColumns: readonly ColumnInfo[];
  rightColumns: readonly ColumnInfo[];
  onChange(key: JoinKey): void;
  /** Absent for the only key pair: a join needs one. */
  onRemove?: () => void;
}

/** One key pair of a join: a column on each side, and how their values are compared. */
export function KeyPairFields({ index, value, leftColumns, rightColumns, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // The first pair keeps the test ids it always had.
  const testId = (name: string) => (index === 0 ? `join-${name}` : `join-${name}-${index + 1}`);
  return (
    <fieldset className="join-key full" data-testid="join-key">
      <legend>{t('ui.join.keyPair', { n: index + 1 })}</legend>
      <div className="form-grid">
        <LabelledSelect layout="bare" label={t('ui.join.leftKey')} data-testid={testId('left-key')} value={value.left} onChange={(e) => onChange({ ...value, left: e.target.value })}>
          {columnOptions(leftColumns)}
        </LabelledSelect>
        <LabelledSelect layout="bare" label={t('ui.join.rightKey')} data-testid={testId('right-key')} value={value.right} onChange={(e) => onChange({ ...value, right: e.target.value })}>
          {columnOptions(rightColumns)}
        </LabelledSelect>
      </div>
      <div className="join-key-options" role="group" aria-label={t('ui.join.compare')}>
        {KEY_OPTIONS.map((option) => (
          <label key={option} className="checkbox" htmlFor={`${id}-${option}`}>
            <input
              id={`${id}-${option}`}
              type="checkbox"
              data-testid={testId(`option-${option}`)}
              checked={value[option]}
              onChange={(e) => onChange({ ...value, [option]: e.target.checked })}
            />
            {t(`ui.join.options.${option}`)}
          </label>
        ))}
      </div>
      {onRemove && (
        <button type="button" className="button subtle small" data-testid={testId('remove-key')} onClick={onRemove}>
          {t('ui.join.removeKey')}
        </button>
      )}
    </fieldset>
  );
}

/** One option per column, by name. */
export function columnOptions(columns: ReadonlyArray<{ name: string }>) {
  return columns.map((c) => (
    <option key={c.name} value={c.name}>
      {c.name}
    </option>
  ));
}

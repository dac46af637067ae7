import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../../shared/model/message';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { useMessageText } from '../../../ui/useMessageText';

/**
 * Columns to tick, for a step's keys: ticking adds a column at the end of `value`, so the order
 * the user chose (or the step had) stays.
 */
export function ColumnChecks(props: { legend: string; hideLegend?: boolean; hint?: string; columns: ColumnInfo[]; value: string[]; onChange(next: string[]): void; testId: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const hintId = useId();
  const { columns, value, onChange } = props;
  const toggle = (name: string, on: boolean) => onChange(on ? [...value.filter((v) => v !== name), name] : value.filter((v) => v !== name));
  return (
    <fieldset className="column-checks" disabled={props.disabled} aria-describedby={props.hint ? hintId : undefined}>
      <legend className={props.hideLegend ? 'visually-hidden' : undefined}>{props.legend}</legend>
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      <ul>
        {columns.map((c) => (
          <li key={c.name}>
            <label className="checkbox">
              <input type="checkbox" data-testid={props.testId} value={c.name} checked={value.includes(c.name)} onChange={(e) => toggle(c.name, e.target.checked)} />
              <span className="column-label">
                {c.name} <span className="muted column-type">{t(`ui.types.${c.type}`)}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A problem under a field, tied to it by `id` (the field's aria-describedby). */
export function FieldProblem({ id, problem, testId }: { id: string; problem: Message | null; testId?: string }) {
  const text = useMessageText();
  if (!problem) return null;
  return (
    <p id={id} className="field-error" data-testid={testId ?? 'step-editor-problem'}>
      {text(problem)}
    </p>
  );
}

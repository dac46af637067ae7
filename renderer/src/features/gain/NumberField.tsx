import { useId, useState } from 'react';
import { formatNumber, parseLocaleNumber } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';

interface Props {
  label: string;
  /** NaN while what was typed is not a number. */
  value: number;
  onChange(value: number): void;
  testId: string;
  hint?: string;
  /** Width in characters. */
  size?: number;
  /** Hides the label (a table column names the field); it stays the field's accessible name. */
  hideLabel?: boolean;
}

/**
 * A number typed in the interface's format (`2,5` in Dutch): the text stays as typed, the value
 * goes up parsed (NaN when it is not a number). A new value from outside (a restored view) replaces the text.
 */
export function NumberField({ label, value, onChange, testId, hint, size = 6, hideLabel = false }: Props) {
  const locale = useLocale();
  const id = useId();
  const hintId = useId();
  const show = (v: number) => (Number.isFinite(v) ? formatNumber(v, locale, 4) : '');
  const [text, setText] = useState(() => show(value));
  const [seen, setSeen] = useState(value);
  if (!Object.is(value, seen)) {
    setSeen(value);
    const typed = parseLocaleNumber(text, locale) ?? Number.NaN;
    if (!Object.is(typed, value)) setText(show(value));
  }
  return (
    <span className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        data-testid={testId}
        inputMode="decimal"
        size={size}
        value={text}
        aria-invalid={text.trim() !== '' && !Number.isFinite(value)}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => {
          const next = parseLocaleNumber(e.target.value, locale) ?? Number.NaN;
          setText(e.target.value);
          setSeen(next);
          onChange(next);
        }}
      />
      {hint && (
        <span id={hintId} className="visually-hidden">
          {hint}
        </span>
      )}
    </span>
  );
}

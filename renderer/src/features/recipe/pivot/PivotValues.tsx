import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../../shared/model/message';
import { formatCount } from '../../../format/format';
import { useLocale } from '../../../i18n/useLocale';
import { useMessageText } from '../../../ui/useMessageText';
import { FieldProblem } from '../steps/EditorParts';
import type { PivotValueRow } from './pivotDraft';

interface Props {
  rows: PivotValueRow[];
  /** The value as the list shows it (a number with the locale's decimal sign, yes/no as words). */
  label(row: PivotValueRow): string;
  loading: boolean;
  truncated: boolean;
  problem: Message | null;
  names: Array<Message | null>;
  onChange(rows: PivotValueRow[]): void;
  onTakeAll(): void;
}

/**
 * The values of the pivot column: each with its rows, a tick (it becomes a column) and the name of
 * that column; a button takes them all, in sorted order.
 */
export function PivotValues({ rows, label, loading, truncated, problem, names, onChange, onTakeAll }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useMessageText();
  const ids = { legend: useId(), problem: useId(), row: useId() };
  const chosen = rows.filter((r) => r.chosen).length;
  const change = (i: number, patch: Partial<PivotValueRow>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));

  return (
    <fieldset className="pivot-values" aria-describedby={problem ? ids.problem : undefined}>
      <legend id={ids.legend}>{t('ui.steps.pivot.values')}</legend>
      <div className="select-bar">
        <button type="button" className="button subtle small" data-testid="pivot-all" disabled={rows.length === 0} onClick={onTakeAll}>
          {t('ui.steps.pivot.takeAll')}
        </button>
        <button type="button" className="button subtle small" data-testid="pivot-none" disabled={chosen === 0} onClick={() => onChange(rows.map((r) => ({ ...r, chosen: false })))}>
          {t('ui.steps.editor.none')}
        </button>
        <span className="muted" aria-live="polite" data-testid="pivot-chosen">
          {loading ? t('ui.steps.pivot.loading') : t('ui.steps.pivot.chosen', { count: chosen, total: rows.length })}
        </span>
      </div>
      {truncated && <p className="hint">{t('ui.steps.pivot.truncated')}</p>}
      <FieldProblem id={ids.problem} problem={problem} />
      {rows.length > 0 && (
        <ol className="select-list pivot-value-list" aria-labelledby={ids.legend}>
          {rows.map((r, i) => {
            const shown = label(r);
            const problemId = `${ids.row}-${i}`;
            const nameProblem = names[i] ?? null;
            return (
              <li key={`${i}:${typeof r.value}:${String(r.value)}`} className={r.chosen ? 'select-row pivot-value' : 'select-row pivot-value unchosen'} data-testid="pivot-value" data-value={String(r.value)}>
                <label className="checkbox select-keep">
                  <input type="checkbox" data-testid="pivot-take" checked={r.chosen} onChange={(e) => change(i, { chosen: e.target.checked })} />
                  <span>
                    {shown}{' '}
                    <span className="muted pivot-count" data-testid="pivot-count">
                      {r.n === null ? '' : t('ui.steps.pivot.rows', { count: r.n, formatted: formatCount(r.n, locale) })}
                    </span>
                  </span>
                </label>
                <input
                  data-testid="pivot-name"
                  value={r.name}
                  aria-label={t('ui.steps.pivot.name', { value: shown })}
                  disabled={!r.chosen}
                  aria-invalid={nameProblem ? true : undefined}
                  aria-describedby={nameProblem ? problemId : undefined}
                  onChange={(e) => change(i, { name: e.target.value })}
                />
                {nameProblem && (
                  <p id={problemId} className="field-error select-problem" data-testid="step-editor-problem">
                    {text(nameProblem)}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </fieldset>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectStep } from '../../../../../shared/model/recipe';
import { useMessageText } from '../../../ui/useMessageText';
import { EditorModal, type StepEditorProps } from '../steps/EditorModal';
import { Icon } from '../steps/icons';
import { buildSelect, moveRow, rowsOf, type SelectRow } from './selectDraft';

/**
 * The select step's editor: every column of the table before the step with a tick (kept or
 * not), a new name, and buttons to move it up or down; the step keeps the ticked ones in the
 * order of the list.
 */
export function SelectEditor({ columns, initial, title, submitLabel, onSubmit, onClose }: StepEditorProps<SelectStep>) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [rows, setRows] = useState<SelectRow[]>(() => rowsOf(initial, columns));
  const [tried, setTried] = useState(false);
  const idBase = useId();
  const built = buildSelect(rows, columns);
  const problems = tried && 'problems' in built ? built.problems : null;
  const kept = rows.filter((r) => r.keep).length;

  const change = (i: number, patch: Partial<SelectRow>) => setRows((all) => all.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  /** Moves a row and keeps the focus on the button pressed, or on its twin when that one can go no further. */
  const move = (i: number, delta: number, button: HTMLButtonElement) => {
    const list = button.closest('ol');
    setRows((all) => moveRow(all, i, delta));
    requestAnimationFrame(() => {
      const row = list?.children[i + delta];
      const same = row?.querySelector<HTMLButtonElement>(delta < 0 ? '[data-testid="select-up"]' : '[data-testid="select-down"]');
      const other = row?.querySelector<HTMLButtonElement>(delta < 0 ? '[data-testid="select-down"]' : '[data-testid="select-up"]');
      (same && !same.disabled ? same : other)?.focus();
    });
  };

  const submit = () => {
    setTried(true);
    if ('step' in built) onSubmit(built.step);
  };

  return (
    <EditorModal testPrefix="select" title={title} submitLabel={submitLabel} size="large" onClose={onClose} onSubmit={submit}>
      <p className="muted">{t('ui.steps.select.intro')}</p>
      <div className="select-bar">
        <button type="button" className="button subtle small" data-testid="select-all" onClick={() => setRows((all) => all.map((r) => ({ ...r, keep: true })))}>
          {t('ui.steps.editor.all')}
        </button>
        <button type="button" className="button subtle small" data-testid="select-none" onClick={() => setRows((all) => all.map((r) => ({ ...r, keep: false })))}>
          {t('ui.steps.editor.none')}
        </button>
        <span className="muted" aria-live="polite" data-testid="select-kept">
          {t('ui.steps.select.kept', { count: kept, total: rows.length })}
        </span>
      </div>
      {problems?.list && (
        <p className="field-error" data-testid="step-editor-problem">
          {text(problems.list)}
        </p>
      )}
      <ol className="select-list">
        {rows.map((r, i) => {
          const problem = problems?.rows[i] ?? null;
          const problemId = `${idBase}-problem-${i}`;
          return (
            <li key={r.column} className={r.keep ? 'select-row' : 'select-row dropped'} data-testid="select-row" data-column={r.column}>
              <label className="checkbox select-keep">
                <input type="checkbox" data-testid="select-keep" checked={r.keep} aria-label={t('ui.steps.select.keep', { name: r.column })} onChange={(e) => change(i, { keep: e.target.checked })} />
                <span>{r.column}</span>
              </label>
              <input
                className="select-rename"
                data-testid="select-rename"
                value={r.as}
                placeholder={t('ui.steps.select.renamePlaceholder')}
                aria-label={t('ui.steps.select.rename', { name: r.column })}
                disabled={!r.keep}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? problemId : undefined}
                onChange={(e) => change(i, { as: e.target.value })}
              />
              <span className="select-move">
                <button type="button" className="icon-button" data-testid="select-up" aria-label={t('ui.steps.select.up', { name: r.column })} title={t('ui.steps.select.up', { name: r.column })} disabled={i === 0} onClick={(e) => move(i, -1, e.currentTarget)}>
                  <Icon name="up" />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  data-testid="select-down"
                  aria-label={t('ui.steps.select.down', { name: r.column })}
                  title={t('ui.steps.select.down', { name: r.column })}
                  disabled={i === rows.length - 1}
                  onClick={(e) => move(i, 1, e.currentTarget)}
                >
                  <Icon name="down" />
                </button>
              </span>
              {problem && (
                <p id={problemId} className="field-error select-problem" data-testid="step-editor-problem">
                  {text(problem)}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </EditorModal>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StackStep } from '../../../../../shared/model/recipe';
import { formatCount } from '../../../format/format';
import { useLocale } from '../../../i18n/useLocale';
import { useMessageText } from '../../../ui/useMessageText';
import { EditorModal, type StepEditorProps } from '../steps/EditorModal';
import { Icon } from '../steps/icons';
import { buildStack, moveRow, rowsOf, type StackRow, type StackSource, stackProblem } from './stackDraft';
import './stack.css';

/** How many missing or extra columns a source's line names. */
const SHOWN_COLUMNS = 6;

/**
 * The stack step's editor: the other sources of the project, each with a tick (its rows go under
 * the table), whether its columns are the table's, and buttons to move it up or down; the rows
 * come in the order of the list. A source whose columns do not fit cannot be applied.
 */
export function StackEditor({ columns, initial, title, submitLabel, onSubmit, onClose, sources, base }: StepEditorProps<StackStep> & { sources: StackSource[]; base: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useMessageText();
  const [rows, setRows] = useState<StackRow[]>(() => rowsOf(initial, sources, base));
  const [tried, setTried] = useState(false);
  const idBase = useId();
  const built = buildStack(rows, sources, columns);
  const problems = 'problems' in built ? built.problems : null;
  const byId = new Map(sources.map((s) => [s.id, s]));
  // Whether each source fits shows before anything is tried: it is what the user chooses by.
  const fit = rows.map((r) => stackProblem(byId.get(r.id), r.id, columns, SHOWN_COLUMNS));

  const change = (i: number, chosen: boolean) => setRows((all) => all.map((r, k) => (k === i ? { ...r, chosen } : r)));
  /** Moves a row and keeps the focus on the button pressed, or on its twin when that one can go no further. */
  const move = (i: number, delta: number, button: HTMLButtonElement) => {
    const list = button.closest('ol');
    setRows((all) => moveRow(all, i, delta));
    requestAnimationFrame(() => {
      const row = list?.children[i + delta];
      const same = row?.querySelector<HTMLButtonElement>(delta < 0 ? '[data-testid="stack-up"]' : '[data-testid="stack-down"]');
      const other = row?.querySelector<HTMLButtonElement>(delta < 0 ? '[data-testid="stack-down"]' : '[data-testid="stack-up"]');
      (same && !same.disabled ? same : other)?.focus();
    });
  };

  const submit = () => {
    setTried(true);
    if ('step' in built) onSubmit(built.step);
  };

  return (
    <EditorModal testPrefix="stack" title={title} submitLabel={submitLabel} size="wide" onClose={onClose} onSubmit={submit}>
      <p className="muted">{t('ui.steps.stack.intro')}</p>
      {rows.length === 0 ? (
        <p className="field-error" data-testid="stack-none-available">
          {t('ui.steps.stack.noOther')}
        </p>
      ) : (
        <fieldset>
          <legend>{t('ui.steps.stack.sources')}</legend>
          <p className="hint">{t('ui.steps.stack.orderHint')}</p>
          <ol className="select-list stack-list">
            {rows.map((r, i) => {
              const source = byId.get(r.id);
              const name = source?.name ?? t('ui.recipe.unknownSource');
              const problem = fit[i] ?? null;
              const fitId = `${idBase}-fit-${i}`;
              return (
                <li key={r.id} className="select-row stack-row" data-testid="stack-row" data-source={source?.name ?? r.id} data-fits={problem ? 'false' : 'true'}>
                  <label className="checkbox select-keep">
                    <input type="checkbox" data-testid="stack-take" checked={r.chosen} aria-describedby={fitId} aria-invalid={r.chosen && problem ? true : undefined} onChange={(e) => change(i, e.target.checked)} />
                    <span>
                      {name}{' '}
                      {source && <span className="muted stack-size">{t('ui.steps.stack.size', { rows: formatCount(source.rowCount, locale), columns: formatCount(source.columns.length, locale) })}</span>}
                    </span>
                  </label>
                  <span className="select-move">
                    <button type="button" className="icon-button" data-testid="stack-up" aria-label={t('ui.steps.stack.up', { name })} title={t('ui.steps.stack.up', { name })} disabled={i === 0} onClick={(e) => move(i, -1, e.currentTarget)}>
                      <Icon name="up" />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      data-testid="stack-down"
                      aria-label={t('ui.steps.stack.down', { name })}
                      title={t('ui.steps.stack.down', { name })}
                      disabled={i === rows.length - 1}
                      onClick={(e) => move(i, 1, e.currentTarget)}
                    >
                      <Icon name="down" />
                    </button>
                  </span>
                  <p id={fitId} className={problem ? (r.chosen ? 'field-error stack-fit' : 'hint stack-fit') : 'notice stack-fit'} data-testid={problem && r.chosen ? 'step-editor-problem' : 'stack-fit'}>
                    {problem ? text(problem) : t('ui.steps.stack.fits')}
                  </p>
                </li>
              );
            })}
          </ol>
        </fieldset>
      )}
      {tried && problems?.list && (
        <p className="field-error" data-testid="step-editor-problem">
          {text(problems.list)}
        </p>
      )}
    </EditorModal>
  );
}

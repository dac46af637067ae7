import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Dialect, type ExprProblem, parseExpression, printExpression, readExpression } from '../../../../../shared/expr';
import { isCleanName } from '../../../../../shared/model/names';
import type { Message } from '../../../../../shared/model/message';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { useLocale } from '../../../i18n/useLocale';
import { useBusy } from '../../../state/hooks';
import { useStepTarget } from '../steps/useStepTarget';
import { ActionRow } from '../../../ui/ActionRow';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { Modal } from '../../../ui/Modal';
import { useMessageText } from '../../../ui/useMessageText';
import { columnToken, type Edit, insertAt, lineAt } from './edit';
import { FunctionList } from './FunctionList';
import './derive.css';

/**
 * Compute a column with an expression: its name, the formula with a live check (the problem and
 * where it is, under the text), the columns and functions to insert at the cursor, and the
 * notation. Toepassen adds a derive step (or, editing one, saves it in place); the engine checks
 * it again against the recipe.
 */
export function DeriveDialog({ onClose, stepId = null }: { onClose(): void; stepId?: string | null }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const locale = useLocale();
  const target = useStepTarget('derive', stepId);
  const editing = target.step;
  const busy = useBusy();
  const columns = target.columns;
  const [name, setName] = useState(editing?.name ?? '');
  const [expression, setExpression] = useState(editing?.expression ?? '');
  const [dialect, setDialect] = useState<Dialect>(editing?.dialect ?? (locale === 'en' ? 'en' : 'nl'));
  useEffect(() => {
    if (target.gone) onClose();
  }, [target.gone, onClose]);
  const area = useRef<HTMLTextAreaElement>(null);
  const ids = { name: useId(), expression: useId(), problem: useId(), nameProblem: useId() };

  const read = useMemo(() => readExpression(expression, dialect, columns), [expression, dialect, columns]);
  const nameProblem = useMemo(() => nameMessage(name, columns), [name, columns]);
  const typing = expression.trim() !== '';
  const ready = read.ok && nameProblem === null;

  /** Replaces the text and puts the cursor where the edit says, once React has rendered it. */
  const apply = (edit: Edit) => {
    setExpression(edit.text);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(edit.cursor, edit.cursor);
    });
  };
  const insert = (token: string, back = 0) => {
    const el = area.current;
    apply(insertAt(expression, el?.selectionStart ?? expression.length, el?.selectionEnd ?? expression.length, token, back));
  };

  /** Another notation: a formula that reads in the old one is rewritten in the new one. */
  const changeDialect = (next: Dialect) => {
    const parsed = parseExpression(expression, dialect);
    if (parsed.ok) setExpression(printExpression(parsed.expr, next));
    setDialect(next);
  };

  const showProblem = (problem: ExprProblem) => {
    area.current?.focus();
    area.current?.setSelectionRange(problem.start, Math.max(problem.start, problem.end));
  };

  const submit = async () => {
    if (!ready) return;
    if (await target.submit({ kind: 'derive', name: name.trim(), expression, dialect })) onClose();
  };

  const title = editing ? t('ui.derive.editTitle', { n: target.index + 1 }) : t('ui.derive.title');
  return (
    <Modal title={title} testId="derive-dialog" onClose={onClose} large>
      <p className="muted">{t('ui.derive.intro')}</p>
      <form
        className="derive-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="derive-main">
          <span className="field">
            <label htmlFor={ids.name}>{t('ui.derive.name')}</label>
            <input
              id={ids.name}
              data-testid="derive-name"
              data-autofocus
              value={name}
              aria-invalid={name !== '' && nameProblem !== null}
              aria-describedby={nameProblem ? ids.nameProblem : undefined}
              onChange={(e) => setName(e.target.value)}
            />
          </span>
          {name !== '' && nameProblem && (
            <p id={ids.nameProblem} className="field-error" data-testid="derive-name-problem">
              {text(nameProblem)}
            </p>
          )}
          <LabelledSelect label={t('ui.derive.dialect')} data-testid="derive-dialect" value={dialect} onChange={(e) => changeDialect(e.target.value === 'en' ? 'en' : 'nl')}>
            <option value="nl">{t('ui.derive.dialectNl')}</option>
            <option value="en">{t('ui.derive.dialectEn')}</option>
          </LabelledSelect>
          <span className="field derive-expression">
            <label htmlFor={ids.expression}>{t('ui.derive.expression')}</label>
            <textarea
              id={ids.expression}
              ref={area}
              data-testid="derive-expression"
              rows={4}
              spellCheck={false}
              value={expression}
              aria-invalid={typing && !read.ok}
              aria-describedby={ids.problem}
              onChange={(e) => setExpression(e.target.value)}
            />
          </span>
          <div id={ids.problem} aria-live="polite" className="derive-status">
            {typing && !read.ok && (
              <ProblemView expression={expression} problem={read.problem} message={text({ code: read.problem.code, params: read.problem.params })} onShow={showProblem} />
            )}
            {read.ok && (
              <p className="notice" data-testid="derive-ok">
                {t('ui.derive.result', { type: t(`ui.types.${read.column.type}`) })}
              </p>
            )}
            <p className="hint">{t('ui.derive.empty')}</p>
          </div>
        </div>
        <div className="derive-side">
          <section aria-label={t('ui.derive.columns')}>
            <h3>{t('ui.derive.columns')}</h3>
            <p className="hint">{t('ui.derive.columnsHint')}</p>
            <ul className="derive-list" data-testid="derive-columns">
              {columns.map((c) => (
                <li key={c.name}>
                  <button type="button" className="link-button" aria-label={t('ui.derive.insertColumn', { name: c.name })} onClick={() => insert(columnToken(c.name))}>
                    {columnToken(c.name)}
                  </button>{' '}
                  <span className="muted">{t(`ui.types.${c.type}`)}</span>
                </li>
              ))}
            </ul>
          </section>
          <FunctionList dialect={dialect} onInsert={(call) => insert(call, 1)} />
        </div>
        <ActionRow full>
          <button type="button" className="button subtle" onClick={onClose}>
            {t('ui.derive.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="derive-apply" disabled={!ready || busy}>
            {t(editing ? 'ui.derive.save' : 'ui.derive.apply')}
          </button>
        </ActionRow>
      </form>
    </Modal>
  );
}

/** The problem in words, and the line of the formula with a caret under the place; clicking selects it. */
function ProblemView({ expression, problem, message, onShow }: { expression: string; problem: ExprProblem; message: string; onShow(p: ExprProblem): void }) {
  const { line, column } = lineAt(expression, problem.start);
  return (
    <div className="derive-problem" data-testid="derive-problem" data-code={problem.code}>
      <button type="button" className="link-button field-error" onClick={() => onShow(problem)}>
        {message}
      </button>
      <pre aria-hidden="true" className="derive-caret">
        {line}
        {'\n'}
        {' '.repeat([...line.slice(0, column)].length)}^
      </pre>
    </div>
  );
}

/** Why the name cannot be the new column's, as the engine would say it; null when it can. */
function nameMessage(raw: string, columns: ColumnInfo[]): Message | null {
  const name = raw.trim();
  if (name === '') return { code: 'errors.derive.nameEmpty', params: {} };
  if (!isCleanName(name)) return { code: 'errors.name.notClean', params: { name } };
  if (name.startsWith('__')) return { code: 'errors.derive.nameReserved', params: { name } };
  const taken = columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
  return taken ? { code: 'errors.derive.nameTaken', params: { name, column: taken.name } } : null;
}

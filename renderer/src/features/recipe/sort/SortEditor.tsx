import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortStep, SortStepKey } from '../../../../../shared/model/recipe';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { useMessageText } from '../../../ui/useMessageText';
import { EditorModal, type StepEditorProps } from '../steps/EditorModal';
import { Icon } from '../steps/icons';

/**
 * The sort step's editor: one or more columns, each ascending or descending; rows equal in the
 * first are ordered by the next.
 */
export function SortEditor({ columns, initial, title, submitLabel, onSubmit, onClose }: StepEditorProps<SortStep>) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [keys, setKeys] = useState<SortStepKey[]>(() => initial?.keys.map((k) => ({ ...k })) ?? [{ column: columns[0]?.name ?? '', direction: 'asc' }]);
  const known = new Set(columns.map((c) => c.name));
  const gone = keys.find((k) => !known.has(k.column));

  const change = (i: number, patch: Partial<SortStepKey>) => setKeys((all) => all.map((k, n) => (n === i ? { ...k, ...patch } : k)));
  /** The first column not sorted on yet, for a new sort column. */
  const nextColumn = () => columns.find((c) => !keys.some((k) => k.column === c.name))?.name ?? columns[0]?.name ?? '';

  const submit = () => {
    if (keys.length > 0 && !gone) onSubmit({ kind: 'sort', keys });
  };

  return (
    <EditorModal testPrefix="sort" title={title} submitLabel={submitLabel} size="wide" onClose={onClose} onSubmit={submit}>
      <p className="muted">{t('ui.steps.sort.intro')}</p>
      <ol className="sort-list">
        {keys.map((k, i) => (
          <li key={i} className="sort-key" data-testid="sort-key">
            <LabelledSelect label={t(i === 0 ? 'ui.steps.sort.first' : 'ui.steps.sort.then')} data-testid="sort-column" value={k.column} onChange={(e) => change(i, { column: e.target.value })}>
              {!known.has(k.column) && <option value={k.column}>{k.column}</option>}
              {columns.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </LabelledSelect>
            <LabelledSelect label={t('ui.steps.sort.direction')} data-testid="sort-direction" value={k.direction} onChange={(e) => change(i, { direction: e.target.value === 'desc' ? 'desc' : 'asc' })}>
              <option value="asc">{t('ui.steps.sort.asc')}</option>
              <option value="desc">{t('ui.steps.sort.desc')}</option>
            </LabelledSelect>
            {keys.length > 1 && (
              <button
                type="button"
                className="icon-button"
                data-testid="sort-remove"
                aria-label={t('ui.steps.sort.remove', { n: i + 1 })}
                title={t('ui.steps.sort.remove', { n: i + 1 })}
                onClick={() => setKeys((all) => all.filter((_, n) => n !== i))}
              >
                <Icon name="remove" />
              </button>
            )}
          </li>
        ))}
      </ol>
      {gone && (
        <p className="field-error" data-testid="step-editor-problem">
          {text({ code: 'ui.steps.problems.columnGone', params: { column: gone.column } })}
        </p>
      )}
      <button type="button" className="button subtle small" data-testid="sort-add" onClick={() => setKeys((all) => [...all, { column: nextColumn(), direction: 'asc' }])}>
        + {t('ui.steps.sort.add')}
      </button>
    </EditorModal>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnpivotStep } from '../../../../../shared/model/recipe';
import { ColumnChecks, FieldProblem } from '../steps/EditorParts';
import { EditorModal, type StepEditorProps } from '../steps/EditorModal';
import { becomesText, buildUnpivot, draftOf, type UnpivotDraft, valueType } from './unpivotDraft';

/**
 * The unpivot step's editor (wide to long): the columns that become rows, the names of the two
 * new columns (which column a value came from, and the value), and whether empty values are left
 * out. Problems show once Toepassen was tried.
 */
export function UnpivotEditor({ columns, initial, title, submitLabel, onSubmit, onClose }: StepEditorProps<UnpivotStep>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<UnpivotDraft>(() => draftOf(initial, columns, { name: t('ui.steps.unpivot.defaultName'), value: t('ui.steps.unpivot.defaultValue') }));
  const [tried, setTried] = useState(false);
  const ids = { name: useId(), value: useId(), nameProblem: useId(), valueProblem: useId(), columnsProblem: useId() };
  const built = buildUnpivot(draft, columns);
  const problems = tried && 'problems' in built ? built.problems : null;
  const chosen = columns.filter((c) => draft.columns.includes(c.name));
  const type = valueType(chosen);
  const kept = columns.filter((c) => !draft.columns.includes(c.name)).map((c) => c.name);
  const outputs = [...kept, draft.nameColumn.trim(), draft.valueColumn.trim()].filter((n) => n !== '');
  const change = (patch: Partial<UnpivotDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = () => {
    setTried(true);
    if ('step' in built) onSubmit(built.step);
  };

  return (
    <EditorModal testPrefix="unpivot" title={title} submitLabel={submitLabel} size="large" onClose={onClose} onSubmit={submit}>
      <p className="muted">{t('ui.steps.unpivot.intro')}</p>
      <div className="group-layout">
        <div aria-describedby={problems?.columns ? ids.columnsProblem : undefined}>
          <ColumnChecks legend={t('ui.steps.unpivot.columns')} hint={t('ui.steps.unpivot.columnsHint')} columns={columns} value={draft.columns} onChange={(next) => change({ columns: next })} testId="unpivot-column" />
          <FieldProblem id={ids.columnsProblem} problem={problems?.columns ?? null} />
        </div>
        <div className="group-figures">
          <span className="field">
            <label htmlFor={ids.name}>{t('ui.steps.unpivot.nameColumn')}</label>
            <input
              id={ids.name}
              data-testid="unpivot-name"
              value={draft.nameColumn}
              aria-invalid={problems?.nameColumn ? true : undefined}
              aria-describedby={problems?.nameColumn ? ids.nameProblem : undefined}
              onChange={(e) => change({ nameColumn: e.target.value })}
            />
          </span>
          <FieldProblem id={ids.nameProblem} problem={problems?.nameColumn ?? null} />
          <span className="field">
            <label htmlFor={ids.value}>{t('ui.steps.unpivot.valueColumn')}</label>
            <input
              id={ids.value}
              data-testid="unpivot-value"
              value={draft.valueColumn}
              aria-invalid={problems?.valueColumn ? true : undefined}
              aria-describedby={problems?.valueColumn ? ids.valueProblem : undefined}
              onChange={(e) => change({ valueColumn: e.target.value })}
            />
          </span>
          <FieldProblem id={ids.valueProblem} problem={problems?.valueColumn ?? null} />
          {type && (
            <p className={becomesText(chosen) ? 'hint caution' : 'hint'} data-testid="unpivot-type">
              {becomesText(chosen) ? t('ui.steps.unpivot.asText') : t('ui.steps.unpivot.type', { type: t(`ui.types.${type}`) })}
            </p>
          )}
          <label className="checkbox">
            <input type="checkbox" data-testid="unpivot-drop-empty" checked={draft.dropEmpty} onChange={(e) => change({ dropEmpty: e.target.checked })} />
            {t('ui.steps.unpivot.dropEmpty')}
          </label>
          <p className="hint" data-testid="unpivot-outputs">
            {t('ui.steps.unpivot.result', { columns: outputs.join(', ') })}
          </p>
        </div>
      </div>
    </EditorModal>
  );
}

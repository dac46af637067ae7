import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupStep } from '../../../../../shared/model/recipe';
import { useLocale } from '../../../i18n/useLocale';
import { ColumnChecks, FieldProblem } from '../steps/EditorParts';
import { EditorModal, type StepEditorProps } from '../steps/EditorModal';
import { AggregateRow } from './AggregateRow';
import { buildGroup, draftOf, type GroupDraft, type NameWords, newAggregate } from './groupDraft';

/**
 * The group step's editor: the key columns (none: one row for the whole table), the name of the
 * row count, and the figures, each with a name proposed from its kind and column until the user
 * types one. Problems show once Toepassen was tried.
 */
export function GroupEditor({ columns, initial, title, submitLabel, onSubmit, onClose }: StepEditorProps<GroupStep>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [draft, setDraft] = useState<GroupDraft>(() => draftOf(initial, locale));
  const [tried, setTried] = useState(false);
  const ids = { countName: useId(), countProblem: useId() };

  const words = useMemo<NameWords>(
    () => ({
      fn: (fn) => t(`ui.recipe.aggregates.${fn}`),
      share: (column, op, value) => t('ui.steps.group.shareName', { column, op: t(`ui.filter.ops.${op}`), value }),
    }),
    [t],
  );

  const built = buildGroup(draft, columns, locale);
  const problems = tried && 'problems' in built ? built.problems : null;
  const outputs = [...draft.keys, draft.countName.trim(), ...draft.aggregates.map((a) => a.name.trim())].filter((n) => n !== '');

  const submit = () => {
    setTried(true);
    if ('step' in built) onSubmit(built.step);
  };

  return (
    <EditorModal testPrefix="group" title={title} submitLabel={submitLabel} size="large" onClose={onClose} onSubmit={submit}>
      <p className="muted">{t('ui.steps.group.intro')}</p>
      <div className="group-layout">
        <ColumnChecks
          legend={t('ui.steps.group.keys')}
          hint={t('ui.steps.group.keysHint')}
          columns={columns}
          value={draft.keys}
          onChange={(keys) => setDraft((d) => ({ ...d, keys }))}
          testId="group-key"
        />
        <div className="group-figures">
          <span className="field">
            <label htmlFor={ids.countName}>{t('ui.steps.group.countName')}</label>
            <input
              id={ids.countName}
              data-testid="group-count-name"
              value={draft.countName}
              aria-invalid={problems?.countName ? true : undefined}
              aria-describedby={problems?.countName ? ids.countProblem : undefined}
              onChange={(e) => setDraft((d) => ({ ...d, countName: e.target.value }))}
            />
          </span>
          <FieldProblem id={ids.countProblem} problem={problems?.countName ?? null} />
          <h3>{t('ui.steps.group.aggregates')}</h3>
          {draft.aggregates.length === 0 && <p className="hint">{t('ui.steps.group.noAggregates')}</p>}
          <ol className="aggregate-list">
            {draft.aggregates.map((a, i) => (
              <AggregateRow
                key={i}
                index={i}
                value={a}
                columns={columns}
                words={words}
                problems={problems?.aggregates[i] ?? null}
                onChange={(next) => setDraft((d) => ({ ...d, aggregates: d.aggregates.map((old, k) => (k === i ? next : old)) }))}
                onRemove={() => setDraft((d) => ({ ...d, aggregates: d.aggregates.filter((_, k) => k !== i) }))}
              />
            ))}
          </ol>
          <div>
            <button
              type="button"
              className="button subtle small"
              data-testid="group-add"
              disabled={columns.length === 0}
              onClick={() => setDraft((d) => ({ ...d, aggregates: [...d.aggregates, newAggregate(columns, words)] }))}
            >
              + {t('ui.steps.group.add')}
            </button>
          </div>
          <p className="hint" data-testid="group-outputs">
            {t('ui.steps.group.result', { columns: outputs.join(', ') })}
          </p>
        </div>
      </div>
    </EditorModal>
  );
}

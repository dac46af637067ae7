import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../../shared/model/message';
import type { DeduplicateStep } from '../../../../../shared/model/recipe';
import { ColumnChecks, FieldProblem } from '../steps/EditorParts';
import { EditorModal, type StepEditorProps } from '../steps/EditorModal';

/**
 * The deduplicate step's editor: duplicates are rows equal in every column, or in the chosen key
 * columns; the first or the last row of each set stays.
 */
export function DedupeEditor({ columns, initial, title, submitLabel, onSubmit, onClose }: StepEditorProps<DeduplicateStep>) {
  const { t } = useTranslation();
  // A new step proposes the first identifier column (the pupil number) as its key.
  const [keys, setKeys] = useState<string[]>(() => initial?.keys ?? columns.filter((c) => c.type === 'identifier').slice(0, 1).map((c) => c.name));
  const [byKeys, setByKeys] = useState(() => keys.length > 0);
  const [keep, setKeep] = useState<DeduplicateStep['keep']>(() => initial?.keep ?? 'first');
  const [tried, setTried] = useState(false);
  const problemId = useId();
  const group = useId();
  const known = new Set(columns.map((c) => c.name));
  const gone = byKeys ? keys.find((k) => !known.has(k)) : undefined;
  const problem: Message | null = gone
    ? { code: 'ui.steps.problems.columnGone', params: { column: gone } }
    : tried && byKeys && keys.length === 0
      ? { code: 'ui.steps.problems.noKeys', params: {} }
      : null;

  const submit = () => {
    setTried(true);
    if (byKeys && (keys.length === 0 || gone)) return;
    onSubmit({ kind: 'deduplicate', keys: byKeys ? keys : [], keep });
  };

  return (
    <EditorModal testPrefix="dedupe" title={title} submitLabel={submitLabel} size="wide" onClose={onClose} onSubmit={submit}>
      <p className="muted">{t('ui.steps.dedupe.intro')}</p>
      <fieldset className="radio-group">
        <legend>{t('ui.steps.dedupe.mode')}</legend>
        <label className="checkbox">
          <input type="radio" name={`${group}-mode`} data-testid="dedupe-mode-keys" checked={byKeys} onChange={() => setByKeys(true)} />
          {t('ui.steps.dedupe.byKeys')}
        </label>
        <div className="dedupe-keys" aria-describedby={problem ? problemId : undefined}>
          <ColumnChecks legend={t('ui.steps.dedupe.byKeys')} columns={columns} value={keys} onChange={setKeys} testId="dedupe-key" disabled={!byKeys} hideLegend />
          <FieldProblem id={problemId} problem={problem} />
        </div>
        <label className="checkbox">
          <input type="radio" name={`${group}-mode`} data-testid="dedupe-mode-row" checked={!byKeys} onChange={() => setByKeys(false)} />
          {t('ui.steps.dedupe.wholeRow')}
        </label>
      </fieldset>
      <p className="hint">{t('ui.steps.dedupe.emptyHint')}</p>
      <fieldset className="radio-group">
        <legend>{t('ui.steps.dedupe.keep')}</legend>
        <label className="checkbox">
          <input type="radio" name={`${group}-keep`} data-testid="dedupe-keep-first" checked={keep === 'first'} onChange={() => setKeep('first')} />
          {t('ui.steps.dedupe.first')}
        </label>
        <label className="checkbox">
          <input type="radio" name={`${group}-keep`} data-testid="dedupe-keep-last" checked={keep === 'last'} onChange={() => setKeep('last')} />
          {t('ui.steps.dedupe.last')}
        </label>
      </fieldset>
    </EditorModal>
  );
}

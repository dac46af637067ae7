import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PivotStep, Recipe } from '../../../../../shared/model/recipe';
import { useLocale } from '../../../i18n/useLocale';
import { useApi, useRun } from '../../../state/hooks';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { ColumnChecks, FieldProblem } from '../steps/EditorParts';
import { EditorModal, type StepEditorProps } from '../steps/EditorModal';
import { PivotValues } from './PivotValues';
import './pivot.css';
import { aggregatesFor, buildPivot, changePivot, draftOf, keyColumns, type PivotAggregate, type PivotDraft, takeAll, valueName, type ValueWords, withDistinct } from './pivotDraft';

/** As many values as the filter's value list asks for. */
const DISTINCT_LIMIT = 500;

/**
 * The pivot step's editor (long to wide): the key columns (one row per combination), the column
 * whose values become columns, those values (from the table before the step, with their rows)
 * each with the name of its column, and what fills the cells. Problems show once Toepassen was tried.
 */
export function PivotEditor({ columns, initial, title, submitLabel, onSubmit, onClose, recipe }: StepEditorProps<PivotStep> & { recipe: Recipe | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const run = useRun();
  const [draft, setDraft] = useState<PivotDraft>(() => draftOf(initial, columns));
  const [tried, setTried] = useState(false);
  const [loaded, setLoaded] = useState<{ column: string; truncated: boolean } | null>(null);
  const ids = { column: useId(), measure: useId(), keys: useId() };
  const words = useMemo<ValueWords>(() => ({ yes: t('ui.steps.group.yes'), no: t('ui.steps.group.no') }), [t]);
  const column = columns.find((c) => c.name === draft.column);
  const measure = columns.find((c) => c.name === draft.measure);

  // The values of the chosen column in the table before the step, most frequent first.
  useEffect(() => {
    if (!column) return;
    let stale = false;
    void run(() => api['table.distinct']({ recipe, column: column.name, limit: DISTINCT_LIMIT })).then((r) => {
      if (stale || !r) return;
      setDraft((d) => (d.column === column.name ? { ...d, values: withDistinct(d.values, r, column, locale, words) } : d));
      setLoaded({ column: column.name, truncated: r.truncated });
    });
    return () => {
      stale = true;
    };
  }, [column, recipe, api, run, locale, words]);

  const built = buildPivot(draft, columns);
  const problems = tried && 'problems' in built ? built.problems : null;
  const change = (patch: Partial<Omit<PivotDraft, 'values'>>) => setDraft((d) => changePivot(d, patch, columns));
  const chosen = draft.values.filter((v) => v.chosen).map((v) => v.name.trim());
  const outputs = [...draft.keys, ...chosen].filter((n) => n !== '');

  const submit = () => {
    setTried(true);
    if ('step' in built) onSubmit(built.step);
  };

  return (
    <EditorModal testPrefix="pivot" title={title} submitLabel={submitLabel} size="large" onClose={onClose} onSubmit={submit}>
      <p className="muted">{t('ui.steps.pivot.intro')}</p>
      <div className="group-layout">
        <div aria-describedby={problems?.keys ? ids.keys : undefined}>
          <ColumnChecks
            legend={t('ui.steps.pivot.keys')}
            hint={t('ui.steps.pivot.keysHint')}
            columns={keyColumns(draft, columns)}
            value={draft.keys}
            onChange={(keys) => setDraft((d) => ({ ...d, keys }))}
            testId="pivot-key"
          />
          <FieldProblem id={ids.keys} problem={problems?.keys ?? null} />
        </div>
        <div className="group-figures">
          <LabelledSelect
            label={t('ui.steps.pivot.column')}
            data-testid="pivot-column"
            value={draft.column}
            aria-invalid={problems?.column ? true : undefined}
            aria-describedby={problems?.column ? ids.column : undefined}
            onChange={(e) => change({ column: e.target.value })}
          >
            {draft.column === '' && <option value="">{t('ui.filter.choose')}</option>}
            {draft.column !== '' && !column && <option value={draft.column}>{draft.column}</option>}
            {columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </LabelledSelect>
          <FieldProblem id={ids.column} problem={problems?.column ?? null} />
          {column && (
            <PivotValues
              rows={draft.values}
              label={(r) => valueName(r.value, locale, words)}
              loading={loaded?.column !== column.name}
              truncated={loaded?.column === column.name && loaded.truncated}
              problem={problems?.values ?? null}
              names={problems?.names ?? []}
              onChange={(values) => setDraft((d) => ({ ...d, values }))}
              onTakeAll={() => setDraft((d) => ({ ...d, values: takeAll(d.values, column, locale) }))}
            />
          )}
          <fieldset className="pivot-cells">
            <legend>{t('ui.steps.pivot.cells')}</legend>
            <div className="sort-key">
              <LabelledSelect label={t('ui.steps.pivot.aggregate')} data-testid="pivot-aggregate" value={draft.aggregate} onChange={(e) => change({ aggregate: e.target.value as PivotAggregate })}>
                {aggregatesFor(measure).map((a) => (
                  <option key={a} value={a}>
                    {t(`ui.steps.pivot.aggregates.${a}`)}
                  </option>
                ))}
              </LabelledSelect>
              <LabelledSelect
                label={t('ui.steps.pivot.measure')}
                data-testid="pivot-measure"
                value={draft.measure}
                disabled={draft.aggregate === 'count'}
                aria-invalid={problems?.measure ? true : undefined}
                aria-describedby={problems?.measure ? ids.measure : undefined}
                onChange={(e) => change({ measure: e.target.value })}
              >
                {!measure && <option value={draft.measure}>{draft.measure === '' ? t('ui.filter.choose') : draft.measure}</option>}
                {columns.map((c) => (
                  <option key={c.name} value={c.name}>
                    {c.name}
                  </option>
                ))}
              </LabelledSelect>
            </div>
            <p className="hint">{t(`ui.steps.pivot.aggregateHints.${draft.aggregate}`)}</p>
            <FieldProblem id={ids.measure} problem={problems?.measure ?? null} />
          </fieldset>
          <p className="hint" data-testid="pivot-outputs">
            {t('ui.steps.pivot.result', { columns: outputs.join(', ') })}
          </p>
        </div>
      </div>
    </EditorModal>
  );
}

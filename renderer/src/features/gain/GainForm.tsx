import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';
import { groupableColumns } from '../chart/spec';
import { useBusy, useStoreApi, useWorkbench } from '../../state/hooks';
import { useLocale } from '../../i18n/useLocale';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { type GainDraft, momentColumnCandidate, withMomentValues } from './gainDraft';
import { MomentRows } from './MomentRows';
import { NumberField } from './NumberField';

const numeric = (c: ColumnInfo) => c.type === 'integer' || c.type === 'decimal';
const levelLike = (c: ColumnInfo) => c.type === 'text' || c.type === 'ordinal';
const momentLike = (c: ColumnInfo) => c.type === 'text' || c.type === 'ordinal' || c.type === 'date' || c.type === 'integer';

/**
 * The analysis: the table's layout, the pupil key, the groups, the moments in order with how
 * their scores are measured, the threshold, expected growth and the privacy threshold.
 * *Berekenen* computes it; the form's state lives in the store (the tab may close).
 */
export function GainForm({ draft, columns }: { draft: GainDraft; columns: ColumnInfo[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const busy = useBusy();
  const store = useStoreApi();
  const setDraft = useWorkbench((s) => s.setGainDraft);
  const computeGain = useWorkbench((s) => s.computeGain);
  const momentValues = useWorkbench((s) => s.momentValues);
  const ids = { layout: useId(), levels: useId(), levelsHint: useId(), expected: useId() };
  const [values, setValues] = useState<{ column: string; values: Cell[] } | null>(null);
  const long = draft.layout === 'long';

  // The values of the moment column, for the moments' value pickers.
  useEffect(() => {
    if (!long || draft.momentColumn === '' || values?.column === draft.momentColumn) return;
    let stale = false;
    const column = draft.momentColumn;
    void momentValues(column, locale).then((list) => {
      if (!stale) setValues({ column, values: list });
    });
    return () => {
      stale = true;
    };
  }, [long, draft.momentColumn, values, momentValues, locale]);

  /** A moment column chosen: a moment per value, in time order (the user removes the ones not wanted). */
  const chooseMomentColumn = async (column: string) => {
    if (column === '') {
      setDraft({ ...draft, momentColumn: '' });
      return;
    }
    const list = await momentValues(column, locale);
    setValues({ column, values: list });
    const latest = store.getState().gainDraft ?? draft;
    setDraft(withMomentValues(latest, column, list));
  };

  const chooseLayout = (layout: 'wide' | 'long') => {
    const next = { ...draft, layout };
    setDraft(next);
    const candidate = momentColumnCandidate(columns);
    if (layout === 'long' && next.momentColumn === '' && candidate) void chooseMomentColumn(candidate.name);
  };

  return (
    <form
      className="gain-form"
      data-testid="gain-form"
      onSubmit={(e) => {
        e.preventDefault();
        void computeGain();
      }}
    >
      <div className="gain-form-row">
        <fieldset className="gain-layout" aria-describedby={ids.layout}>
          <legend id={ids.layout}>{t('ui.gain.form.layout')}</legend>
          {(['wide', 'long'] as const).map((layout) => (
            <label key={layout} className="radio">
              <input type="radio" name={`${ids.layout}-layout`} data-testid={`gain-layout-${layout}`} checked={draft.layout === layout} onChange={() => chooseLayout(layout)} />
              {layout === 'wide' ? t('ui.gain.form.layoutWide') : t('ui.gain.form.layoutLong')}
            </label>
          ))}
        </fieldset>
        <LabelledSelect label={t('ui.gain.form.key')} data-testid="gain-key" value={draft.key} onChange={(e) => setDraft({ ...draft, key: e.target.value })}>
          <option value="">{t('ui.gain.form.choose')}</option>
          {columns.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </LabelledSelect>
        <LabelledSelect label={t('ui.gain.form.groupBy')} data-testid="gain-group" value={draft.groupBy} onChange={(e) => setDraft({ ...draft, groupBy: e.target.value })}>
          <option value="">{t('ui.gain.form.noGroup')}</option>
          {groupableColumns(columns).map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </LabelledSelect>
      </div>
      {long && (
        <div className="gain-form-row">
          <LabelledSelect label={t('ui.gain.form.momentColumn')} data-testid="gain-moment-column-long" value={draft.momentColumn} onChange={(e) => void chooseMomentColumn(e.target.value)}>
            <option value="">{t('ui.gain.form.choose')}</option>
            {columns.filter(momentLike).map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </LabelledSelect>
          <LabelledSelect label={t('ui.gain.form.scoreColumn')} data-testid="gain-score-column" value={draft.scoreColumn} onChange={(e) => setDraft({ ...draft, scoreColumn: e.target.value })}>
            <option value="">{t('ui.gain.form.choose')}</option>
            {columns.filter(numeric).map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </LabelledSelect>
          <LabelledSelect label={t('ui.gain.form.levelColumn')} data-testid="gain-level-column" value={draft.levelColumn} onChange={(e) => setDraft({ ...draft, levelColumn: e.target.value })}>
            <option value="">{t('ui.gain.form.none')}</option>
            {columns.filter(levelLike).map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </LabelledSelect>
          {draft.levelColumn !== '' && (
            <span className="field">
              <label htmlFor={ids.levels}>{t('ui.gain.form.levels')}</label>
              <input id={ids.levels} data-testid="gain-levels" size={16} value={draft.levels} aria-describedby={ids.levelsHint} onChange={(e) => setDraft({ ...draft, levels: e.target.value })} />
              <span id={ids.levelsHint} className="hint">
                {t('ui.gain.form.levelsHint')}
              </span>
            </span>
          )}
        </div>
      )}
      <MomentRows draft={draft} columns={columns} values={values?.column === draft.momentColumn ? values.values : []} onChange={setDraft} />
      <div className="gain-form-row">
        <NumberField label={t('ui.gain.form.threshold')} hint={t('ui.gain.form.thresholdHint')} value={draft.threshold} testId="gain-threshold" onChange={(threshold) => setDraft({ ...draft, threshold })} />
        <NumberField label={t('ui.gain.form.minGroup')} value={draft.minGroup} testId="gain-min-group" size={4} onChange={(minGroup) => setDraft({ ...draft, minGroup })} />
        <label className="checkbox gain-expected" htmlFor={ids.expected}>
          <input id={ids.expected} type="checkbox" data-testid="gain-expected-growth" checked={draft.expectedGrowth} onChange={(e) => setDraft({ ...draft, expectedGrowth: e.target.checked })} />
          {t('ui.gain.form.expectedGrowth')}
        </label>
        <button type="submit" className="button primary gain-compute" data-testid="gain-compute" disabled={busy} aria-busy={busy}>
          {busy ? t('ui.gain.computing') : t('ui.gain.compute')}
        </button>
      </div>
    </form>
  );
}

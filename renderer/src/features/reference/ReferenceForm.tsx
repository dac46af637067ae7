import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { guessOurs } from '../../../../shared/model/analysis/reference';
import type { ColumnInfo } from '../../../../shared/model/table';
import { useBusy, useStoreApi, useWorkbench } from '../../state/hooks';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { NumberField } from '../gain/NumberField';
import type { ReferenceDraft } from './referenceDraft';

const numeric = (c: ColumnInfo) => c.type === 'integer' || c.type === 'decimal';
const textual = (c: ColumnInfo) => c.type === 'text' || c.type === 'ordinal';

/**
 * The comparison: which column names the test component and which the group, which group is our
 * school (one of the group column's values), the mean and the number of pupils, the kind of
 * score, the privacy threshold. *Berekenen* computes it; the form's state lives in the store.
 */
export function ReferenceForm({ draft, columns }: { draft: ReferenceDraft; columns: ColumnInfo[] }) {
  const { t } = useTranslation();
  const busy = useBusy();
  const store = useStoreApi();
  const setDraft = useWorkbench((s) => s.setReferenceDraft);
  const compute = useWorkbench((s) => s.computeReference);
  const groups = useWorkbench((s) => s.referenceGroups);
  const loadGroups = useWorkbench((s) => s.loadReferenceGroups);
  const unitId = useId();
  const values = groups && groups.column === draft.group ? groups.values : [];

  // The group column's values, for the "our school" select.
  useEffect(() => {
    if (draft.group !== '' && groups?.column !== draft.group) void loadGroups(draft.group);
  }, [draft.group, groups, loadGroups]);

  const chooseGroup = async (group: string) => {
    setDraft({ ...draft, group, ours: '' });
    if (group === '') return;
    const list = await loadGroups(group);
    const latest = store.getState().referenceDraft ?? draft;
    if (latest.group === group) setDraft({ ...latest, ours: guessOurs(list) ?? '' });
  };

  const options = (list: ColumnInfo[]) =>
    list.map((c) => (
      <option key={c.name} value={c.name}>
        {c.name}
      </option>
    ));

  return (
    <form
      className="gain-form reference-form"
      data-testid="reference-form"
      onSubmit={(e) => {
        e.preventDefault();
        void compute();
      }}
    >
      <div className="gain-form-row">
        <LabelledSelect label={t('ui.reference.form.component')} data-testid="reference-component" value={draft.component} onChange={(e) => setDraft({ ...draft, component: e.target.value })}>
          <option value="">{t('ui.reference.form.noComponent')}</option>
          {options(columns.filter(textual))}
        </LabelledSelect>
        <LabelledSelect label={t('ui.reference.form.group')} data-testid="reference-group" value={draft.group} onChange={(e) => void chooseGroup(e.target.value)}>
          <option value="">{t('ui.reference.form.choose')}</option>
          {options(columns.filter(textual))}
        </LabelledSelect>
        <LabelledSelect label={t('ui.reference.form.ours')} data-testid="reference-ours" value={draft.ours} disabled={draft.group === ''} onChange={(e) => setDraft({ ...draft, ours: e.target.value })}>
          <option value="">{t('ui.reference.form.oursAuto')}</option>
          {/* A saved value no longer among the column's values stays choosable; the engine then says which values there are. */}
          {[...values, ...(draft.ours !== '' && !values.includes(draft.ours) ? [draft.ours] : [])].map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </LabelledSelect>
      </div>
      <div className="gain-form-row">
        <LabelledSelect label={t('ui.reference.form.mean')} data-testid="reference-mean" value={draft.mean} onChange={(e) => setDraft({ ...draft, mean: e.target.value })}>
          <option value="">{t('ui.reference.form.choose')}</option>
          {options(columns.filter(numeric))}
        </LabelledSelect>
        <LabelledSelect label={t('ui.reference.form.n')} data-testid="reference-n" value={draft.n} onChange={(e) => setDraft({ ...draft, n: e.target.value })}>
          <option value="">{t('ui.reference.form.noN')}</option>
          {options(columns.filter(numeric))}
        </LabelledSelect>
        <fieldset className="gain-layout">
          <legend id={unitId}>{t('ui.reference.form.unit')}</legend>
          {(['scalePoints', 'percentPoints'] as const).map((unit) => (
            <label key={unit} className="radio">
              <input type="radio" name={`${unitId}-unit`} data-testid={`reference-unit-${unit}`} checked={draft.unit === unit} onChange={() => setDraft({ ...draft, unit })} />
              {unit === 'scalePoints' ? t('ui.reference.form.unitScale') : t('ui.reference.form.unitPercent')}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="gain-form-row">
        <NumberField
          label={t('ui.reference.form.minGroup')}
          hint={t('ui.reference.form.minGroupHint')}
          value={draft.minGroup}
          testId="reference-min-group"
          size={4}
          onChange={(minGroup) => setDraft({ ...draft, minGroup })}
        />
        <button type="submit" className="button primary gain-compute" data-testid="reference-compute" disabled={busy} aria-busy={busy}>
          {busy ? t('ui.reference.computing') : t('ui.reference.compute')}
        </button>
      </div>
    </form>
  );
}

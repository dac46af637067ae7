import { useTranslation } from 'react-i18next';
import type { SourceInfo } from '../../../../shared/model/source';
import type { ColumnInfo } from '../../../../shared/model/table';
import { useBusy, useWorkbench } from '../../state/hooks';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { NumberField } from '../gain/NumberField';
import { emptyMoment, MAX_MOMENTS, NO_OBSERVATIONS, observationColumns, type ObservationDraft, type SurveyDraft, type SurveyMomentDraft } from './surveyDraft';

const textual = (c: ColumnInfo) => c.type === 'text' || c.type === 'ordinal';

function columnOptions(columns: ColumnInfo[]) {
  return columns.map((c) => (
    <option key={c.name} value={c.name}>
      {c.name}
    </option>
  ));
}

/**
 * The survey's form: the moments (a label and the source of its answers, and the team's own
 * placement on the quadrant), the observations' source and columns (per teacher only when ticked),
 * the flag thresholds, the privacy threshold k and a subgroup column. *Berekenen* computes it; the
 * form's state lives in the store.
 */
export function SurveyForm({ draft, sources }: { draft: SurveyDraft; sources: SourceInfo[] }) {
  const { t } = useTranslation();
  const busy = useBusy();
  const setDraft = useWorkbench((s) => s.setSurveyDraft);
  const compute = useWorkbench((s) => s.computeSurvey);
  const patch = (p: Partial<SurveyDraft>) => setDraft({ ...draft, ...p });
  const firstSource = sources.find((s) => s.id === draft.moments[0]?.source);

  return (
    <form
      className="gain-form survey-form"
      data-testid="survey-form"
      onSubmit={(e) => {
        e.preventDefault();
        void compute();
      }}
    >
      <MomentRows draft={draft} sources={sources} onChange={(moments) => patch({ moments })} />
      <ObservationFields value={draft.observations} sources={sources} onChange={(observations) => patch({ observations })} />
      <fieldset className="survey-thresholds">
        <legend>{t('ui.survey.form.thresholds')}</legend>
        <div className="gain-form-row">
          <NumberField label={t('ui.survey.form.meanBelow')} value={draft.meanBelow} testId="survey-mean-below" size={4} onChange={(meanBelow) => patch({ meanBelow })} />
          <NumberField label={t('ui.survey.form.sdAtLeast')} value={draft.sdAtLeast} testId="survey-sd-at-least" size={4} onChange={(sdAtLeast) => patch({ sdAtLeast })} />
          <NumberField
            label={t('ui.survey.form.minGroup')}
            hint={t('ui.survey.form.minGroupHint')}
            value={draft.minGroup}
            testId="survey-min-group"
            size={4}
            onChange={(minGroup) => patch({ minGroup })}
          />
          <LabelledSelect label={t('ui.survey.form.groupBy')} data-testid="survey-group-by" value={draft.groupBy} onChange={(e) => patch({ groupBy: e.target.value })}>
            <option value="">{t('ui.survey.form.noGroupBy')}</option>
            {columnOptions((firstSource?.columns ?? []).filter(textual))}
          </LabelledSelect>
          <button type="submit" className="button primary gain-compute" data-testid="survey-compute" disabled={busy} aria-busy={busy}>
            {busy ? t('ui.survey.computing') : t('ui.survey.compute')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** The moments, one row each: label, source, the team's own placement (skill, will); add and remove. */
function MomentRows({ draft, sources, onChange }: { draft: SurveyDraft; sources: SourceInfo[]; onChange(moments: SurveyMomentDraft[]): void }) {
  const { t } = useTranslation();
  const update = (i: number, p: Partial<SurveyMomentDraft>) => onChange(draft.moments.map((m, j) => (j === i ? { ...m, ...p } : m)));
  return (
    <fieldset className="gain-moments survey-moments">
      <legend>{t('ui.survey.form.moments')}</legend>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('ui.survey.form.momentLabel')}</th>
            <th scope="col">{t('ui.survey.form.momentSource')}</th>
            <th scope="col" title={t('ui.survey.form.selfHint')}>
              {t('ui.survey.form.selfSkill')}
            </th>
            <th scope="col" title={t('ui.survey.form.selfHint')}>
              {t('ui.survey.form.selfWill')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('ui.survey.form.moments')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.moments.map((m, i) => (
            <tr key={i} data-testid="survey-moment">
              <td>
                <input data-testid="survey-moment-label" aria-label={t('ui.survey.form.momentLabel')} value={m.label} maxLength={200} size={14} onChange={(e) => update(i, { label: e.target.value })} />
              </td>
              <td>
                <select data-testid="survey-moment-source" aria-label={t('ui.survey.form.momentSourceOf', { moment: m.label })} value={m.source} onChange={(e) => update(i, { source: e.target.value })}>
                  <option value="">{t('ui.survey.form.choose')}</option>
                  {sources.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <NumberField label={t('ui.survey.form.selfSkillOf', { moment: m.label })} hideLabel value={m.selfSkill} testId="survey-self-skill" size={4} onChange={(selfSkill) => update(i, { selfSkill })} />
              </td>
              <td>
                <NumberField label={t('ui.survey.form.selfWillOf', { moment: m.label })} hideLabel value={m.selfWill} testId="survey-self-will" size={4} onChange={(selfWill) => update(i, { selfWill })} />
              </td>
              <td>
                <button
                  type="button"
                  className="icon-button"
                  data-testid="survey-moment-remove"
                  aria-label={t('ui.survey.form.removeMoment', { moment: m.label })}
                  title={t('ui.survey.form.removeMoment', { moment: m.label })}
                  disabled={draft.moments.length <= 1}
                  onClick={() => onChange(draft.moments.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('ui.survey.form.selfHint')}</p>
      <button
        type="button"
        className="button small"
        data-testid="survey-moment-add"
        disabled={draft.moments.length >= MAX_MOMENTS}
        onClick={() => onChange([...draft.moments, emptyMoment(t('ui.survey.form.nth', { n: draft.moments.length + 1 }))])}
      >
        {t('ui.survey.form.addMoment')}
      </button>
    </fieldset>
  );
}

/** The observations: which source, which columns, and (ticked deliberately) the view per teacher. */
function ObservationFields({ value, sources, onChange }: { value: ObservationDraft; sources: SourceInfo[]; onChange(value: ObservationDraft): void }) {
  const { t } = useTranslation();
  const columns = sources.find((s) => s.id === value.source)?.columns ?? [];
  const patch = (p: Partial<ObservationDraft>) => onChange({ ...value, ...p });
  const chooseSource = (source: string) => {
    const found = sources.find((s) => s.id === source);
    onChange(found ? { ...NO_OBSERVATIONS, source, ...observationColumns(found.columns) } : NO_OBSERVATIONS);
  };
  const none = value.source === '';
  return (
    <fieldset className="survey-observations">
      <legend>{t('ui.survey.form.observations')}</legend>
      <div className="gain-form-row">
        <LabelledSelect label={t('ui.survey.form.observationSource')} data-testid="survey-obs-source" value={value.source} onChange={(e) => chooseSource(e.target.value)}>
          <option value="">{t('ui.survey.form.noObservations')}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </LabelledSelect>
        <LabelledSelect label={t('ui.survey.form.element')} data-testid="survey-obs-element" value={value.element} disabled={none} onChange={(e) => patch({ element: e.target.value })}>
          <option value="">{t('ui.survey.form.choose')}</option>
          {columnOptions(columns)}
        </LabelledSelect>
        <LabelledSelect label={t('ui.survey.form.block')} data-testid="survey-obs-block" value={value.block} disabled={none} onChange={(e) => patch({ block: e.target.value })}>
          <option value="">{t('ui.survey.form.noColumn')}</option>
          {columnOptions(columns)}
        </LabelledSelect>
        <LabelledSelect label={t('ui.survey.form.score')} data-testid="survey-obs-score" value={value.score} disabled={none} onChange={(e) => patch({ score: e.target.value })}>
          <option value="">{t('ui.survey.form.choose')}</option>
          {columnOptions(columns)}
        </LabelledSelect>
        <LabelledSelect
          label={t('ui.survey.form.teacher')}
          data-testid="survey-obs-teacher"
          value={value.teacher}
          disabled={none}
          onChange={(e) => patch({ teacher: e.target.value, teacherLevel: e.target.value === '' ? false : value.teacherLevel })}
        >
          <option value="">{t('ui.survey.form.noColumn')}</option>
          {columnOptions(columns)}
        </LabelledSelect>
      </div>
      <label className="checkbox survey-teacher-level">
        <input type="checkbox" data-testid="survey-teacher-level" checked={value.teacherLevel} disabled={none || value.teacher === ''} onChange={(e) => patch({ teacherLevel: e.target.checked })} />
        {t('ui.survey.form.teacherLevel')}
      </label>
      <p className="hint">{t('ui.survey.form.teacherHint')}</p>
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';
import { addMoment, type GainDraft, MAX_MOMENTS, MEASURE_KINDS, type MeasureKind, MIN_MOMENTS, moveMoment, removeMoment, updateMoment } from './gainDraft';
import { NumberField } from './NumberField';

interface Props {
  draft: GainDraft;
  columns: ColumnInfo[];
  /** Long layout: the values of the moment column, in time order. */
  values: Cell[];
  onChange(draft: GainDraft): void;
}

const numeric = (c: ColumnInfo) => c.type === 'integer' || c.type === 'decimal';
const levelLike = (c: ColumnInfo) => c.type === 'text' || c.type === 'ordinal';
const cellKey = (v: Cell) => JSON.stringify(v);

/** The measure's label; one literal key each, so the catalogue check sees them all. */
function useMeasureLabel(): (kind: MeasureKind) => string {
  const { t } = useTranslation();
  return (kind) =>
    ({
      percent: t('ui.gain.form.measures.percent'),
      scoreMax: t('ui.gain.form.measures.scoreMax'),
      scoreColumn: t('ui.gain.form.measures.scoreColumn'),
      scale: t('ui.gain.form.measures.scale'),
      raw: t('ui.gain.form.measures.raw'),
      percentile: t('ui.gain.form.measures.percentile'),
    })[kind];
}

interface ColumnSelectProps {
  testId: string;
  label: string;
  /** The first option's text; it stands for no column (''). */
  empty: string;
  columns: ColumnInfo[];
  value: string;
  onChange(column: string): void;
}

/** A moment's choice of one of `columns`, named by `label`. */
function ColumnSelect({ testId, label, empty, columns, value, onChange }: ColumnSelectProps) {
  return (
    <select data-testid={testId} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{empty}</option>
      {columns.map((c) => (
        <option key={c.name} value={c.name}>
          {c.name}
        </option>
      ))}
    </select>
  );
}

/**
 * The moments in order, one row each: its name, its column (wide) or its value of the moment
 * column (long), how its score is measured and, for a score of a maximum, that maximum or its column.
 */
export function MomentRows({ draft, columns, values, onChange }: Props) {
  const { t } = useTranslation();
  const measureLabel = useMeasureLabel();
  const long = draft.layout === 'long';
  const scoreColumns = columns.filter(numeric);
  const levelColumns = columns.filter(levelLike);
  return (
    <fieldset className="gain-moments">
      <legend>{t('ui.gain.form.moments')}</legend>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('ui.gain.form.momentLabel')}</th>
            <th scope="col">{long ? t('ui.gain.form.momentValue') : t('ui.gain.form.momentColumnOf')}</th>
            <th scope="col">{t('ui.gain.form.measure')}</th>
            <th scope="col">{t('ui.gain.form.max')}</th>
            {!long && <th scope="col">{t('ui.gain.form.momentLevel')}</th>}
            <th scope="col">
              <span className="visually-hidden">{t('ui.gain.form.moments')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.moments.map((m, i) => {
            const label = m.label || String(i + 1);
            const set = (patch: Parameters<typeof updateMoment>[2]) => onChange(updateMoment(draft, i, patch));
            const options = values.some((v) => cellKey(v) === cellKey(m.value)) || m.value === null ? values : [m.value, ...values];
            return (
              <tr key={i} data-testid="gain-moment-row">
                <td className="muted">{i + 1}</td>
                <td>
                  <input data-testid="gain-moment-label" aria-label={t('ui.gain.form.momentLabel')} size={12} value={m.label} onChange={(e) => set({ label: e.target.value })} />
                </td>
                <td>
                  {long ? (
                    <select data-testid="gain-moment-value" aria-label={t('ui.gain.form.momentValue')} value={cellKey(m.value)} onChange={(e) => set({ value: JSON.parse(e.target.value) as Cell })}>
                      <option value="null">{t('ui.gain.form.choose')}</option>
                      {options.map((v) => (
                        <option key={cellKey(v)} value={cellKey(v)}>
                          {String(v)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <ColumnSelect testId="gain-moment-column" label={t('ui.gain.form.momentColumnOf')} empty={t('ui.gain.form.choose')} columns={scoreColumns} value={m.column} onChange={(column) => set({ column })} />
                  )}
                </td>
                <td>
                  <select data-testid="gain-moment-measure" aria-label={t('ui.gain.form.measure')} value={m.measure} onChange={(e) => set({ measure: e.target.value as MeasureKind })}>
                    {MEASURE_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {measureLabel(k)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {m.measure === 'scoreMax' && <NumberField label={t('ui.gain.form.max')} hideLabel value={m.max} size={5} testId="gain-moment-max" onChange={(max) => set({ max })} />}
                  {m.measure === 'scoreColumn' && (
                    <ColumnSelect testId="gain-moment-max-column" label={t('ui.gain.form.maxColumn')} empty={t('ui.gain.form.choose')} columns={scoreColumns} value={m.maxColumn} onChange={(maxColumn) => set({ maxColumn })} />
                  )}
                </td>
                {!long && (
                  <td>
                    <ColumnSelect testId="gain-moment-level" label={t('ui.gain.form.momentLevel')} empty={t('ui.gain.form.none')} columns={levelColumns} value={m.levelColumn} onChange={(levelColumn) => set({ levelColumn })} />
                  </td>
                )}
                <td className="gain-moment-actions">
                  <button type="button" className="icon-button" aria-label={t('ui.gain.form.moveUp', { label })} title={t('ui.gain.form.moveUp', { label })} disabled={i === 0} onClick={() => onChange(moveMoment(draft, i, -1))}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('ui.gain.form.moveDown', { label })}
                    title={t('ui.gain.form.moveDown', { label })}
                    disabled={i === draft.moments.length - 1}
                    onClick={() => onChange(moveMoment(draft, i, 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('ui.gain.form.removeMoment', { label })}
                    title={t('ui.gain.form.removeMoment', { label })}
                    disabled={draft.moments.length <= MIN_MOMENTS}
                    onClick={() => onChange(removeMoment(draft, i))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="link-button" data-testid="gain-moment-add" disabled={draft.moments.length >= MAX_MOMENTS} onClick={() => onChange(addMoment(draft))}>
        + {t('ui.gain.form.addMoment')}
      </button>
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { Palette, type ViewDesign } from '../../../../shared/model/annotation';
import { ChartSort } from '../../../../shared/model/view';
import { LabelledSelect } from '../../ui/LabelledSelect';
import type { DesignTarget } from './shownFigure';
import type { ChartLook } from './useShown';

interface Props {
  design: ViewDesign;
  onDesign(design: ViewDesign): void;
  /** The plain chart's look; null for a learning-gain or comparison view (their chart is chosen in their tab). */
  look: ChartLook | null;
  onLook(look: ChartLook): void;
  /** A count has whole numbers: no decimals to choose. */
  wholeNumbers: boolean;
  target: DesignTarget | null;
}

/** The chart's look: type, order and decimals (plain chart), colours and highlight. */
export function DesignFields({ design, onDesign, look, onLook, wholeNumbers, target }: Props) {
  const { t } = useTranslation();
  const sortLabel = (s: ChartSort) =>
    ({
      natural: t('ui.design.chart.sorts.natural'),
      valueDesc: t('ui.design.chart.sorts.valueDesc'),
      valueAsc: t('ui.design.chart.sorts.valueAsc'),
      label: t('ui.design.chart.sorts.label'),
    })[s];
  const paletteLabel = (p: Palette) => ({ okabeIto: t('ui.design.palette.okabeIto'), blues: t('ui.design.palette.blues'), greys: t('ui.design.palette.greys') })[p];
  const choices = [...new Set([...(target?.categories ?? []), ...(target?.series ?? [])])];
  // A highlight saved for a group the chart no longer has stays choosable, so it is not lost unseen.
  if (design.highlight !== null && !choices.includes(design.highlight)) choices.push(design.highlight);
  const canHighlight = target !== null && target.valueAxis !== null;

  return (
    <div className="design-fields">
      {look && (
        <>
          <LabelledSelect label={t('ui.design.chart.type')} data-testid="view-type" value={look.type} onChange={(e) => onLook({ ...look, type: e.target.value === 'line' ? 'line' : 'bar' })}>
            <option value="bar">{t('ui.design.chart.bar')}</option>
            <option value="line">{t('ui.design.chart.line')}</option>
          </LabelledSelect>
          <LabelledSelect label={t('ui.design.chart.sort')} data-testid="view-sort" value={look.sort ?? 'natural'} onChange={(e) => onLook({ ...look, sort: ChartSort.parse(e.target.value) })}>
            {ChartSort.options.map((s) => (
              <option key={s} value={s}>
                {sortLabel(s)}
              </option>
            ))}
          </LabelledSelect>
          <LabelledSelect
            label={t('ui.design.chart.decimals')}
            data-testid="view-decimals"
            value={wholeNumbers ? 0 : (look.decimals ?? 1)}
            disabled={wholeNumbers}
            onChange={(e) => onLook({ ...look, decimals: Number(e.target.value) })}
          >
            {[0, 1, 2, 3].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </LabelledSelect>
        </>
      )}
      <LabelledSelect label={t('ui.design.palette.label')} data-testid="view-palette" value={design.palette} onChange={(e) => onDesign({ ...design, palette: Palette.parse(e.target.value) })}>
        {Palette.options.map((p) => (
          <option key={p} value={p}>
            {paletteLabel(p)}
          </option>
        ))}
      </LabelledSelect>
      <LabelledSelect
        label={t('ui.design.highlight.label')}
        data-testid="view-highlight"
        title={t('ui.design.highlight.hint')}
        value={design.highlight ?? ''}
        disabled={!canHighlight}
        onChange={(e) => onDesign({ ...design, highlight: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">{t('ui.design.highlight.none')}</option>
        {choices.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </LabelledSelect>
    </div>
  );
}

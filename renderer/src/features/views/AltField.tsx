import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GAIN_ALT_MAX } from '../../../../shared/model/view';
import { useWorkbench } from '../../state/hooks';
import { shownAlt } from '../gain/altText';
import type { Shown } from './shownFigure';

/**
 * The view's text alternative, generated from the figures. A learning-gain view keeps the user's
 * own text (the same edit as under the gain chart); the plain chart and the comparison have no
 * place for one in a view, so their text is shown as the figures give it.
 */
export function AltField({ shown, generated }: { shown: Shown | null; generated: string | null }) {
  const { t } = useTranslation();
  const gainKind = shown?.kind === 'gain' ? shown.chart : null;
  const edit = useWorkbench((s) => (gainKind ? s.gainAlts[gainKind] : undefined));
  const editAlt = useWorkbench((s) => s.editGainAlt);
  const resetAlt = useWorkbench((s) => s.resetGainAlt);
  const ids = { text: useId(), hint: useId() };
  if (generated === null) return <p className="muted">{t('ui.design.previewEmpty')}</p>;
  if (!gainKind) {
    return (
      <div className="alt-field">
        <p className="hint">{t('ui.design.alt.generatedOnly')}</p>
        <p className="alt-generated" data-testid="view-alt-generated">
          {generated}
        </p>
      </div>
    );
  }
  const alt = shownAlt(edit, generated);
  return (
    <div className="alt-field">
      <p className="hint" id={ids.hint}>
        {t('ui.design.alt.hint')}
      </p>
      <label htmlFor={ids.text} className="visually-hidden">
        {t('ui.design.sections.alt')}
      </label>
      <textarea
        id={ids.text}
        data-testid="view-alt"
        value={alt.text}
        rows={Math.min(8, Math.max(3, Math.ceil(alt.text.length / 90)))}
        maxLength={Math.max(GAIN_ALT_MAX, alt.text.length)}
        aria-describedby={ids.hint}
        onChange={(e) => editAlt(gainKind, e.target.value, generated)}
      />
      {alt.edited && (
        <button type="button" className="button small" data-testid="view-alt-reset" onClick={() => resetAlt(gainKind)}>
          {t('ui.design.alt.reset')}
        </button>
      )}
    </div>
  );
}

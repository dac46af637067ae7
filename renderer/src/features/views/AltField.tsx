import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GAIN_ALT_MAX } from '../../../../shared/model/view';
import { useWorkbench } from '../../state/hooks';
import { confirmAlt, editAlt, shownAlt, type AltEdit, type ShownAlt } from './altText';
import type { Shown } from './shownFigure';
import { useShownAlt } from './useDesignAlt';

interface Props {
  shown: Shown | null;
  /** The text generated from the figures as the editor draws them; null while nothing is drawn. */
  generated: string | null;
  /** The plain chart's or the comparison's own text (saved in the view's design). */
  edit: AltEdit | undefined;
  onEdit(edit: AltEdit | undefined): void;
}

/**
 * The view's text alternative: generated from the figures, the user's own once edited. A
 * learning-gain view keeps its text in the store (the same edit as under the gain chart); the plain
 * chart and the comparison in the view's design (`edit`, saved with the view). Flagged when the
 * edit was written for other figures than the editor draws now, with the text they give beside it.
 */
export function AltField({ shown, generated, edit, onEdit }: Props) {
  const gainKind = shown?.kind === 'gain' ? shown.chart : null;
  const gainEdit = useWorkbench((s) => (gainKind ? s.gainAlts[gainKind] : undefined));
  const editGainAlt = useWorkbench((s) => s.editGainAlt);
  const resetGainAlt = useWorkbench((s) => s.resetGainAlt);
  const confirmGainAlt = useWorkbench((s) => s.confirmGainAlt);
  const designAlt = useShownAlt(gainKind ? null : shown, gainKind ? undefined : edit, generated);
  const { t } = useTranslation();
  if (generated === null) return <p className="muted">{t('ui.design.previewEmpty')}</p>;
  if (gainKind) {
    return (
      <AltEditor
        alt={shownAlt(gainEdit, generated)}
        generated={generated}
        onText={(text) => editGainAlt(gainKind, text, generated)}
        onReset={() => resetGainAlt(gainKind)}
        onConfirm={() => confirmGainAlt(gainKind, generated)}
      />
    );
  }
  if (!designAlt) return null;
  return (
    <AltEditor
      alt={designAlt}
      generated={generated}
      onText={(text) => onEdit(editAlt(edit, text, generated))}
      onReset={() => onEdit(undefined)}
      onConfirm={() => edit && onEdit(confirmAlt(edit, generated))}
    />
  );
}

interface EditorProps {
  alt: ShownAlt;
  generated: string;
  onText(text: string): void;
  onReset(): void;
  onConfirm(): void;
}

function AltEditor({ alt, generated, onText, onReset, onConfirm }: EditorProps) {
  const { t } = useTranslation();
  const ids = { text: useId(), hint: useId(), stale: useId() };
  return (
    <div className="alt-field">
      <p className="hint" id={ids.hint}>
        {t('ui.design.alt.hint')}
      </p>
      {alt.stale && (
        <p className="gain-alt-stale" id={ids.stale} data-testid="view-alt-stale">
          {t('ui.design.alt.stale')}
        </p>
      )}
      <label htmlFor={ids.text} className="visually-hidden">
        {t('ui.design.sections.alt')}
      </label>
      <textarea
        id={ids.text}
        data-testid="view-alt"
        value={alt.text}
        rows={Math.min(8, Math.max(3, Math.ceil(alt.text.length / 90)))}
        maxLength={Math.max(GAIN_ALT_MAX, alt.text.length)}
        aria-describedby={alt.stale ? `${ids.hint} ${ids.stale}` : ids.hint}
        onChange={(e) => onText(e.target.value)}
      />
      {alt.edited && (
        <div className="gain-alt-actions">
          <button type="button" className="button small" data-testid="view-alt-reset" onClick={onReset}>
            {t('ui.design.alt.reset')}
          </button>
          {alt.stale && (
            <button type="button" className="button small" data-testid="view-alt-confirm" onClick={onConfirm}>
              {t('ui.design.alt.confirm')}
            </button>
          )}
        </div>
      )}
      {alt.stale && (
        <div className="gain-alt-generated">
          <p className="alt-generated">{t('ui.design.alt.generatedNow')}</p>
          <p className="alt-generated" data-testid="view-alt-generated">
            {generated}
          </p>
        </div>
      )}
    </div>
  );
}

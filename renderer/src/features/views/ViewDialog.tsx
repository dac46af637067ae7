import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ROK } from '../../../../shared/model/story/rok';
import type { View } from '../../../../shared/model/view';
import { useLocale } from '../../i18n/useLocale';
import { useBusy, useWorkbench } from '../../state/hooks';
import { ActionRow } from '../../ui/ActionRow';
import { Modal } from '../../ui/Modal';
import { useKindLabel } from '../gain/GainChart';
import { useSurveyKindLabel } from '../survey/SurveyChart';
import { AltField } from './AltField';
import { designAlt, savedDesignAlt, withDesignAlt, type AltEdit } from './altText';
import { AnnotationsEditor } from './AnnotationsEditor';
import { DesignFields } from './DesignFields';
import { RokPicker } from './RokPicker';
import { shownFigure } from './shownFigure';
import { useShown } from './useShown';
import { editorDraft, type EditorDraft } from './viewDraft';
import { ViewPreview } from './ViewPreview';
import './views.css';

/**
 * The chart editor: saves what the screen shows as a view, or edits the saved view `view` (the
 * screen shows it: it was opened first). Title (stating the finding), subtitle and takeaway; the
 * plain chart's type, order and decimals; colours, highlight, reference lines, bands and callouts;
 * ROK tags (and the project's ROK titles); the text alternative, the user's own saved with the
 * view; beside it all a live preview drawn as the screen will draw it.
 */
export function ViewDialog({ onClose, view }: { onClose(): void; view?: View }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const saveView = useWorkbench((s) => s.saveView);
  const chartSpec = useWorkbench((s) => s.summary?.chart ?? s.chartSpec);
  const catalog = useWorkbench((s) => s.project?.rok) ?? DEFAULT_ROK;
  const gainChart = useWorkbench((s) => (!view && s.analysisTab === 'gain' && s.gainResult ? s.gainChart : null));
  const savingAlt = useWorkbench((s) => gainChart !== null && (s.gainAlts[gainChart]?.text.trim() ?? '') !== '');
  const savingReference = useWorkbench((s) => !view && s.analysisTab === 'reference' && s.referenceResult !== null);
  const surveyChart = useWorkbench((s) => (!view && s.analysisTab === 'survey' && s.surveyResult ? s.surveyChart : null));
  const kindLabel = useKindLabel();
  const surveyKindLabel = useSurveyKindLabel();
  const busy = useBusy();
  const [draft, setDraft] = useState<EditorDraft>(() => editorDraft(view ?? null, chartSpec));
  const [missing, setMissing] = useState(false);
  // The plain chart's or the comparison's own text alternative, kept apart so typing it does not redraw the preview.
  const [altEdit, setAltEdit] = useState<AltEdit | undefined>(() => designAlt(draft.design));
  const ids = { form: useId(), title: useId(), subtitle: useId(), takeaway: useId(), hint: useId() };
  const shown = useShown(draft.look);
  const plain = shown ? shown.kind === 'chart' : view ? !view.gain && !view.reference && !view.survey : true;
  const gain = shown ? shown.kind === 'gain' : Boolean(view?.gain);
  const drawn = useMemo(() => (shown ? shownFigure(shown, draft.design, locale) : null), [shown, draft.design, locale]);
  const patch = (p: Partial<EditorDraft>) => setDraft((d) => ({ ...d, ...p }));
  const design = (p: Partial<EditorDraft['design']>) => setDraft((d) => ({ ...d, design: { ...d.design, ...p } }));

  const submit = async () => {
    const title = draft.title.trim();
    if (!title) {
      setMissing(true);
      return;
    }
    // A learning-gain view keeps its text alternative with its analysis (the store's), not in its design.
    const saved = savedDesignAlt(withDesignAlt({ ...draft.design, subtitle: draft.design.subtitle.trim() }, gain ? undefined : altEdit));
    const edit = { design: saved, ...(view ? { id: view.id } : {}), ...(plain ? { chart: draft.look } : {}) };
    if (await saveView(title, draft.takeaway.trim(), edit)) onClose();
  };

  const footer = (
    <ActionRow>
      <button type="button" className="button subtle" onClick={onClose}>
        {t('ui.viewDialog.cancel')}
      </button>
      <button type="submit" form={ids.form} className="button primary" data-testid="view-confirm" disabled={busy}>
        {t('ui.viewDialog.confirm')}
      </button>
    </ActionRow>
  );

  return (
    <Modal title={view ? t('ui.design.dialogEdit') : t('ui.design.dialogNew')} testId="view-dialog" onClose={onClose} large footer={footer}>
      <div className="view-editor">
        <form
          id={ids.form}
          className="form-stack view-editor-form"
          data-testid="view-editor"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label htmlFor={ids.title}>{t('ui.viewDialog.titleLabel')}</label>
          <input
            id={ids.title}
            data-testid="view-title"
            value={draft.title}
            data-autofocus
            maxLength={200}
            aria-describedby={ids.hint}
            aria-invalid={missing}
            onChange={(e) => {
              patch({ title: e.target.value });
              setMissing(false);
            }}
          />
          <p id={ids.hint} className={missing ? 'field-error' : 'hint'}>
            {t(missing ? 'ui.viewDialog.titleRequired' : 'ui.viewDialog.titleHint')}
          </p>
          {gainChart && (
            <p className="hint" data-testid="view-saving-gain">
              {t('ui.gain.view.savingGain', { chart: kindLabel(gainChart) })}
              {savingAlt && ` ${t('ui.gain.view.savingAlt')}`}
            </p>
          )}
          {savingReference && (
            <p className="hint" data-testid="view-saving-reference">
              {t('ui.reference.view.savingReference')}
            </p>
          )}
          {surveyChart && (
            <p className="hint" data-testid="view-saving-survey">
              {t('ui.survey.view.savingSurvey', { chart: surveyKindLabel(surveyChart) })}
            </p>
          )}
          <label htmlFor={ids.subtitle}>{t('ui.design.subtitleLabel')}</label>
          <input
            id={ids.subtitle}
            data-testid="view-subtitle"
            value={draft.design.subtitle}
            maxLength={300}
            placeholder={t('ui.design.subtitleHint')}
            onChange={(e) => design({ subtitle: e.target.value })}
          />
          <label htmlFor={ids.takeaway}>{t('ui.viewDialog.takeawayLabel')}</label>
          <textarea id={ids.takeaway} data-testid="view-takeaway" rows={2} value={draft.takeaway} onChange={(e) => patch({ takeaway: e.target.value })} />
          <fieldset className="editor-section">
            <legend>{t('ui.design.sections.look')}</legend>
            <DesignFields
              design={draft.design}
              onDesign={(d) => patch({ design: d })}
              look={plain ? draft.look : null}
              onLook={(look) => patch({ look })}
              wholeNumbers={shown?.kind === 'chart' && shown.summary.chart.aggregate === 'count'}
              target={drawn?.target ?? null}
            />
          </fieldset>
          <fieldset className="editor-section">
            <legend>{t('ui.design.sections.annotations')}</legend>
            <AnnotationsEditor annotations={draft.design.annotations} onChange={(annotations) => design({ annotations })} target={drawn?.target ?? null} />
          </fieldset>
          <details className="editor-section" data-testid="view-rok">
            <summary>
              {t('ui.design.sections.rok')}
              {draft.design.rok.length > 0 && ` · ${draft.design.rok.join(', ')}`}
            </summary>
            <RokPicker catalog={catalog} chosen={draft.design.rok} onChange={(rok) => design({ rok })} />
          </details>
          <details className="editor-section" data-testid="view-alt-details">
            <summary>{t('ui.design.sections.alt')}</summary>
            <AltField shown={shown} generated={drawn?.alt ?? null} edit={altEdit} onEdit={setAltEdit} />
          </details>
        </form>
        <ViewPreview shown={shown} drawn={drawn} title={draft.title} subtitle={draft.design.subtitle} />
      </div>
    </Modal>
  );
}

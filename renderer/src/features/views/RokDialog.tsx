import { type SyntheticEvent, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ROK, type RokEntry } from '../../../../shared/model/story/rok';
import { useBusy, useWorkbench } from '../../state/hooks';
import { ActionRow } from '../../ui/ActionRow';
import { Modal } from '../../ui/Modal';
import { ROK_TITLE_MAX, rokTitlesOf, rokToSave, untitledCodes, type RokTitles } from './rokTitles';
import './rok.css';

export const ROK_RUBRICS: RokEntry['rubric'][] = ['results', 'learners', 'quality', 'policy'];

/** A rubric's name; one literal key each, so the catalogue check sees them all. */
export function useRubricLabel(): (rubric: RokEntry['rubric']) => string {
  const { t } = useTranslation();
  return (r) =>
    ({
      results: t('ui.design.rok.rubrics.results'),
      learners: t('ui.design.rok.rubrics.learners'),
      quality: t('ui.design.rok.rubrics.quality'),
      policy: t('ui.design.rok.rubrics.policy'),
    })[r];
}

/**
 * React passes an event up its own tree, across a portal: the dialog's submit and its cancel
 * (Escape) stop here, before the view editor's form and dialog. (`onCancel` is typed for a
 * `<dialog>` only; React handles it on any element.)
 */
const stop = (e: SyntheticEvent) => e.stopPropagation();
const KEPT_INSIDE: { onSubmit(e: SyntheticEvent): void; onCancel(e: SyntheticEvent): void } = { onSubmit: stop, onCancel: stop };

/**
 * "Referentiekader (ROK)": the project's titles of the framework's codes, one text field per code
 * grouped by rubric. Saved as the project's own catalog (a blank title is refused in the dialog,
 * nothing saved); the shipped working titles can be put back after a confirmation.
 *
 * Opened from inside the view editor (itself a modal dialog with a form): portalled to the body so
 * its form is not nested in the editor's, and its submit and Escape do not reach the editor's
 * handlers through React's tree.
 */
export function RokDialog({ onClose }: { onClose(): void }) {
  return createPortal(
    <div className="rok-dialog-root" {...KEPT_INSIDE}>
      <RokDialogBody onClose={onClose} />
    </div>,
    document.body,
  );
}

function RokDialogBody({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const catalog = useWorkbench((s) => s.project?.rok) ?? DEFAULT_ROK;
  const own = useWorkbench((s) => s.project?.rokEdited ?? false);
  const saveRok = useWorkbench((s) => s.saveRok);
  const busy = useBusy();
  const rubricLabel = useRubricLabel();
  const [titles, setTitles] = useState<RokTitles>(() => rokTitlesOf(catalog));
  const [untitled, setUntitled] = useState<string[]>([]);
  const [asking, setAsking] = useState(false);
  const resetRef = useRef<HTMLButtonElement>(null);
  const ids = { form: useId(), problem: useId(), note: useId(), question: useId() };

  const save = async () => {
    const plan = rokToSave(catalog, titles);
    if (plan.kind === 'untitled') {
      setUntitled(plan.codes);
      document.getElementById(`${ids.form}-${plan.codes[0]}`)?.focus();
      return;
    }
    if (plan.kind === 'unchanged' || (await saveRok(plan.catalog))) onClose();
  };
  const reset = async () => {
    if (await saveRok(null)) onClose();
  };
  const type = (code: string, title: string) => {
    const next = { ...titles, [code]: title };
    setTitles(next);
    // The message follows the fields once shown: it goes when every code has a title again.
    if (untitled.length > 0) setUntitled(untitledCodes(catalog, next));
  };

  const footer = asking ? (
    <div className="rok-reset-ask" role="group" aria-labelledby={ids.question} data-testid="rok-reset-ask">
      <p id={ids.question}>{t('ui.design.rokDialog.resetQuestion')}</p>
      <ActionRow>
        <button
          type="button"
          className="button subtle"
          autoFocus
          onClick={() => {
            setAsking(false);
            requestAnimationFrame(() => resetRef.current?.focus());
          }}
        >
          {t('ui.design.rokDialog.resetCancel')}
        </button>
        <button type="button" className="button primary" data-testid="rok-reset-confirm" disabled={busy} onClick={() => void reset()}>
          {t('ui.design.rokDialog.resetConfirm')}
        </button>
      </ActionRow>
    </div>
  ) : (
    <ActionRow>
      <button type="button" ref={resetRef} className="button subtle" data-testid="rok-reset" disabled={!own || busy} onClick={() => setAsking(true)}>
        {t('ui.design.rokDialog.reset')}
      </button>
      <span className="spacer" />
      <button type="button" className="button subtle" data-testid="rok-cancel" onClick={onClose}>
        {t('ui.design.rokDialog.cancel')}
      </button>
      <button type="submit" form={ids.form} className="button primary" data-testid="rok-save" disabled={busy}>
        {t('ui.design.rokDialog.save')}
      </button>
    </ActionRow>
  );

  return (
    <Modal title={t('ui.design.rokDialog.title')} testId="rok-dialog" onClose={onClose} wide footer={footer}>
      <p className="hint">{t('ui.design.rokDialog.intro')}</p>
      <p className="rok-note" id={ids.note} data-testid="rok-working-titles">
        {t('ui.design.rokDialog.workingTitles')}{' '}
        <span data-testid="rok-status">{own ? t('ui.design.rokDialog.own') : t('ui.design.rokDialog.shipped')}</span>
      </p>
      {untitled.length > 0 && (
        <p className="field-error" id={ids.problem} role="alert" data-testid="rok-problem">
          {t('ui.design.rokDialog.empty', { count: untitled.length, codes: untitled.join(', ') })}
        </p>
      )}
      <form
        id={ids.form}
        className="rok-titles"
        data-testid="rok-titles"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {ROK_RUBRICS.map((r) => {
          const entries = catalog.filter((e) => e.rubric === r);
          if (entries.length === 0) return null;
          return (
            <fieldset key={r} className="rok-titles-rubric">
              <legend>{rubricLabel(r)}</legend>
              {entries.map((e) => {
                const id = `${ids.form}-${e.code}`;
                const blank = untitled.includes(e.code);
                return (
                  <div key={e.code} className="rok-title-row">
                    <label htmlFor={id} className="rok-code">
                      {e.code}
                    </label>
                    <input
                      id={id}
                      data-testid="rok-title"
                      data-code={e.code}
                      aria-label={t('ui.design.rokDialog.titleLabel', { code: e.code })}
                      value={titles[e.code] ?? ''}
                      title={titles[e.code] ?? ''}
                      maxLength={ROK_TITLE_MAX}
                      aria-invalid={blank}
                      aria-describedby={blank ? ids.problem : undefined}
                      onChange={(ev) => type(e.code, ev.target.value)}
                    />
                  </div>
                );
              })}
            </fieldset>
          );
        })}
      </form>
    </Modal>
  );
}

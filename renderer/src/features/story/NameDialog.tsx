import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionRow } from '../../ui/ActionRow';
import { Modal } from '../../ui/Modal';

interface NameDialogProps {
  title: string;
  intro?: string;
  initial: string;
  confirm: string;
  testId: string;
  onConfirm(name: string): Promise<boolean>;
  onClose(): void;
}

/** Asks for a story's title (new, rename, next measurement); an empty title is refused with a message. */
export function NameDialog({ title, intro, initial, confirm, testId, onConfirm, onClose }: NameDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return setMissing(true);
    setBusy(true);
    const ok = await onConfirm(trimmed);
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Modal title={title} testId={testId} onClose={onClose}>
      <form className="form-stack" onSubmit={(e) => void submit(e)}>
        {intro && <p className="muted">{intro}</p>}
        <span className="field">
          <label htmlFor={inputId}>{t('ui.story.dialog.titleLabel')}</label>
          <input
            id={inputId}
            data-testid={`${testId}-input`}
            value={name}
            maxLength={300}
            data-autofocus
            aria-invalid={missing}
            aria-describedby={missing ? errorId : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setMissing(false);
            }}
          />
        </span>
        {missing && (
          <p id={errorId} className="field-error" role="alert">
            {t('ui.story.dialog.titleRequired')}
          </p>
        )}
        <ActionRow>
          <button type="button" className="button subtle" onClick={onClose}>
            {t('ui.story.dialog.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid={`${testId}-confirm`} disabled={busy}>
            {confirm}
          </button>
        </ActionRow>
      </form>
    </Modal>
  );
}

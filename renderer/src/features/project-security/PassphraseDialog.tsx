import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../../state/hooks';
import { MIN_PASSPHRASE } from '../../state/slices/passphrase';
import { ActionRow } from '../../ui/ActionRow';
import { Modal } from '../../ui/Modal';
import { useMessageText } from '../../ui/useMessageText';
import './project-security.css';

/**
 * The passphrase of an encrypted project file (state/slices/passphrase.ts): asked once to open
 * one (again, with the reason, after a wrong one), or twice to save encrypted. A modal
 * `<dialog>`: focus stays inside, Enter submits, Escape or the cross cancels.
 */
export function PassphraseDialog() {
  const question = useWorkbench((s) => s.passphraseQuestion);
  if (!question) return null;
  // A new question (open or save) starts with empty fields; a retry keeps the dialog.
  return question.purpose === 'open' ? <OpenPassphrase /> : <SavePassphrase />;
}

function OpenPassphrase() {
  const { t } = useTranslation();
  const text = useMessageText();
  const question = useWorkbench((s) => s.passphraseQuestion);
  const answer = useWorkbench((s) => s.answerPassphrase);
  const [passphrase, setPassphrase] = useState('');
  const id = useId();
  if (!question) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (question.checking || passphrase === '') return;
    answer(passphrase);
  };
  return (
    <Modal title={t('ui.sealed.open.title')} testId="passphrase-dialog" onClose={() => answer(null)}>
      <form onSubmit={submit} className="passphrase-form">
        <p>{t('ui.sealed.open.intro', { name: question.name })}</p>
        <label htmlFor={id}>{t('ui.sealed.open.label')}</label>
        <input
          id={id}
          type="password"
          data-testid="passphrase-input"
          autoComplete="current-password"
          value={passphrase}
          maxLength={1024}
          aria-invalid={question.error ? true : undefined}
          aria-describedby={question.error ? `${id}-error` : undefined}
          onChange={(e) => setPassphrase(e.target.value)}
          data-autofocus
        />
        {question.error && !question.checking && (
          <p id={`${id}-error`} className="passphrase-error" role="alert" data-testid="passphrase-error">
            {text(question.error)}
          </p>
        )}
        {question.checking && (
          <p className="passphrase-checking" role="status">
            {t('ui.sealed.open.checking')}
          </p>
        )}
        <ActionRow>
          <button type="button" className="button" data-testid="passphrase-cancel" onClick={() => answer(null)}>
            {t('ui.sealed.open.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="passphrase-submit" disabled={question.checking || passphrase === ''}>
            {t('ui.sealed.open.submit')}
          </button>
        </ActionRow>
      </form>
    </Modal>
  );
}

function SavePassphrase() {
  const { t } = useTranslation();
  const answer = useWorkbench((s) => s.answerPassphrase);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [tried, setTried] = useState(false);
  const id = useId();
  const problem = first.length < MIN_PASSPHRASE ? 'tooShort' : first !== second ? 'mismatch' : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (problem === null) answer(first);
  };
  return (
    <Modal title={t('ui.sealed.save.title')} testId="passphrase-save-dialog" onClose={() => answer(null)}>
      <form onSubmit={submit} className="passphrase-form">
        <p>{t('ui.sealed.save.intro')}</p>
        <p className="passphrase-warning" data-testid="passphrase-warning">
          {t('ui.sealed.save.warning')}
        </p>
        <label htmlFor={`${id}-1`}>{t('ui.sealed.save.label')}</label>
        <input
          id={`${id}-1`}
          type="password"
          data-testid="passphrase-new"
          autoComplete="new-password"
          value={first}
          maxLength={1024}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setFirst(e.target.value)}
          data-autofocus
        />
        <span id={`${id}-hint`} className="passphrase-hint">
          {t('ui.sealed.save.hint', { min: MIN_PASSPHRASE })}
        </span>
        <label htmlFor={`${id}-2`}>{t('ui.sealed.save.repeat')}</label>
        <input
          id={`${id}-2`}
          type="password"
          data-testid="passphrase-repeat"
          autoComplete="new-password"
          value={second}
          maxLength={1024}
          onChange={(e) => setSecond(e.target.value)}
        />
        {tried && problem && (
          <p className="passphrase-error" role="alert" data-testid="passphrase-problem">
            {t(`ui.sealed.save.${problem}`, { min: MIN_PASSPHRASE })}
          </p>
        )}
        <ActionRow>
          <button type="button" className="button" data-testid="passphrase-cancel" onClick={() => answer(null)}>
            {t('ui.sealed.save.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="passphrase-save">
            {t('ui.sealed.save.submit')}
          </button>
        </ActionRow>
      </form>
    </Modal>
  );
}

/** "versleuteld" next to the project name while the project is saved encrypted. */
export function EncryptedMarker() {
  const { t } = useTranslation();
  const encrypted = useWorkbench((s) => s.project?.encrypted === true);
  if (!encrypted) return null;
  return (
    <span className="badge encrypted" data-testid="project-encrypted" title={t('ui.sealed.markerHint')}>
      <span aria-hidden="true">🔒 </span>
      {t('ui.sealed.marker')}
    </span>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportProfile } from '../../../../shared/model/profile';
import { useProfileWords } from './useProfileWords';

const KINDS = ImportProfile.shape.kind.options;

/** Name and kind for a new profile from the dialog's current settings. */
export function SaveProfileForm({
  defaultName,
  defaultKind,
  signature,
  onSave,
  onCancel,
}: {
  defaultName: string;
  defaultKind: ImportProfile['kind'];
  signature: string[];
  onSave(name: string, kind: ImportProfile['kind']): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const words = useProfileWords();
  const [name, setName] = useState(defaultName);
  const [kind, setKind] = useState<ImportProfile['kind']>(defaultKind);
  const [invalid, setInvalid] = useState(false);
  const ids = { name: useId(), kind: useId() };
  const submit = () => {
    if (name.trim() === '' || signature.length === 0) return setInvalid(true);
    onSave(name.trim(), kind);
  };
  return (
    <div
      className="save-profile"
      data-testid="import-profile-form"
      role="group"
      aria-label={t('ui.import.saveProfile')}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
          e.preventDefault();
          submit();
        }
      }}
    >
      <span className="field">
        <label htmlFor={ids.name}>{t('ui.profiles.name')}</label>
        <input
          id={ids.name}
          data-testid="profile-name"
          value={name}
          aria-invalid={invalid || undefined}
          autoFocus
          onChange={(e) => {
            setName(e.target.value);
            setInvalid(false);
          }}
        />
      </span>
      <span className="field">
        <label htmlFor={ids.kind}>{t('ui.profiles.kindLabel')}</label>
        <select id={ids.kind} data-testid="profile-kind" value={kind} onChange={(e) => setKind(e.target.value as ImportProfile['kind'])}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {words.kind(k)}
            </option>
          ))}
        </select>
      </span>
      <button type="button" className="button primary small" data-testid="profile-save-confirm" onClick={submit}>
        {t('ui.profiles.save')}
      </button>
      <button type="button" className="button subtle small" onClick={onCancel}>
        {t('ui.profiles.cancel')}
      </button>
      <p className="hint full">{t('ui.profiles.signatureHint', { columns: signature.join(', ') })}</p>
      {invalid && (
        <span className="field-error" role="alert">
          {t('ui.profiles.nameRequired')}
        </span>
      )}
    </div>
  );
}

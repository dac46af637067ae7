import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SAFE_PRIVACY, type PrivacyChoice } from '../../../../shared/model/story/privacy';

/** The project's k and how to change it (useProjectK): the dialogs before presenting and exporting offer it. */
export interface ProjectK {
  k: number | null;
  setK(k: number): Promise<void>;
}

/**
 * The two privacy switches of presenting and exporting: pseudonyms for pupils' names, and groups
 * under k left out. Both start on (the safe choice); turning one off is a choice for this time only.
 * With `projectK`, k is the project's setting, which can be changed here (it is saved with the
 * project and holds for every later export); the choice follows it.
 */
export function PrivacyFields({ legend, privacy, onChange, testId, labels, projectK }: {
  legend: string;
  privacy: PrivacyChoice;
  onChange(privacy: PrivacyChoice): void;
  testId: string;
  /** The export dialog words the switches for a file. */
  labels?: { pseudonymise: string; suppress: string };
  projectK?: ProjectK;
}) {
  const { t } = useTranslation();
  const own = projectK?.k ?? null;
  const k = own ?? privacy.suppressBelow ?? SAFE_PRIVACY.suppressBelow ?? 5;
  // The choice takes the project's k once it is known.
  useEffect(() => {
    if (own !== null && privacy.suppressBelow !== null && privacy.suppressBelow !== own) onChange({ ...privacy, suppressBelow: own });
  }, [own, privacy, onChange]);
  return (
    <fieldset className="privacy-fields" data-testid={testId}>
      <legend>{legend}</legend>
      <label className="checkbox-line">
        <input
          type="checkbox"
          data-testid={`${testId}-pseudonymise`}
          checked={privacy.pseudonymise}
          onChange={(e) => onChange({ ...privacy, pseudonymise: e.target.checked })}
        />{' '}
        {labels?.pseudonymise ?? t('ui.present.dialog.pseudonymise')}
      </label>
      <label className="checkbox-line">
        <input
          type="checkbox"
          data-testid={`${testId}-suppress`}
          checked={privacy.suppressBelow !== null}
          onChange={(e) => onChange({ ...privacy, suppressBelow: e.target.checked ? k : null })}
        />{' '}
        {labels?.suppress ?? t('ui.present.dialog.suppress', { k })}
      </label>
      {projectK && own !== null && (
        <label className="number-line">
          {t('ui.present.dialog.k')}{' '}
          <input
            type="number"
            min={2}
            max={100}
            step={1}
            value={own}
            data-testid={`${testId}-k`}
            onChange={(e) => {
              const next = Number(e.target.value);
              if (Number.isInteger(next) && next >= 2 && next <= 100) void projectK.setK(next);
            }}
          />
        </label>
      )}
    </fieldset>
  );
}

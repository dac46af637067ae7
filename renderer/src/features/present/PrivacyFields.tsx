import { useTranslation } from 'react-i18next';
import { SAFE_PRIVACY, type PrivacyChoice } from '../../../../shared/model/story/privacy';

/**
 * The two privacy switches of presenting and exporting: pseudonyms for pupils' names, and groups
 * under k left out. Both start on (the safe choice); turning one off is a choice for this time only.
 */
export function PrivacyFields({ legend, privacy, onChange, testId, labels }: {
  legend: string;
  privacy: PrivacyChoice;
  onChange(privacy: PrivacyChoice): void;
  testId: string;
  /** The export dialog words the switches for a file. */
  labels?: { pseudonymise: string; suppress: string };
}) {
  const { t } = useTranslation();
  const k = privacy.suppressBelow ?? SAFE_PRIVACY.suppressBelow ?? 5;
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
    </fieldset>
  );
}

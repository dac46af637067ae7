import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { SAFE_PRIVACY, type PrivacyChoice } from '../../../../shared/model/story/privacy';
import { ActionRow } from '../../ui/ActionRow';
import { Modal } from '../../ui/Modal';
import type { ChartExposure } from './exportPrivacy';

interface Props {
  format: 'png' | 'svg';
  /** What the chart lets out as it stands: which of the two switches apply. */
  exposure: ChartExposure;
  onCancel(): void;
  onExport(choice: PrivacyChoice): void;
}

/**
 * Before a plain chart that shows pupils one by one or has groups under k is saved as a picture:
 * what would leave the machine, with the safe choice preselected — pupils' names replaced by
 * pseudonyms (only on a chart of pupils), groups under k left out (only where there are such).
 * A modal dialog (ui/Modal): focus stays inside, Esc cancels. Drawn on the document's body, out
 * of the chart's form.
 */
export function ExportPrivacyDialog({ format, exposure, onCancel, onExport }: Props) {
  const { t } = useTranslation();
  const { k } = exposure;
  // The safe choice: both switches on.
  const [choice, setChoice] = useState<PrivacyChoice>({ ...SAFE_PRIVACY, suppressBelow: k });
  const formatName = format.toUpperCase();
  const namesShown = exposure.pupilLevel && !choice.pseudonymise;
  const smallShown = exposure.smallGroups > 0 && choice.suppressBelow === null;

  const footer = (
    <ActionRow>
      <button type="button" className="button subtle" data-testid="export-privacy-cancel" onClick={onCancel}>
        {t('ui.exportPrivacy.cancel')}
      </button>
      <button type="button" className="button primary" data-testid="export-privacy-confirm" data-autofocus onClick={() => onExport(choice)}>
        {t('ui.exportPrivacy.start', { format: formatName })}
      </button>
    </ActionRow>
  );

  return createPortal(
    <Modal title={t('ui.exportPrivacy.title', { format: formatName })} testId="export-privacy-dialog" onClose={onCancel} footer={footer}>
      <p className="muted">{t('ui.exportPrivacy.intro')}</p>
      <fieldset className="privacy-fields" data-testid="export-privacy-fields">
        <legend>{t('ui.exportPrivacy.leaves')}</legend>
        <ul className="compact-list" data-testid="export-privacy-exposure">
          {exposure.pupilLevel && <li>{t('ui.exportPrivacy.pupils', { count: exposure.pupils })}</li>}
          {exposure.smallGroups > 0 && <li>{t('ui.exportPrivacy.smallGroups', { count: exposure.smallGroups, k })}</li>}
        </ul>
        {exposure.pupilLevel && (
          <label className="checkbox-line">
            <input
              type="checkbox"
              data-testid="export-privacy-pseudonymise"
              checked={choice.pseudonymise}
              onChange={(e) => setChoice({ ...choice, pseudonymise: e.target.checked })}
            />{' '}
            {t('ui.exportPrivacy.pseudonymise')}
          </label>
        )}
        {exposure.smallGroups > 0 && (
          <label className="checkbox-line">
            <input
              type="checkbox"
              data-testid="export-privacy-suppress"
              checked={choice.suppressBelow !== null}
              onChange={(e) => setChoice({ ...choice, suppressBelow: e.target.checked ? k : null })}
            />{' '}
            {t('ui.exportPrivacy.suppress', { k })}
          </label>
        )}
      </fieldset>
      {(namesShown || smallShown) && (
        <div className="warning" role="status" data-testid="export-privacy-unsafe">
          {namesShown && <p>{t('ui.exportPrivacy.namesShown')}</p>}
          {smallShown && <p>{t('ui.exportPrivacy.smallShown', { k })}</p>}
          <p>{t('ui.exportPrivacy.unsafe')}</p>
        </div>
      )}
    </Modal>,
    document.body,
  );
}

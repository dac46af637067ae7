import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SAFE_PRIVACY, type PrivacyChoice } from '../../../../shared/model/story/privacy';
import { useWorkbench } from '../../state/hooks';
import type { ProjectorTheme } from '../../state/slices/story';
import { ActionRow } from '../../ui/ActionRow';
import { Modal } from '../../ui/Modal';
import { PrivacyFields } from './PrivacyFields';
import { useProjectK } from './useProjectK';

/** Before presenting: the privacy choice for this session (safe by default) and the projector theme. */
export function PresentDialog({ storyId, onClose }: { storyId: string; onClose(): void }) {
  const { t } = useTranslation();
  const startPresenting = useWorkbench((s) => s.startPresenting);
  const [privacy, setPrivacy] = useState<PrivacyChoice>(SAFE_PRIVACY);
  const [theme, setTheme] = useState<ProjectorTheme>('light');
  const projectK = useProjectK();

  const start = () => {
    onClose();
    void startPresenting(storyId, privacy, theme);
  };

  const footer = (
    <ActionRow>
      <button type="button" className="button subtle" data-testid="present-cancel" onClick={onClose}>
        {t('ui.present.dialog.cancel')}
      </button>
      <button type="button" className="button primary" data-testid="present-start" data-autofocus onClick={start}>
        {t('ui.present.dialog.start')}
      </button>
    </ActionRow>
  );

  return (
    <Modal title={t('ui.present.dialog.title')} testId="present-dialog" onClose={onClose} footer={footer}>
      <p className="muted">{t('ui.present.dialog.intro')}</p>
      <PrivacyFields legend={t('ui.present.dialog.privacy')} privacy={privacy} onChange={setPrivacy} testId="present-privacy" projectK={projectK} />
      <fieldset className="privacy-fields">
        <legend>{t('ui.present.dialog.theme')}</legend>
        {(['light', 'dark'] as const).map((value) => (
          <label key={value} className="radio-line">
            <input type="radio" name="present-theme" value={value} data-testid={`present-theme-${value}`} checked={theme === value} onChange={() => setTheme(value)} />{' '}
            {t(value === 'light' ? 'ui.present.dialog.themeLight' : 'ui.present.dialog.themeDark')}
          </label>
        ))}
      </fieldset>
    </Modal>
  );
}

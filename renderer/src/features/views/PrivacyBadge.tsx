import { useTranslation } from 'react-i18next';
import type { PrivacyBadge as Badge } from '../../../../shared/model/story/privacy';

/**
 * Beside a view's title: whether it shows pupils one by one, figures per group, or groups left out
 * under k. `teachers`: the persons shown one by one are teachers (the survey's observations per teacher).
 */
export function PrivacyBadge({ badge, testId = 'privacy-badge', teachers = false }: { badge: Badge; testId?: string; teachers?: boolean }) {
  const { t } = useTranslation();
  const k = badge.k ?? 0;
  const kind = badge.level === 'pupil' ? 'pupil' : badge.suppressed > 0 ? 'suppressed' : 'aggregated';
  const personText = teachers ? t('ui.survey.teachers.mark') : t('ui.design.privacy.pupil');
  const personTitle = teachers ? t('ui.survey.view.teachersTitle') : t('ui.design.privacy.pupilTitle');
  const text = kind === 'pupil' ? personText : kind === 'suppressed' ? t('ui.design.privacy.suppressed', { count: badge.suppressed, k }) : t('ui.design.privacy.aggregated');
  const title = kind === 'pupil' ? personTitle : kind === 'suppressed' ? t('ui.design.privacy.suppressedTitle', { k }) : t('ui.design.privacy.aggregatedTitle');
  return (
    <span className={`privacy-badge privacy-${kind}`} data-testid={testId} data-level={kind} title={title}>
      <span className="visually-hidden">{t('ui.design.privacy.label')}: </span>
      {text}
      <span className="visually-hidden">. {title}</span>
    </span>
  );
}

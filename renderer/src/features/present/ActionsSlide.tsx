import { useTranslation } from 'react-i18next';
import { rokTitle, type RokCatalog } from '../../../../shared/model/story/rok';
import type { Story } from '../../../../shared/model/story/story';
import { formatDate } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';

/** The story's actions as a slide: what, who, by when, status and ROK codes; carried-over ones marked to evaluate. */
export function ActionsSlide({ story, rok }: { story: Story; rok: RokCatalog }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="slide-view">
      <header className="slide-header">
        <h2 className="slide-heading">{t('ui.present.actions.title')}</h2>
      </header>
      {story.actions.length === 0 ? (
        <p className="slide-subtitle">{t('ui.present.actions.empty')}</p>
      ) : (
        <table className="slide-actions">
          <thead>
            <tr>
              <th scope="col">{t('ui.present.actions.what')}</th>
              <th scope="col">{t('ui.present.actions.who')}</th>
              <th scope="col">{t('ui.present.actions.when')}</th>
              <th scope="col">{t('ui.present.actions.status')}</th>
              <th scope="col">{t('ui.present.actions.rok')}</th>
            </tr>
          </thead>
          <tbody>
            {story.actions.map((a) => (
              <tr key={a.id} className={`slide-action-${a.status}`}>
                <td>
                  {a.what}
                  {a.carriedFrom && <span className="slide-carried"> · {t('ui.present.actions.carried')}</span>}
                </td>
                <td>{a.who}</td>
                <td>{a.when ? formatDate(a.when, locale) : ''}</td>
                <td>{t(`ui.story.actions.statuses.${a.status}`)}</td>
                <td>
                  {a.rok.map((code) => (
                    <span key={code} className="slide-rok-tag" title={rokTitle(rok, code)}>
                      {code}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

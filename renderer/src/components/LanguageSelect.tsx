import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toLocale } from '../../../shared/i18n/index';
import { changeLocale } from '../i18n/setup';
import { useLocale } from '../i18n/useLocale';

export function LanguageSelect() {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  return (
    <span className="field-inline">
      <label htmlFor={id}>{t('ui.toolbar.language')}</label>
      <select id={id} data-testid="tb-language" value={locale} onChange={(e) => changeLocale(toLocale(e.target.value))}>
        <option value="nl-BE" lang="nl-BE">
          {t('ui.language.nl')}
        </option>
        <option value="en" lang="en">
          {t('ui.language.en')}
        </option>
      </select>
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { toLocale } from '../../../shared/i18n/index';
import { changeLocale } from '../i18n/setup';
import { useLocale } from '../i18n/useLocale';
import { LabelledSelect } from '../ui/LabelledSelect';

export function LanguageSelect() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <LabelledSelect
      layout="field-inline"
      label={t('ui.toolbar.language')}
      data-testid="tb-language"
      value={locale}
      onChange={(e) => changeLocale(toLocale(e.target.value))}
    >
      <option value="nl-BE" lang="nl-BE">
        {t('ui.language.nl')}
      </option>
      <option value="en" lang="en">
        {t('ui.language.en')}
      </option>
    </LabelledSelect>
  );
}

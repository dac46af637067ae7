import { useTranslation } from 'react-i18next';
import { formatCount } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';

export function RowCount({ count }: { count: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <span className="row-count" data-testid="row-count" data-count={count} aria-live="polite">
      {t('ui.table.rowCount', { count, formatted: formatCount(count, locale) })}
    </span>
  );
}

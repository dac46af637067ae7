import { useTranslation } from 'react-i18next';
import type { SourceInfo } from '../../../../shared/model/source';
import { formatCount } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import { useWorkbench } from '../../state/hooks';
import { SourceName } from './SourceName';

export function SourceItem({
  source,
  isBase,
  onRefresh,
}: {
  source: SourceInfo;
  isBase: boolean;
  /** Re-import this source from a new version of its file. */
  onRefresh(source: SourceInfo): void;
}) {
  const { t } = useTranslation();
  const chooseBase = useWorkbench((s) => s.chooseBase);
  const removeSource = useWorkbench((s) => s.removeSource);
  const locale = useLocale();
  const rows = t('ui.sources.rows', { count: source.rowCount, formatted: formatCount(source.rowCount, locale) });
  const columns = t('ui.sources.columns', {
    count: source.columns.length,
    formatted: formatCount(source.columns.length, locale),
  });
  return (
    <li className={isBase ? 'source-item base' : 'source-item'} data-testid="source-item" data-source-id={source.id}>
      <SourceName source={source} />
      <div className="source-meta">
        <span data-testid="source-rows">{rows}</span> · <span data-testid="source-columns">{columns}</span>
        {source.warnings.length > 0 && (
          <span className="warning-badge" title={t('ui.sources.warningsTitle', { name: source.name })}>
            {' '}
            · {t('ui.sources.warningsCount', { count: source.warnings.length })}
          </span>
        )}
      </div>
      <div className="source-actions">
        {isBase ? (
          <span className="tag">{t('ui.sources.isBase')}</span>
        ) : (
          <button type="button" className="link-button" data-testid="source-use" onClick={() => void chooseBase(source.id)}>
            {t('ui.sources.useAsBase')}
          </button>
        )}
        <button
          type="button"
          className="link-button"
          data-testid="source-refresh"
          aria-label={t('ui.sources.refreshLabel', { name: source.name })}
          title={t('ui.sources.refreshLabel', { name: source.name })}
          onClick={() => onRefresh(source)}
        >
          {t('ui.sources.refresh')}
        </button>
        <button
          type="button"
          className="icon-button"
          data-testid="source-remove"
          aria-label={t('ui.sources.remove', { name: source.name })}
          title={t('ui.sources.remove', { name: source.name })}
          onClick={() => void removeSource(source.id)}
        >
          ×
        </button>
      </div>
    </li>
  );
}

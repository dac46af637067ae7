import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../../shared/model/view';
import { smallGroups } from './figure';
import { formatCount, formatNumber } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';

/** The chart's numbers as a small table: every bar's n, readable without hovering. */
export function ChartCaption({ summary }: { summary: GroupSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const isMean = summary.chart.aggregate === 'mean';
  const small = smallGroups(summary);
  return (
    <div className="chart-caption">
      {small > 0 && (
        <p className="caution" data-testid="chart-small-groups">
          {t('ui.chart.smallGroups', { count: small })}
        </p>
      )}
      <table data-testid="chart-caption">
        <caption>{t('ui.chart.captionTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.chart.captionGroup')}</th>
            <th scope="col" className="num">
              {t('ui.chart.captionN')}
            </th>
            <th scope="col" className="num">
              {t('ui.chart.captionValue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.key ?? t('ui.chart.emptyGroup')}</th>
              <td className="num">{formatCount(isMean ? r.nValid : r.n, locale)}</td>
              <td className="num">{r.value === null ? '' : formatNumber(r.value, locale, isMean ? 1 : 0, isMean ? 1 : 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

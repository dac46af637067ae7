import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../../shared/model/view';
import { chartDecimals, rowN, smallGroups, sortedRows } from './figure';
import { formatCount, formatNumber } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';

/** The chart's numbers as a small table: every bar's n, readable without hovering. */
export function ChartCaption({ summary }: { summary: GroupSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const decimals = chartDecimals(summary.chart);
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
          {sortedRows(summary).map((r, i) => (
            <tr key={i}>
              <th scope="row">{r.key ?? t('ui.chart.emptyGroup')}</th>
              <td className="num">{formatCount(rowN(summary.chart, r), locale)}</td>
              <td className="num">{r.value === null ? '' : formatNumber(r.value, locale, decimals, decimals)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

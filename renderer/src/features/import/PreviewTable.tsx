import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/contract';
import { formatCell, isRightAligned } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import { previewColumns } from './options';
import './import.css';

/** The first rows as they will be imported: a plain table, the values formatted as the grid will show them. */
export function PreviewTable({ preview, testId = 'import-preview-table' }: { preview: ImportPreview; testId?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = { yes: t('ui.table.yes'), no: t('ui.table.no') };
  const columns = previewColumns(preview.inspect, preview.rows[0]?.length ?? null);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('ui.import.previewTitle')}>
      <table className="plain-table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={`${i}-${c.name}`} scope="col" data-column={c.name} data-type={c.type}>
                {c.name}
                <span className="column-type">{t(`ui.types.${c.type}`)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => {
                const type = columns[i]?.type ?? 'text';
                return (
                  <td key={i} className={isRightAligned(type) ? 'num' : undefined}>
                    {formatCell(cell, type, locale, words)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {preview.rows.length === 0 && <p className="muted">{t('ui.import.noRows')}</p>}
    </div>
  );
}

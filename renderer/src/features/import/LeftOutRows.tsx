import { useTranslation } from 'react-i18next';
import type { LeftOutRow } from '../../../../shared/model/source';

/** The rows of the file that will not be imported, and why. Header rows are obvious and not listed. */
export function LeftOutRows({ rows }: { rows: LeftOutRow[] }) {
  const { t } = useTranslation();
  const listed = rows.filter((r) => r.reason !== 'header');
  return (
    <section className="left-out" data-testid="import-left-out" data-count={listed.length}>
      <h3>{t('ui.import.leftOutTitle', { count: listed.length })}</h3>
      {listed.length === 0 ? (
        <p className="muted">{t('ui.import.leftOutNone')}</p>
      ) : (
        <ul className="compact-list">
          {listed.map((r) => (
            <li key={`${r.row}-${r.reason}`} data-testid="import-left-out-row" data-row={r.row} data-reason={r.reason}>
              {t('ui.import.leftOutRow', { row: r.row, reason: t(`ui.import.reason.${r.reason}`) })}
              {r.text && <span className="muted"> — {r.text}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

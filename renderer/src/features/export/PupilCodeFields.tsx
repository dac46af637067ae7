import { useTranslation } from 'react-i18next';
import type { ColumnInfo } from '../../../../shared/model/table';

/** Column names that make a pupil recognisable, in Dutch and English exports alike. */
const IDENTIFYING = /naam|name|voornaam|leerling|pupil|student|stamboek|rijksregister|insz|e-?mail|adres|address|geboorte|birth/i;

/** The columns ticked at first: identifiers (a pupil number) and name-like columns. */
export function identifyingColumns(columns: readonly ColumnInfo[]): string[] {
  return columns.filter((c) => c.type === 'identifier' || IDENTIFYING.test(c.name)).map((c) => c.name);
}

/**
 * "Namen en nummers vervangen door een leerlingcode" for a table with a row per pupil: on by
 * default, with the identifying columns to leave out (export/table-pseudonyms.ts in the engine).
 */
export function PupilCodeFields({ columns, on, chosen, onToggle, onChoose }: {
  columns: readonly ColumnInfo[];
  on: boolean;
  chosen: readonly string[];
  onToggle(on: boolean): void;
  onChoose(columns: string[]): void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="export-formats export-codes" data-testid="export-codes-fields">
      <legend>
        <label className="checkbox-line">
          <input type="checkbox" data-testid="export-codes" checked={on} onChange={(e) => onToggle(e.target.checked)} /> {t('ui.export.pseudonymise')}
        </label>
      </legend>
      {on && (
        <>
          <p className="muted">{t('ui.export.pseudonymiseHint')}</p>
          <div className="export-code-columns" role="group" aria-label={t('ui.export.pseudonymiseColumns')}>
            {columns.map((c) => (
              <label key={c.name} className="checkbox-line">
                <input
                  type="checkbox"
                  data-testid="export-code-column"
                  data-column={c.name}
                  checked={chosen.includes(c.name)}
                  onChange={(e) => onChoose(e.target.checked ? [...chosen, c.name] : chosen.filter((n) => n !== c.name))}
                />{' '}
                {c.name}
              </label>
            ))}
          </div>
          {chosen.length === 0 && (
            <p className="warning" role="status" data-testid="export-codes-none">
              {t('ui.export.pseudonymiseNone')}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}

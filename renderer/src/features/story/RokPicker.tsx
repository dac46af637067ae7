import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { rokTitle, type RokCatalog } from '../../../../shared/model/story/rok';

/** An action's codes of the reference framework: chips that can be removed, and a list of the catalog's codes to add one. */
export function RokPicker({ codes, catalog, label, onChange }: { codes: string[]; catalog: RokCatalog; label: string; onChange(codes: string[]): void }) {
  const { t } = useTranslation();
  const selectId = useId();
  return (
    <div className="rok-picker">
      {codes.length > 0 && (
        <ul className="chips" aria-label={t('ui.story.actions.rok')}>
          {codes.map((code) => (
            <li key={code} className="rok-chip" title={rokTitle(catalog, code)}>
              {code}
              <button type="button" className="icon-button" aria-label={t('ui.story.actions.removeRok', { code })} onClick={() => onChange(codes.filter((c) => c !== code))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {codes.length < 10 && (
        <>
          <label htmlFor={selectId} className="visually-hidden">
            {label}
          </label>
          <select
            id={selectId}
            data-testid="story-action-rok"
            value=""
            title={label}
            onChange={(e) => e.target.value && onChange([...codes, e.target.value])}
          >
            <option value="">{t('ui.story.actions.chooseRok')}</option>
            {catalog
              .filter((entry) => !codes.includes(entry.code))
              .map((entry) => (
                <option key={entry.code} value={entry.code}>
                  {entry.code} – {entry.title}
                </option>
              ))}
          </select>
        </>
      )}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RokCatalog } from '../../../../shared/model/story/rok';
import { ROK_RUBRICS, RokDialog, useRubricLabel } from './RokDialog';
import { MAX_ROK, toggleRok } from './viewDraft';

/**
 * The quality expectations of the reference framework a view speaks to: checkboxes per rubric,
 * from the project's catalog, whose titles "Titels aanpassen" edits (RokDialog).
 */
export function RokPicker({ catalog, chosen, onChange }: { catalog: RokCatalog; chosen: string[]; onChange(codes: string[]): void }) {
  const { t } = useTranslation();
  const rubric = useRubricLabel();
  const [editing, setEditing] = useState(false);
  const order = catalog.map((e) => e.code);
  return (
    <div className="rok-picker" data-testid="rok-picker">
      <p className="hint">
        {t('ui.design.rok.hint', { max: MAX_ROK })}{' '}
        <button type="button" className="link-button" data-testid="rok-edit-titles" onClick={() => setEditing(true)}>
          {t('ui.design.rok.editTitles')}
        </button>
      </p>
      {editing && <RokDialog onClose={() => setEditing(false)} />}
      {ROK_RUBRICS.map((r) => {
        const entries = catalog.filter((e) => e.rubric === r);
        if (entries.length === 0) return null;
        return (
          <fieldset key={r} className="rok-rubric">
            <legend>{rubric(r)}</legend>
            {entries.map((e) => {
              const on = chosen.includes(e.code);
              return (
                <label key={e.code} className="checkbox rok-entry" title={e.title}>
                  <input
                    type="checkbox"
                    data-testid="rok-code"
                    data-code={e.code}
                    checked={on}
                    disabled={!on && chosen.length >= MAX_ROK}
                    onChange={() => onChange(toggleRok(chosen, e.code, order))}
                  />
                  <span className="rok-code">{e.code}</span> <span className="rok-title">{e.title}</span>
                </label>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}

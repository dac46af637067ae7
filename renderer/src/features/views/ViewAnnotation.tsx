import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rokTitle, DEFAULT_ROK } from '../../../../shared/model/story/rok';
import { designOf, type View } from '../../../../shared/model/view';
import { useWorkbench } from '../../state/hooks';
import { PrivacyBadge } from './PrivacyBadge';
import { shownPrivacy } from './shownFigure';
import { useShown } from './useShown';
import { ViewDialog } from './ViewDialog';

/**
 * The title, subtitle and takeaway of the view the panel shows, above its figures: its privacy
 * badge beside the title, its ROK tags, and a button to edit it in the chart editor.
 */
export function ViewAnnotation({ view }: { view: View }) {
  const { t } = useTranslation();
  const shown = useShown();
  const catalog = useWorkbench((s) => s.project?.rok) ?? DEFAULT_ROK;
  const [editing, setEditing] = useState(false);
  const design = designOf(view);
  return (
    <header className="view-annotation" data-testid="active-view">
      <div className="view-annotation-head">
        <h3 data-testid="active-view-title">{view.title}</h3>
        {shown && <PrivacyBadge badge={shownPrivacy(shown)} teachers={shown.kind === 'survey'} />}
        <button type="button" className="button small subtle" data-testid="active-view-edit" onClick={() => setEditing(true)}>
          {t('ui.design.active.edit')}
        </button>
      </div>
      {design.subtitle && (
        <p className="view-subtitle" data-testid="active-view-subtitle">
          {design.subtitle}
        </p>
      )}
      {view.takeaway && <p data-testid="active-view-takeaway">{view.takeaway}</p>}
      {design.rok.length > 0 && (
        <ul className="rok-tags" aria-label={t('ui.design.active.rok')}>
          {design.rok.map((code) => (
            <li key={code} className="tag" title={rokTitle(catalog, code)}>
              {code}
            </li>
          ))}
        </ul>
      )}
      {editing && <ViewDialog view={view} onClose={() => setEditing(false)} />}
    </header>
  );
}

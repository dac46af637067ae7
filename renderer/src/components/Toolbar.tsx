import { useTranslation } from 'react-i18next';
import { useWb } from '../state/WorkbenchContext';
import { LanguageSelect } from './LanguageSelect';
import { SaveStatus } from './SaveStatus';

export function Toolbar() {
  const { t } = useTranslation();
  const wb = useWb();
  const project = wb.project;
  return (
    <header className="toolbar" role="toolbar" aria-label={t('ui.toolbar.label')}>
      <div className="toolbar-title">
        <span className="app-name">{t('ui.app.title')}</span>
        <h1 className="project-name" data-testid="project-name">
          {project?.name}
        </h1>
        <SaveStatus />
      </div>
      <div className="toolbar-actions">
        <button type="button" className="button" data-testid="tb-new" onClick={() => void wb.newProject()}>
          {t('ui.toolbar.new')}
        </button>
        <button type="button" className="button" data-testid="tb-open" onClick={() => void wb.openProject()}>
          {t('ui.toolbar.open')}
        </button>
        <button type="button" className="button" data-testid="tb-save" onClick={() => void wb.save()}>
          {t('ui.toolbar.save')}
        </button>
        <span className="toolbar-sep" aria-hidden="true" />
        <button type="button" className="button" data-testid="tb-undo" disabled={!wb.canUndo} onClick={() => void wb.undo()}>
          {t('ui.toolbar.undo')}
        </button>
        <button type="button" className="button" data-testid="tb-redo" disabled={!wb.canRedo} onClick={() => void wb.redo()}>
          {t('ui.toolbar.redo')}
        </button>
        <span className="toolbar-sep" aria-hidden="true" />
        <LanguageSelect />
        <button type="button" className="button subtle" data-testid="tb-about" onClick={() => wb.command('help.about')}>
          {t('ui.toolbar.about')}
        </button>
      </div>
    </header>
  );
}

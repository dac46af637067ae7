import { useTranslation } from 'react-i18next';
import { EncryptedMarker } from '../features/project-security/PassphraseDialog';
import { useUndoRedo, useWorkbench } from '../state/hooks';
import { LanguageSelect } from './LanguageSelect';
import { SaveStatus } from './SaveStatus';
import { AutosaveStatus } from '../features/journal/AutosaveStatus';

export function Toolbar() {
  const { t } = useTranslation();
  const name = useWorkbench((s) => s.project?.name);
  const newProject = useWorkbench((s) => s.newProject);
  const openProject = useWorkbench((s) => s.openProject);
  const save = useWorkbench((s) => s.save);
  const saveEncrypted = useWorkbench((s) => s.saveEncrypted);
  const command = useWorkbench((s) => s.command);
  const storiesOpen = useWorkbench((s) => s.storiesOpen);
  const showWipe = useWorkbench((s) => s.showWipe);
  const showStories = useWorkbench((s) => s.showStories);
  const { canUndo, canRedo } = useUndoRedo();
  return (
    <header className="toolbar" role="toolbar" aria-label={t('ui.toolbar.label')}>
      <div className="toolbar-title">
        <span className="app-name">{t('ui.app.title')}</span>
        <h1 className="project-name" data-testid="project-name">
          {name}
        </h1>
        <EncryptedMarker />
        <SaveStatus />
        <AutosaveStatus />
      </div>
      <div className="toolbar-actions">
        <button type="button" className="button" data-testid="tb-new" onClick={() => void newProject()}>
          {t('ui.toolbar.new')}
        </button>
        <button type="button" className="button" data-testid="tb-open" onClick={() => void openProject()}>
          {t('ui.toolbar.open')}
        </button>
        <button type="button" className="button" data-testid="tb-save" onClick={() => void save()}>
          {t('ui.toolbar.save')}
        </button>
        <button type="button" className="button" data-testid="tb-save-encrypted" onClick={() => void saveEncrypted()}>
          {t('ui.sealed.saveAction')}
        </button>
        <span className="toolbar-sep" aria-hidden="true" />
        <button
          type="button"
          className={storiesOpen ? 'button primary' : 'button'}
          data-testid="tb-stories"
          aria-pressed={storiesOpen}
          title={t('ui.story.openHint')}
          onClick={() => void showStories(!storiesOpen)}
        >
          {t('ui.story.open')}
        </button>
        <span className="toolbar-sep" aria-hidden="true" />
        <button type="button" className="button" data-testid="tb-undo" disabled={!canUndo} onClick={() => command('edit.undo')}>
          {t('ui.toolbar.undo')}
        </button>
        <button type="button" className="button" data-testid="tb-redo" disabled={!canRedo} onClick={() => command('edit.redo')}>
          {t('ui.toolbar.redo')}
        </button>
        <span className="toolbar-sep" aria-hidden="true" />
        <LanguageSelect />
        <button type="button" className="button subtle" data-testid="tb-wipe" title={t('ui.journal.wipe.action')} onClick={() => showWipe(true)}>
          {t('ui.journal.wipe.short')}
        </button>
        <button type="button" className="button subtle" data-testid="tb-about" onClick={() => command('help.about')}>
          {t('ui.toolbar.about')}
        </button>
      </div>
    </header>
  );
}

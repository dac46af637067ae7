import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileRef } from '../../../../shared/api/contract';
import type { SourceInfo } from '../../../../shared/model/source';
import { useApi, useRun, useSources, useWorkbench } from '../../state/hooks';
import { ImportStatus } from '../import/ImportStatus';
import { ProfilesDialog } from '../import/ProfilesDialog';
import { RefreshDialog } from './RefreshDialog';
import { SourceItem } from './SourceItem';
import { ViewsList } from '../views/ViewsList';
import './sources.css';

const NO_SOURCES: SourceInfo[] = [];

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer.types).includes('Files');
}

/** The project's sources, the import button and drop zone, and the saved views. */
export function SourcesPanel() {
  const { t } = useTranslation();
  const sources = useSources() ?? NO_SOURCES;
  const base = useWorkbench((s) => s.project?.recipe?.base ?? null);
  const importing = useWorkbench((s) => s.importQueue !== null);
  const importFiles = useWorkbench((s) => s.importFiles);
  const importDropped = useWorkbench((s) => s.importDropped);
  const api = useApi();
  const run = useRun();
  const [dragging, setDragging] = useState(false);
  const [profilesOpen, setProfilesOpen] = useState(false);
  const [refreshing, setRefreshing] = useState<{ source: SourceInfo; file: FileRef } | null>(null);
  const headingId = useId();

  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length > 0) void importDropped(files);
  };

  /** Refresh: choose the new version of the file, then the dialog shows what would change. */
  const refresh = async (source: SourceInfo) => {
    const picked = await run(() => api['dialog.openFiles']({ purpose: 'import', multiple: false }));
    const file = picked?.files[0];
    if (file) setRefreshing({ source, file });
  };

  return (
    <aside
      className={dragging ? 'sources-panel dragging' : 'sources-panel'}
      data-testid="sources-panel"
      aria-labelledby={headingId}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <section className="panel-section">
        <h2 id={headingId}>{t('ui.sources.title')}</h2>
        <button
          type="button"
          className="button primary wide"
          data-testid="import-button"
          disabled={importing}
          onClick={() => void importFiles()}
        >
          {t('ui.sources.import')}
        </button>
        <button type="button" className="link-button profiles-open" data-testid="profiles-open" onClick={() => setProfilesOpen(true)}>
          {t('ui.profiles.open')}
        </button>
        <ImportStatus />
        {sources.length === 0 ? (
          <p className="muted">{t('ui.sources.empty')}</p>
        ) : (
          <ul className="source-list">
            {sources.map((s) => (
              <SourceItem key={s.id} source={s} isBase={s.id === base} onRefresh={(source) => void refresh(source)} />
            ))}
          </ul>
        )}
        <div className="drop-zone" data-testid="drop-zone" aria-hidden="true">
          {t(dragging ? 'ui.sources.dropActive' : 'ui.sources.drop')}
        </div>
      </section>
      <ViewsList />
      {profilesOpen && <ProfilesDialog onClose={() => setProfilesOpen(false)} />}
      {refreshing && (
        <RefreshDialog
          key={refreshing.file.fileId}
          source={refreshing.source}
          file={refreshing.file}
          onClose={() => setRefreshing(null)}
        />
      )}
    </aside>
  );
}

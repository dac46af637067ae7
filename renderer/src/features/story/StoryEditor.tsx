import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryFormat } from '../../../../shared/api/contract/stories';
import { isTextField } from '../../app/keyboard/textField';
import { useWorkbench, useWorkbenchShallow } from '../../state/hooks';
import { canRedo, canUndo } from '../../state/undoStack';
import { PresentDialog } from '../present/PresentDialog';
import { ActionsEditor } from './ActionsEditor';
import { HypothesesEditor } from './HypothesesEditor';
import { SlideSections } from './SlideSections';
import { StoryExportDialog } from './StoryExportDialog';

/**
 * The story being edited: its title and leervraag, its slides per step of the data-use cycle,
 * hypotheses and actions; presenting and exporting it. Ctrl+Z and Ctrl+Y (outside a text field,
 * where they are the field's own) move through this story's drafts, not through the recipe.
 */
export function StoryEditor() {
  const { t } = useTranslation();
  const story = useWorkbench((s) => s.storyHistory?.present ?? null);
  const { undoable, redoable } = useWorkbenchShallow((s) => ({
    undoable: s.storyHistory ? canUndo(s.storyHistory) : false,
    redoable: s.storyHistory ? canRedo(s.storyHistory) : false,
  }));
  const saving = useWorkbench((s) => s.storySaving > 0);
  const editStory = useWorkbench((s) => s.editStory);
  const undoStory = useWorkbench((s) => s.undoStory);
  const redoStory = useWorkbench((s) => s.redoStory);
  const flushStory = useWorkbench((s) => s.flushStory);
  const [presentOpen, setPresentOpen] = useState(false);
  const [exporting, setExporting] = useState<StoryFormat | null>(null);
  const titleId = useId();
  const questionId = useId();
  const questionHintId = useId();
  const titleErrorId = useId();

  if (!story) {
    return (
      <p className="muted story-none" data-testid="story-none">
        {t('ui.story.editor.none')}
      </p>
    );
  }
  const titleMissing = story.title.trim() === '';
  // The engine computes a deck from the slides: without any there is nothing to show or write.
  const noSlides = story.slides.length === 0;

  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(e.target)) return;
    const key = e.key.toLowerCase();
    const redo = key === 'y' || (key === 'z' && e.shiftKey);
    if (key !== 'z' && key !== 'y') return;
    // Ahead of the workbench's own Ctrl+Z, which undoes the recipe.
    e.preventDefault();
    e.stopPropagation();
    if (redo) redoStory();
    else undoStory();
  };

  return (
    <div className="story-editor" data-testid="story-editor" aria-label={t('ui.story.editor.label')} role="region" onKeyDown={onKeyDown}>
      <div className="story-head">
        <span className="field story-title-field">
          <label htmlFor={titleId}>{t('ui.story.editor.title')}</label>
          <input
            id={titleId}
            data-testid="story-title"
            value={story.title}
            maxLength={300}
            aria-invalid={titleMissing}
            aria-describedby={titleMissing ? titleErrorId : undefined}
            onChange={(e) => editStory((s) => ({ ...s, title: e.target.value }), 'title')}
          />
        </span>
        <div className="story-head-actions">
          <span className="story-save-state muted" role="status" data-testid="story-save-state">
            {titleMissing ? '' : saving ? t('ui.story.editor.saving') : t('ui.story.editor.saved')}
          </span>
          <button type="button" className="button small" data-testid="story-undo" disabled={!undoable} onClick={undoStory}>
            {t('ui.story.editor.undo')}
          </button>
          <button type="button" className="button small" data-testid="story-redo" disabled={!redoable} onClick={redoStory}>
            {t('ui.story.editor.redo')}
          </button>
          <span className="toolbar-sep" aria-hidden="true" />
          <span role="group" aria-label={t('ui.story.editor.exportGroup')} className="story-export-buttons">
            <button type="button" className="button" data-testid="story-export-pptx" disabled={titleMissing || noSlides} onClick={() => void flushStory().then(() => setExporting('pptx'))}>
              {t('ui.story.editor.exportPptx')}
            </button>
            <button type="button" className="button" data-testid="story-export-pdf" disabled={titleMissing || noSlides} onClick={() => void flushStory().then(() => setExporting('pdf'))}>
              {t('ui.story.editor.exportPdf')}
            </button>
          </span>
          <button type="button" className="button primary" data-testid="story-present" disabled={titleMissing || noSlides} onClick={() => setPresentOpen(true)}>
            {t('ui.story.editor.present')}
          </button>
        </div>
      </div>
      {titleMissing && (
        <p id={titleErrorId} className="field-error" role="alert">
          {t('ui.story.editor.notSaved')}
        </p>
      )}
      <span className="field story-question-field">
        <label htmlFor={questionId}>{t('ui.story.editor.question')}</label>
        <textarea
          id={questionId}
          data-testid="story-question"
          rows={2}
          value={story.question}
          aria-describedby={questionHintId}
          onChange={(e) => editStory((s) => ({ ...s, question: e.target.value }), 'question')}
        />
        <span id={questionHintId} className="hint">
          {t('ui.story.editor.questionHint')}
        </span>
      </span>
      <p className="hint story-keys">
        {noSlides && <>{t('ui.story.editor.noSlides')} </>}
        {t('ui.story.editor.keys')}
      </p>
      <SlideSections story={story} />
      <div className="story-lists">
        <HypothesesEditor story={story} />
        <ActionsEditor story={story} />
      </div>
      {presentOpen && <PresentDialog storyId={story.id} onClose={() => setPresentOpen(false)} />}
      {exporting && <StoryExportDialog story={story} format={exporting} onClose={() => setExporting(null)} />}
    </div>
  );
}

import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../shared/model/message';
import type { SourceInfo } from '../../../../shared/model/source';
import { toUserMessage } from '../../state/errors';
import { useApi, useWorkbench } from '../../state/hooks';
import { useMessageText } from '../../ui/useMessageText';

/**
 * A source's name, renamed in place: the pencil (or F2 on the name) turns it into a field; Enter
 * saves, Escape gives the old name back. A name the engine refuses (empty, taken, or one that
 * leaves a step or a view without its column) is said under the field, and nothing changes.
 */
export function SourceName({ source }: { source: SourceInfo }) {
  const { t } = useTranslation();
  const api = useApi();
  const text = useMessageText();
  const setProjectState = useWorkbench((s) => s.setProjectState);
  const notify = useWorkbench((s) => s.notify);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(source.name);
  const [problem, setProblem] = useState<Message | null>(null);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const problemId = useId();

  useEffect(() => {
    if (editing) input.current?.select();
  }, [editing]);

  const stop = () => {
    setEditing(false);
    setProblem(null);
    setName(source.name);
    requestAnimationFrame(() => button.current?.focus());
  };
  const save = async () => {
    if (saving) return;
    if (name.trim() === source.name) return stop();
    setSaving(true);
    try {
      const state = await api['source.rename']({ sourceId: source.id, name });
      setProjectState(state);
      notify({ code: 'ui.sources.renamed', params: { old: source.name, name: name.trim() } });
      setEditing(false);
      setProblem(null);
      requestAnimationFrame(() => button.current?.focus());
    } catch (error) {
      setProblem(toUserMessage(error));
      input.current?.focus();
    } finally {
      setSaving(false);
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      stop();
    }
  };

  if (!editing) {
    return (
      <div className="source-name-row">
        <span className="source-name" title={source.fileName} data-testid="source-name">
          {source.name}
        </span>
        <button
          ref={button}
          type="button"
          className="icon-button source-rename"
          data-testid="source-rename"
          aria-label={t('ui.sources.rename', { name: source.name })}
          title={t('ui.sources.rename', { name: source.name })}
          onClick={() => {
            setName(source.name);
            setEditing(true);
          }}
        >
          <svg width="13" height="13" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M11.5 1.5l3 3L5 14H2v-3z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          </svg>
        </button>
      </div>
    );
  }
  return (
    <div className="source-name-edit">
      <input
        ref={input}
        data-testid="source-rename-input"
        aria-label={t('ui.sources.renameField', { name: source.name })}
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        value={name}
        maxLength={200}
        disabled={saving}
        onChange={(e) => {
          setName(e.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={(e) => {
          // Leaving the field for its own buttons is no cancel.
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget as Node | null) && !problem) void save();
        }}
      />
      <button type="button" className="button small primary" data-testid="source-rename-save" disabled={saving} onClick={() => void save()}>
        {t('ui.sources.renameSave')}
      </button>
      <button type="button" className="button small subtle" data-testid="source-rename-cancel" onMouseDown={(e) => e.preventDefault()} onClick={stop}>
        {t('ui.sources.renameCancel')}
      </button>
      {problem && (
        <p id={problemId} className="field-error" data-testid="source-rename-problem" role="alert">
          {text(problem)}
        </p>
      )}
    </div>
  );
}

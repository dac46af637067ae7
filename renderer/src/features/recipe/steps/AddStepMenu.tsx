import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EDITABLE_KINDS, type EditableKind, StepEditor } from './StepEditor';
import { Icon } from './icons';
import './steps.css';

/**
 * "Stap toevoegen": a button that opens a short list of step kinds (a disclosure: Tab and the
 * arrow keys move through it, Escape closes it and gives the focus back); a kind opens its editor,
 * which adds the step at the end of the recipe.
 */
export function AddStepMenu({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<EditableKind | null>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  // A click elsewhere closes the list.
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  // Opened: the first kind has the focus.
  useEffect(() => {
    if (open) wrap.current?.querySelector<HTMLButtonElement>('.add-step-list button')?.focus();
  }, [open]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
      return;
    }
    if (!open || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    const items = Array.from(wrap.current?.querySelectorAll<HTMLButtonElement>('.add-step-list button') ?? []);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
    e.preventDefault();
    next?.focus();
  };

  const choose = (kind: EditableKind) => {
    // The editor gives the focus back to where it was: the menu button, not a hidden kind.
    button.current?.focus();
    setOpen(false);
    setEditing(kind);
  };
  const close = useCallback(() => setEditing(null), []);

  return (
    <div className="add-step" ref={wrap} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button"
        data-testid="step-add-open"
        aria-expanded={open}
        aria-controls={menuId}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        {t('ui.steps.add')} <Icon name="chevron" />
      </button>
      <ul id={menuId} className="add-step-list" data-testid="step-add-menu" hidden={!open}>
        {EDITABLE_KINDS.map((kind) => (
          <li key={kind}>
            <button type="button" data-testid={`step-add-${kind}`} onClick={() => choose(kind)}>
              <span className="add-step-kind">{t(`ui.steps.kinds.${kind}`)}</span>
              <span className="add-step-hint">{t(`ui.steps.kindHints.${kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      {editing && <StepEditor target={{ kind: editing, stepId: null }} onClose={close} />}
    </div>
  );
}

import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../app/ErrorBanner';
import { restoreFocus, trailOf } from '../app/keyboard/focus';
import { closeModal, openModal } from './modal-stack';
import './ui.css';

interface ModalProps {
  title: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
  /** A large dialog (the import dialog): most of the window, its body scrolls. */
  large?: boolean;
  /** Shown under the body, outside the scrolling part (progress and the dialog's buttons). */
  footer?: ReactNode;
}

/**
 * A modal `<dialog>`: the browser keeps focus inside and closes it on Escape; focus starts
 * on the element marked `data-autofocus` (or the first field) and goes back to where it was
 * when the dialog closes (or to what the dialog's action asked for, or to the opener's neighbour).
 */
export function Modal({ title, testId, onClose, children, wide, large, footer }: ModalProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const trail = previous ? trailOf(previous) : null;
    if (!dialog.open) dialog.showModal();
    openModal(titleId);
    // showModal focuses the first button (the close cross); start where the work is instead.
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('.modal-body :is(input, select, textarea, button)');
    first?.focus();
    return () => {
      closeModal(titleId);
      if (dialog.open) dialog.close();
      // Back to the opener; when it went with what the dialog did, to its neighbour (focus.ts).
      restoreFocus(previous, trail);
    };
  }, [titleId]);

  return (
    <dialog
      ref={ref}
      className={large ? 'modal modal-large' : wide ? 'modal modal-wide' : 'modal'}
      data-testid={testId}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCloseRef.current();
      }}
    >
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('ui.dialog.close')} onClick={() => onClose()}>
          ×
        </button>
      </header>
      <ErrorBanner host={titleId} />
      <div className="modal-body">{children}</div>
      {footer && <footer className="modal-footer">{footer}</footer>}
    </dialog>
  );
}

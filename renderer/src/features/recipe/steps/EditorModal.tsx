import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepDraft } from '../../../../../shared/model/recipe';
import type { RecipeStep } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { useBusy } from '../../../state/hooks';
import { ActionRow } from '../../../ui/ActionRow';
import { Modal } from '../../../ui/Modal';
import './editors.css';

/** What every step editor gets: the columns of the table before the step, and the step when it edits one. */
export interface StepEditorProps<S extends RecipeStep> {
  columns: ColumnInfo[];
  initial: S | null;
  title: string;
  /** Toepassen for a new step, Opslaan for a step being edited. */
  submitLabel: string;
  /** Sends the step to the recipe; the dialog closes when the recipe took it. */
  onSubmit(draft: StepDraft<S>): void;
  onClose(): void;
}

/**
 * A step editor's dialog: its form in the body, Annuleren and the submit button in the footer,
 * outside the part that scrolls (the button submits the form by its id).
 */
export function EditorModal(props: {
  testPrefix: string;
  title: string;
  submitLabel: string;
  size: 'wide' | 'large';
  onClose(): void;
  onSubmit(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const busy = useBusy();
  const formId = useId();
  return (
    <Modal
      title={props.title}
      testId={`${props.testPrefix}-dialog`}
      onClose={props.onClose}
      wide={props.size === 'wide'}
      large={props.size === 'large'}
      footer={
        <ActionRow>
          <button type="button" className="button subtle" data-testid={`${props.testPrefix}-cancel`} onClick={props.onClose}>
            {t('ui.steps.editor.cancel')}
          </button>
          <button type="submit" form={formId} className="button primary" data-testid={`${props.testPrefix}-apply`} disabled={busy}>
            {props.submitLabel}
          </button>
        </ActionRow>
      }
    >
      <form
        id={formId}
        className={`step-editor ${props.testPrefix}-editor`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        {props.children}
      </form>
    </Modal>
  );
}

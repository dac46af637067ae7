import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/model/message';
import { useMessageText } from './useMessageText';
import './ui.css';

/** A job the user cancelled: said calmly, with a retry link where there is something to retry. */
export function CancelledNotice({
  testId,
  text,
  onRetry,
  retryTestId,
}: {
  testId: string;
  text: string;
  /** Omit for no retry link. */
  onRetry?: () => void;
  retryTestId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice-box" role="status" data-testid={testId}>
      {text}{' '}
      {onRetry && (
        <button type="button" className="link-button" data-testid={retryTestId} onClick={onRetry}>
          {t('ui.import.retry')}
        </button>
      )}
    </div>
  );
}

/** A failure, translated, with its code for tests and support; `children` add what it means here. */
export function FailedNotice({ testId, message, children }: { testId: string; message: Message; children?: ReactNode }) {
  const text = useMessageText();
  return (
    <div className="warning" role="alert" data-testid={testId} data-code={message.code}>
      {text(message)}
      {children}
    </div>
  );
}

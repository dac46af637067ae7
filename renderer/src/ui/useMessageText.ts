import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localizeParams, toLocale } from '../../../shared/i18n';
import type { Message } from '../../../shared/model/message';

/** Translates a message (error or warning) from the catalogues; unknown codes still say something. */
export function useMessageText(): (message: Message) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (message: Message) =>
      // With its params, so that a plural key (`done_one` / `done_other`, chosen by `count`) exists too.
      i18n.exists(message.code, message.params)
        ? t(message.code, localizeParams(message.params, toLocale(i18n.language)))
        : t('errors.renderer.unknown', { code: message.code }),
    [t, i18n],
  );
}

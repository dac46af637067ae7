import { useTranslation } from 'react-i18next';
import type { JoinDiagnostics } from '../../../../../shared/model/recipe';
import { formatCount } from '../../../format/format';
import { useLocale } from '../../../i18n/useLocale';
import '../recipe.css';

interface Props {
  diagnostics: JoinDiagnostics;
  rightName: string;
  /** Prefix of the test ids: `join` in the dialog, `step` in the recipe summary. */
  idPrefix: 'join' | 'step';
}

/** What a join does, in plain words: matches, rows without a partner, duplicate and empty keys. */
export function JoinDiagnosticsView({ diagnostics: d, rightName, idPrefix }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatCount(value, locale);
  const id = (name: string) => `${idPrefix}-${name}`;
  const name = rightName;
  return (
    <div className="join-diagnostics" data-testid={id('diagnostics')}>
      {d.matchedKeys === 0 && (
        <p className="warning" data-testid={id('warning')}>
          {t('ui.joinDiag.noMatch')}
        </p>
      )}
      <ul className="diag-list">
        <li data-testid={id('matched')} data-value={d.matchedKeys}>
          {t('ui.joinDiag.matched', { n: n(d.matchedKeys) })}
        </li>
        <li data-testid={id('unmatched-left')} data-value={d.unmatchedLeft}>
          {d.unmatchedLeft === 0
            ? t('ui.joinDiag.allMatched')
            : `${t('ui.joinDiag.unmatchedLeft', { n: n(d.unmatchedLeft), name })} ${t('ui.joinDiag.unmatchedExplainLeft')}`}
        </li>
        <li data-testid={id('unmatched-right')} data-value={d.unmatchedRight}>
          {t('ui.joinDiag.unmatchedRight', { n: n(d.unmatchedRight), name })}
        </li>
        {(d.duplicateKeysLeft > 0 || d.duplicateKeysRight > 0) && (
          <li className="caution" data-testid={id('duplicates')}>
            {d.duplicateKeysLeft > 0 && <span>{t('ui.joinDiag.duplicatesLeft', { n: n(d.duplicateKeysLeft) })} </span>}
            {d.duplicateKeysRight > 0 && (
              <span>{t('ui.joinDiag.duplicatesRight', { n: n(d.duplicateKeysRight), name })} </span>
            )}
            {t('ui.joinDiag.duplicatesExplain')}
          </li>
        )}
        {d.repeatedLeftRows > 0 && (
          <li className={d.multipliesRows ? 'caution' : undefined} data-testid={id('repeated-left')} data-value={d.repeatedLeftRows}>
            {t('ui.joinDiag.repeatedLeft', { n: n(d.repeatedLeftRows), name })}
          </li>
        )}
        {d.repeatedRightRows > 0 && (
          <li data-testid={id('repeated-right')} data-value={d.repeatedRightRows}>
            {t('ui.joinDiag.repeatedRight', { n: n(d.repeatedRightRows), name })}
          </li>
        )}
        {d.manyToManyKeys > 0 && (
          <li className="caution" data-testid={id('many-to-many')} data-value={d.manyToManyKeys}>
            {t('ui.joinDiag.manyToMany', { n: n(d.manyToManyKeys), name })}
          </li>
        )}
        {d.emptyKeysLeft > 0 && (
          <li className="caution" data-testid={id('empty-left')}>
            {t('ui.joinDiag.emptyLeft', { n: n(d.emptyKeysLeft) })}
          </li>
        )}
        {d.emptyKeysRight > 0 && (
          <li className="caution" data-testid={id('empty-right')}>
            {t('ui.joinDiag.emptyRight', { n: n(d.emptyKeysRight), name })}
          </li>
        )}
        <li data-testid={id('result-rows')} data-value={d.resultRows}>
          {t('ui.joinDiag.resultRows', { n: n(d.resultRows), before: n(d.leftRows) })}
        </li>
      </ul>
      {(d.sampleUnmatchedLeft.length > 0 || d.sampleUnmatchedRight.length > 0) && (
        <div className="diag-samples" data-testid={id('samples')}>
          {d.sampleUnmatchedLeft.length > 0 && (
            <p>{t('ui.joinDiag.sampleLeft', { values: d.sampleUnmatchedLeft.map(quote).join(', ') })}</p>
          )}
          {d.sampleUnmatchedRight.length > 0 && (
            <p>{t('ui.joinDiag.sampleRight', { values: d.sampleUnmatchedRight.map(quote).join(', '), name })}</p>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * The check's main figures as one announcement for a screen reader (the list above, shortened):
 * matched keys, the rows without a partner on each side, the result rows; then `extra` (a warning
 * the dialog shows beside them).
 */
export function useJoinAnnouncement(d: JoinDiagnostics | null, name: string, extra: string[] = []): string {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!d) return '';
  const n = (value: number) => formatCount(value, locale);
  const parts = [
    ...(d.matchedKeys === 0 ? [t('ui.joinDiag.noMatch')] : []),
    t('ui.joinDiag.matched', { n: n(d.matchedKeys) }),
    d.unmatchedLeft === 0 ? t('ui.joinDiag.allMatched') : t('ui.joinDiag.unmatchedLeft', { n: n(d.unmatchedLeft), name }),
    t('ui.joinDiag.unmatchedRight', { n: n(d.unmatchedRight), name }),
    t('ui.joinDiag.resultRows', { n: n(d.resultRows), before: n(d.leftRows) }),
  ];
  return `${t('ui.joinDiag.title')}: ${[...parts, ...extra].join(' ')}`;
}

/** Quotes make stray spaces and leading zeros visible. */
function quote(value: string): string {
  return `“${value}”`;
}

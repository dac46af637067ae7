import { useTranslation } from 'react-i18next';
import type { MatchDiagnostics } from '../../../../../shared/model/recipe';
import { formatCount } from '../../../format/format';
import { useLocale } from '../../../i18n/useLocale';
import '../recipe.css';
import './match.css';

interface Props {
  diagnostics: MatchDiagnostics;
  rightName: string;
  /** Prefix of the test ids: `match` in the dialogs, `step` in the recipe summary. */
  idPrefix: 'match' | 'step';
}

/** What a name match does, in plain words: matched automatically and by the user, to review, left over. */
export function MatchSummary({ diagnostics: d, rightName: name, idPrefix }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatCount(value, locale);
  const id = (part: string) => `${idPrefix}-match-${part}`;
  const quote = (values: string[]) => values.map((v) => `“${v}”`).join(', ');
  return (
    <div className="match-summary" data-testid={id('summary')}>
      <ul className="diag-list">
        <li data-testid={id('accepted')} data-value={d.acceptedAuto}>
          {t('ui.match.summary.accepted', { n: n(d.acceptedAuto) })}
        </li>
        {d.acceptedByUser > 0 && (
          <li data-testid={id('accepted-by-user')} data-value={d.acceptedByUser}>
            {t('ui.match.summary.acceptedByUser', { n: n(d.acceptedByUser) })}
          </li>
        )}
        <li className={d.reviewPairs > 0 ? 'caution' : undefined} data-testid={id('review')} data-value={d.reviewPairs}>
          {d.reviewPairs === 0
            ? t('ui.match.summary.noReview')
            : t('ui.match.summary.review', { n: n(d.reviewPairs), left: n(d.reviewLeft), right: n(d.reviewRight), name })}
        </li>
        {d.ambiguousLeft + d.ambiguousRight > 0 && (
          <li className="caution" data-testid={id('ambiguous')} data-value={d.ambiguousLeft + d.ambiguousRight}>
            {t('ui.match.summary.ambiguous', { n: n(d.ambiguousLeft + d.ambiguousRight) })}
          </li>
        )}
        <li data-testid={id('unmatched-left')} data-value={d.unmatchedLeft}>
          {t('ui.match.summary.unmatchedLeft', { n: n(d.unmatchedLeft) })}
        </li>
        <li data-testid={id('unmatched-right')} data-value={d.unmatchedRight}>
          {t('ui.match.summary.unmatchedRight', { n: n(d.unmatchedRight), name })}
        </li>
        {d.decisionsNotApplied > 0 && (
          <li className="caution" data-testid={id('stale')} data-value={d.decisionsNotApplied}>
            {t('ui.match.summary.stale', { n: n(d.decisionsNotApplied) })}
          </li>
        )}
        {d.emptyNamesLeft + d.emptyNamesRight > 0 && (
          <li className="caution" data-testid={id('empty')}>
            {t('ui.match.summary.emptyNames', { left: n(d.emptyNamesLeft), right: n(d.emptyNamesRight), name })}
          </li>
        )}
        <li data-testid={id('result-rows')} data-value={d.resultRows}>
          {t('ui.match.summary.resultRows', { n: n(d.resultRows), before: n(d.leftRows) })}
        </li>
      </ul>
      {(d.sampleUnmatchedLeft.length > 0 || d.sampleUnmatchedRight.length > 0) && (
        <div className="diag-samples">
          {d.sampleUnmatchedLeft.length > 0 && <p>{t('ui.match.summary.sampleLeft', { values: quote(d.sampleUnmatchedLeft) })}</p>}
          {d.sampleUnmatchedRight.length > 0 && <p>{t('ui.match.summary.sampleRight', { values: quote(d.sampleUnmatchedRight), name })}</p>}
        </div>
      )}
    </div>
  );
}

/**
 * The match's main figures as one announcement for a screen reader (the list above, shortened):
 * matched automatically and by the user, pairs to review, rows without a partner, result rows.
 */
export function useMatchAnnouncement(d: MatchDiagnostics | null, name: string): string {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!d) return '';
  const n = (value: number) => formatCount(value, locale);
  const parts = [
    t('ui.match.summary.accepted', { n: n(d.acceptedAuto) }),
    ...(d.acceptedByUser > 0 ? [t('ui.match.summary.acceptedByUser', { n: n(d.acceptedByUser) })] : []),
    d.reviewPairs === 0 ? t('ui.match.summary.noReview') : t('ui.match.summary.review', { n: n(d.reviewPairs), left: n(d.reviewLeft), right: n(d.reviewRight), name }),
    t('ui.match.summary.unmatchedLeft', { n: n(d.unmatchedLeft) }),
    t('ui.match.summary.unmatchedRight', { n: n(d.unmatchedRight), name }),
    t('ui.match.summary.resultRows', { n: n(d.resultRows), before: n(d.leftRows) }),
  ];
  return `${t('ui.match.summary.title')}: ${parts.map((p) => p.replace(/[.\s]+$/, '')).join('; ')}.`;
}

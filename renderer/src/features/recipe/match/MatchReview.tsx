import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchBand, MatchCandidate, MatchCandidates, MatchDecision, MatchEvidence, MatchStepDraft, Recipe } from '../../../../../shared/model/recipe';
import { formatCount, formatNumber } from '../../../format/format';
import { useLocale } from '../../../i18n/useLocale';
import { useApi, useBusy, useRun } from '../../../state/hooks';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { LiveRegion } from '../../../ui/LiveRegion';
import { decide, rejectAll, verdictOf, withdraw } from './decisions';
import { MatchSummary, useMatchAnnouncement } from './MatchSummary';
import './match.css';

interface Props {
  recipe: Recipe;
  /** The step as it would run, with the decisions so far; with the id of a step of `recipe` it takes that step's place. */
  step: MatchStepDraft & { id?: string };
  rightName: string;
  onDecisions(decisions: MatchDecision[]): void;
}

const PAGE = 50;

/**
 * The review list: the match's figures, then per row of the matched source its candidates, the
 * likeliest first, each with why it scored so. The user confirms, rejects, or says none of them;
 * each verdict goes into the step's decisions (by the records' content) and the list is asked again.
 */
export function MatchReview({ recipe, step, rightName, onDecisions }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const run = useRun();
  const busy = useBusy();
  const locale = useLocale();
  const [band, setBand] = useState<MatchBand>('review');
  const [offset, setOffset] = useState(0);
  const [data, setData] = useState<MatchCandidates | null>(null);
  const request = JSON.stringify({ recipe, step, bands: [band], offset, limit: PAGE });

  useEffect(() => {
    let live = true;
    void run(() => api['match.candidates'](JSON.parse(request) as Parameters<(typeof api)['match.candidates']>[0])).then((answer) => {
      if (live && answer) setData(answer);
    });
    return () => {
      live = false;
    };
  }, [api, run, request]);

  const decisions = step.decisions;
  const groups = groupByRight(data?.candidates ?? []);
  const total = data?.total ?? 0;
  const score = (value: number) => formatNumber(value, locale, 1, 1);
  const announcement = useMatchAnnouncement(data?.diagnostics ?? null, rightName);

  return (
    <div className="match-review" data-testid="match-review">
      <LiveRegion text={announcement} testId="match-announcement" />
      {data && <MatchSummary diagnostics={data.diagnostics} rightName={rightName} idPrefix="match" />}
      <p className="hint">{t('ui.match.review.intro', { name: rightName })}</p>
      <div className="match-review-bar">
        <LabelledSelect
          layout="field-inline"
          label={t('ui.match.review.band')}
          data-testid="match-band"
          value={band}
          onChange={(e) => {
            setBand(e.target.value as MatchBand);
            setOffset(0);
          }}
        >
          <option value="review">{t('ui.match.review.bandReview')}</option>
          <option value="accepted">{t('ui.match.review.bandAccepted')}</option>
          <option value="rejected">{t('ui.match.review.bandRejected')}</option>
        </LabelledSelect>
        {total > PAGE && (
          <span className="match-pager">
            <button type="button" className="button subtle" data-testid="match-prev" disabled={offset === 0 || busy} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t('ui.match.review.previous')}
            </button>
            <span className="muted">
              {t('ui.match.review.page', { from: formatCount(offset + 1, locale), to: formatCount(Math.min(total, offset + PAGE), locale), total: formatCount(total, locale) })}
            </span>
            <button type="button" className="button subtle" data-testid="match-next" disabled={offset + PAGE >= total || busy} onClick={() => setOffset(offset + PAGE)}>
              {t('ui.match.review.next')}
            </button>
          </span>
        )}
      </div>
      {data && groups.length === 0 && <p className="muted" data-testid="match-empty">{t('ui.match.review.empty')}</p>}
      <ol className="match-groups">
        {groups.map((group) => (
          <li key={JSON.stringify(group[0]!.right.key)} className="match-group" data-testid="match-group">
            <div className="match-group-head">
              <strong>{t('ui.match.review.candidatesFor', { name: group[0]!.right.name })}</strong>
              {supportText(group[0]!, 'right') && <span className="muted"> · {supportText(group[0]!, 'right')}</span>}
              {band === 'review' && (
                <button type="button" className="button subtle" data-testid="match-none" disabled={busy} onClick={() => onDecisions(rejectAll(decisions, group[0]!.right.key))}>
                  {t('ui.match.review.none')}
                </button>
              )}
            </div>
            <ul className="match-candidates">
              {group.map((c) => {
                const verdict = verdictOf(decisions, c);
                return (
                  <li key={JSON.stringify(c.left.key)} className="match-candidate" data-testid="match-candidate" data-band={c.band} data-verdict={verdict ?? ''}>
                    <div className="match-candidate-line">
                      <span className="match-name">{c.left.name}</span>
                      {supportText(c, 'left') && <span className="muted">{supportText(c, 'left')}</span>}
                      {c.left.rows > 1 && <span className="muted">({t('ui.match.review.rows', { count: c.left.rows })})</span>}
                      <span className="match-score" title={t('ui.match.review.scoreHelp')} data-testid="match-score">
                        {t('ui.match.review.score', { score: score(c.total) })}
                      </span>
                      {verdict && <span className="chip">{t(verdict === 'accept' ? 'ui.match.review.decidedAccept' : 'ui.match.review.decidedReject')}</span>}
                      <span className="match-actions">
                        <button type="button" className="button" data-testid="match-accept" disabled={busy || verdict === 'accept'} onClick={() => onDecisions(decide(decisions, c, 'accept'))}>
                          {t('ui.match.review.accept')}
                        </button>
                        <button type="button" className="button subtle" data-testid="match-reject" disabled={busy || verdict === 'reject'} onClick={() => onDecisions(decide(decisions, c, 'reject'))}>
                          {t('ui.match.review.reject')}
                        </button>
                        {verdict && (
                          <button type="button" className="button subtle" data-testid="match-undo" disabled={busy} onClick={() => onDecisions(withdraw(decisions, c))}>
                            {t('ui.match.review.undo')}
                          </button>
                        )}
                      </span>
                    </div>
                    <details className="match-why" data-testid="match-why">
                      <summary>{t('ui.match.review.why')}</summary>
                      <Evidence candidate={c} />
                    </details>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Each field's comparison and weight; the total; the lead over the next candidate. */
function Evidence({ candidate: c }: { candidate: MatchCandidate }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const signed = (w: number) => `${w > 0 ? '+' : w < 0 ? '−' : ''}${formatNumber(Math.abs(w), locale, 1, 1)}`;
  const label = (e: MatchEvidence) =>
    e.field === 'prior' ? t('ui.match.review.fields.prior') : `${t(`ui.match.review.fields.${e.field}`)} (${e.leftColumn === e.rightColumn ? e.leftColumn : `${e.leftColumn} ↔ ${e.rightColumn}`})`;
  const lead = [c.marginLeft, c.marginRight].filter((m): m is number => m !== null);
  return (
    <table className="match-evidence" data-testid="match-evidence">
      <tbody>
        {c.evidence.map((e, i) => (
          <tr key={i} data-field={e.field} data-level={e.level}>
            <th scope="row">{label(e)}</th>
            <td>
              {e.field !== 'prior' && (
                <>
                  “{e.left ?? ''}” ↔ “{e.right ?? ''}”: {t(`ui.match.review.levels.${e.level}`)}
                  {e.leftNormal !== null && e.rightNormal !== null && e.leftNormal !== e.left && (
                    <span className="muted"> · {t('ui.match.review.compared', { left: e.leftNormal, right: e.rightNormal })}</span>
                  )}
                  {e.similarity !== null && e.similarity < 1 && (
                    <span className="muted"> · {t('ui.match.review.similarity', { value: formatNumber(e.similarity, locale, 2, 2) })}</span>
                  )}
                </>
              )}
            </td>
            <td className="match-weight">{signed(e.weight)}</td>
          </tr>
        ))}
        <tr className="match-total">
          <th scope="row">{t('ui.match.review.total')}</th>
          <td className="muted">{lead.length > 0 ? t('ui.match.review.lead', { value: signed(Math.min(...lead)) }) : c.mutualBest ? t('ui.match.review.noRival') : ''}</td>
          <td className="match-weight">{signed(c.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** A record's support values as written (`2B · 20/11/2012`). */
function supportText(c: MatchCandidate, side: 'left' | 'right'): string {
  return c.evidence
    .filter((e) => e.field !== 'name' && e.field !== 'prior')
    .map((e) => e[side])
    .filter((v): v is string => v !== null && v !== '')
    .join(' · ');
}

/** Consecutive candidates of the same source record (the engine sorts them so). */
function groupByRight(candidates: MatchCandidate[]): MatchCandidate[][] {
  const groups: MatchCandidate[][] = [];
  for (const c of candidates) {
    const last = groups[groups.length - 1];
    if (last && JSON.stringify(last[0]!.right.key) === JSON.stringify(c.right.key) && last[0]!.right.name === c.right.name) last.push(c);
    else groups.push([c]);
  }
  return groups;
}

import type { MatchCandidate, MatchDecision, RecordKey } from '../../../../../shared/model/recipe';

/**
 * The review list's decisions as pure edits of the step's list: a new verdict on a pair replaces
 * what was said before about that pair (and, for a confirmation, about either of its records), so
 * the stored list stays short and reads as the user's latest word.
 */

/** The same record key: the same normal name and the same field values. */
export function sameKey(a: RecordKey | null, b: RecordKey | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.name !== b.name) return false;
  const fa = Object.keys(a.fields);
  return fa.length === Object.keys(b.fields).length && fa.every((k) => a.fields[k] === b.fields[k]);
}

/** Whether a decision is about this pair, or rejects every candidate of one of its records. */
function concerns(d: MatchDecision, left: RecordKey, right: RecordKey): boolean {
  return (d.left === null || sameKey(d.left, left)) && (d.right === null || sameKey(d.right, right));
}

/** Confirms or rejects a candidate pair. */
export function decide(decisions: MatchDecision[], candidate: Pick<MatchCandidate, 'left' | 'right'>, verdict: 'accept' | 'reject'): MatchDecision[] {
  const left = candidate.left.key;
  const right = candidate.right.key;
  const kept = decisions.filter((d) => {
    if (concerns(d, left, right)) return false;
    // A confirmation replaces earlier confirmations of either record: one partner each.
    return !(verdict === 'accept' && d.verdict === 'accept' && (sameKey(d.left, left) || sameKey(d.right, right)));
  });
  return [...kept, { left, right, verdict }];
}

/** "None of these": the source's record has no partner in the table. */
export function rejectAll(decisions: MatchDecision[], right: RecordKey): MatchDecision[] {
  return [...decisions.filter((d) => !sameKey(d.right, right)), { left: null, right, verdict: 'reject' }];
}

/** Withdraws what the user said about a pair (also a "none of these" on either of its records). */
export function withdraw(decisions: MatchDecision[], candidate: Pick<MatchCandidate, 'left' | 'right'>): MatchDecision[] {
  return decisions.filter((d) => !concerns(d, candidate.left.key, candidate.right.key));
}

/** The user's latest word on a pair, or null. */
export function verdictOf(decisions: MatchDecision[], candidate: Pick<MatchCandidate, 'left' | 'right'>): 'accept' | 'reject' | null {
  for (let i = decisions.length - 1; i >= 0; i--) {
    const d = decisions[i]!;
    if (concerns(d, candidate.left.key, candidate.right.key)) return d.verdict;
  }
  return null;
}

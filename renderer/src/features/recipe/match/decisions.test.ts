import { describe, expect, it } from 'vitest';
import type { MatchDecision, RecordKey } from '../../../../../shared/model/recipe';
import { decide, rejectAll, sameKey, verdictOf, withdraw } from './decisions';

const key = (name: string, klas: string): RecordKey => ({ name, fields: { Klas: klas } });
const pair = (l: RecordKey, r: RecordKey) => ({ left: { key: l }, right: { key: r } }) as never;

const lars2a = key('lars peeters', '2a');
const lars2b = key('lars peeters', '2b');
const june = key('lars peeters', '2c');
const other = key('zoe maes', '2a');

describe('review decisions', () => {
  it('compares keys by name and every field, not by object identity or field order', () => {
    expect(sameKey({ name: 'a', fields: { x: '1', y: '2' } }, { name: 'a', fields: { y: '2', x: '1' } })).toBe(true);
    expect(sameKey({ name: 'a', fields: { x: '1' } }, { name: 'a', fields: { x: '1', y: '' } })).toBe(false);
    expect(sameKey(lars2a, lars2b)).toBe(false);
    expect(sameKey(null, null)).toBe(true);
    expect(sameKey(null, lars2a)).toBe(false);
  });

  it('keeps one word per pair, and one confirmed partner per record', () => {
    let d: MatchDecision[] = [];
    d = decide(d, pair(lars2a, june), 'reject');
    d = decide(d, pair(lars2a, june), 'accept');
    expect(d).toEqual([{ left: lars2a, right: june, verdict: 'accept' }]);
    // Picking the other Lars replaces the first confirmation of the June row.
    d = decide(d, pair(other, key('zoe maes', '2a')), 'accept');
    d = decide(d, pair(lars2b, june), 'accept');
    expect(d).toEqual([
      { left: other, right: key('zoe maes', '2a'), verdict: 'accept' },
      { left: lars2b, right: june, verdict: 'accept' },
    ]);
    expect(verdictOf(d, pair(lars2b, june))).toBe('accept');
    expect(verdictOf(d, pair(lars2a, june))).toBeNull();
  });

  it('rejects every candidate of a row at once, and withdraws', () => {
    let d = decide([], pair(lars2a, june), 'accept');
    d = rejectAll(d, june);
    expect(d).toEqual([{ left: null, right: june, verdict: 'reject' }]);
    expect(verdictOf(d, pair(lars2b, june))).toBe('reject');
    d = withdraw(d, pair(lars2b, june));
    expect(d).toEqual([]);
  });
});

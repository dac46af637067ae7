import { describe, expect, it } from 'vitest';
import { EXACT_KEY, type JoinDiagnostics, JoinStepDraft, LENIENT_KEY } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { applyState, checkOf, draftStep, firstKey, type JoinDraft, nextKey } from './joinDraft';

const col = (name: string, type: ColumnInfo['type'] = 'text'): ColumnInfo => ({ name, type });
const LEFT = [col('Stamboeknummer', 'identifier'), col('Klas'), col('Naam')];
const RIGHT = [col('Klas'), col('Stamboeknr', 'integer'), col('Score', 'decimal')];

const diagnostics = (multipliesRows: boolean): JoinDiagnostics => ({
  leftRows: 3,
  rightRows: 3,
  matchedKeys: 1,
  unmatchedLeft: 0,
  unmatchedRight: 0,
  duplicateKeysLeft: 0,
  duplicateKeysRight: 0,
  emptyKeysLeft: 0,
  emptyKeysRight: 0,
  repeatedLeftRows: multipliesRows ? 3 : 0,
  repeatedRightRows: 0,
  manyToManyKeys: 0,
  multipliesRows,
  resultRows: multipliesRows ? 9 : 3,
  sampleUnmatchedLeft: [],
  sampleUnmatchedRight: [],
});

describe('the join draft', () => {
  it('starts from the guessed key pair, compared as the lenient default, and makes a valid step', () => {
    const { key, guessed } = firstKey(LEFT, RIGHT);
    expect(guessed).toBe(true);
    expect(key).toEqual({ left: 'Stamboeknummer', right: 'Stamboeknr', ...LENIENT_KEY });
    const step = draftStep({ right: 's2', how: 'full', keys: [key] });
    expect(JoinStepDraft.parse(step)).toEqual(step);
    expect(draftStep({ right: 's2', how: 'left', keys: [{ ...key, right: '' }] })).toBeNull();
    // Nothing identifying: the first columns, not a guess.
    expect(firstKey([col('Klas')], [col('klas')])).toEqual({ key: { left: 'Klas', right: 'klas', ...LENIENT_KEY }, guessed: false });
  });

  it('adds a key pair on columns not used yet, compared like the one before', () => {
    const first = { left: 'Stamboeknummer', right: 'Stamboeknr', ...EXACT_KEY, ignoreAccents: true };
    expect(nextKey([first], LEFT, RIGHT)).toEqual({ left: 'Klas', right: 'Klas', ...EXACT_KEY, ignoreAccents: true });
  });

  it('applies only what was checked, and a join that multiplies rows only once confirmed', () => {
    const draft: JoinDraft = { right: 's2', how: 'left', keys: [firstKey(LEFT, RIGHT).key] };
    const step = draftStep(draft)!;
    expect(applyState(null, null, false)).toBe('none');
    expect(applyState(step, null, false)).toBe('check');
    const checked = checkOf(step, diagnostics(false));
    expect(applyState(step, checked, false)).toBe('ready');
    // Any change after the check asks for a new check: kind, key column or a key option.
    expect(applyState(draftStep({ ...draft, how: 'inner' }), checked, false)).toBe('check');
    expect(applyState(draftStep({ ...draft, keys: [{ ...draft.keys[0]!, ignoreAccents: true }] }), checked, false)).toBe('check');
    const multiplying = checkOf(step, diagnostics(true));
    expect(applyState(step, multiplying, false)).toBe('confirm');
    expect(applyState(step, multiplying, true)).toBe('ready');
  });
});

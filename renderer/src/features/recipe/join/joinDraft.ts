import { type JoinDiagnostics, type JoinKey, type JoinKind, type JoinStep, KEY_OPTIONS, type KeyOptions, LENIENT_KEY, type StepDraft } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { guessJoinKeys } from './keyGuess';

/** The join dialog's choices, before they are a step. */
export interface JoinDraft {
  right: string;
  how: JoinKind;
  keys: JoinKey[];
}

/** The step the draft stands for; null while a key column is not chosen. */
export function draftStep(draft: JoinDraft): StepDraft<JoinStep> | null {
  if (!draft.right || draft.keys.length === 0 || draft.keys.some((k) => !k.left || !k.right)) return null;
  return { kind: 'join', right: draft.right, how: draft.how, keys: draft.keys.map((k) => ({ ...k })) };
}

/** The first key pair for a newly chosen source: the guessed pair (or the first columns), compared leniently. */
export function firstKey(left: readonly ColumnInfo[], right: readonly ColumnInfo[]): { key: JoinKey; guessed: boolean } {
  const guess = guessJoinKeys(left, right);
  return {
    key: { left: guess?.left ?? left[0]?.name ?? '', right: guess?.right ?? right[0]?.name ?? '', ...LENIENT_KEY },
    guessed: guess !== null,
  };
}

/** Another key pair: the next columns not yet used, compared like the pair before. */
export function nextKey(keys: readonly JoinKey[], left: readonly ColumnInfo[], right: readonly ColumnInfo[]): JoinKey {
  const unused = (cols: readonly ColumnInfo[], used: string[]) => cols.find((c) => !used.includes(c.name))?.name ?? cols[0]?.name ?? '';
  const last = keys[keys.length - 1];
  const options: KeyOptions = last ? pick(last) : LENIENT_KEY;
  return { left: unused(left, keys.map((k) => k.left)), right: unused(right, keys.map((k) => k.right)), ...options };
}

function pick(key: JoinKey): KeyOptions {
  return Object.fromEntries(KEY_OPTIONS.map((o) => [o, key[o]])) as KeyOptions;
}

/** A check of a draft: the diagnostics, and exactly which step they are of. */
export interface JoinCheck {
  step: string;
  diagnostics: JoinDiagnostics;
}

export function checkOf(step: StepDraft<JoinStep>, diagnostics: JoinDiagnostics): JoinCheck {
  return { step: JSON.stringify(step), diagnostics };
}

/**
 * Whether the dialog may apply the draft: `check` until the diagnostics of exactly this step were
 * seen (no applying without checking; any change asks for a new check), `confirm` while a join
 * that multiplies rows is not confirmed, else `ready`.
 */
export function applyState(step: StepDraft<JoinStep> | null, check: JoinCheck | null, confirmed: boolean): 'none' | 'check' | 'confirm' | 'ready' {
  if (!step) return 'none';
  if (!check || check.step !== JSON.stringify(step)) return 'check';
  if (check.diagnostics.multipliesRows && !confirmed) return 'confirm';
  return 'ready';
}

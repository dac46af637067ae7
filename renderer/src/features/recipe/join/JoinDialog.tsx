import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JoinDiagnostics, JoinStep, StepDraft } from '../../../../../shared/model/recipe';
import { guessJoinKeys } from './keyGuess';
import { useApi, useBusy, useProject, useRun, useWorkbench } from '../../../state/hooks';
import { JoinDiagnosticsView } from './JoinDiagnosticsView';
import { ActionRow } from '../../../ui/ActionRow';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { Modal } from '../../../ui/Modal';

/** Join another source onto the current table: choose, check the match, then apply. */
export function JoinDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const project = useProject();
  const api = useApi();
  const run = useRun();
  const addStep = useWorkbench((s) => s.addStep);
  const busy = useBusy();
  const recipe = project?.recipe ?? null;
  const leftColumns = useMemo(() => project?.result?.columns ?? [], [project]);
  const candidates = useMemo(
    () => (project?.sources ?? []).filter((s) => s.id !== recipe?.base),
    [project, recipe],
  );
  const joined = new Set(recipe?.steps.flatMap((s) => (s.kind === 'join' ? [s.right] : [])));

  const [rightId, setRightId] = useState(() => (candidates.find((s) => !joined.has(s.id)) ?? candidates[0])?.id ?? '');
  const right = candidates.find((s) => s.id === rightId) ?? null;
  const [leftKey, setLeftKey] = useState('');
  const [rightKey, setRightKey] = useState('');
  const [how, setHow] = useState<JoinStep['how']>('left');
  const [normalizeKeys, setNormalizeKeys] = useState(true);
  const [guessed, setGuessed] = useState(false);
  const [diagnostics, setDiagnostics] = useState<JoinDiagnostics | null>(null);
  const ids = { norm: useId() };

  // A new source to join: pre-select keys whose names look alike.
  useEffect(() => {
    if (!right) return;
    const guess = guessJoinKeys(leftColumns, right.columns);
    setLeftKey(guess?.left ?? leftColumns[0]?.name ?? '');
    setRightKey(guess?.right ?? right.columns[0]?.name ?? '');
    setGuessed(guess !== null);
    setDiagnostics(null);
  }, [right, leftColumns]);

  const step: StepDraft<JoinStep> | null =
    right && leftKey && rightKey
      ? { kind: 'join', right: right.id, how, leftKeys: [leftKey], rightKeys: [rightKey], normalizeKeys }
      : null;

  const changed = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setDiagnostics(null);
  };

  const preview = async () => {
    if (!step || !recipe) return;
    const result = await run(() => api['join.preview']({ recipe, step }));
    if (result) setDiagnostics(result);
  };

  const apply = async () => {
    if (step && (await addStep(step))) onClose();
  };

  return (
    <Modal title={t('ui.join.title')} testId="join-dialog" onClose={onClose} wide>
      <p className="muted">{t('ui.join.intro')}</p>
      {candidates.length === 0 ? (
        <p className="warning">{t('ui.join.noOther')}</p>
      ) : (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            void preview();
          }}
        >
          <LabelledSelect layout="bare" label={t('ui.join.right')} data-testid="join-right" value={rightId} onChange={(e) => setRightId(e.target.value)}>
            {candidates.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </LabelledSelect>

          <LabelledSelect
            layout="bare"
            label={t('ui.join.leftKey')}
            data-testid="join-left-key"
            value={leftKey}
            onChange={(e) => changed(setLeftKey)(e.target.value)}
          >
            {columnOptions(leftColumns)}
          </LabelledSelect>

          <LabelledSelect
            layout="bare"
            label={t('ui.join.rightKey')}
            data-testid="join-right-key"
            value={rightKey}
            onChange={(e) => changed(setRightKey)(e.target.value)}
          >
            {columnOptions(right?.columns ?? [])}
          </LabelledSelect>

          <LabelledSelect
            layout="bare"
            label={t('ui.join.kind')}
            data-testid="join-kind"
            value={how}
            onChange={(e) => changed(setHow)(e.target.value === 'inner' ? 'inner' : 'left')}
          >
            <option value="left">{t('ui.join.kindLeft')}</option>
            <option value="inner">{t('ui.join.kindInner')}</option>
          </LabelledSelect>

          <span />
          <label className="checkbox" htmlFor={ids.norm}>
            <input
              id={ids.norm}
              type="checkbox"
              data-testid="join-normalize"
              checked={normalizeKeys}
              onChange={(e) => changed(setNormalizeKeys)(e.target.checked)}
            />
            {t('ui.join.normalize')}
          </label>

          {guessed && <p className="hint full">{t('ui.join.guessed')}</p>}

          {diagnostics && right && (
            <section className="full" aria-live="polite">
              <h3>{t('ui.joinDiag.title')}</h3>
              <JoinDiagnosticsView diagnostics={diagnostics} rightName={right.name} idPrefix="join" />
            </section>
          )}

          <ActionRow full>
            <button type="button" className="button subtle" onClick={onClose}>
              {t('ui.join.cancel')}
            </button>
            <button type="submit" className="button" data-testid="join-preview" disabled={!step || busy}>
              {t('ui.join.preview')}
            </button>
            <button
              type="button"
              className="button primary"
              data-testid="join-apply"
              disabled={!step || busy}
              onClick={() => void apply()}
            >
              {t('ui.join.apply')}
            </button>
          </ActionRow>
        </form>
      )}
    </Modal>
  );
}

/** One option per column, by name. */
function columnOptions(columns: ReadonlyArray<{ name: string }>) {
  return columns.map((c) => (
    <option key={c.name} value={c.name}>
      {c.name}
    </option>
  ));
}

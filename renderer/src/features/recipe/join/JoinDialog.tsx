import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { focusSoon } from '../../../app/keyboard/focus';
import { useTranslation } from 'react-i18next';
import { type JoinKey, JoinKind } from '../../../../../shared/model/recipe';
import { formatCount } from '../../../format/format';
import { useLocale } from '../../../i18n/useLocale';
import { useApi, useBusy, useProject, useRun } from '../../../state/hooks';
import { useStepTarget } from '../steps/useStepTarget';
import { ActionRow } from '../../../ui/ActionRow';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { LiveRegion } from '../../../ui/LiveRegion';
import { Modal } from '../../../ui/Modal';
import { JoinDiagnosticsView, useJoinAnnouncement } from './JoinDiagnosticsView';
import { applyState, checkOf, draftStep, firstKey, type JoinCheck, nextKey } from './joinDraft';
import { KeyPairFields } from './KeyPairFields';
import './join.css';

/**
 * Join another source onto the current table: choose, check the match, then apply. With `stepId`,
 * the join step of the recipe with that id is edited on the table before it and saved in place
 * (checked again first, like a new one).
 */
export function JoinDialog({ onClose, stepId = null }: { onClose(): void; stepId?: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const project = useProject();
  const api = useApi();
  const run = useRun();
  const busy = useBusy();
  const target = useStepTarget('join', stepId);
  const editing = target.step;
  const recipe = target.recipeBefore;
  const leftColumns = target.columns;
  const candidates = useMemo(() => (project?.sources ?? []).filter((s) => s.id !== recipe?.base), [project, recipe]);
  const joined = new Set(recipe?.steps.flatMap((s) => (s.kind === 'join' ? [s.right] : [])));

  const [rightId, setRightId] = useState(() => editing?.right ?? (candidates.find((s) => !joined.has(s.id)) ?? candidates[0])?.id ?? '');
  const right = candidates.find((s) => s.id === rightId) ?? null;
  const [how, setHow] = useState<JoinKind>(editing?.how ?? 'left');
  const [keys, setKeys] = useState<JoinKey[]>(() => editing?.keys.map((k) => ({ ...k })) ?? []);
  const [guessed, setGuessed] = useState(false);
  const [check, setCheck] = useState<JoinCheck | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const ids = { confirm: useId() };
  // The source the keys were made for: the edited step's keep their pairs until another source is chosen.
  const keyedFor = useRef(editing?.right ?? null);

  useEffect(() => {
    if (target.gone) onClose();
  }, [target.gone, onClose]);

  // A new source to join: pre-select a key pair whose names look alike.
  useEffect(() => {
    if (!right || keyedFor.current === right.id) return;
    keyedFor.current = right.id;
    const first = firstKey(leftColumns, right.columns);
    setKeys([first.key]);
    setGuessed(first.guessed);
  }, [right, leftColumns]);

  const step = draftStep({ right: right?.id ?? '', how, keys });
  const state = applyState(step, check, confirmed);
  const shown = check && state !== 'check' ? check.diagnostics : null;
  const setKey = (k: number, key: JoinKey) => {
    // Once the user picks other columns, the guess no longer needs checking.
    if (key.left !== keys[k]?.left || key.right !== keys[k]?.right) setGuessed(false);
    setKeys((all) => all.map((old, i) => (i === k ? key : old)));
  };

  const preview = async () => {
    if (!step || !recipe) return;
    const result = await run(() => api['join.preview']({ recipe, step }));
    if (result) {
      setCheck(checkOf(step, result));
      setConfirmed(false);
      // The focus goes to the result, so that it is read and Tab goes on from there.
      focusSoon(() => document.querySelector('[data-testid="join-diag-title"]'));
    }
  };

  const apply = async () => {
    if (step && state === 'ready' && (await target.submit(step))) onClose();
  };

  const keysText = keys.map((k) => `${k.left} = ${k.right}`).join(', ');
  const multiplies = shown?.multipliesRows
    ? t('ui.join.multiplies', {
        keys: keysText,
        repeated: formatCount(how === 'right' ? shown.repeatedRightRows : shown.repeatedLeftRows, locale),
        before: formatCount(how === 'right' ? shown.rightRows : shown.leftRows, locale),
        result: formatCount(shown.resultRows, locale),
      })
    : '';
  const announcement = useJoinAnnouncement(shown, right?.name ?? '', multiplies ? [multiplies] : []);
  return (
    <Modal title={editing ? t('ui.join.editTitle', { n: target.index + 1 }) : t('ui.join.title')} testId="join-dialog" onClose={onClose} wide>
      <p className="muted">{t('ui.join.intro')}</p>
      <LiveRegion text={announcement} testId="join-announcement" />
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

          <LabelledSelect layout="bare" label={t('ui.join.kind')} data-testid="join-kind" value={how} onChange={(e) => setHow(JoinKind.parse(e.target.value))}>
            {JoinKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`ui.join.kinds.${kind}`)}
              </option>
            ))}
          </LabelledSelect>

          {keys.map((key, k) => (
            <KeyPairFields
              key={k}
              index={k}
              value={key}
              leftColumns={leftColumns}
              rightColumns={right?.columns ?? []}
              onChange={(next) => setKey(k, next)}
              onRemove={keys.length > 1 ? () => setKeys((all) => all.filter((_, i) => i !== k)) : undefined}
            />
          ))}
          <div className="full">
            <button type="button" className="button subtle small" data-testid="join-add-key" onClick={() => setKeys((all) => [...all, nextKey(all, leftColumns, right?.columns ?? [])])}>
              + {t('ui.join.addKey')}
            </button>
          </div>

          {guessed && <p className="hint full">{t('ui.join.guessed')}</p>}

          {shown && right && (
            <section className="full">
              <h3 tabIndex={-1} data-testid="join-diag-title">
                {t('ui.joinDiag.title')}
              </h3>
              <JoinDiagnosticsView diagnostics={shown} rightName={right.name} idPrefix="join" />
              {shown.multipliesRows && (
                <div className="warning" data-testid="join-multiplies">
                  <p>{multiplies}</p>
                  <label className="checkbox" htmlFor={ids.confirm}>
                    <input id={ids.confirm} type="checkbox" data-testid="join-confirm" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                    {t('ui.join.confirmMultiply')}
                  </label>
                </div>
              )}
            </section>
          )}

          {state === 'check' && <p className="hint full" data-testid="join-must-check">{t(check ? 'ui.join.checkAgain' : 'ui.join.mustCheck')}</p>}

          <ActionRow full>
            <button type="button" className="button subtle" onClick={onClose}>
              {t('ui.join.cancel')}
            </button>
            <button type="submit" className="button" data-testid="join-preview" disabled={!step || busy}>
              {t('ui.join.preview')}
            </button>
            <button type="button" className="button primary" data-testid="join-apply" disabled={state !== 'ready' || busy} onClick={() => void apply()}>
              {t(editing ? 'ui.join.save' : 'ui.join.apply')}
            </button>
          </ActionRow>
        </form>
      )}
    </Modal>
  );
}

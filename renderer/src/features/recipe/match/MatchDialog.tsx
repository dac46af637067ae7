import { useEffect, useMemo, useRef, useState } from 'react';
import { focusSoon } from '../../../app/keyboard/focus';
import { useTranslation } from 'react-i18next';
import type { MatchDecision, MatchStep, MatchSupport, NameFields, StepDraft } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { useApi, useBusy, useProject, useRun } from '../../../state/hooks';
import { useStepTarget } from '../steps/useStepTarget';
import { ActionRow } from '../../../ui/ActionRow';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { Modal } from '../../../ui/Modal';
import { MatchReview } from './MatchReview';
import { NameFieldsEditor } from './NameFieldsEditor';
import './match.css';

/**
 * Match another source onto the current table by pupils' names: choose the source, where the name
 * is on each side (proposed from the headers and the values), the class and birth date that
 * support it; check the bands and review the candidates; then apply, decisions included. With
 * `stepId`, that match step is edited on the table before it (its choices and decisions as they
 * are) and saved in place.
 */
export function MatchDialog({ onClose, stepId = null }: { onClose(): void; stepId?: string | null }) {
  const { t } = useTranslation();
  const project = useProject();
  const api = useApi();
  const run = useRun();
  const busy = useBusy();
  const target = useStepTarget('matchNames', stepId);
  const editing = target.step;
  const recipe = target.recipeBefore;
  const leftColumns = target.columns;
  const sources = useMemo(() => (project?.sources ?? []).filter((s) => s.id !== recipe?.base), [project, recipe]);

  const [rightId, setRightId] = useState(() => editing?.right ?? sources[0]?.id ?? '');
  const right = sources.find((s) => s.id === rightId) ?? null;
  const supportOf = (kind: MatchSupport['kind']): Pair => {
    const found = editing?.support.find((x) => x.kind === kind);
    return found ? { left: found.left, right: found.right } : NO_PAIR;
  };
  const [leftName, setLeftName] = useState<NameFields | null>(editing?.leftName ?? null);
  const [rightName, setRightName] = useState<NameFields | null>(editing?.rightName ?? null);
  const [classes, setClasses] = useState<Pair>(() => supportOf('class'));
  const [births, setBirths] = useState<Pair>(() => supportOf('birthDate'));
  const [how, setHow] = useState<MatchStep['how']>(editing?.how ?? 'left');
  const [withScore, setWithScore] = useState(Boolean(editing?.scoreColumn));
  const [guessed, setGuessed] = useState(false);
  const [checking, setChecking] = useState(false);
  const [decisions, setDecisions] = useState<MatchDecision[]>(() => editing?.decisions ?? []);
  // The source the fields were set for: an edited step keeps its own until another source is chosen.
  const fieldsFor = useRef(editing?.right ?? null);

  useEffect(() => {
    if (target.gone) onClose();
  }, [target.gone, onClose]);

  // A source chosen: propose the name fields and the supporting columns.
  useEffect(() => {
    if (!recipe || !rightId || fieldsFor.current === rightId) return;
    let live = true;
    void run(() => api['match.guess']({ recipe, right: rightId })).then((guess) => {
      if (!live || !guess) return;
      fieldsFor.current = rightId;
      setLeftName(guess.leftName);
      setRightName(guess.rightName);
      const pair = (kind: MatchSupport['kind']) => {
        const s = guess.support.find((x) => x.kind === kind);
        return s ? { left: s.left, right: s.right } : NO_PAIR;
      };
      setClasses(pair('class'));
      setBirths(pair('birthDate'));
      setGuessed(guess.leftName !== null || guess.rightName !== null);
      setDecisions([]);
      setChecking(false);
    });
    return () => {
      live = false;
    };
  }, [api, run, recipe, rightId]);

  const support: MatchSupport[] = [
    ...(classes.left && classes.right ? [{ ...classes, kind: 'class' as const }] : []),
    ...(births.left && births.right ? [{ ...births, kind: 'birthDate' as const }] : []),
  ];
  const step: StepDraft<MatchStep> | null =
    right && leftName && rightName
      ? {
          kind: 'matchNames',
          right: right.id,
          how,
          leftName,
          rightName,
          support,
          decisions,
          scoreColumn: withScore ? (editing?.scoreColumn ?? freeName(t('ui.match.scoreColumnName'), leftColumns, right.columns)) : null,
        }
      : null;

  /** A change to the set-up: the check shown no longer holds. */
  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setChecking(false);
    };

  const apply = async () => {
    if (step && (await target.submit(step))) onClose();
  };

  return (
    <Modal title={editing ? t('ui.match.editTitle', { n: target.index + 1 }) : t('ui.match.title')} testId="match-dialog" onClose={onClose} large>
      <p className="muted">{t('ui.match.intro')}</p>
      {sources.length === 0 || !recipe ? (
        <p className="warning">{t('ui.match.noOther')}</p>
      ) : (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            if (!step) return;
            setChecking(true);
            // The focus goes to the result, so that it is read and Tab goes on into the review.
            focusSoon(() => document.querySelector('[data-testid="match-summary-title"]'));
          }}
        >
          <LabelledSelect layout="bare" label={t('ui.match.right')} data-testid="match-right" value={rightId} onChange={(e) => setRightId(e.target.value)}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </LabelledSelect>

          <NameFieldsEditor heading={t('ui.match.sideLeft')} columns={leftColumns} value={leftName} onChange={changed(setLeftName)} idPrefix="match-left" />
          <NameFieldsEditor
            heading={t('ui.match.sideRight', { name: right?.name ?? '' })}
            columns={right?.columns ?? []}
            value={rightName}
            onChange={changed(setRightName)}
            idPrefix="match-right"
          />

          <h3 className="full match-side-heading">{t('ui.match.classes')}</h3>
          <PairSelects value={classes} onChange={changed(setClasses)} left={leftColumns} right={right?.columns ?? []} rightName={right?.name ?? ''} idPrefix="match-class" />
          <h3 className="full match-side-heading">{t('ui.match.birthDates')}</h3>
          <PairSelects value={births} onChange={changed(setBirths)} left={leftColumns} right={right?.columns ?? []} rightName={right?.name ?? ''} idPrefix="match-birth" />

          <LabelledSelect layout="bare" label={t('ui.match.kind')} data-testid="match-kind" value={how} onChange={(e) => changed(setHow)(e.target.value === 'inner' ? 'inner' : 'left')}>
            <option value="left">{t('ui.match.kindLeft')}</option>
            <option value="inner">{t('ui.match.kindInner')}</option>
          </LabelledSelect>
          <span />
          <label className="checkbox">
            <input type="checkbox" data-testid="match-score-column" checked={withScore} onChange={(e) => changed(setWithScore)(e.target.checked)} />
            {t('ui.match.withScore')}
          </label>

          {guessed && <p className="hint full">{t('ui.match.guessed')}</p>}
          {!step && <p className="hint full">{t('ui.match.needNames')}</p>}

          {checking && step && right && recipe && (
            <section className="full">
              <h3 tabIndex={-1} data-testid="match-summary-title">
                {t('ui.match.summary.title')}
              </h3>
              <MatchReview recipe={recipe} step={step} rightName={right.name} onDecisions={setDecisions} />
            </section>
          )}

          <ActionRow full>
            <button type="button" className="button subtle" onClick={onClose}>
              {t('ui.match.cancel')}
            </button>
            <button type="submit" className="button" data-testid="match-preview" disabled={!step || busy}>
              {t('ui.match.preview')}
            </button>
            <button type="button" className="button primary" data-testid="match-apply" disabled={!step || busy} onClick={() => void apply()}>
              {t(editing ? 'ui.match.save' : 'ui.match.apply')}
            </button>
          </ActionRow>
        </form>
      )}
    </Modal>
  );
}

interface Pair {
  left: string;
  right: string;
}
const NO_PAIR: Pair = { left: '', right: '' };

/** A supporting field: its column on each side, or not used. */
function PairSelects(props: { value: Pair; onChange(v: Pair): void; left: ColumnInfo[]; right: ColumnInfo[]; rightName: string; idPrefix: string }) {
  const { t } = useTranslation();
  const options = (columns: ColumnInfo[]) => [
    <option key="" value="">
      {t('ui.match.notUsed')}
    </option>,
    ...columns.map((c) => (
      <option key={c.name} value={c.name}>
        {c.name}
      </option>
    )),
  ];
  return (
    <>
      <LabelledSelect layout="bare" label={t('ui.match.supportLeft')} data-testid={`${props.idPrefix}-left`} value={props.value.left} onChange={(e) => props.onChange({ ...props.value, left: e.target.value })}>
        {options(props.left)}
      </LabelledSelect>
      <LabelledSelect
        layout="bare"
        label={t('ui.match.supportRight', { name: props.rightName })}
        data-testid={`${props.idPrefix}-right`}
        value={props.value.right}
        onChange={(e) => props.onChange({ ...props.value, right: e.target.value })}
      >
        {options(props.right)}
      </LabelledSelect>
    </>
  );
}

/** The proposed score column's name, numbered when the result already has it. */
function freeName(name: string, left: ColumnInfo[], right: ColumnInfo[]): string {
  const taken = new Set([...left, ...right].map((c) => c.name.toLowerCase()));
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name} ${n}`;
  return candidate;
}

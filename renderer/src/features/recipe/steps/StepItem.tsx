import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecipeStep, StepReport } from '../../../../../shared/model/recipe';
import { formatCount } from '../../../format/format';
import { useLocale } from '../../../i18n/useLocale';
import { useMessageText } from '../../../ui/useMessageText';
import { JoinDiagnosticsView } from '../join/JoinDiagnosticsView';
import { MatchStepReport } from '../match/MatchStepReport';
import { Icon } from './icons';

export interface StepActions {
  show(): void;
  edit?(): void;
  toggle(): void;
  move(delta: number, button: HTMLButtonElement): void;
  remove(): void;
}

interface Props {
  step: RecipeStep;
  index: number;
  count: number;
  description: string;
  report: StepReport | undefined;
  /** Rows of the table the step starts from, for the change it makes. */
  rowsBefore: number | null;
  /** Whether the grid shows this step's table (the last step's is the result). */
  current: boolean;
  rightName: string;
  actions: StepActions;
}

/**
 * One step in the panel: the button that shows its table (its number and description), the rows
 * after it and what it changed, its buttons (edit, switch off or on, move, remove), its warnings,
 * and the diagnostics of a join or a name match under "Details" (open when there is a warning).
 */
export function StepItem({ step, index, count, description, report: rep, rowsBefore, current, rightName, actions }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useMessageText();
  const rowsId = useId();
  const n = index + 1;
  const warnings = rep?.warnings ?? [];
  const hasDetails = Boolean((rep?.join && step.kind === 'join') || (rep?.match && step.kind === 'matchNames'));
  const delta = rep && rowsBefore !== null ? rep.rowsAfter - rowsBefore : 0;
  const label = (key: string) => t(key, { n });
  // The step no longer fits its table (the recipe stops here), or comes after one that does not.
  const stopped = rep?.error ?? null;
  const notRun = rep?.notRun === true;
  const classes = ['step', current ? 'current' : '', step.disabled ? 'disabled' : '', stopped ? 'stopped' : '', notRun ? 'not-run' : ''].filter(Boolean).join(' ');

  return (
    <li
      className={classes}
      data-testid="recipe-step"
      data-kind={step.kind}
      data-step-id={step.id}
      data-disabled={step.disabled ? 'true' : undefined}
      data-stopped={stopped ? 'true' : undefined}
      data-not-run={notRun ? 'true' : undefined}
    >
      <button
        type="button"
        className="step-show"
        data-testid="step-show"
        aria-current={current ? 'step' : undefined}
        aria-describedby={rowsId}
        title={t(index === count - 1 ? 'ui.steps.showResult' : 'ui.steps.show', { n })}
        onClick={actions.show}
      >
        <span className="step-number" aria-hidden="true">
          {n}
        </span>
        <span className="visually-hidden">{t('ui.steps.number', { n })}: </span>
        <span className="step-text">{description}</span>
      </button>
      <div className="step-meta">
        <span id={rowsId} className="step-rows" data-testid="step-rows" data-value={rep?.rowsAfter}>
          {step.disabled && (
            <span className="tag step-off" title={t('ui.steps.disabledHint')}>
              {t('ui.steps.disabledTag')}
              {' · '}
            </span>
          )}
          {stopped && <span className="step-stopped-tag">{t('ui.steps.stoppedTag')}</span>}
          {notRun && <span className="step-not-run-tag">{t('ui.steps.notRunTag')}</span>}
          {rep && !stopped && !notRun && t('ui.steps.rows', { count: rep.rowsAfter, formatted: formatCount(rep.rowsAfter, locale) })}
          {delta !== 0 && !stopped && !notRun && (
            <span className={delta < 0 ? 'step-delta fewer' : 'step-delta more'} data-testid="step-delta">
              {' '}
              ({delta > 0 ? '+' : '−'}
              {formatCount(Math.abs(delta), locale)})
            </span>
          )}
        </span>
        <span className="step-tools">
          {actions.edit && (
            <button type="button" className="icon-button" data-testid="step-edit" aria-label={label('ui.steps.edit')} title={label('ui.steps.edit')} onClick={actions.edit}>
              <Icon name="edit" />
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            data-testid="step-toggle"
            aria-label={label(step.disabled ? 'ui.steps.enable' : 'ui.steps.disable')}
            title={label(step.disabled ? 'ui.steps.enable' : 'ui.steps.disable')}
            onClick={actions.toggle}
          >
            <Icon name={step.disabled ? 'off' : 'on'} />
          </button>
          <button type="button" className="icon-button" data-testid="step-up" aria-label={label('ui.steps.up')} title={label('ui.steps.up')} disabled={index === 0} onClick={(e) => actions.move(-1, e.currentTarget)}>
            <Icon name="up" />
          </button>
          <button
            type="button"
            className="icon-button"
            data-testid="step-down"
            aria-label={label('ui.steps.down')}
            title={label('ui.steps.down')}
            disabled={index === count - 1}
            onClick={(e) => actions.move(1, e.currentTarget)}
          >
            <Icon name="down" />
          </button>
          <button type="button" className="icon-button danger" data-testid="step-remove" aria-label={label('ui.steps.remove')} title={label('ui.steps.remove')} onClick={actions.remove}>
            <Icon name="remove" />
          </button>
        </span>
      </div>
      {stopped && (
        <p className="step-stopped" data-testid="step-stopped" data-code={stopped.code}>
          {text(stopped)} {t('ui.steps.stoppedHint')}
        </p>
      )}
      {warnings.length > 0 && (
        <ul className="step-warnings">
          {warnings.map((w, k) => (
            <li key={k} className="caution" data-testid="step-warning" data-code={w.code}>
              {text(w)}
            </li>
          ))}
        </ul>
      )}
      {hasDetails && rep && (
        <details className="step-details" open={warnings.length > 0 || undefined}>
          <summary data-testid="step-details">{t('ui.steps.details')}</summary>
          {rep.join && step.kind === 'join' && <JoinDiagnosticsView diagnostics={rep.join} rightName={rightName} idPrefix="step" />}
          {rep.match && step.kind === 'matchNames' && <MatchStepReport step={step} diagnostics={rep.match} rightName={rightName} />}
        </details>
      )}
    </li>
  );
}

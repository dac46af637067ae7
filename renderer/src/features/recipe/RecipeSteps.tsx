import { useTranslation } from 'react-i18next';
import type { RecipeStep, StepReport } from '../../../../shared/model/recipe';
import { formatCount } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import { useProject, useWorkbench } from '../../state/hooks';
import { JoinDiagnosticsView } from './join/JoinDiagnosticsView';
import { useFilterLabel } from './filter/useFilterLabel';
import { useMessageText } from '../../ui/useMessageText';
import './recipe.css';

/** The recipe in words: base, joins (with their diagnostics) and filters, each with its row count. */
export function RecipeSteps() {
  const { t } = useTranslation();
  const project = useProject();
  const removeRecipeStep = useWorkbench((s) => s.removeRecipeStep);
  const locale = useLocale();
  const text = useMessageText();
  const filterLabel = useFilterLabel();
  const recipe = project?.recipe;
  if (!project || !recipe) return null;
  const sourceName = (id: string) => project.sources.find((s) => s.id === id)?.name ?? t('ui.recipe.unknownSource');
  // Reports are keyed by step id: a result that lags behind an edit never lands on the wrong step.
  const reports = new Map((project.result?.steps ?? []).map((r) => [r.id, r]));
  const reportOf = (step: RecipeStep): StepReport | undefined => reports.get(step.id);

  const describe = (step: RecipeStep): string => {
    switch (step.kind) {
      case 'join':
        return t('ui.recipe.join', {
          name: sourceName(step.right),
          left: step.leftKeys.join(', '),
          right: step.rightKeys.join(', '),
          how: t(step.how === 'inner' ? 'ui.recipe.howInner' : 'ui.recipe.howLeft'),
        });
      case 'filter':
        return t('ui.recipe.filter', { label: filterLabel(step) });
      case 'deduplicate':
        return step.keys.length === 0
          ? t(step.keep === 'first' ? 'ui.recipe.deduplicateRows' : 'ui.recipe.deduplicateRowsLast')
          : t(step.keep === 'first' ? 'ui.recipe.deduplicateKeys' : 'ui.recipe.deduplicateKeysLast', { keys: step.keys.join(', ') });
    }
  };

  return (
    <details className="recipe-steps" data-testid="recipe-steps" open>
      <summary>{t('ui.recipe.title')}</summary>
      <ol>
        <li className="step" data-testid="recipe-base">
          {t('ui.recipe.base', { name: sourceName(recipe.base) })}
        </li>
        {recipe.steps.map((step, i) => {
          const rep = reportOf(step);
          return (
            <li key={step.id} className="step" data-testid="recipe-step" data-kind={step.kind}>
              <div className="step-line">
                <span>{describe(step)}</span>
                {rep && (
                  <span className="muted">
                    {' — '}
                    {t('ui.recipe.rowsAfter', { count: rep.rowsAfter, formatted: formatCount(rep.rowsAfter, locale) })}
                  </span>
                )}
                <button
                  type="button"
                  className="icon-button"
                  data-testid="step-remove"
                  aria-label={t('ui.recipe.remove')}
                  title={t('ui.recipe.remove')}
                  onClick={() => void removeRecipeStep(i)}
                >
                  ×
                </button>
              </div>
              {rep?.join && step.kind === 'join' && (
                <JoinDiagnosticsView diagnostics={rep.join} rightName={sourceName(step.right)} idPrefix="step" />
              )}
              {rep && rep.warnings.length > 0 && (
                <ul className="step-warnings">
                  {rep.warnings.map((w, k) => (
                    <li key={k} className="caution" data-testid="step-warning" data-code={w.code}>
                      {text(w)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

import { useTranslation } from 'react-i18next';
import type { RecipeStep, StepReport } from '../../../../shared/model/recipe';
import { formatCount } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import { useProject, useWorkbench } from '../../state/hooks';
import { JoinDiagnosticsView } from './join/JoinDiagnosticsView';
import { MatchStepReport } from './match/MatchStepReport';
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
          left: step.keys.map((k) => k.left).join(', '),
          right: step.keys.map((k) => k.right).join(', '),
          how: t(`ui.recipe.how.${step.how}`),
        });
      case 'filter':
        return t('ui.recipe.filter', { label: filterLabel(step) });
      case 'deduplicate':
        return step.keys.length === 0
          ? t(step.keep === 'first' ? 'ui.recipe.deduplicateRows' : 'ui.recipe.deduplicateRowsLast')
          : t(step.keep === 'first' ? 'ui.recipe.deduplicateKeys' : 'ui.recipe.deduplicateKeysLast', { keys: step.keys.join(', ') });
      case 'group': {
        const columns = [step.countName, ...step.aggregates.map((a) => a.name)].join(', ');
        return step.keys.length === 0 ? t('ui.recipe.groupAll', { columns }) : t('ui.recipe.group', { keys: step.keys.join(', '), columns });
      }
      case 'pivot': {
        const aggregate = [t(`ui.recipe.aggregates.${step.aggregate}`), step.aggregate === 'count' ? null : step.measure].filter(Boolean).join(' ');
        const values = step.values.map((v) => v.name).join(', ');
        return step.keys.length === 0
          ? t('ui.recipe.pivotAll', { column: step.column, values, aggregate })
          : t('ui.recipe.pivot', { column: step.column, values, keys: step.keys.join(', '), aggregate });
      }
      case 'select':
        return t('ui.recipe.select', { columns: step.columns.map((c) => (c.as === undefined || c.as === c.column ? c.column : `${c.column} → ${c.as}`)).join(', ') });
      case 'sort':
        return t('ui.recipe.sort', { keys: step.keys.map((k) => `${k.column} (${t(k.direction === 'asc' ? 'ui.recipe.sortAsc' : 'ui.recipe.sortDesc')})`).join(', ') });
      case 'stack':
        return t('ui.recipe.stack', { names: step.sources.map(sourceName).join(', ') });
      case 'unpivot':
        return t('ui.recipe.unpivot', { columns: step.columns.join(', '), name: step.nameColumn, value: step.valueColumn });
      case 'derive':
        return t('ui.derive.step', { name: step.name, expression: step.expression });
      case 'matchNames': {
        const fields = (f: typeof step.leftName) => (f.kind === 'full' ? f.column : `${f.first} + ${f.last}`);
        return t('ui.match.step', { name: sourceName(step.right), left: fields(step.leftName), right: fields(step.rightName), how: t(`ui.recipe.how.${step.how}`) });
      }
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
              {rep?.match && step.kind === 'matchNames' && <MatchStepReport step={step} diagnostics={rep.match} rightName={sourceName(step.right)} />}
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

import { useTranslation } from 'react-i18next';
import { type Dialect, FUNCTIONS, type FunctionSpec, functionName } from '../../../../../shared/expr';
import { separatorOf } from './edit';

/**
 * The functions of the expression language from its one table, named in the notation's language
 * with their parameters; clicking one puts `NAME()` at the cursor, the cursor between the parentheses.
 */
export function FunctionList({ dialect, onInsert }: { dialect: Dialect; onInsert(call: string): void }) {
  const { t } = useTranslation();
  const other = dialect === 'nl' ? 'en' : 'nl';
  const signature = (f: FunctionSpec) => {
    const params = f.params.map((p) => {
      const word = t(`ui.derive.param.${p.name}`);
      return p.repeats ? `${word}${separatorOf(dialect)}…` : p.optional ? `[${word}]` : word;
    });
    return `${functionName(f.id, dialect)}(${params.join(separatorOf(dialect))})`;
  };
  return (
    <section aria-label={t('ui.derive.functions')}>
      <h3>{t('ui.derive.functions')}</h3>
      <p className="hint">{t('ui.derive.functionsHint')}</p>
      <ul className="derive-list derive-functions" data-testid="derive-functions">
        {FUNCTIONS.map((f) => {
          const name = functionName(f.id, dialect);
          const alias = functionName(f.id, other);
          return (
            <li key={f.id}>
              <button type="button" className="link-button" aria-label={t('ui.derive.insertFunction', { name })} onClick={() => onInsert(`${name}()`)}>
                <code>{signature(f)}</code>
              </button>
              {alias !== name && <span className="muted"> · {alias}</span>}
              <br />
              <span className="hint">{t(`ui.derive.fn.${f.id}`)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

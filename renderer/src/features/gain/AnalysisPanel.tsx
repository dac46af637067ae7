import type { ReactNode } from 'react';
import type { Message } from '../../../../shared/model/message';
import type { View } from '../../../../shared/model/view';
import { useMessageText } from '../../ui/useMessageText';
import { ViewAnnotation } from '../views/ViewAnnotation';

interface Words {
  intro: string;
  /** Shown when nothing could be proposed from the columns. */
  noProposal: string;
  formTitle: string;
  /** Shown while nothing is computed and there is no problem. */
  empty: string;
}

interface Props {
  /** `gain` or `reference`: the panel's and its problem's test ids. */
  testPrefix: string;
  className: string;
  words: Words;
  guessed: boolean;
  /** The analysis form; null while there is no draft. */
  form: ReactNode;
  /** Whether figures are computed: the form folds away once they are. */
  computed: boolean;
  problem: Message | null;
  active: View | null;
  /** The computed figures, shown when `computed`. */
  children: ReactNode;
}

/**
 * What the learning-gain and the comparison panels share: the intro, the form (open until
 * figures are computed), the refusal or problem in place, the active view's annotation, and the
 * figures or a placeholder.
 */
export function AnalysisPanel({ testPrefix, className, words, guessed, form, computed, problem, active, children }: Props) {
  const text = useMessageText();
  return (
    <div className={className} data-testid={`${testPrefix}-panel`}>
      <p className="hint">{words.intro}</p>
      {!guessed && <p className="caution">{words.noProposal}</p>}
      {form && (
        <details className="gain-setup" open={!computed} key={computed ? 'computed' : 'empty'}>
          <summary>{words.formTitle}</summary>
          {form}
        </details>
      )}
      {problem && (
        <p className="warning" role="alert" data-testid={`${testPrefix}-problem`}>
          {text(problem)}
        </p>
      )}
      {active && <ViewAnnotation view={active} />}
      {computed ? children : !problem && <p className="placeholder">{words.empty}</p>}
    </div>
  );
}

/** An analysis's warnings above its figures, one paragraph each; `withCode` marks each with its code. */
export function AnalysisWarnings({ label, warnings, testId, withCode = false }: { label: string; warnings: Message[]; testId: string; withCode?: boolean }) {
  const text = useMessageText();
  if (warnings.length === 0) return null;
  return (
    <div className="gain-warnings" role="note" aria-label={label}>
      {warnings.map((w, i) => (
        <p key={i} className="gain-warning" data-testid={testId} data-code={withCode ? w.code : undefined}>
          {text(w)}
        </p>
      ))}
    </div>
  );
}

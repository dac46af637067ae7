import { useTranslation } from 'react-i18next';
import type { GainResult, LeftOut } from '../../../../shared/model/analysis/gain';
import type { Message } from '../../../../shared/model/message';
import { useMessageText } from '../../ui/useMessageText';
import type { GainWords } from './figures/index';
import { trendHidden, trendSeries } from './figures/trend';

interface Props {
  result: GainResult;
  words: GainWords;
}

/** Who was left out of the pairs and why: a count per reason, the first keys on request. */
export function GainLeftOut({ result, words }: Props) {
  const { t } = useTranslation();
  const reason = (l: LeftOut) =>
    l.reason === 'missingAt'
      ? t('ui.gain.leftOut.reason.missingAt', { moment: l.moment ?? '' })
      : l.reason === 'duplicate'
        ? t('ui.gain.leftOut.reason.duplicate')
        : t('ui.gain.leftOut.reason.noKey');
  const entries = result.leftOut.filter((l) => l.n > 0);
  return (
    <section className="gain-section" data-testid="gain-left-out">
      <h3>{t('ui.gain.leftOut.title')}</h3>
      {entries.length === 0 ? (
        <p className="muted">{t('ui.gain.leftOut.none')}</p>
      ) : (
        <ul className="gain-left-out">
          {entries.map((l, i) => (
            <li key={i} data-testid="gain-left-out-reason" data-reason={l.reason}>
              <span>
                {reason(l)}: <strong>{words.count(l.n)}</strong>
              </span>
              {l.keys.length > 0 && (
                <details>
                  <summary>
                    {t('ui.gain.leftOut.showKeys')} ({t('ui.gain.leftOut.keysOf', { shown: words.count(l.keys.length), n: words.count(l.n) })})
                  </summary>
                  <p className="gain-keys">{l.keys.join(', ')}</p>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Expected growth: the model over the cohort and per group the mean residual with its CI; the regression-to-the-mean warning. */
export function GainExpected({ result, words, warnings }: Props & { warnings: Message[] }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const expected = result.expected;
  if (!expected) return null;
  const model = expected.model;
  return (
    <section className="gain-section" data-testid="gain-expected">
      <h3>{t('ui.gain.expected.title')}</h3>
      <p>
        {model
          ? t('ui.gain.expected.model', {
              n: words.count(model.n),
              to: result.to,
              from: result.from,
              intercept: words.num(model.intercept, 2),
              slope: words.num(model.slope, 3),
              r2: words.num(model.r2, 2),
            })
          : t('ui.gain.expected.noModel')}
      </p>
      {warnings.map((w, i) => (
        <p key={i} className="gain-warning" role="note" data-testid="gain-warning">
          {text(w)}
        </p>
      ))}
      {expected.groups.length > 0 && (
        <table className="gain-table">
          <thead>
            <tr>
              <th scope="col">{t('ui.gain.figures.group')}</th>
              <th scope="col" className="num">
                {t('ui.gain.figures.n')}
              </th>
              <th scope="col" className="num">
                <abbr title={t('ui.gain.expected.residualHelp', { unit: words.unit })}>{t('ui.gain.expected.residual')}</abbr>
              </th>
              <th scope="col" className="num">
                {t('ui.gain.figures.ci')}
              </th>
            </tr>
          </thead>
          <tbody>
            {expected.groups.map((g, i) => (
              <tr key={i}>
                <th scope="row">{g.key ?? words.emptyGroup}</th>
                {g.suppressed ? (
                  <td colSpan={3} className="muted">
                    {t(result.groups.find((x) => x.key === g.key)?.complementary ? 'ui.gain.figures.complemented' : 'ui.gain.figures.suppressed', { k: result.analysis.minGroup })}
                  </td>
                ) : (
                  <>
                    <td className="num">{g.n === null ? '—' : words.count(g.n)}</td>
                    <td className="num strong">{g.meanResidual === null ? '—' : words.signed(g.meanResidual)}</td>
                    <td className="num">{g.ci95 ? t('ui.gain.figures.ciRange', { low: words.num(g.ci95[0]), high: words.num(g.ci95[1]) }) : '—'}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The transition matrix as a table, levels in the scale's order (low to high), with totals and moved up / same / down. */
export function GainTransitions({ result, words }: Props) {
  const { t } = useTranslation();
  const tr = result.transitions;
  if (!tr) return null;
  const colTotals = tr.order.map((_, j) => tr.matrix.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  return (
    <section className="gain-section" data-testid="gain-transitions">
      <h3>{t('ui.gain.transitions.title', { from: tr.from, to: tr.to })}</h3>
      <p data-testid="gain-transitions-summary">
        {t('ui.gain.transitions.summary', { up: words.count(tr.movedUp), same: words.count(tr.same), down: words.count(tr.movedDown), n: words.count(tr.n) })}
      </p>
      {tr.outside > 0 && <p className="caution">{t('ui.gain.transitions.outside', { n: words.count(tr.outside) })}</p>}
      <table className="gain-table gain-matrix">
        <thead>
          <tr>
            <td className="muted">{t('ui.gain.transitions.corner', { from: tr.from, to: tr.to })}</td>
            {tr.order.map((level) => (
              <th key={level} scope="col" className="num">
                {level}
              </th>
            ))}
            <th scope="col" className="num">
              {t('ui.gain.transitions.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {tr.order.map((from, i) => (
            <tr key={from}>
              <th scope="row">{from}</th>
              {tr.order.map((to, j) => (
                <td key={to} className={i === j ? 'num same' : 'num'} data-from={from} data-to={to}>
                  {words.count(tr.matrix[i]?.[j] ?? 0)}
                </td>
              ))}
              <td className="num strong">{words.count((tr.matrix[i] ?? []).reduce((a, b) => a + b, 0))}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('ui.gain.transitions.total')}</th>
            {colTotals.map((n, j) => (
              <td key={j} className="num strong">
                {words.count(n)}
              </td>
            ))}
            <td className="num strong">{words.count(tr.n)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** Three moments or more: per group the mean at every moment with its CI. */
export function GainTrend({ result, words }: Props) {
  const { t } = useTranslation();
  if (result.trend.length === 0) return null;
  const moments = result.analysis.moments.map((m) => m.label);
  const series = trendSeries(result, words);
  return (
    <section className="gain-section" data-testid="gain-trend">
      <h3>{t('ui.gain.trend.title')}</h3>
      <table className="gain-table">
        <thead>
          <tr>
            <th scope="col">{t('ui.gain.figures.group')}</th>
            <th scope="col" className="num">
              {t('ui.gain.figures.n')}
            </th>
            {moments.map((m) => (
              <th key={m} scope="col" className="num">
                {m}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <tr key={s.name}>
              <th scope="row">{s.name}</th>
              <td className="num">{words.count(s.n)}</td>
              {moments.map((m) => {
                const p = s.points.find((q) => q.moment === m);
                return (
                  <td key={m} className="num">
                    {p ? words.num(p.mean) : '—'}
                    {p?.ci95 && <span className="muted ci"> ({t('ui.gain.figures.ciRange', { low: words.num(p.ci95[0]), high: words.num(p.ci95[1]) })})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
          {trendHidden(result, words).map((name) => (
            <tr key={`hidden-${name}`}>
              <th scope="row">{name}</th>
              <td colSpan={moments.length + 1} className="muted">
                {t('ui.gain.figures.suppressed', { k: result.analysis.minGroup })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { guessOurs, type ReferenceComponent, type ReferenceResult } from '../../../../shared/model/analysis/reference';
import type { ReferenceWords } from './figures/words';
import { TableScroll } from '../../ui/TableScroll';

/**
 * A table per test component: each group's mean and n, our school first and marked, and the
 * difference ours − group with its sign and unit. Our mean withheld under the privacy threshold
 * shows as `< k leerlingen`, with no figure and no differences.
 */
export function ReferenceTables({ result, words }: { result: ReferenceResult; words: ReferenceWords }) {
  return (
    <div className="reference-tables" data-testid="reference-tables">
      {result.components.map((c, i) => (
        <ComponentTable key={i} result={result} component={c} words={words} />
      ))}
    </div>
  );
}

function ComponentTable({ result, component, words }: { result: ReferenceResult; component: ReferenceComponent; words: ReferenceWords }) {
  const { t } = useTranslation();
  const k = result.analysis.minGroup;
  const name = words.component(component.component);
  return (
    <TableScroll label={name}>
      <table className="gain-table reference-table" data-testid="reference-table" data-component={component.component ?? ''}>
        <caption>{name}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.reference.table.group')}</th>
            <th scope="col" className="num">
              {t('ui.reference.table.mean')}
            </th>
            <th scope="col" className="num">
              {t('ui.reference.table.n')}
            </th>
            <th scope="col" className="num">
              {t('ui.reference.table.difference')}
            </th>
          </tr>
        </thead>
        <tbody>
          {component.rows.map((r) => {
            const ours = r.group === result.ours;
            return (
              <tr key={r.group} className={ours ? 'ours' : undefined} data-testid="reference-row" data-group={r.group}>
                <th scope="row">
                  {r.group}
                  {/* Marked as ours unless its name says so already. */}
                  {ours && guessOurs([r.group]) === null && <span className="tag reference-ours-tag"> · {t('ui.reference.table.ours')}</span>}
                </th>
                {r.suppressed ? (
                  <td colSpan={2} className="num muted" data-col="mean" data-testid="reference-suppressed" title={t('ui.reference.table.suppressedTitle', { k })}>
                    {t('ui.reference.table.suppressed', { k })}
                  </td>
                ) : (
                  <>
                    <td className="num" data-col="mean">
                      {r.mean === null ? '—' : words.num(r.mean)}
                    </td>
                    <td className="num" data-col="n">
                      {r.n === null ? '—' : words.count(r.n)}
                    </td>
                  </>
                )}
                <td className="num" data-col="difference" title={!ours && r.difference === null ? t('ui.reference.table.noDifference') : undefined}>
                  {ours ? '' : r.difference === null ? '—' : (
                    <>
                      <span data-testid="reference-difference" className={r.difference < 0 ? 'below' : undefined}>
                        {words.signed(r.difference)}
                      </span>
                      <span className="unit"> {words.unit}</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

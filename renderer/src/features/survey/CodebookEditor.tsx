import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Codebook, CodebookItem, SurveyResult } from '../../../../shared/model/analysis/survey';
import { useBusy, useWorkbench } from '../../state/hooks';
import { TableScroll } from '../../ui/TableScroll';

const same = (a: Codebook, b: Codebook) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The codebook: where it comes from (proposed from the first moment's headers, the analysis's
 * own, or edited and not yet computed) with *Codebook bevestigen* outside the fold, and folded
 * under it the items (code, text, layer, axis, reverse-coded, link), the answer scale, the
 * don't-know labels and the observation elements' links, all editable.
 */
export function CodebookEditor({ result }: { result: SurveyResult }) {
  const { t } = useTranslation();
  const busy = useBusy();
  const draft = useWorkbench((s) => s.surveyDraft);
  const sources = useWorkbench((s) => s.project?.sources);
  const edit = useWorkbench((s) => s.editCodebook);
  const confirm = useWorkbench((s) => s.confirmCodebook);
  const again = useWorkbench((s) => s.proposeCodebookAgain);
  const codebook = draft?.codebook ?? result.codebook;
  const edited = draft?.codebook != null && !same(draft.codebook, result.codebook);
  const proposed = result.proposed && !edited;
  const first = result.analysis.moments[0]!;
  const file = sources?.find((s) => s.id === first.recipe.base)?.fileName ?? first.recipe.base;
  const status = edited ? t('ui.survey.codebook.edited') : proposed ? t('ui.survey.codebook.proposed', { moment: first.label, file }) : t('ui.survey.codebook.own');

  const setItem = (i: number, p: Partial<CodebookItem>) => edit({ ...codebook, items: codebook.items.map((item, j) => (j === i ? { ...item, ...p } : item)) });
  const links = [...new Set(codebook.items.map((i) => i.link).filter((l): l is string => l !== null && l !== ''))];
  const elements = result.observations?.elements.map((e) => e.name) ?? [];

  return (
    <section className="survey-codebook" data-testid="survey-codebook" data-state={edited ? 'edited' : proposed ? 'proposed' : 'own'}>
      <div className="survey-codebook-head">
        <h3>{t('ui.survey.codebook.title')}</h3>
        <p className={proposed || edited ? 'caution' : 'hint'} data-testid="survey-codebook-status">
          {status}
        </p>
        {(proposed || edited) && (
          <button type="button" className="button primary small" data-testid="survey-codebook-confirm" disabled={busy} onClick={() => void confirm()}>
            {t('ui.survey.codebook.confirm')}
          </button>
        )}
        {!result.proposed && (
          <button type="button" className="button small subtle" data-testid="survey-codebook-again" disabled={busy} onClick={() => void again()}>
            {t('ui.survey.codebook.again')}
          </button>
        )}
      </div>
      <details className="survey-codebook-details">
        <summary>{t('ui.survey.codebook.show', { count: codebook.items.length })}</summary>
        <TableScroll label={t('ui.survey.codebook.show', { count: codebook.items.length })}>
          <table className="gain-table survey-codebook-table" data-testid="survey-codebook-table">
            <thead>
              <tr>
                <th scope="col">{t('ui.survey.codebook.code')}</th>
                <th scope="col">{t('ui.survey.codebook.text')}</th>
                <th scope="col">{t('ui.survey.codebook.layer')}</th>
                <th scope="col">{t('ui.survey.codebook.axis')}</th>
                <th scope="col">{t('ui.survey.codebook.reverse')}</th>
                <th scope="col">{t('ui.survey.codebook.link')}</th>
              </tr>
            </thead>
            <tbody>
              {codebook.items.map((item, i) => (
                <tr key={item.column} data-testid="survey-codebook-item" data-code={item.code}>
                  <td title={t('ui.survey.codebook.column', { column: item.column })}>
                    <input aria-label={t('ui.survey.codebook.codeOf', { column: item.column })} value={item.code} size={6} maxLength={40} onChange={(e) => setItem(i, { code: e.target.value })} />
                  </td>
                  <td>
                    <input aria-label={t('ui.survey.codebook.textOf', { code: item.code })} value={item.text} size={40} maxLength={2000} onChange={(e) => setItem(i, { text: e.target.value })} />
                  </td>
                  <td>
                    <input aria-label={t('ui.survey.codebook.layerOf', { code: item.code })} value={item.layer} size={20} maxLength={200} onChange={(e) => setItem(i, { layer: e.target.value })} />
                  </td>
                  <td>
                    <select
                      aria-label={t('ui.survey.codebook.axisOf', { code: item.code })}
                      data-testid="survey-codebook-axis"
                      value={item.axis ?? ''}
                      onChange={(e) => setItem(i, { axis: e.target.value === 'skill' || e.target.value === 'will' ? e.target.value : null })}
                    >
                      <option value="skill">{t('ui.survey.codebook.axisSkill')}</option>
                      <option value="will">{t('ui.survey.codebook.axisWill')}</option>
                      <option value="">{t('ui.survey.codebook.axisNone')}</option>
                    </select>
                  </td>
                  <td className="center">
                    <input type="checkbox" aria-label={t('ui.survey.codebook.reverseOf', { code: item.code })} checked={item.reverse} onChange={(e) => setItem(i, { reverse: e.target.checked })} />
                  </td>
                  <td>
                    <input aria-label={t('ui.survey.codebook.linkOf', { code: item.code })} value={item.link ?? ''} size={8} maxLength={200} onChange={(e) => setItem(i, { link: e.target.value.trim() === '' ? null : e.target.value })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <div className="survey-scale">
          <ListField label={t('ui.survey.codebook.scale')} values={codebook.scale.labels} testId="survey-codebook-scale" onChange={(labels) => edit({ ...codebook, scale: { ...codebook.scale, labels } })} />
          <ListField label={t('ui.survey.codebook.dontKnow')} values={codebook.scale.dontKnow} testId="survey-codebook-dont-know" onChange={(dontKnow) => edit({ ...codebook, scale: { ...codebook.scale, dontKnow } })} />
        </div>
        {elements.length > 0 && (
          <table className="gain-table survey-element-links">
            <caption>{t('ui.survey.codebook.elementLinks')}</caption>
            <tbody>
              {elements.map((element) => (
                <tr key={element}>
                  <th scope="row">{element}</th>
                  <td>
                    <select
                      aria-label={t('ui.survey.codebook.elementLinkOf', { element })}
                      value={codebook.elementLinks[element] ?? ''}
                      onChange={(e) => {
                        const { [element]: _old, ...rest } = codebook.elementLinks;
                        edit({ ...codebook, elementLinks: e.target.value === '' ? rest : { ...rest, [element]: e.target.value } });
                      }}
                    >
                      <option value="">{t('ui.survey.codebook.noLink')}</option>
                      {links.map((l) => (
                        <option key={l} value={l}>
                          {l}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </section>
  );
}

/** A list of labels typed as one line, separated by `;`: taken over when the field is left. */
function ListField({ label, values, testId, onChange }: { label: string; values: string[]; testId: string; onChange(values: string[]): void }) {
  const id = useId();
  const joined = values.join('; ');
  const [text, setText] = useState(joined);
  const [seen, setSeen] = useState(joined);
  if (joined !== seen) {
    setSeen(joined);
    setText(joined);
  }
  const commit = () => {
    const next = text
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (next.join('; ') !== joined) onChange(next);
    else setText(joined);
  };
  return (
    <span className="field survey-list-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} data-testid={testId} value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), commit())} />
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import type { SurveyResult } from '../../../../shared/model/analysis/survey';
import { useWorkbench } from '../../state/hooks';
import { byConcern, shownMoment } from './figures/common';
import type { SurveyWords } from './figures/index';
import { TableScroll } from '../../ui/TableScroll';

/**
 * The items of the moment shown, by concern (flagged first, then by mean from low to high): code
 * and text, n, mean, SD, the flag in red with its reasons, the answers per label, *Weet niet*
 * apart and the empty answers. Above it the moment's respondents and its axis means.
 */
export function SurveyItemsTable({ result, words }: { result: SurveyResult; words: SurveyWords }) {
  const { t } = useTranslation();
  const moment = useWorkbench((s) => s.surveyMoment);
  const shown = shownMoment(result, moment);
  if (!shown) return null;
  const labels = result.codebook.scale.labels;
  const apart = shown.items.some((i) => i.dontKnowApart);
  const axis = (mean: number | null) => (mean === null ? '—' : words.num(mean));
  return (
    <section className="survey-items" data-testid="survey-items" data-moment={shown.label}>
      <TableScroll label={t('ui.survey.table.title', { moment: shown.label })}>
        <table className="gain-table survey-items-table">
          <caption>
            {t('ui.survey.table.title', { moment: shown.label })}
            <span className="survey-caption-figures" data-testid="survey-axes">
              {t('ui.survey.table.figures', { n: words.count(shown.respondents), skill: axis(shown.skill.meanOfItemMeans), will: axis(shown.will.meanOfItemMeans) })}
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.survey.table.item')}</th>
              <th scope="col" className="num">
                n
              </th>
              <th scope="col" className="num">
                {t('ui.survey.table.mean')}
              </th>
              <th scope="col" className="num">
                {t('ui.survey.table.sd')}
              </th>
              <th scope="col">{t('ui.survey.table.flag')}</th>
              {labels.map((label) => (
                <th key={label} scope="col" className="num survey-label-col">
                  {label}
                </th>
              ))}
              <th scope="col" className="num survey-label-col" title={apart ? undefined : t('ui.survey.table.dontKnowNotApart')}>
                {t('ui.survey.table.dontKnow')}
              </th>
              <th scope="col" className="num survey-label-col">
                {t('ui.survey.table.empty')}
              </th>
            </tr>
          </thead>
          <tbody>
            {byConcern(shown.items).map((item) => (
              <tr key={item.code} data-testid="survey-item-row" data-code={item.code} data-flagged={item.flagged} className={item.flagged ? 'flagged' : undefined}>
                <th scope="row" className="survey-item-text">
                  <span className="survey-code">{item.code}</span> {item.text}
                  {item.reverse && <span className="tag"> {t('ui.survey.table.reverse')}</span>}
                </th>
                <td className="num" data-col="n">
                  {words.count(item.n)}
                </td>
                <td className={item.reasons.includes('mean') ? 'num strong survey-flagged-value' : 'num strong'} data-col="mean">
                  {item.mean === null ? '—' : words.num(item.mean)}
                </td>
                <td className={item.reasons.includes('sd') ? 'num survey-flagged-value' : 'num'} data-col="sd">
                  {item.sd === null ? '—' : words.num(item.sd)}
                </td>
                <td data-col="flag" className="survey-flag">
                  {item.reasons.map((r) => (
                    <span key={r} className="survey-flag-mark">
                      <span aria-hidden="true">● </span>
                      {words.reason(r, result.analysis.flag)}
                    </span>
                  ))}
                </td>
                {labels.map((label, level) => (
                  <td key={label} className="num" data-col={`level${level + 1}`}>
                    {words.count(item.counts[level] ?? 0)}
                  </td>
                ))}
                <td className="num" data-col="dontKnow">
                  {item.dontKnowApart ? words.count(item.dontKnow) : '—'}
                </td>
                <td className="num" data-col="empty">
                  {words.count(item.empty + item.unknown)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {!apart && <p className="hint">{t('ui.survey.table.dontKnowNotApart')}</p>}
    </section>
  );
}

/** The subgroups of each moment (with a subgroup column): respondents and axis means; those under k withheld, and said so. */
export function SurveyGroups({ result, words }: { result: SurveyResult; words: SurveyWords }) {
  const { t } = useTranslation();
  if (result.analysis.groupBy === null || result.moments.every((m) => m.groups.length === 0)) return null;
  const k = result.analysis.minGroup;
  return (
    <section className="survey-groups" data-testid="survey-groups">
      <table className="gain-table">
        <caption>{t('ui.survey.groups.title', { column: result.analysis.groupBy })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.survey.moment.label')}</th>
            <th scope="col">{t('ui.survey.groups.group')}</th>
            <th scope="col" className="num">
              {t('ui.survey.groups.respondents')}
            </th>
            <th scope="col" className="num">
              {words.axis('skill')}
            </th>
            <th scope="col" className="num">
              {words.axis('will')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.moments.flatMap((m) =>
            m.groups.map((g) => (
              <tr key={`${m.label}|${g.key}`} data-testid="survey-group-row" data-suppressed={g.suppressed}>
                <td>{m.label}</td>
                <th scope="row">{g.key ?? t('ui.survey.groups.empty')}</th>
                {g.suppressed ? (
                  <td colSpan={3} className="small-group">
                    {t('ui.survey.groups.suppressed', { k })}
                  </td>
                ) : (
                  <>
                    <td className="num">{g.respondents === null ? '—' : words.count(g.respondents)}</td>
                    <td className="num">{g.skill === null ? '—' : words.num(g.skill)}</td>
                    <td className="num">{g.will === null ? '—' : words.num(g.will)}</td>
                  </>
                )}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}

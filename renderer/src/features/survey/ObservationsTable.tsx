import { useTranslation } from 'react-i18next';
import type { SurveyResult } from '../../../../shared/model/analysis/survey';
import type { SurveyWords } from './figures/index';
import { observationRows } from './figures/observations';
import { TableScroll } from '../../ui/TableScroll';

/**
 * The lesson observations per building block and element: lessons (n), mean, SD, the flag, the
 * share of lessons per level and at 4–5. Never per teacher: that is TeacherTable, shown only when
 * asked for.
 */
export function ObservationsTable({ result, words }: { result: SurveyResult; words: SurveyWords }) {
  const { t } = useTranslation();
  if (!result.observations) return null;
  const rows = observationRows(result, words);
  const num = (x: number | null) => (x === null ? '—' : words.num(x));
  return (
    <section className="survey-observations-table" data-testid="survey-observations">
      <TableScroll label={t('ui.survey.observations.title')}>
        <table className="gain-table">
          <caption>{t('ui.survey.observations.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.survey.observations.element')}</th>
              <th scope="col" className="num">
                {t('ui.survey.observations.lessons')}
              </th>
              <th scope="col" className="num">
                {t('ui.survey.table.mean')}
              </th>
              <th scope="col" className="num">
                {t('ui.survey.table.sd')}
              </th>
              <th scope="col">{t('ui.survey.table.flag')}</th>
              {[0, 1, 2, 3, 4].map((level) => (
                <th key={level} scope="col" className="num survey-label-col">
                  {words.t('ui.survey.chart.levelLegend', { level: level + 1, name: words.level(level) })}
                </th>
              ))}
              <th scope="col" className="num">
                {t('ui.survey.table.highShare')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ kind, figures: f }) => (
              <tr key={`${kind}|${f.name}`} data-testid="survey-observation-row" data-kind={kind} data-name={f.name} className={kind === 'block' ? 'overall' : f.flagged ? 'flagged' : undefined}>
                <th scope="row" className={kind === 'element' ? 'survey-element' : undefined}>
                  {kind === 'block' ? t('ui.survey.observations.block', { name: f.name }) : f.name}
                </th>
                <td className="num">{words.count(f.n)}</td>
                <td className="num strong" data-col="mean">
                  {num(f.mean)}
                </td>
                <td className="num">{num(f.sd)}</td>
                <td className="survey-flag">
                  {kind === 'element' &&
                    f.reasons.map((r) => (
                      <span key={r} className="survey-flag-mark">
                        {words.reason(r, result.analysis.flag)}
                      </span>
                    ))}
                </td>
                {f.shares.map((s, level) => (
                  <td key={level} className="num">
                    {words.pct(s)}
                  </td>
                ))}
                <td className="num">{f.highShare === null ? '—' : words.pct(f.highShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {result.observations.outOfRange > 0 && <p className="hint">{t('ui.survey.chart.outOfRange', { n: words.count(result.observations.outOfRange) })}</p>}
    </section>
  );
}

/**
 * The observations per teacher, only when the form asked for them (the engine gives them only
 * then): marked *per leraar* in a banner that says what it means, so it is never taken for the
 * team's figures.
 */
export function TeacherTable({ result, words }: { result: SurveyResult; words: SurveyWords }) {
  const { t } = useTranslation();
  const teachers = result.observations?.teachers;
  if (!teachers) return null;
  const elements = [...new Set(teachers.map((r) => r.element))];
  const names = [...new Set(teachers.map((r) => r.teacher))];
  const cell = (teacher: string, element: string) => teachers.find((r) => r.teacher === teacher && r.element === element);
  return (
    <section className="survey-teachers" data-testid="survey-teachers" aria-labelledby="survey-teachers-title">
      <p className="survey-per-teacher" id="survey-teachers-title" data-testid="survey-per-teacher">
        <strong>{t('ui.survey.teachers.mark')}</strong> {t('ui.survey.teachers.warning')}
      </p>
      <TableScroll label={t('ui.survey.teachers.title')}>
        <table className="gain-table">
          <caption>{t('ui.survey.teachers.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.survey.teachers.teacher')}</th>
              {elements.map((e) => (
                <th key={e} scope="col" className="num survey-label-col">
                  {e}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {names.map((name) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {elements.map((e) => {
                  const c = cell(name, e);
                  return (
                    <td key={e} className="num">
                      {c?.mean == null ? '—' : t('ui.survey.teachers.cell', { mean: words.num(c.mean), n: words.count(c.n) })}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

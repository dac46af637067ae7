import { useTranslation } from 'react-i18next';
import type { GainResult, PairedFigures } from '../../../../shared/model/analysis/gain';
import type { GainWords } from './figures/index';
import { TableScroll } from '../../ui/TableScroll';

interface Row {
  key: string;
  name: string;
  suppressed: boolean;
  /** Withheld to protect a smaller group (complementary suppression), not for its own size. */
  complementary: boolean;
  small: boolean;
  figures: PairedFigures | null;
  overall: boolean;
}

/** The table's rows: every group the engine returned (suppressed ones without figures), then all pupils. */
export function figureRows(result: GainResult, words: GainWords): Row[] {
  const rows: Row[] = result.groups.map((g, i) => ({
    key: `g${i}`,
    name: g.key ?? words.emptyGroup,
    suppressed: g.suppressed,
    complementary: g.complementary ?? false,
    small: g.small,
    figures: g.figures,
    overall: false,
  }));
  rows.push({ key: 'overall', name: words.overall, suppressed: result.overall.suppressed, complementary: false, small: result.overall.small, figures: result.overall.figures, overall: true });
  return rows;
}

/**
 * The figures per group and overall: n, the means at start and end, the mean gain with its 95%
 * CI, the SD of the gains, the effect sizes each labelled by its type (with what it means on
 * hover and in the help under the table), and improved / same / declined. A suppressed group shows
 * neither figures nor its exact size; a small group is marked.
 */
export function GainFigures({ result, words }: { result: GainResult; words: GainWords }) {
  const { t } = useTranslation();
  const num = (x: number | null, digits = 1) => (x === null ? '—' : words.num(x, digits));
  const signed = (x: number | null, digits = 1) => (x === null ? '—' : words.signed(x, digits));
  const range = (ci: [number, number] | null, digits = 1) => (ci === null ? '—' : t('ui.gain.figures.ciRange', { low: words.num(ci[0], digits), high: words.num(ci[1], digits) }));
  const threshold = words.num(result.analysis.threshold, 1);
  const help = {
    ci: t('ui.gain.figures.help.ci'),
    sdGain: t('ui.gain.figures.help.sdGain'),
    dz: t('ui.gain.figures.help.dz'),
    dAv: t('ui.gain.figures.help.dAv'),
    gAv: t('ui.gain.figures.help.gAv'),
    counts: t('ui.gain.figures.help.counts', { threshold }),
  };
  const columns = 13;
  return (
    <section className="gain-section">
      <TableScroll label={t('ui.gain.figures.title', { from: result.from, to: result.to, unit: words.unit })}>
        <table className="gain-table" data-testid="gain-figures">
          <caption>{t('ui.gain.figures.title', { from: result.from, to: result.to, unit: words.unit })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.gain.figures.group')}</th>
              <th scope="col" className="num">
                {t('ui.gain.figures.n')}
              </th>
              <th scope="col" className="num">
                {t('ui.gain.figures.meanAt', { moment: result.from })}
              </th>
              <th scope="col" className="num">
                {t('ui.gain.figures.meanAt', { moment: result.to })}
              </th>
              <th scope="col" className="num">
                {t('ui.gain.figures.meanGain')}
              </th>
              <th scope="col" className="num">
                <abbr title={help.ci}>{t('ui.gain.figures.ci')}</abbr>
              </th>
              <th scope="col" className="num">
                <abbr title={help.sdGain}>{t('ui.gain.figures.sdGain')}</abbr>
              </th>
              <th scope="col" className="num">
                <abbr title={help.dz}>{t('ui.gain.figures.dz')}</abbr>
              </th>
              <th scope="col" className="num">
                <abbr title={help.dz}>{t('ui.gain.figures.dzCi')}</abbr>
              </th>
              <th scope="col" className="num">
                <abbr title={help.dAv}>{t('ui.gain.figures.dAv')}</abbr>
              </th>
              <th scope="col" className="num">
                <abbr title={help.gAv}>{t('ui.gain.figures.gAv')}</abbr>
              </th>
              <th scope="col" className="num">
                <abbr title={help.counts}>{t('ui.gain.figures.improved')}</abbr>
              </th>
              <th scope="col" className="num">
                <abbr title={help.counts}>{t('ui.gain.figures.unchanged')}</abbr>
              </th>
              <th scope="col" className="num">
                <abbr title={help.counts}>{t('ui.gain.figures.declined')}</abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {figureRows(result, words).map((row) => {
              const f = row.figures;
              return (
                <tr key={row.key} className={row.overall ? 'overall' : undefined} data-testid="gain-figures-row" data-group={row.overall ? '' : row.name}>
                  <th scope="row">
                    {row.name}
                    {row.small && !row.suppressed && (
                      <span className="tag small-group" title={t('ui.gain.figures.smallNote')}>
                        {' '}
                        {t('ui.gain.figures.small')}
                      </span>
                    )}
                  </th>
                  {row.suppressed || !f ? (
                    <td colSpan={columns} className="muted" data-testid="gain-suppressed">
                      {t(row.complementary ? 'ui.gain.figures.complemented' : 'ui.gain.figures.suppressed', { k: result.analysis.minGroup })}
                    </td>
                  ) : (
                    <>
                      <td className="num" data-col="n">
                        {words.count(f.n)}
                      </td>
                      <td className="num">{num(f.meanPre)}</td>
                      <td className="num">{num(f.meanPost)}</td>
                      <td className="num strong" data-col="meanGain">
                        {signed(f.meanGain)}
                      </td>
                      <td className="num">{range(f.ci95)}</td>
                      <td className="num">{num(f.sdGain)}</td>
                      <td className="num">{num(f.dz, 2)}</td>
                      <td className="num">{range(f.dzCi95, 2)}</td>
                      <td className="num">{num(f.dAv, 2)}</td>
                      <td className="num">{num(f.gAv, 2)}</td>
                      <td className="num">{words.count(f.improved)}</td>
                      <td className="num">{words.count(f.unchanged)}</td>
                      <td className="num">{words.count(f.declined)}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <details className="gain-help">
        <summary>{t('ui.gain.figures.helpTitle')}</summary>
        <ul className="compact-list">
          {Object.values(help).map((text) => (
            <li key={text}>{text}</li>
          ))}
          <li>{t('ui.gain.figures.help.types')}</li>
        </ul>
      </details>
    </section>
  );
}

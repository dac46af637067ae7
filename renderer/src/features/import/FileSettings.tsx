import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/contract';
import type { ImportProfile } from '../../../../shared/model/profile';
import { Delimiter, type ImportOptions, TextEncoding } from '../../../../shared/model/source';
import { visibleSheets, withLayout, withProfile } from './options';
import { CommitInput } from './CommitField';
import { useProfileWords } from './useProfileWords';

const NO_PROFILE = '';
const DETECT = '';

const DELIMITER_KEY: Record<Delimiter, string> = {
  ';': 'ui.import.delimiter.semicolon',
  ',': 'ui.import.delimiter.comma',
  '\t': 'ui.import.delimiter.tab',
  '|': 'ui.import.delimiter.pipe',
};

interface Props {
  preview: ImportPreview;
  options: ImportOptions;
  profiles: ImportProfile[];
  allSheets: boolean;
  onAllSheets(all: boolean): void;
  onChange(options: ImportOptions): void;
}

/** What was detected in the file and the choices that shape the table: profile, sheet, header row, text dialect. */
export function FileSettings({ preview, options, profiles, allSheets, onAllSheets, onChange }: Props) {
  const { t } = useTranslation();
  const words = useProfileWords();
  const inspect = preview.inspect;
  const ids = {
    profile: useId(),
    sheet: useId(),
    all: useId(),
    header: useId(),
    two: useId(),
    encoding: useId(),
    delimiter: useId(),
    decimal: useId(),
  };
  const isText = inspect.format === 'csv';
  const isSheet = inspect.format === 'xlsx' || inspect.format === 'ods';
  const visible = visibleSheets(inspect);
  const headerRow = options.headerRow ?? inspect.headerRow;
  const headerRows = options.headerRows ?? inspect.headerRows;
  const profileValue = options.profileId === null ? NO_PROFILE : (options.profileId ?? inspect.profile?.id ?? NO_PROFILE);
  // The applied profile may be one the list does not hold (yet): keep it choosable.
  const applied = inspect.profile ? (profiles.find((p) => p.id === inspect.profile?.id) ?? null) : null;
  const listed = inspect.profile && !applied ? [inspect.profile] : [];
  const appliedName = applied ? words.name(applied) : (inspect.profile?.name ?? '');

  const detected = [
    t(`ui.import.format.${inspect.format}`),
    inspect.encoding && t('ui.import.detectedEncoding', { encoding: inspect.encoding }),
    inspect.delimiter && t('ui.import.detectedDelimiter', { delimiter: t(DELIMITER_KEY[inspect.delimiter]) }),
    inspect.decimalSeparator && t('ui.import.detectedDecimal', { separator: inspect.decimalSeparator }),
    inspect.sheet && t('ui.import.detectedSheet', { sheet: inspect.sheet }),
    t('ui.import.detectedHeader', { row: inspect.headerRow }),
  ].filter(Boolean);

  return (
    <div className="file-settings">
      <p className="detected" data-testid="import-detected" data-format={inspect.format}>
        {detected.join(' · ')}
      </p>
      <div className="form-grid">
        <label htmlFor={ids.profile}>{t('ui.import.profile')}</label>
        <span className="field-inline">
          <select
            id={ids.profile}
            data-testid="import-profile-select"
            value={profileValue}
            onChange={(e) => onChange(withProfile(options, e.target.value === NO_PROFILE ? null : e.target.value))}
          >
            <option value={NO_PROFILE}>{t('ui.import.noProfile')}</option>
            {listed.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.builtIn ? t('ui.import.profileBuiltIn', { name: words.name(p) }) : p.name}
              </option>
            ))}
          </select>
          <span className="muted" data-testid="import-profile" data-profile-id={inspect.profile?.id ?? ''}>
            {inspect.profile
              ? t(options.profileId === undefined ? 'ui.import.profileRecognised' : 'ui.import.profileApplied', {
                  name: appliedName,
                })
              : t('ui.import.profileNone')}
          </span>
        </span>

        {isSheet && inspect.sheets.length > 0 && (
          <>
            <label htmlFor={ids.sheet}>{t('ui.import.sheet')}</label>
            <span className="field-inline">
              <select
                id={ids.sheet}
                data-testid="import-sheet"
                value={options.sheet ?? inspect.sheet ?? ''}
                disabled={allSheets}
                onChange={(e) => onChange(withLayout(options, { sheet: e.target.value }))}
              >
                {inspect.sheets.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.hidden ? t('ui.import.sheetHidden', { sheet: s.name }) : s.name}
                  </option>
                ))}
              </select>
              {visible.length > 1 && (
                <label className="checkbox" htmlFor={ids.all}>
                  <input
                    id={ids.all}
                    type="checkbox"
                    data-testid="import-all-sheets"
                    checked={allSheets}
                    onChange={(e) => onAllSheets(e.target.checked)}
                  />
                  {t('ui.import.allSheets', { count: visible.length })}
                </label>
              )}
            </span>
          </>
        )}

        {isText && (
          <>
            <label htmlFor={ids.encoding}>{t('ui.import.encoding')}</label>
            <span className="field-inline">
              <select
                id={ids.encoding}
                data-testid="import-encoding"
                value={options.encoding ?? DETECT}
                onChange={(e) => {
                  const { encoding: _drop, ...rest } = options;
                  const value = e.target.value;
                  onChange(value === DETECT ? rest : { ...rest, encoding: TextEncoding.parse(value) });
                }}
              >
                <option value={DETECT}>{t('ui.import.detect', { value: inspect.encoding ?? '' })}</option>
                {TextEncoding.options.map((enc) => (
                  <option key={enc} value={enc}>
                    {enc}
                  </option>
                ))}
              </select>
              <label htmlFor={ids.delimiter}>{t('ui.import.delimiterLabel')}</label>
              <select
                id={ids.delimiter}
                data-testid="import-delimiter"
                value={options.delimiter ?? DETECT}
                onChange={(e) => {
                  const { delimiter: _drop, ...rest } = options;
                  const value = e.target.value;
                  const next = value === DETECT ? rest : { ...rest, delimiter: Delimiter.parse(value) };
                  onChange(withLayout(next, {}));
                }}
              >
                <option value={DETECT}>
                  {t('ui.import.detect', { value: inspect.delimiter ? t(DELIMITER_KEY[inspect.delimiter]) : '' })}
                </option>
                {Delimiter.options.map((d) => (
                  <option key={d} value={d}>
                    {t(DELIMITER_KEY[d])}
                  </option>
                ))}
              </select>
              <label htmlFor={ids.decimal}>{t('ui.import.decimalLabel')}</label>
              <select
                id={ids.decimal}
                data-testid="import-decimal"
                value={options.decimalSeparator ?? DETECT}
                onChange={(e) => {
                  const { decimalSeparator: _drop, ...rest } = options;
                  const value = e.target.value;
                  onChange(value === ',' || value === '.' ? { ...rest, decimalSeparator: value } : rest);
                }}
              >
                <option value={DETECT}>{t('ui.import.detect', { value: inspect.decimalSeparator ?? '' })}</option>
                <option value=",">,</option>
                <option value=".">.</option>
              </select>
            </span>
          </>
        )}

        <label htmlFor={ids.header}>{t('ui.import.headerRow')}</label>
        <span className="field-inline">
          <CommitInput
            id={ids.header}
            data-testid="import-header-row"
            type="number"
            min={1}
            className="narrow"
            value={String(headerRow)}
            onCommit={(text) => {
              const row = Number(text);
              if (!Number.isInteger(row) || row < 1) return false;
              onChange(withLayout(options, { headerRow: row }));
              return true;
            }}
          />
          <label className="checkbox" htmlFor={ids.two}>
            <input
              id={ids.two}
              type="checkbox"
              data-testid="import-two-row-header"
              checked={headerRows === 2}
              onChange={(e) => onChange(withLayout(options, { headerRow, headerRows: e.target.checked ? 2 : 1 }))}
            />
            {t('ui.import.twoRowHeader')}
          </label>
        </span>
      </div>
      <RawRows preview={preview} headerRow={headerRow} headerRows={headerRows} onPick={(row) => onChange(withLayout(options, { headerRow: row }))} />
    </div>
  );
}

/** Widest raw table shown: enough to recognise the header. */
const RAW_COLUMNS = 12;

/** The file's first rows as they are; a click (or Enter) on a row makes it the header row. */
function RawRows({
  preview,
  headerRow,
  headerRows,
  onPick,
}: {
  preview: ImportPreview;
  headerRow: number;
  headerRows: 1 | 2;
  onPick(row: number): void;
}) {
  const { t } = useTranslation();
  if (preview.rawRows.length === 0) return null;
  const width = Math.min(RAW_COLUMNS, Math.max(...preview.rawRows.map((r) => r.cells.length)));
  return (
    <details className="raw-rows" open>
      <summary>{t('ui.import.rawTitle')}</summary>
      <p className="hint">{t('ui.import.rawHint')}</p>
      <div className="table-scroll">
        <table className="plain-table raw-table" data-testid="import-raw-rows">
          <tbody>
            {preview.rawRows.map((r) => {
              const isHeader = r.row === headerRow || (headerRows === 2 && r.row === headerRow - 1);
              const className = isHeader ? 'header-row' : r.row < headerRow ? 'above-header' : undefined;
              return (
                <tr key={r.row} data-testid="import-raw-row" data-row={r.row} className={className} onClick={() => onPick(r.row)}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={r.row === headerRow}
                      aria-label={t('ui.import.useAsHeader', { row: r.row })}
                      title={t('ui.import.useAsHeader', { row: r.row })}
                      onClick={(e) => {
                        e.stopPropagation();
                        onPick(r.row);
                      }}
                    >
                      {r.row}
                    </button>
                  </th>
                  {Array.from({ length: width }, (_, i) => (
                    <td key={i} title={r.cells[i] ?? ''}>
                      {r.cells[i] ?? ''}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

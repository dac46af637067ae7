import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueMapping } from '../../../../shared/model/import';
import type { ImportOptions, InspectedColumn, InspectResult } from '../../../../shared/model/source';
import { ColumnType } from '../../../../shared/model/table';
import { useLocale } from '../../i18n/useLocale';
import {
  columnSetting,
  defaultMapping,
  derivedFrom,
  formatLabels,
  formatLevels,
  formatTokens,
  GRADE_LEVELS,
  LIKERT_5,
  type MappingKind,
  missingTokensOf,
  parseLabels,
  parseLevels,
  parseTokens,
  setColumn,
  settingColumns,
  withColumnType,
  withMapping,
} from './options';
import { CommitInput, CommitTextarea } from './CommitField';

interface Props {
  inspect: InspectResult;
  options: ImportOptions;
  onChange(options: ImportOptions): void;
}

/** Every column of the file: include, name, type, missing tokens, value mapping, and the values that do not fit. */
export function ColumnsEditor({ inspect, options, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll columns-scroll">
      <table className="plain-table columns-table" data-testid="import-columns">
        <thead>
          <tr>
            <th scope="col">{t('ui.import.col.include')}</th>
            <th scope="col">{t('ui.import.col.source')}</th>
            <th scope="col">{t('ui.import.col.name')}</th>
            <th scope="col">{t('ui.import.col.type')}</th>
            <th scope="col">{t('ui.import.col.missing')}</th>
            <th scope="col">{t('ui.import.col.mapping')}</th>
            <th scope="col">{t('ui.import.col.notFitting')}</th>
          </tr>
        </thead>
        <tbody>
          {settingColumns(inspect).map((column) => (
            <ColumnRow
              key={column.source}
              column={column}
              derivedFrom={derivedFrom(inspect, column)}
              options={options}
              onChange={onChange}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  column: InspectedColumn;
  /** The score column this maximum column is split from; it then takes only a name and include. */
  derivedFrom: InspectedColumn | null;
  options: ImportOptions;
  onChange(o: ImportOptions): void;
}

function ColumnRow({ column, derivedFrom, options, onChange }: RowProps) {
  const { t } = useTranslation();
  const label = column.source || column.name;
  return (
    <tr
      data-testid="import-column"
      data-source={column.source}
      data-type={column.type}
      data-derived={derivedFrom !== null || undefined}
      className={column.included ? undefined : 'excluded'}
    >
      <td>
        <input
          type="checkbox"
          data-testid="import-column-include"
          checked={column.included}
          aria-label={t('ui.import.col.includeLabel', { column: label })}
          onChange={(e) => onChange(setColumn(options, column.source, { include: e.target.checked }))}
        />
      </td>
      <td className="source-header" title={column.source}>
        {column.source}
        {column.hidden && <span className="tag">{t('ui.import.hiddenColumn')}</span>}
      </td>
      <td>
        <CommitInput
          data-testid="import-column-name"
          aria-label={t('ui.import.col.nameLabel', { column: label })}
          value={column.name}
          disabled={!column.included}
          onCommit={(text) => {
            const name = text.trim();
            if (name === '') return false;
            onChange(setColumn(options, column.source, { name: name === column.source ? undefined : name }));
            return true;
          }}
        />
      </td>
      {derivedFrom ? (
        <>
          <td>{t(`ui.types.${column.type}`)}</td>
          <td colSpan={2} className="hint">
            {t('ui.import.derivedFrom', { column: derivedFrom.name })}
          </td>
        </>
      ) : (
        <SettingCells column={column} options={options} onChange={onChange} />
      )}
      <td data-testid="import-not-fitting" data-count={column.notFitting.count}>
        {column.notFitting.count > 0 && (
          <>
            <span className="caution">{t('ui.import.notFittingCount', { count: column.notFitting.count })}</span>
            <ul className="compact-list">
              {column.notFitting.examples.map((ex) => (
                <li key={`${ex.row}-${ex.value}`}>{t('ui.import.notFittingExample', { row: ex.row, value: ex.value })}</li>
              ))}
            </ul>
          </>
        )}
      </td>
    </tr>
  );
}

/** Type, missing tokens and mapping: the settings of a column the file has. */
function SettingCells({ column, options, onChange }: Omit<RowProps, 'derivedFrom'>) {
  const { t } = useTranslation();
  const setting = columnSetting(options, column.source);
  const label = column.source || column.name;
  return (
    <>
      <td>
        <select
          data-testid="import-column-type"
          aria-label={t('ui.import.col.typeLabel', { column: label })}
          value={column.type}
          disabled={!column.included}
          onChange={(e) => onChange(withColumnType(options, column, ColumnType.parse(e.target.value)))}
        >
          {ColumnType.options.map((type) => (
            <option key={type} value={type}>
              {t(`ui.types.${type}`)}
              {type === column.inferredType && type !== column.type ? ` (${t('ui.import.detected')})` : ''}
            </option>
          ))}
        </select>
      </td>
      <td>
        <CommitInput
          data-testid="import-column-missing"
          aria-label={t('ui.import.col.missingLabel', { column: label })}
          value={formatTokens(missingTokensOf(options, column.source))}
          disabled={!column.included}
          onCommit={(text) => {
            onChange(setColumn(options, column.source, { missingTokens: parseTokens(text) }));
            return true;
          }}
        />
        <div className="hint">{t('ui.import.missingCount', { count: column.missing })}</div>
      </td>
      <td>
        <MappingEditor
          column={column}
          mapping={setting.mapping ?? column.mapping}
          disabled={!column.included}
          onChange={(mapping) => onChange(withMapping(options, column, mapping))}
        />
      </td>
    </>
  );
}

const KINDS: MappingKind[] = ['none', 'labels', 'fraction', 'ordinal'];

function MappingEditor({
  column,
  mapping,
  disabled,
  onChange,
}: {
  column: InspectedColumn;
  mapping: ValueMapping | undefined;
  disabled: boolean;
  onChange(mapping: ValueMapping | undefined): void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ids = { kind: useId(), detail: useId(), hint: useId() };
  const label = column.source || column.name;
  const kind: MappingKind = mapping?.kind ?? 'none';
  return (
    <div className="mapping-editor" data-kind={kind}>
      <select
        id={ids.kind}
        data-testid="import-column-mapping"
        aria-label={t('ui.import.col.mappingLabel', { column: label })}
        value={kind}
        disabled={disabled}
        onChange={(e) => onChange(defaultMapping(e.target.value as MappingKind, column))}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`ui.import.mapping.${k}`)}
          </option>
        ))}
      </select>
      {mapping?.kind === 'labels' && (
        <>
          {/* Closed by default: a survey has many items with the same scale. */}
          <details className="labels-details">
            <summary>
              {t('ui.import.mapping.labelsSummary', {
                count: mapping.labels.length,
                first: formatLabels(mapping.labels.slice(0, 1), locale),
                last: formatLabels(mapping.labels.slice(-1), locale),
              })}
            </summary>
            <CommitTextarea
              id={ids.detail}
              data-testid="import-column-labels"
              aria-label={t('ui.import.mapping.labelsLabel', { column: label })}
              aria-describedby={ids.hint}
              rows={Math.min(8, Math.max(3, mapping.labels.length))}
              disabled={disabled}
              value={formatLabels(mapping.labels, locale)}
              onCommit={(text) => {
                const parsed = parseLabels(text, locale);
                if (parsed.ok) onChange({ kind: 'labels', labels: parsed.labels });
                return parsed.ok;
              }}
            />
            <p className="hint" id={ids.hint}>
              {t('ui.import.mapping.labelsHint')}
            </p>
          </details>
          <button
            type="button"
            className="link-button"
            data-testid="import-preset-likert"
            disabled={disabled}
            onClick={() => onChange({ kind: 'labels', labels: LIKERT_5.map((l) => ({ ...l })) })}
          >
            {t('ui.import.mapping.presetLikert')}
          </button>
        </>
      )}
      {mapping?.kind === 'fraction' && <p className="hint">{t('ui.import.mapping.fractionHint', { column: column.name })}</p>}
      {mapping?.kind === 'ordinal' && (
        <>
          <CommitInput
            id={ids.detail}
            data-testid="import-column-levels"
            aria-label={t('ui.import.mapping.levelsLabel', { column: label })}
            aria-describedby={ids.hint}
            disabled={disabled}
            value={formatLevels(mapping.levels)}
            onCommit={(text) => {
              const levels = parseLevels(text);
              if (levels) onChange({ kind: 'ordinal', levels });
              return levels !== null;
            }}
          />
          <p className="hint" id={ids.hint}>
            {t('ui.import.mapping.levelsHint')}
          </p>
          <button
            type="button"
            className="link-button"
            data-testid="import-preset-levels"
            disabled={disabled}
            onClick={() => onChange({ kind: 'ordinal', levels: [...GRADE_LEVELS] })}
          >
            {t('ui.import.mapping.presetLevels')}
          </button>
        </>
      )}
    </div>
  );
}

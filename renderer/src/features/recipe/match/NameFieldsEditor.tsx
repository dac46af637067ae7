import { useTranslation } from 'react-i18next';
import type { NameFields } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { LabelledSelect } from '../../../ui/LabelledSelect';

interface Props {
  heading: string;
  columns: ColumnInfo[];
  value: NameFields | null;
  onChange(value: NameFields): void;
  /** Prefix of the test ids: `match-left` or `match-right`. */
  idPrefix: 'match-left' | 'match-right';
}

type Order = Extract<NameFields, { kind: 'full' }>['order'];

/**
 * Where one side's name is: one column (with the order of its parts) or first and last name in
 * two columns. Rows of a form grid: each label beside its select.
 */
export function NameFieldsEditor({ heading, columns, value, onChange, idPrefix }: Props) {
  const { t } = useTranslation();
  // Text columns first: names are text, but an export may have typed a column otherwise.
  const ordered = [...columns.filter((c) => c.type === 'text'), ...columns.filter((c) => c.type !== 'text')];
  const first = ordered[0]?.name ?? '';
  const kind = value?.kind ?? 'full';
  const options = ordered.map((c) => (
    <option key={c.name} value={c.name}>
      {c.name}
    </option>
  ));
  const setKind = (next: string) => {
    if (next === 'split') onChange({ kind: 'split', first: value?.kind === 'full' ? value.column : first, last: ordered[1]?.name ?? first });
    else onChange({ kind: 'full', column: value?.kind === 'split' ? value.last : first, order: 'auto' });
  };
  return (
    <>
      <h3 className="full match-side-heading">{heading}</h3>
      <LabelledSelect layout="bare" label={t('ui.match.nameKind')} data-testid={`${idPrefix}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
        <option value="full">{t('ui.match.kindFull')}</option>
        <option value="split">{t('ui.match.kindSplit')}</option>
      </LabelledSelect>
      {value?.kind === 'split' ? (
        <>
          <LabelledSelect layout="bare" label={t('ui.match.first')} data-testid={`${idPrefix}-first`} value={value.first} onChange={(e) => onChange({ ...value, first: e.target.value })}>
            {options}
          </LabelledSelect>
          <LabelledSelect layout="bare" label={t('ui.match.last')} data-testid={`${idPrefix}-last`} value={value.last} onChange={(e) => onChange({ ...value, last: e.target.value })}>
            {options}
          </LabelledSelect>
        </>
      ) : (
        <>
          <LabelledSelect
            layout="bare"
            label={t('ui.match.column')}
            data-testid={`${idPrefix}-column`}
            value={value?.kind === 'full' ? value.column : ''}
            onChange={(e) => onChange({ kind: 'full', column: e.target.value, order: value?.kind === 'full' ? value.order : 'auto' })}
          >
            {value === null && <option value="" />}
            {options}
          </LabelledSelect>
          <LabelledSelect
            layout="bare"
            label={t('ui.match.order')}
            data-testid={`${idPrefix}-order`}
            value={value?.kind === 'full' ? value.order : 'auto'}
            disabled={value === null}
            onChange={(e) => value?.kind === 'full' && onChange({ ...value, order: e.target.value as Order })}
          >
            <option value="auto">{t('ui.match.orderAuto')}</option>
            <option value="firstLast">{t('ui.match.orderFirstLast')}</option>
            <option value="lastFirst">{t('ui.match.orderLastFirst')}</option>
          </LabelledSelect>
        </>
      )}
    </>
  );
}

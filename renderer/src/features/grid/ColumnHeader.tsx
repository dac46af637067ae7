import type { IHeaderParams } from 'ag-grid-community';
import { createContext, useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnShape, ColumnStats } from '../../../../shared/model/column-stats';
import type { Cell, ColumnType } from '../../../../shared/model/table';
import { formatCell, formatCount } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import './columnHeader.css';

/** What the headers of one grid share: the result's column stats and which columns a step just added. */
export interface HeaderInfo {
  /** Null while the stats are being computed. */
  stats: ReadonlyMap<string, ColumnStats> | null;
  rowCount: number;
  types: ReadonlyMap<string, ColumnType>;
  added: ReadonlySet<string>;
  /** The mark on the new columns has been shown. */
  onMarked(): void;
  /** Adds a filter on a column (the result's grid only). */
  onFilter: ((column: string) => void) | null;
}

export const HeaderInfoContext = createContext<HeaderInfo>({
  stats: null,
  rowCount: 0,
  types: new Map(),
  added: new Set(),
  onMarked: () => {},
  onFilter: null,
});

/**
 * The inside of a column header (AG Grid's `innerHeaderComponent`: sorting, resizing and keyboard
 * stay the grid's): the name, a small distribution and the count of empty cells. The header cell's
 * accessible name says the count, since the picture says nothing to a screen reader.
 */
export function ColumnHeader(props: IHeaderParams) {
  const { t } = useTranslation();
  const locale = useLocale();
  const info = useContext(HeaderInfoContext);
  const column = props.column.getColId();
  const name = props.displayName;
  const stats = info.stats?.get(column) ?? null;
  const type = info.types.get(column) ?? 'text';
  const added = info.added.has(column);
  const words = { yes: t('ui.table.yes'), no: t('ui.table.no') };
  const show = (value: Cell) => formatCell(value, type, locale, words);
  const missing = stats ? formatCount(stats.missing, locale) : '';
  const label = stats ? t('ui.columns.header', { name, count: stats.missing, formatted: missing }) : name;
  const header = props.eGridHeader;

  useEffect(() => {
    header.setAttribute('aria-label', label);
  }, [header, label]);

  // The grid sorts on a click anywhere in the header cell, before React sees the click: the filter
  // button stops it natively. (The keyboard way is Alt+↓ on the header, in ResultGrid.)
  const filterButton = useRef<HTMLButtonElement>(null);
  const onFilter = info.onFilter;
  useEffect(() => {
    const button = filterButton.current;
    if (!button || !onFilter) return;
    const click = (e: MouseEvent) => {
      e.stopPropagation();
      e.preventDefault();
      onFilter(column);
    };
    button.addEventListener('click', click);
    return () => button.removeEventListener('click', click);
  }, [onFilter, column]);

  return (
    <div className={added ? 'col-head col-head-added' : 'col-head'} onAnimationEnd={added ? info.onMarked : undefined}>
      <span className="col-head-title">
        <span className="col-head-name">{name}</span>
        {onFilter && (
          <button
            ref={filterButton}
            type="button"
            tabIndex={-1}
            className="col-head-filter"
            data-testid="column-filter"
            title={t('ui.columns.filter', { name })}
            aria-label={t('ui.columns.filter', { name })}
          >
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
              <path d="M1 2h10L7 6.5V10L5 11V6.5z" />
            </svg>
          </button>
        )}
      </span>
      {stats && (
        <span className="col-head-stats" aria-hidden="true" title={describe(stats.shape, show, t)} data-testid="column-stats">
          <Sparkline shape={stats.shape} filled={info.rowCount - stats.missing} />
          <span className={stats.missing > 0 ? 'col-head-missing some' : 'col-head-missing'} data-missing={stats.missing}>
            {t('ui.columns.missing', { formatted: missing })}
          </span>
        </span>
      )}
    </div>
  );
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** The distribution in words, for the tooltip. */
function describe(shape: ColumnShape, show: (value: Cell) => string, t: Translate): string {
  switch (shape.kind) {
    case 'histogram':
      return t('ui.columns.range', { min: show(shape.min), max: show(shape.max) });
    case 'top':
      return t('ui.columns.top', { values: shape.values.map((v) => `${show(v.value)} (${v.n})`).join(', ') });
    case 'empty':
      return t('ui.columns.allEmpty');
  }
}

const WIDTH = 48;
const HEIGHT = 14;

/** A histogram's bars, or the most frequent values as parts of one bar (the rest grey). */
function Sparkline({ shape, filled }: { shape: ColumnShape; filled: number }) {
  if (shape.kind === 'empty') return <svg className="col-spark" width={WIDTH} height={HEIGHT} />;
  if (shape.kind === 'histogram') {
    const top = Math.max(1, ...shape.bins);
    const w = WIDTH / shape.bins.length;
    return (
      <svg className="col-spark" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        {shape.bins.map((n, i) => {
          const h = n === 0 ? 0 : Math.max(1, (n / top) * HEIGHT);
          return <rect key={i} className="bar" x={i * w + 0.5} y={HEIGHT - h} width={Math.max(1, w - 1)} height={h} />;
        })}
      </svg>
    );
  }
  const total = Math.max(1, filled);
  let x = 0;
  return (
    <svg className="col-spark" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      <rect className="rest" x={0} y={3} width={WIDTH} height={HEIGHT - 6} />
      {shape.values.map((v, i) => {
        const w = (v.n / total) * WIDTH;
        const part = <rect key={i} className={`part part${i}`} x={x} y={3} width={w} height={HEIGHT - 6} />;
        x += w;
        return part;
      })}
    </svg>
  );
}

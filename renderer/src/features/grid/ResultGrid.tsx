import type { ColDef, GridApi, IDatasource, IGetRowsParams, RowSelectionOptions, SortModelItem } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipe } from '../../../../shared/model/recipe';
import type { Cell, ColumnInfo, SortKey } from '../../../../shared/model/table';
import { formatCell, formatCount, isRightAligned } from '../../format/format';
import { gridTheme } from './setupGrid';
import { useLocale } from '../../i18n/useLocale';
import { dataVersion } from '../../state/slices/project';
import { useApi, useWorkbench } from '../../state/hooks';
import { toTsv } from './tsv';
import { addedColumns, sameNames } from './addedColumns';
import { ColumnHeader, type HeaderInfo, HeaderInfoContext } from './ColumnHeader';
import { leaveGridOnTab } from './leaveGrid';
import { registerGrid } from './gridFocus';
import { useColumnStats } from './useColumnStats';

type Row = Cell[];

/** Rows travel by page: the grid asks for a block, the engine sorts and slices. */
export const BLOCK_SIZE = 100;

/** Every header shows its column's distribution and empty cells (ColumnHeader) inside the grid's own header. */
const DEFAULT_COL_DEF: ColDef<Row> = {
  sortable: true,
  resizable: true,
  suppressMovable: true,
  headerComponentParams: { innerHeaderComponent: ColumnHeader },
};

/** Name, distribution and empty cells on two lines. */
const HEADER_HEIGHT = 58;

/** Tab is not the grid's: leaveGridOnTab takes it before the grid sees it; should one slip through, the grid lets it go. */
const leaveOnTab = () => false as const;

/** Rows are selected by click, Shift+click and Ctrl+click, then copied with Ctrl+C or the copy button. */
const ROW_SELECTION: RowSelectionOptions = { mode: 'multiRow', checkboxes: false, headerCheckbox: false, enableClickSelection: true };

function toSortKeys(model: SortModelItem[]): SortKey[] {
  return model.map((m) => ({ column: m.colId, direction: m.sort }));
}

/** Pixel width from the header length: wide enough to read (and the header's distribution and empty count), narrow enough to see several columns. */
function columnWidth(name: string): number {
  return Math.min(280, Math.max(136, name.length * 9 + 56));
}

/**
 * `filterable`: the grid shows the result, so a column header may add a filter step on its column
 * (its filter button, or Alt+↓ on it, as in a spreadsheet's autofilter).
 */
export function ResultGrid({ recipe, columns, filterable = false }: { recipe: Recipe; columns: ColumnInfo[]; filterable?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const report = useWorkbench((s) => s.report);
  const notify = useWorkbench((s) => s.notify);
  const gridApi = useRef<GridApi<Row> | null>(null);
  const unregister = useRef<(() => void) | null>(null);
  useEffect(() => () => unregister.current?.(), []);
  const version = useWorkbench((s) => dataVersion(s.project));
  const locale = useLocale();
  const stats = useColumnStats(recipe, version);

  // The columns the last recipe change added (a join, a derived column), until their mark has been
  // shown; the next change (a filter) adds none, and the grid it brings scrolls nowhere.
  const recipeKey = JSON.stringify(recipe);
  const [seen, setSeen] = useState({ recipeKey, columns, added: [] as string[] });
  if (seen.recipeKey !== recipeKey || !sameNames(seen.columns, columns)) {
    const added = sameNames(seen.columns, columns) ? [] : addedColumns(seen.columns.map((c) => c.name), columns.map((c) => c.name));
    setSeen({ recipeKey, columns, added });
  }
  const added = seen.added;
  const onMarked = useCallback(() => setSeen((s) => (s.added.length === 0 ? s : { ...s, added: [] })), []);

  const filterOnColumn = useWorkbench((s) => s.filterOnColumn);
  const onFilter = filterable ? filterOnColumn : null;
  const headerInfo = useMemo<HeaderInfo>(
    () => ({
      stats: stats ? new Map(stats.columns.map((c) => [c.column, c])) : null,
      rowCount: stats?.rowCount ?? 0,
      types: new Map(columns.map((c) => [c.name, c.type])),
      added: new Set(added),
      onMarked,
      onFilter,
    }),
    [stats, columns, added, onMarked, onFilter],
  );
  const defaultColDef = useMemo<ColDef<Row>>(
    () =>
      onFilter
        ? {
            ...DEFAULT_COL_DEF,
            suppressHeaderKeyboardEvent: ({ event, column }) => {
              if (!(event.altKey && event.key === 'ArrowDown')) return false;
              if (event.type === 'keydown') {
                event.preventDefault();
                if ('getColId' in column) onFilter(column.getColId());
              }
              return true;
            },
          }
        : DEFAULT_COL_DEF,
    [onFilter],
  );

  const columnDefs = useMemo<ColDef<Row>[]>(() => {
    const words = { yes: t('ui.table.yes'), no: t('ui.table.no') };
    const fresh = new Set(added);
    return columns.map((c, i) => ({
      colId: c.name,
      headerName: c.name,
      valueGetter: (p) => p.data?.[i] ?? null,
      valueFormatter: (p) => formatCell((p.value ?? null) as Cell, c.type, locale, words),
      type: isRightAligned(c.type) ? 'rightAligned' : undefined,
      // A rule, not `cellClass`: that would replace the right-aligned type's own class.
      cellClassRules: fresh.has(c.name) ? { 'col-added': () => true } : undefined,
      width: columnWidth(c.name),
    }));
  }, [columns, locale, t, added]);

  /** The datasource whose answers still matter: a replaced one's failures are not the user's concern. */
  const liveSource = useRef<IDatasource | null>(null);

  // A new datasource per recipe: the grid is keyed by it too, so nothing stale survives.
  const datasource = useMemo<IDatasource>(
    () => {
      const source: IDatasource = {
        getRows(params: IGetRowsParams) {
          api['table.page']({
            recipe,
            offset: params.startRow,
            limit: params.endRow - params.startRow,
            sort: toSortKeys(params.sortModel),
          }).then(
            (page) => params.successCallback(page.rows, page.totalRows),
            (error: unknown) => {
              params.failCallback();
              if (liveSource.current === source) report(error);
            },
          );
        },
      };
      return source;
    },
    // The data version is a dependency on purpose: a refreshed source needs a new datasource.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, recipe, report, version],
  );
  useEffect(() => {
    liveSource.current = datasource;
    return () => {
      liveSource.current = null;
    };
  }, [datasource]);

  /**
   * Brings the new columns into view: the last one, then the first, so the first wins when not all
   * fit. Nothing moves when the first new column is already in view (a group step's figures beside
   * its keys): the columns before it stay visible.
   */
  const reveal = (grid: GridApi<Row>) => {
    const first = added[0];
    const last = added[added.length - 1];
    if (!first || !last) return;
    const column = grid.getColumn(first);
    const range = grid.getHorizontalPixelRange();
    const left = column?.getLeft();
    if (column && left != null && left >= range.left && left + column.getActualWidth() <= range.right) return;
    grid.ensureColumnVisible(last, 'auto');
    grid.ensureColumnVisible(first, 'auto');
  };

  const localeText = useMemo(
    () => ({ loadingOoo: t('ui.table.loading'), noRowsToShow: t('ui.table.noRows') }),
    [t],
  );

  /** The selected rows as TSV on the clipboard, for pasting into a spreadsheet. */
  const copySelection = async () => {
    const selected = (gridApi.current?.getSelectedNodes() ?? [])
      .filter((n) => n.data)
      .sort((a, b) => (a.rowIndex ?? 0) - (b.rowIndex ?? 0))
      .map((n) => n.data!);
    if (selected.length === 0) {
      notify({ code: 'ui.export.copyNothing', params: {} });
      return;
    }
    try {
      await navigator.clipboard.writeText(toTsv(columns, selected, locale, { yes: t('ui.table.yes'), no: t('ui.table.no') }));
      notify({ code: 'ui.export.copied', params: { count: selected.length, formatted: formatCount(selected.length, locale) } });
    } catch (error) {
      report(error);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'c' && (gridApi.current?.getSelectedNodes().length ?? 0) > 0) {
      e.preventDefault();
      void copySelection();
    }
  };

  return (
    <div className="result-grid-wrap">
      <div className="grid-tools">
        <button type="button" className="button subtle small" data-testid="grid-copy" onClick={() => void copySelection()}>
          {t('ui.export.copy')}
        </button>
      </div>
      <p className="visually-hidden" role="status" data-testid="columns-added">
        {added.length > 0 ? t('ui.columns.added', { count: added.length, names: added.join(', ') }) : ''}
      </p>
      {/* Keys typed in the grid bubble here: Ctrl+C copies the selected rows; Tab leaves the grid. */}
      <div
        className="result-grid"
        data-testid="result-grid"
        onKeyDown={onKeyDown}
        onKeyDownCapture={leaveGridOnTab}
        onBlur={(e) => {
          // The focus left the grid: it forgets its focused cell, or it would take the focus back
          // from wherever the user went when its rows next arrive (after a step, a refresh).
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) gridApi.current?.clearFocusedCell();
        }}
      >
        <HeaderInfoContext.Provider value={headerInfo}>
          <AgGridReact<Row>
            key={`${recipeKey}|${locale}|${version}`}
            theme={gridTheme}
            rowModelType="infinite"
            datasource={datasource}
            cacheBlockSize={BLOCK_SIZE}
            maxBlocksInCache={50}
            infiniteInitialRowCount={BLOCK_SIZE}
            columnDefs={columnDefs}
            defaultColDef={defaultColDef}
            localeText={localeText}
            rowSelection={ROW_SELECTION}
            headerHeight={HEADER_HEIGHT}
            tabToNextCell={leaveOnTab}
            tabToNextHeader={leaveOnTab}
            onGridReady={(e) => {
              gridApi.current = e.api;
              // Alt+G and the skip link enter this grid (gridFocus.ts).
              unregister.current?.();
              unregister.current = registerGrid(e.api as GridApi);
              reveal(e.api);
            }}
            ensureDomOrder
          />
        </HeaderInfoContext.Provider>
      </div>
    </div>
  );
}

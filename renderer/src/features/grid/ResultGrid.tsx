import type { ColDef, GridApi, IDatasource, IGetRowsParams, RowSelectionOptions, SortModelItem } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { type KeyboardEvent, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipe } from '../../../../shared/model/recipe';
import type { Cell, ColumnInfo, SortKey } from '../../../../shared/model/table';
import { formatCell, formatCount, isRightAligned } from '../../format/format';
import { gridTheme } from './setupGrid';
import { useLocale } from '../../i18n/useLocale';
import { dataVersion } from '../../state/slices/project';
import { useApi, useWorkbench } from '../../state/hooks';
import { toTsv } from './tsv';

type Row = Cell[];

/** Rows travel by page: the grid asks for a block, the engine sorts and slices. */
export const BLOCK_SIZE = 100;

const DEFAULT_COL_DEF: ColDef<Row> = { sortable: true, resizable: true, suppressMovable: true };

/** Rows are selected by click, Shift+click and Ctrl+click, then copied with Ctrl+C or the copy button. */
const ROW_SELECTION: RowSelectionOptions = { mode: 'multiRow', checkboxes: false, headerCheckbox: false, enableClickSelection: true };

function toSortKeys(model: SortModelItem[]): SortKey[] {
  return model.map((m) => ({ column: m.colId, direction: m.sort }));
}

/** Pixel width from the header length: wide enough to read, narrow enough to see several columns. */
function columnWidth(name: string): number {
  return Math.min(280, Math.max(110, name.length * 9 + 56));
}

export function ResultGrid({ recipe, columns }: { recipe: Recipe; columns: ColumnInfo[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const report = useWorkbench((s) => s.report);
  const notify = useWorkbench((s) => s.notify);
  const gridApi = useRef<GridApi<Row> | null>(null);
  const version = useWorkbench((s) => dataVersion(s.project));
  const locale = useLocale();

  const columnDefs = useMemo<ColDef<Row>[]>(() => {
    const words = { yes: t('ui.table.yes'), no: t('ui.table.no') };
    return columns.map((c, i) => ({
      colId: c.name,
      headerName: c.name,
      valueGetter: (p) => p.data?.[i] ?? null,
      valueFormatter: (p) => formatCell((p.value ?? null) as Cell, c.type, locale, words),
      type: isRightAligned(c.type) ? 'rightAligned' : undefined,
      width: columnWidth(c.name),
    }));
  }, [columns, locale, t]);

  // A new datasource per recipe: the grid is keyed by it too, so nothing stale survives.
  const datasource = useMemo<IDatasource>(
    () => ({
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
            report(error);
          },
        );
      },
    }),
    // The data version is a dependency on purpose: a refreshed source needs a new datasource.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, recipe, report, version],
  );

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
      {/* Keys typed in the grid bubble here: Ctrl+C copies the selected rows. */}
      <div className="result-grid" data-testid="result-grid" onKeyDown={onKeyDown}>
        <AgGridReact<Row>
          key={`${JSON.stringify(recipe)}|${locale}|${version}`}
          theme={gridTheme}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={BLOCK_SIZE}
          maxBlocksInCache={50}
          infiniteInitialRowCount={BLOCK_SIZE}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL_DEF}
          localeText={localeText}
          rowSelection={ROW_SELECTION}
          onGridReady={(e) => {
            gridApi.current = e.api;
          }}
          ensureDomOrder
        />
      </div>
    </div>
  );
}

import {
  CellStyleModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RowSelectionModule,
  ScrollApiModule,
  themeQuartz,
  ValidationModule,
} from 'ag-grid-community';

/** Only the grid features we use: a smaller bundle than AllCommunityModule. */
export function setupGrid(): void {
  ModuleRegistry.registerModules([
    InfiniteRowModelModule,
    // Right-aligned number columns use cell classes.
    CellStyleModule,
    ColumnAutoSizeModule,
    LocaleModule,
    // Rows selected by click, Shift+click and Ctrl+click, for copying.
    RowSelectionModule,
    // Columns a step added are scrolled into view (ensureColumnVisible).
    ScrollApiModule,
    // …unless the first of them is already in view (getColumn).
    ColumnApiModule,
    // Explains misconfigurations in the console during development only.
    ...(import.meta.env.DEV ? [ValidationModule] : []),
  ]);
}

/** A calm theme that reads well on a projector. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 14,
  headerFontWeight: 600,
  accentColor: '#2f6690',
  foregroundColor: '#1f2933',
  headerBackgroundColor: '#f1f4f7',
  borderColor: '#d5dbe1',
  rowHoverColor: '#eef4f9',
  selectedRowBackgroundColor: '#d6e4f0',
  spacing: 6,
  wrapperBorderRadius: 6,
});

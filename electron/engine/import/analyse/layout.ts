import type { GridCell, MergeRange } from '../stage/grid';
import { isEmptyCell, isEmptyRow, nonEmptyCount } from '../stage/grid';
import { allLabels, headerText } from './header';

/**
 * Two-row headers: a group row above the header whose cells span several sub-headers
 * (`Wiskunde` over `sept` and `juni`), combined into one name per column.
 */

/** Between a group and its sub-header: `Wiskunde – sept`. */
export const GROUP_JOINER = ' – ';

/** Merges that start on a row and span more than one column. */
function horizontalMerges(merges: MergeRange[], row: number): MergeRange[] {
  return merges.filter((m) => m.top === row && m.right > m.left);
}

/**
 * Whether row `h - 1` (0-based) is a group row over the header row `h`. In a spreadsheet it
 * has merged cells spanning sub-headers (a single merge over the whole table is a title,
 * not a group); elsewhere it has at least two labels, fewer than the header, each above a
 * sub-header. `tableColumns` are the 0-based columns of the table.
 */
export function isGroupRow(rows: GridCell[][], h: number, merges: MergeRange[], tableColumns: number[]): boolean {
  if (h <= 0 || tableColumns.length === 0) return false;
  const above = rows[h - 1];
  const header = rows[h];
  if (!above || !header || isEmptyRow(above) || !allLabels(above) || !allLabels(header)) return false;
  const first = tableColumns[0]!;
  const last = tableColumns[tableColumns.length - 1]!;
  const spans = horizontalMerges(merges, h - 1).filter((m) => m.right >= first && m.left <= last);
  if (spans.length > 0) {
    const title = spans.length === 1 && spans[0]!.left <= first && spans[0]!.right >= last;
    return !title;
  }
  const n = nonEmptyCount(above);
  if (n < 2 || n >= nonEmptyCount(header)) return false;
  return above.every((cell, c) => isEmptyCell(cell) || !isEmptyCell(header[c]));
}

/**
 * The group label above each column: the text of a merged range covering it, or (without
 * merges on the row) the last label to its left, as a group spans the columns up to the next
 * label.
 */
export function groupLabels(rows: GridCell[][], groupRow: number, merges: MergeRange[], columns: number[]): string[] {
  const row = rows[groupRow] ?? [];
  const rowMerges = merges.filter((m) => m.top <= groupRow && m.bottom >= groupRow);
  if (horizontalMerges(merges, groupRow).length > 0) {
    return columns.map((c) => {
      const merge = rowMerges.find((m) => m.left <= c && m.right >= c);
      return headerText(merge ? rows[merge.top]?.[merge.left] : row[c]);
    });
  }
  const labels: string[] = [];
  let current = '';
  let previous = -1;
  for (const c of columns) {
    for (let k = previous + 1; k <= c; k++) {
      const text = headerText(row[k]);
      if (text !== '') current = text;
    }
    previous = c;
    labels.push(current);
  }
  return labels;
}

/** `Group – Sub`; either alone when the other is empty or they are the same (a vertical merge). */
export function combineHeader(group: string, sub: string): string {
  if (group === '' || group === sub) return sub;
  if (sub === '') return group;
  return `${group}${GROUP_JOINER}${sub}`;
}

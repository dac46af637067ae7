import type { Locale } from '../../../../shared/i18n/index';
import { neutraliseFormula } from '../../../../shared/model/formula';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';
import { type BooleanWords, formatDate } from '../../format/format';

/**
 * Rows as tab-separated text for the clipboard, the way a spreadsheet pastes them: a header
 * line, numbers with the locale's decimal mark and every digit (no grouping, no rounding),
 * dates as the locale writes them, text that would run as a formula neutralised, and a field
 * with a tab, line break or quote in quotes (quotes doubled).
 */
export function toTsv(columns: readonly ColumnInfo[], rows: readonly Cell[][], locale: Locale, words: BooleanWords): string {
  const lines = [columns.map((c) => field(c.name)), ...rows.map((row) => columns.map((c, i) => tsvCell(row[i] ?? null, c, locale, words)))];
  return lines.map((cells) => cells.join('\t')).join('\r\n') + '\r\n';
}

function tsvCell(cell: Cell, column: ColumnInfo, locale: Locale, words: BooleanWords): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? words.yes : words.no;
  if (typeof cell === 'number') return locale === 'en' ? String(cell) : String(cell).replace('.', ',');
  if (column.type === 'date') return formatDate(cell, locale);
  return field(cell);
}

function field(text: string): string {
  const safe = neutraliseFormula(text);
  return /[\t\r\n"]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

import type { Delimiter } from '../../../shared/model/source';
import type { GridCell } from './grid';
import type { DecimalSeparator } from './values';

const COMMA_NUMBER = /^\s*[+-]?\d*,\d+\s*$/;
const POINT_NUMBER = /^\s*[+-]?\d*\.\d+\s*$/;

/**
 * The file's decimal separator, by majority of text cells that look like `23,5` or `23.5`.
 * Without evidence, a `;`-delimited file is taken to use the decimal comma: that is what
 * Excel writes with Dutch (Belgian) regional settings.
 */
export function detectDecimalSeparator(rows: GridCell[][], delimiter: Delimiter | null): DecimalSeparator {
  let comma = 0;
  let point = 0;
  for (const row of rows) {
    if (!row) continue;
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      if (COMMA_NUMBER.test(cell)) comma++;
      else if (POINT_NUMBER.test(cell)) point++;
    }
  }
  if (comma !== point) return comma > point ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}

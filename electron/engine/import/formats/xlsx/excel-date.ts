import { DateCell } from '../../stage/grid';

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An Excel serial date → date and time parts. In the 1900 system Excel counts a
 * 29 February 1900 that never was (a Lotus 1-2-3 bug kept for compatibility): serials
 * from 61 on count from 30 Dec 1899, those below 60 from 31 Dec 1899; 60 itself has no real
 * date and is read as 28 February.
 */
export function excelSerialToDate(serial: number, date1904: boolean): DateCell | null {
  // Excel's last date is 9999-12-31 (serial 2958465); beyond it a "date" is just a number.
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  let days = Math.floor(serial);
  // Round to the second: serials carry float noise (0.375000000001).
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds === 86_400) {
    days += 1;
    seconds = 0;
  }
  const time = seconds === 0 ? null : `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  if (!date1904 && days === 0) return new DateCell(null, time ?? '00:00:00');
  if (!date1904 && days < 60) days += 1;
  const d = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY_MS);
  return new DateCell(isoDate(d), time);
}

export function isoDate(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

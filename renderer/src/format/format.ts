import type { Locale } from '../../../shared/i18n/index';
import type { Cell, ColumnType } from '../../../shared/model/table';

/**
 * Locale-aware display formatting. Values cross the boundary raw (numbers, ISO dates);
 * only the screen sees `23,5` and `28/05/2026`.
 */

/** The Intl locale used for numbers and dates; English uses day-first dates, as schools in Flanders expect. */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'nl-BE';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A count such as a row count: always grouped (`1.234`). */
export function formatCount(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A measured number: decimal comma in Dutch, at most `maxDigits` (at least `minDigits`) decimals. */
export function formatNumber(value: number, locale: Locale, maxDigits = 4, minDigits = 0): string {
  // 'min2' keeps years and small scores ungrouped (2026, not 2.026) but groups 12.345.
  // (ES2023 option; the TypeScript lib in use still types useGrouping as boolean.)
  const options = {
    maximumFractionDigits: maxDigits,
    minimumFractionDigits: Math.min(minDigits, maxDigits),
    useGrouping: 'min2',
  } as unknown as Intl.NumberFormatOptions;
  return numberFormat(locale, options).format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** Formats an ISO `yyyy-mm-dd` date as `28/05/2026`; anything else is returned unchanged. */
export function formatDate(iso: string, locale: Locale): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  // Built in UTC and formatted in UTC so no time zone can shift the day.
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

export interface BooleanWords {
  yes: string;
  no: string;
}

/** How one cell of a result table is shown. Missing values show as an empty cell. */
export function formatCell(value: Cell, type: ColumnType, locale: Locale, words: BooleanWords): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') {
    // Identifiers and whole numbers (often pupil numbers or years) keep their digits as they are.
    if (type === 'identifier' || (type === 'integer' && Number.isInteger(value))) return String(value);
    return formatNumber(value, locale);
  }
  if (type === 'date') return formatDate(value, locale);
  return value;
}

/**
 * Reads a number typed by a person: `23,5` in Dutch, `23.5` in English; a lone separator
 * of the other kind is accepted as a decimal point too. Returns null when it is not a number.
 */
export function parseLocaleNumber(text: string, locale: Locale): number | null {
  let s = text.trim().replace(/\s|\u00a0|\u202f/g, '');
  if (s === '') return null;
  const [decimal, group] = locale === 'en' ? ['.', ','] : [',', '.'];
  const hasDecimal = s.includes(decimal);
  const groups = s.split(group).length - 1;
  if (hasDecimal) {
    s = s.split(group).join('').replace(decimal, '.');
  } else if (groups === 1 && !/^[-+]?\d{1,3}[.,]\d{3}$/.test(s)) {
    // `23.5` typed in Dutch: one separator that cannot be a thousands group is a decimal point.
    s = s.replace(group, '.');
  } else {
    s = s.split(group).join('');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Numbers line up on the right, as in a spreadsheet. */
export function isRightAligned(type: ColumnType): boolean {
  return type === 'integer' || type === 'decimal';
}

/** An instant (ISO with a time) in the computer's own time zone: `07/12/2026 15:42`; only the time with `timeOnly`. */
export function formatInstant(iso: string, locale: Locale, timeOnly = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(intlLocale(locale), timeOnly ? time : { day: '2-digit', month: '2-digit', year: 'numeric', ...time }).format(date);
}

import type { Delimiter } from '../../../../../shared/model/source';
import { RecordScanner } from './text-scan';

/** In order of preference when the evidence ties: `;` is what Excel writes in Flanders. */
const CANDIDATES: Delimiter[] = [';', ',', '\t', '|'];
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 30;

interface Score {
  delimiter: Delimiter;
  /** Share of sampled records with the most common field count. */
  consistency: number;
  fields: number;
}

/**
 * Fields per record of the first records of `bytes` (at most 30), read with `delimiter` by the
 * import's own grammar (`RecordScanner`, which mirrors DuckDB's): quotes are respected as DuckDB
 * respects them. A blank record (one field of nothing but spaces and quotes) is left out, and so
 * is the last record when `truncated` (the bytes are only the start of the file: it may be cut off).
 */
export function headFieldCounts(bytes: Uint8Array, delimiter: Delimiter, truncated = false): number[] {
  const scanner = new RecordScanner(delimiter, false, SAMPLE_RECORDS + 1);
  scanner.push(bytes);
  scanner.finish();
  let records = scanner.firstRecords;
  if (truncated || records.length > SAMPLE_RECORDS) records = records.slice(0, -1);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const blank = (start: number, end: number) => text.toString('utf8', start, end).replace(/"/g, '').trim() === '';
  return records.filter((r) => r.fields > 1 || !blank(r.start, r.end)).map((r) => r.fields);
}

function score(bytes: Uint8Array, truncated: boolean, delimiter: Delimiter): Score {
  const counts = headFieldCounts(bytes, delimiter, truncated);
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let fields = 1;
  let best = 0;
  for (const [count, times] of freq) {
    if (times > best || (times === best && count > fields)) [fields, best] = [count, times];
  }
  return { delimiter, consistency: counts.length && fields > 1 ? best / counts.length : 0, fields };
}

/**
 * Picks the delimiter whose field count is the most consistent over the first records
 * (read with the import's grammar, quotes respected), then the one giving more fields.
 * `truncated`: the text is only the start of the file, so its last record may be cut off.
 * The text is any decoded head: the candidates and the quote are ASCII, so its UTF-8 bytes
 * hold them where the file does.
 */
export function sniffDelimiter(text: string, truncated = false): Delimiter {
  const cut = text.length > SAMPLE_CHARS;
  const sample = Buffer.from(cut ? text.slice(0, SAMPLE_CHARS) : text, 'utf8');
  truncated = truncated || cut;
  const scores = CANDIDATES.map((d) => score(sample, truncated, d));
  let best = scores[0];
  for (const s of scores.slice(1)) {
    const better = s.consistency > best.consistency + 1e-9;
    const tie = Math.abs(s.consistency - best.consistency) <= 1e-9;
    if (better || (tie && s.fields > best.fields)) best = s;
  }
  return best.delimiter;
}

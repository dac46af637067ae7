import type { Delimiter } from '../../../../../shared/model/source';
import { parseCsv } from './parse-csv';

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

function score(sample: string, truncated: boolean, delimiter: Delimiter): Score {
  let { records } = parseCsv(sample, delimiter, SAMPLE_RECORDS + 1);
  if (truncated || records.length > SAMPLE_RECORDS) records = records.slice(0, -1);
  const counts = records.filter((r) => r.length > 1 || r[0].trim() !== '').map((r) => r.length);
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
 * (parsed with quotes respected), then the one giving more fields. `truncated`: the text is
 * only the start of the file, so its last record may be cut off.
 */
export function sniffDelimiter(text: string, truncated = false): Delimiter {
  const cut = text.length > SAMPLE_CHARS;
  const sample = cut ? text.slice(0, SAMPLE_CHARS) : text;
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

/** What the two ways of reading delimited text into DuckDB (text.ts, text-plain-read.ts) share. */
import { str } from '../../../db/sql';
import { duckdbReadablePath } from '../../stage/duckdb-read';
import type { StageContext } from '../../stage/types';
import { RecordScanner, type ScanResult } from './text-scan';

/** DuckDB's own decoders: UTF-8, and ISO-8859-1 for single-byte files. */
export type DuckEncoding = 'utf-8' | 'latin-1';

export function csvOptions(names: string[], delimiter: string, encoding: DuckEncoding, parallel: boolean): string[] {
  return [
    'header = false',
    'auto_detect = false',
    'all_varchar = true',
    `encoding = ${str(encoding)}`,
    `delim = ${str(delimiter)}`,
    `quote = '"'`,
    `escape = '"'`,
    // '\n' makes CR, LF and CRLF each end a record, as the worker's scan counts them. Left to
    // itself DuckDB took a CRLF file's lone CR as a CRLF and ate the next byte ('Cato' → 'ato').
    `new_line = '\\n'`,
    'null_padding = true',
    'strict_mode = false',
    `parallel = ${parallel}`,
    `columns = {${names.map((n) => `${str(n)}: 'VARCHAR'`).join(', ')}}`,
  ];
}

export function scanBytes(bytes: Uint8Array, delimiter: string, singleByte: boolean): ScanResult {
  const scanner = new RecordScanner(delimiter, singleByte);
  scanner.push(bytes);
  return scanner.finish();
}

/** A path DuckDB reads as exactly this file; a temporary link is noted for removal. */
export async function readablePath(path: string, context: StageContext, temporary: string[]): Promise<string> {
  const readable = await duckdbReadablePath(path, context);
  if (readable.temporary) temporary.push(readable.temporary);
  return readable.path;
}

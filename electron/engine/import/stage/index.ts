import { detectStageKind } from './detect-format';
import { readFileHead } from './read-file';
import { stageParquet } from '../formats/parquet/parquet';
import { stageSpreadsheet } from '../formats/sheet/spreadsheet';
import { stageDelimitedText } from '../formats/text/text';
import { throwIfCancelled } from './duckdb-read';
import type { SqlRunner, StageContext, StagedTable, StageRequest } from './types';

/** Bytes enough for every signature detectStageKind looks at. */
const SIGNATURE_BYTES = 8;

/**
 * Stage 1 of an import: the file → a raw DuckDB table (stage/types.ts). The format is decided
 * by content, not by extension (exports are often misnamed): Parquet, spreadsheets (xlsx, ods
 * and OLE compound files, told apart by stageSpreadsheet) and otherwise delimited text.
 */
export async function stageFile(request: StageRequest, context: StageContext, sql: SqlRunner): Promise<StagedTable> {
  throwIfCancelled(context);
  const { head } = await readFileHead(request.path, SIGNATURE_BYTES);
  switch (detectStageKind(head, request.fileName)) {
    case 'parquet':
      return stageParquet(request, context, sql);
    case 'spreadsheet':
      return stageSpreadsheet(request, context, sql);
    case 'text':
      return stageDelimitedText(request, context, sql);
  }
}

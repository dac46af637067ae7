import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Builds small xlsx files for tests from hand-written XML parts, so a test states exactly
 * the construct it exercises (a 1904 workbook, a rich-text shared string, a formula).
 */

export interface XlsxSheetSpec {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** The inner XML of `<sheetData>`: `<row>` elements, e.g. built with `row()` and the cell helpers. */
  rows: string;
  /** XML before `<sheetData>`, e.g. `<cols><col min="2" max="3" hidden="1"/></cols>`. */
  before?: string;
  /** XML after `</sheetData>`, e.g. `<mergeCells>…</mergeCells>`. */
  after?: string;
}

export interface XlsxSpec {
  sheets: XlsxSheetSpec[];
  /** Shared string items: plain strings, or raw `<si>` inner XML when starting with `<`. */
  sharedStrings?: string[];
  /** Custom number formats by id (164 and up), e.g. `{ 164: 'dd/mm/yyyy' }`. */
  numFmts?: Record<number, string>;
  /** numFmtId of each cell style; style 0 must be general (0). Default `[0]`. */
  cellXfs?: number[];
  /** Written as the `date1904` attribute of `<workbookPr>` when given. */
  date1904?: '1' | 'true' | '0' | 'false';
  /** Extra or replacement parts by path; null removes a part (to break the workbook on purpose). */
  parts?: Record<string, string | null>;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const row = (r: number, cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;
export const inlineStr = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
export const num = (ref: string, value: number, style?: number) =>
  `<c r="${ref}"${style === undefined ? '' : ` s="${style}"`}><v>${value}</v></c>`;
export const shared = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;

export function makeXlsx(spec: XlsxSpec): Uint8Array {
  const sheetEntries = spec.sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const workbookPr = spec.date1904 === undefined ? '<workbookPr/>' : `<workbookPr date1904="${spec.date1904}"/>`;
  const n = spec.sheets.length;
  const rels = [
    ...spec.sheets.map(
      (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    ),
    `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`,
  ].join('');

  const numFmts = Object.entries(spec.numFmts ?? {})
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
    .join('');
  const xfs = (spec.cellXfs ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
  const sst = (spec.sharedStrings ?? [])
    .map((s) => `<si>${s.startsWith('<') ? s : `<t xml:space="preserve">${escapeXml(s)}</t>`}</si>`)
    .join('');

  const text: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${workbookPr}<sheets>${sheetEntries}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG_REL_NS}">${rels}</Relationships>`,
    'xl/styles.xml': `<styleSheet xmlns="${MAIN_NS}">${numFmts ? `<numFmts>${numFmts}</numFmts>` : ''}<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<sst xmlns="${MAIN_NS}">${sst}</sst>`,
  };
  spec.sheets.forEach((s, i) => {
    text[`xl/worksheets/sheet${i + 1}.xml`] =
      `<worksheet xmlns="${MAIN_NS}">${s.before ?? ''}<sheetData>${s.rows}</sheetData>${s.after ?? ''}</worksheet>`;
  });
  for (const [path, xml] of Object.entries(spec.parts ?? {})) {
    if (xml === null) delete text[path];
    else text[path] = xml;
  }

  const files: Zippable = {};
  for (const [path, xml] of Object.entries(text)) files[path] = strToU8(xml);
  return zipSync(files);
}

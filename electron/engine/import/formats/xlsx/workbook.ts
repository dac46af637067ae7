import { WerkbankError } from '../../../../../shared/api/errors';
import type { SheetInfo } from '../../../../../shared/model/source';
import type { XlsxPackage } from './package';
import { attr, tags } from './xml';

export interface WorkbookSheet extends SheetInfo {
  /** Path of the sheet's XML part inside the package. */
  path: string;
}

export interface Workbook {
  path: string;
  sheets: WorkbookSheet[];
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1900. */
  date1904: boolean;
  sharedStringsPath: string | null;
  stylesPath: string | null;
}

const DEFAULT_WORKBOOK = 'xl/workbook.xml';

function findWorkbookPath(pkg: XlsxPackage): string {
  for (const rel of pkg.relationships('').values()) {
    if (rel.type.endsWith('/officeDocument') && pkg.has(rel.target)) return rel.target;
  }
  return DEFAULT_WORKBOOK;
}

function isTrue(value: string | null): boolean {
  return value === '1' || value === 'true';
}

/** workbook.xml + its relationships: the sheets (name, visibility, part) and where the other parts are. */
export function readWorkbook(pkg: XlsxPackage, fileName: string): Workbook {
  const path = findWorkbookPath(pkg);
  const xml = pkg.text(path);
  if (xml === null) throw new WerkbankError('errors.import.notASpreadsheet', { file: fileName });
  const rels = pkg.relationships(path);

  const sheets: WorkbookSheet[] = [];
  for (const a of tags(xml, 'sheet')) {
    const name = attr(a, 'name');
    // The relationship attribute's prefix is usually `r:` but is only a convention.
    const rid = /(?:^|\s)[\w.-]+:id\s*=\s*"([^"]*)"/.exec(a)?.[1];
    const target = rid ? rels.get(rid)?.target : undefined;
    if (name === null || !target) continue;
    const state = attr(a, 'state');
    sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', path: target });
  }
  if (sheets.length === 0) throw new WerkbankError('errors.import.notASpreadsheet', { file: fileName });

  const workbookPr = tags(xml, 'workbookPr').next();
  const date1904 = !workbookPr.done && isTrue(attr(workbookPr.value, 'date1904'));
  const partOfType = (suffix: string, fallback: string) => {
    for (const rel of rels.values()) if (rel.type.endsWith(suffix)) return rel.target;
    return pkg.has(fallback) ? fallback : null;
  };
  return {
    path,
    sheets,
    date1904,
    sharedStringsPath: partOfType('/sharedStrings', 'xl/sharedStrings.xml'),
    stylesPath: partOfType('/styles', 'xl/styles.xml'),
  };
}

/** The requested sheet (exact name, else ignoring case and spaces), or the first visible one. */
export function chooseSheet(workbook: Workbook, requested: string | undefined): WorkbookSheet {
  if (requested === undefined) return workbook.sheets.find((s) => !s.hidden) ?? workbook.sheets[0];
  const norm = (s: string) => s.trim().toLowerCase();
  const found =
    workbook.sheets.find((s) => s.name === requested) ??
    workbook.sheets.find((s) => norm(s.name) === norm(requested));
  if (!found) {
    throw new WerkbankError('errors.import.unknownSheet', {
      sheet: requested,
      available: workbook.sheets.map((s) => s.name).join(', '),
    });
  }
  return found;
}

import { WerkbankError } from '../../../../shared/api/errors';

/**
 * Files people drop on the import area that hold no table the workbench can read: a PDF of
 * the test results, a Word report, slides, a photo of a class list, a zip of exports. Each
 * gets a message that says what it is and what to do instead (`errors.import.foreign.*`),
 * rather than "not a text file" or advice meant for a broken spreadsheet.
 */
export type ForeignKind = 'pdf' | 'word' | 'presentation' | 'image' | 'archive' | 'program';

const MAGIC: Array<[ForeignKind, number[]]> = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image', [0x89, 0x50, 0x4e, 0x47]], // PNG
  ['image', [0xff, 0xd8, 0xff]], // JPEG
  ['image', [0x47, 0x49, 0x46, 0x38]], // GIF8
  ['image', [0x49, 0x49, 0x2a, 0x00]], // TIFF (little-endian)
  ['image', [0x4d, 0x4d, 0x00, 0x2a]], // TIFF (big-endian)
  ['archive', [0x1f, 0x8b]], // gzip
  ['archive', [0x42, 0x5a, 0x68]], // bzip2
  ['archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]], // xz
  ['archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]], // 7z
  ['archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]], // RAR
  ['program', [0x7f, 0x45, 0x4c, 0x46]], // ELF
  ['program', [0x4d, 0x5a]], // MZ (Windows program)
];

/** The kind of a non-table file by its first bytes, or null. */
export function foreignKindOfHead(head: Uint8Array): ForeignKind | null {
  for (const [kind, magic] of MAGIC) if (magic.every((b, i) => head[i] === b)) return kind;
  // WebP: RIFF....WEBP
  if (head[0] === 0x52 && head[1] === 0x49 && head[2] === 0x46 && head[3] === 0x46 && String.fromCharCode(...head.subarray(8, 12)) === 'WEBP') {
    return 'image';
  }
  return null;
}

/**
 * The kind of a zip that is not a workbook: an Office or OpenDocument text or presentation by
 * its parts or `mimetype`, otherwise a plain archive. Null when it may be a workbook.
 */
export function foreignKindOfZip(has: (name: string) => boolean, mimetype: string | undefined): ForeignKind | null {
  if (mimetype !== undefined) {
    if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return null;
    if (/opendocument\.text/.test(mimetype)) return 'word';
    if (/opendocument\.presentation/.test(mimetype)) return 'presentation';
    if (/opendocument\.(graphics|image)/.test(mimetype)) return 'image';
    return null; // another format with a mimetype entry (EPUB …): "not a spreadsheet" fits
  }
  if (has('word/document.xml')) return 'word';
  if (has('ppt/presentation.xml')) return 'presentation';
  if (has('[Content_Types].xml') || has('xl/workbook.xml') || has('content.xml')) return null;
  return 'archive';
}

export function foreignFileError(kind: ForeignKind, file: string): WerkbankError {
  return new WerkbankError(`errors.import.foreign.${kind}`, { file });
}

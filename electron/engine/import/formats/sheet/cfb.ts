import { WerkbankError } from '../../../../../shared/api/errors';
import { foreignFileError } from '../../stage/foreign';

/**
 * OLE compound files (CFB, magic D0 CF 11 E0 A1 B1 1A E1) reach the importer in two guises:
 * a legacy Excel 97–2003 workbook (`.xls`, a `Workbook` or `Book` stream) and a
 * password-protected `.xlsx` (Office wraps the encrypted zip in a CFB with `EncryptionInfo`
 * and `EncryptedPackage` streams). Telling them apart needs only the directory's stream
 * names: this reads the header, follows the directory's sector chain through the FAT and
 * collects the names. It never reads stream contents.
 *
 * Legacy .xls itself is not read: no maintained library on the npm registry reads it safely
 * (`xlsx` 0.18.5, the last SheetJS build there, has known CVEs; the alternatives are
 * unmaintained), so the user is asked to save the file as .xlsx.
 */

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type CfbKind = 'encrypted' | 'xls' | 'doc' | 'ppt' | 'other';

/** Reads `length` bytes at `offset` (fewer at the end of the file). */
export type ByteReader = (offset: number, length: number) => Uint8Array;

const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const DIR_ENTRY_SIZE = 128;
/** A directory larger than this many sectors is not a spreadsheet we would read anyway. */
const MAX_DIRECTORY_SECTORS = 4096;

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

/** What a compound file holds, judged by its directory's stream names. */
export function sniffCfb(source: Uint8Array | ByteReader): CfbKind {
  const read: ByteReader =
    typeof source === 'function' ? source : (offset, length) => source.subarray(offset, offset + length);
  const header = read(0, 512);
  if (header.length < 512 || !isCfb(header)) return 'other';
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return 'other';
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const sectorOffset = (n: number) => (n + 1) * sectorSize;
  const u32 = (bytes: Uint8Array, at: number) =>
    at + 4 <= bytes.length ? new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at, true) : END_OF_CHAIN;

  // The first 109 FAT sector numbers are in the header, the rest in a DIFAT sector chain.
  const difat: number[] = [];
  for (let i = 0; i < 109; i++) difat.push(view.getUint32(0x4c + i * 4, true));
  let difatSector = view.getUint32(0x44, true);
  const fatSectorNumber = (index: number): number => {
    while (index >= difat.length && difatSector <= MAX_REGULAR_SECTOR && difat.length < 1 << 20) {
      const bytes = read(sectorOffset(difatSector), sectorSize);
      if (bytes.length < sectorSize) return END_OF_CHAIN;
      for (let i = 0; i < perSector - 1; i++) difat.push(u32(bytes, i * 4));
      difatSector = u32(bytes, sectorSize - 4);
    }
    return index < difat.length ? difat[index] : END_OF_CHAIN;
  };
  const nextSector = (sector: number): number => {
    const fatSector = fatSectorNumber(Math.floor(sector / perSector));
    if (fatSector > MAX_REGULAR_SECTOR) return END_OF_CHAIN;
    return u32(read(sectorOffset(fatSector) + (sector % perSector) * 4, 4), 0);
  };

  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = view.getUint32(0x30, true); sector <= MAX_REGULAR_SECTOR; sector = nextSector(sector)) {
    if (seen.has(sector) || seen.size >= MAX_DIRECTORY_SECTORS) break; // a loop in a damaged FAT
    seen.add(sector);
    const bytes = read(sectorOffset(sector), sectorSize);
    for (let at = 0; at + DIR_ENTRY_SIZE <= bytes.length; at += DIR_ENTRY_SIZE) {
      const nameBytes = new DataView(bytes.buffer, bytes.byteOffset + at, DIR_ENTRY_SIZE).getUint16(0x40, true);
      const type = bytes[at + 0x42];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue; // unused entry
      let name = '';
      for (let i = 0; i + 2 < nameBytes; i += 2) name += String.fromCharCode(bytes[at + i] | (bytes[at + i + 1] << 8));
      names.push(name.toLowerCase());
    }
  }
  if (names.includes('encryptedpackage') || names.includes('encryptioninfo')) return 'encrypted';
  if (names.includes('workbook') || names.includes('book')) return 'xls';
  // Word 97–2003 and PowerPoint 97–2003 files are compound files too.
  if (names.includes('worddocument')) return 'doc';
  if (names.includes('powerpoint document')) return 'ppt';
  return 'other';
}

/** The message for a compound file the importer cannot read. */
export function cfbError(kind: CfbKind, file: string): WerkbankError {
  if (kind === 'encrypted') return new WerkbankError('errors.import.sheetPasswordProtected', { file });
  if (kind === 'xls') return new WerkbankError('errors.import.legacyXls', { file });
  if (kind === 'doc') return foreignFileError('word', file);
  if (kind === 'ppt') return foreignFileError('presentation', file);
  return new WerkbankError('errors.import.notASpreadsheet', { file });
}

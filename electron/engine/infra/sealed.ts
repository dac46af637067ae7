import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { WerkbankError } from '../../../shared/api/errors';

/**
 * A sealed file: bytes encrypted under a passphrase (docs/decisions/0010-sealed-files.md).
 *
 *   magic "WERKBANK-SEALED\n" | u32 header length | header (JSON) | 32-byte header MAC | chunks
 *
 * The key comes from the passphrase by scrypt (memory-hard; N, r, p and the salt are in the
 * header, so that later files may raise them). It yields an encryption key and a MAC key: the MAC
 * over the header tells a wrong passphrase from a damaged file before anything is decrypted.
 * The plaintext goes in chunks of at most `chunk` bytes, each AES-256-GCM with a fresh random
 * 96-bit nonce, its ciphertext length and its 16-byte tag; each chunk's additional data binds the
 * header, the chunk's index and whether it is the last, so chunks can be neither reordered,
 * dropped, repeated nor cut off at the end. Every length is checked before it is used.
 */

export const SEALED_MAGIC = new TextEncoder().encode('WERKBANK-SEALED\n');
const HEADER_MAX = 4096;
const MAC_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** 1 MiB chunks: the plaintext of one chunk is all that is ever held twice. */
export const CHUNK_BYTES = 1 << 20;

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}
/** scrypt at 2^17 × 8: 128 MiB and about 0.3–0.6 s on a school laptop (the record's measurements). */
export const DEFAULT_KDF: KdfParams = { N: 1 << 17, r: 8, p: 1 };

interface Header {
  format: 'werkbank-sealed';
  version: 1;
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  cipher: 'aes-256-gcm';
  chunk: number;
}

function deriveKeys(passphrase: string, header: Header): Promise<{ enc: Buffer; mac: Buffer }> {
  if (passphrase.length === 0) throw new WerkbankError('errors.sealed.emptyPassphrase');
  return new Promise((resolve, reject) => {
    // maxmem: 128·N·r plus room; the parameters come from a file, so they are bounded first (parseHeader).
    scrypt(passphrase.normalize('NFC'), Buffer.from(header.salt, 'base64'), 64, { N: header.N, r: header.r, p: header.p, maxmem: 130 * header.N * header.r + (1 << 20) }, (error, key) => {
      if (error) reject(new WerkbankError('errors.sealed.damaged'));
      else resolve({ enc: key.subarray(0, 32), mac: key.subarray(32) });
    });
  });
}

function chunkAad(headerBytes: Uint8Array, index: number, last: boolean): Buffer {
  const tail = Buffer.alloc(5);
  tail.writeUInt32BE(index, 0);
  tail[4] = last ? 1 : 0;
  return Buffer.concat([headerBytes, tail]);
}

export function isSealed(bytes: Uint8Array): boolean {
  return bytes.length >= SEALED_MAGIC.length && SEALED_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * A key derived once from a passphrase, to seal many files with (the journal writes a project
 * every few seconds; scrypt costs half a second). Every file still gets fresh nonces; the files
 * share the salt, so one derivation also opens them all again.
 */
export interface SealKey {
  readonly header: Header;
  readonly headerBytes: Buffer;
  readonly enc: Buffer;
  readonly mac: Buffer;
}

export async function deriveSealKey(passphrase: string, kdf: KdfParams = DEFAULT_KDF): Promise<SealKey> {
  const header: Header = { format: 'werkbank-sealed', version: 1, kdf: 'scrypt', ...kdf, salt: randomBytes(16).toString('base64'), cipher: 'aes-256-gcm', chunk: CHUNK_BYTES };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  return { header, headerBytes, ...(await deriveKeys(passphrase, header)) };
}

/** Encrypts `plain` under `passphrase` (a fresh salt and key). */
export async function seal(plain: Uint8Array, passphrase: string, kdf: KdfParams = DEFAULT_KDF): Promise<Uint8Array> {
  return sealWith(plain, await deriveSealKey(passphrase, kdf));
}

/** Encrypts `plain` under a key derived before. */
export function sealWith(plain: Uint8Array, key: SealKey): Uint8Array {
  const { headerBytes } = key;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length, 0);
  const parts: Uint8Array[] = [SEALED_MAGIC, length, headerBytes, createHmac('sha256', key.mac).update(headerBytes).digest()];
  const count = Math.max(1, Math.ceil(plain.length / CHUNK_BYTES));
  for (let i = 0; i < count; i++) {
    const piece = plain.subarray(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES);
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.enc, nonce);
    cipher.setAAD(chunkAad(headerBytes, i, i === count - 1));
    const body = Buffer.concat([cipher.update(piece), cipher.final()]);
    const size = Buffer.alloc(4);
    size.writeUInt32BE(body.length, 0);
    parts.push(nonce, size, body, cipher.getAuthTag());
  }
  return Buffer.concat(parts);
}

function parseHeader(bytes: Uint8Array): { header: Header; headerBytes: Uint8Array; mac: Uint8Array; offset: number } {
  if (!isSealed(bytes)) throw new WerkbankError('errors.sealed.notSealed');
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = SEALED_MAGIC.length;
  if (view.length < at + 4) throw new WerkbankError('errors.sealed.damaged');
  const length = view.readUInt32BE(at);
  at += 4;
  if (length === 0 || length > HEADER_MAX || view.length < at + length + MAC_BYTES) throw new WerkbankError('errors.sealed.damaged');
  const headerBytes = view.subarray(at, at + length);
  let header: Header;
  try {
    header = JSON.parse(headerBytes.toString('utf8')) as Header;
  } catch {
    throw new WerkbankError('errors.sealed.damaged');
  }
  if (header.format !== 'werkbank-sealed' || header.kdf !== 'scrypt' || header.cipher !== 'aes-256-gcm') throw new WerkbankError('errors.sealed.damaged');
  if (header.version !== 1) throw new WerkbankError('errors.sealed.newerVersion', { found: Number(header.version) || 0, supported: 1 });
  // Parameters from a file are bounded before they cost memory: at most 2^20 × 16 (2 GiB would be refused by maxmem anyway).
  const power = Number.isInteger(header.N) && header.N >= 1 << 14 && header.N <= 1 << 20 && (header.N & (header.N - 1)) === 0;
  if (!power || !(header.r >= 1 && header.r <= 16) || !(header.p >= 1 && header.p <= 4) || header.chunk !== CHUNK_BYTES || typeof header.salt !== 'string') {
    throw new WerkbankError('errors.sealed.damaged');
  }
  at += length;
  return { header, headerBytes, mac: view.subarray(at, at + MAC_BYTES), offset: at + MAC_BYTES };
}

/**
 * Decrypts a sealed file. A wrong passphrase is told apart from a damaged or altered file; either
 * way nothing of the plaintext is returned.
 */
export async function unseal(bytes: Uint8Array, passphrase: string): Promise<Uint8Array> {
  return (await unsealKeeping(bytes, passphrase, null)).plain;
}

/**
 * As `unseal`; `known` is a key derived before from the same passphrase: when the file shares its
 * salt and parameters (the journal's files do), no new derivation is needed. Returns the key used.
 */
export async function unsealKeeping(bytes: Uint8Array, passphrase: string, known: SealKey | null): Promise<{ plain: Uint8Array; key: SealKey }> {
  const { header, headerBytes, mac, offset } = parseHeader(bytes);
  const key: SealKey = known !== null && Buffer.from(headerBytes).equals(known.headerBytes) ? known : { header, headerBytes: Buffer.from(headerBytes), ...(await deriveKeys(passphrase, header)) };
  const expected = createHmac('sha256', key.mac).update(headerBytes).digest();
  if (!timingSafeEqual(expected, mac)) throw new WerkbankError('errors.sealed.wrongPassphrase');
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Buffer[] = [];
  let at = offset;
  for (let index = 0; ; index++) {
    if (view.length < at + NONCE_BYTES + 4) throw new WerkbankError('errors.sealed.damaged');
    const nonce = view.subarray(at, at + NONCE_BYTES);
    const size = view.readUInt32BE(at + NONCE_BYTES);
    at += NONCE_BYTES + 4;
    if (size > CHUNK_BYTES || view.length < at + size + TAG_BYTES) throw new WerkbankError('errors.sealed.damaged');
    const last = at + size + TAG_BYTES === view.length;
    const decipher = createDecipheriv('aes-256-gcm', key.enc, nonce);
    decipher.setAAD(chunkAad(headerBytes, index, last));
    decipher.setAuthTag(view.subarray(at + size, at + size + TAG_BYTES));
    try {
      out.push(decipher.update(view.subarray(at, at + size)), decipher.final());
    } catch {
      throw new WerkbankError('errors.sealed.damaged');
    }
    at += size + TAG_BYTES;
    if (last) break;
  }
  return { plain: Buffer.concat(out), key };
}

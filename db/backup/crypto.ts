import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, readSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';

/**
 * Passphrase-encrypted backups: AES-256-GCM with a key from scrypt (node:crypto only).
 *
 *   offset  size  field
 *   0       8     magic "HOPTACBK"
 *   8       1     format version (1)
 *   9       1     log2(N) of scrypt
 *   10      1     r
 *   11      1     p
 *   12      16    salt
 *   28      12    nonce
 *   40      …     ciphertext of the SQLite file
 *   end-16  16    GCM tag (authenticates the header too, as additional data)
 *
 * A wrong passphrase and a damaged file look the same to GCM: the tag does not match, nothing is written.
 */
export const MAGIC = Buffer.from('HOPTACBK', 'latin1');
const VERSION = 1;
const HEADER_BYTES = 40;
const TAG_BYTES = 16;
const SCRYPT = { log2N: 17, r: 8, p: 1 };

export class BackupDecryptError extends Error {
  constructor(readonly reason: 'wrong_passphrase' | 'not_encrypted' | 'unknown_format') {
    super(reason === 'wrong_passphrase' ? 'Wrong passphrase, or the backup file is damaged' : `Not a Hợp Tác encrypted backup (${reason})`);
    this.name = 'BackupDecryptError';
  }
}

function deriveKey(passphrase: string, salt: Buffer, log2N: number, r: number, p: number): Buffer {
  const N = 2 ** log2N;
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
}

export function isEncryptedBackup(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}

export async function encryptFile(source: string, target: string, passphrase: string): Promise<void> {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const header = Buffer.concat([MAGIC, Buffer.from([VERSION, SCRYPT.log2N, SCRYPT.r, SCRYPT.p]), salt, nonce]);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, SCRYPT.log2N, SCRYPT.r, SCRYPT.p), nonce);
  cipher.setAAD(header);
  const out = createWriteStream(target, { mode: 0o600 });
  out.write(header);
  await pipeline(createReadStream(source), cipher, out, { end: false });
  await new Promise<void>((resolve, reject) => out.end(cipher.getAuthTag(), (error?: Error | null) => (error ? reject(error) : resolve())));
}

export async function decryptFile(source: string, target: string, passphrase: string): Promise<void> {
  const size = statSync(source).size;
  const fd = openSync(source, 'r');
  const header = Buffer.alloc(HEADER_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    if (size <= HEADER_BYTES + TAG_BYTES || readSync(fd, header, 0, HEADER_BYTES, 0) !== HEADER_BYTES) throw new BackupDecryptError('not_encrypted');
    readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    closeSync(fd);
  }
  if (!header.subarray(0, 8).equals(MAGIC)) throw new BackupDecryptError('not_encrypted');
  const [version, log2N, r, p] = header.subarray(8, 12);
  if (version !== VERSION || !log2N || log2N > 20 || !r || r > 16 || !p || p > 4) throw new BackupDecryptError('unknown_format');
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, header.subarray(12, 28), log2N, r, p), header.subarray(28, 40));
  decipher.setAAD(header);
  decipher.setAuthTag(tag);
  try {
    await pipeline(createReadStream(source, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 }), decipher, createWriteStream(target, { mode: 0o600 }));
  } catch {
    throw new BackupDecryptError('wrong_passphrase');
  }
}
